/**
 * Turn benchmark: simulated customers each complete a booking through the conversation engine with SQLite
 * persistence (snapshots, inbound de-duplication, outbox rows, bookings). Channels are left out: replies stay
 * queued in the outbox, so the figures measure the engine, the dialogue and the database.
 *
 * BENCH_TRACE=1 prints, for each customer who did not finish, the states passed and the last replies.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";

import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

import { createApp, type App } from "../src/app/create-app.js";
import { addDays, toShanghaiInstant } from "../src/domain/time.js";
import { DEMO_DEALERSHIP_ID } from "../src/store/seed/index.js";
import { median, percentile } from "./stats.js";

/** Extra capacity so that 1 000 bookings fit in the weeks ahead: 20 technicians and 10 bays in all. */
const EXTRA_TECHNICIANS = 14;
const EXTRA_BAYS = 5;
/** Idle customers who say "谢谢" once more, to measure the engine's own queries per turn. */
const ENGINE_OVERHEAD_SAMPLE = 100;
/** Days over which the simulated customers' wishes spread. */
const WISH_SPREAD_DAYS = 42;
/** Conversations in flight at once, by default. */
export const DEFAULT_CONCURRENCY = 20;
/** The simulated "now": Monday 2026-12-07 08:00 in Shanghai. */
const NOW = toShanghaiInstant("2026-12-07", "08:00");
/** Turns after the first message before a simulated customer gives up; losing a slot race costs two. */
const MAX_TURNS_PER_CUSTOMER = 16;

export interface TurnFigures {
  customers: number;
  booked: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  queriesPerTurn: number;
  /** SQL statements of a turn whose dialogue does no I/O: the engine's own cost. */
  engineQueriesPerTurn: number;
  rssMb: number;
  /** Dialogue states where customers that did not book were left, with counts. */
  unfinished: Record<string, number>;
}

/** Count every SQL statement the client sends, inside transactions too. */
function countingAdapter(counter: { queries: number }) {
  const countQueries = <T extends SqlDriverAdapter | Transaction>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "queryRaw" || property === "executeRaw") {
          return (...args: unknown[]) => {
            counter.queries += 1;
            return (value as (...rest: unknown[]) => unknown).apply(object, args);
          };
        }
        if (property === "startTransaction") {
          return async (...args: unknown[]) =>
            countQueries(await (value as (...rest: unknown[]) => Promise<Transaction>).apply(object, args));
        }
        return (value as (...rest: unknown[]) => unknown).bind(object);
      },
    });
  return (factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory =>
    new Proxy(factory, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (property === "connect") return async () => countQueries(await object.connect());
        return typeof value === "function" ? value.bind(object) : value;
      },
    });
}

async function addBenchCustomers(app: App, count: number): Promise<string[]> {
  const prisma = app.prisma;
  await prisma.technician.createMany({
    data: Array.from({ length: EXTRA_TECHNICIANS }, (_, index) => ({
      id: `bench-tech-${index}`,
      dealershipId: DEMO_DEALERSHIP_ID,
      name: `技师${index}`,
      skills: "maintenance,chassis,electrical,engine,diagnosis",
      dailyHours: 8,
    })),
  });
  await prisma.bay.createMany({
    data: Array.from({ length: EXTRA_BAYS }, (_, index) => ({
      id: `bench-bay-${index}`,
      dealershipId: DEMO_DEALERSHIP_ID,
      name: `工位B${index}`,
      kinds: "general,lift",
    })),
  });
  app.workshop.invalidate();

  const mobiles: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const mobile = `137${String(index).padStart(8, "0")}`;
    const customerId = `bench-cust-${index}`;
    mobiles.push(mobile);
    await prisma.customer.create({
      data: {
        id: customerId,
        dealershipId: DEMO_DEALERSHIP_ID,
        name: `客户${index}`,
        mobile,
        advisorId: `adv-${(index % 4) + 1}`,
        consentAt: NOW,
        vehicles: {
          create: {
            id: `bench-veh-${index}`,
            plate: `沪C${String(10000 + index).slice(-5)}`,
            model: "DS 7",
            mileageKm: 30_000 + index,
            mileageRecordedAt: NOW,
          },
        },
        identities: { create: { channel: "console", externalId: mobile } },
      },
      select: { id: true },
    });
  }
  return mobiles;
}

/** Run one benchmark pass on a fresh database and return its figures. */
export async function runTurnBenchmark(
  customerCount: number,
  concurrency: number = DEFAULT_CONCURRENCY,
): Promise<TurnFigures> {
  const directory = mkdtempSync(path.join(tmpdir(), "booking-bench-"));
  const counter = { queries: 0 };
  const app = await createApp({
    databaseUrl: `file:${path.join(directory, "bench.db")}`,
    logger: pino({ level: "silent" }),
    seedDemo: true,
    staffChannel: "console",
    clock: () => NOW,
    wrapAdapter: countingAdapter(counter),
  });
  try {
    const mobiles = await addBenchCustomers(app, customerCount);
    const latencies: number[] = [];
    let booked = 0;
    const unfinished = new Map<string, number>();
    let messageSequence = 0;
    counter.queries = 0;

    async function turn(mobile: string, text: string): Promise<string> {
      messageSequence += 1;
      const started = performance.now();
      await app.engine.handle({
        channel: "console",
        externalId: mobile,
        messageId: `bench-${messageSequence}`,
        at: NOW,
        kind: "text",
        text,
      });
      latencies.push(performance.now() - started);
      return app.engine.stateOf("console", mobile) ?? "";
    }

    async function bookOne(index: number): Promise<void> {
      const mobile = mobiles[index] as string;
      // Wishes spread over the next six weeks, mornings and afternoons: about what the board can take.
      const day = addDays("2026-12-08", index % WISH_SPREAD_DAYS);
      const [, month, date] = day.split("-").map(Number);
      const partOfDay = index % 2 === 0 ? "上午" : "下午";
      let state = await turn(mobile, `你好，我想${month}月${date}日${partOfDay}做常规保养`);
      const trail = [state];
      // Customers do not all take the first offer: picks rotate over the three offers. A pick beyond a shorter
      // list gets the retry prompt and the next pick.
      let picks = 0;
      for (let step = 0; step < MAX_TURNS_PER_CUSTOMER && !state.endsWith("idle"); step += 1) {
        if (state.endsWith("offering")) {
          const choice = 1 + ((index + picks) % 3);
          picks += 1;
          state = await turn(mobile, String(choice));
        } else if (state.endsWith("confirming")) state = await turn(mobile, "确认");
        else if (state.endsWith("askMileage")) state = await turn(mobile, "3万公里");
        else if (state.endsWith("askTime")) state = await turn(mobile, `${month}月${date}日下午`);
        else break;
        trail.push(state);
      }
      if (process.env.BENCH_TRACE && !state.endsWith("idle")) {
        const last = await app.prisma.outboundMessage.findMany({
          where: { recipient: mobile },
          orderBy: { createdAt: "desc" },
          take: 4,
          select: { text: true },
        });
        console.error(index, day, partOfDay, trail.join(" > "), JSON.stringify(last.map((row) => row.text)));
      }
      if (state.endsWith("idle")) booked += 1;
      else unfinished.set(state, (unfinished.get(state) ?? 0) + 1);
    }

    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < customerCount) {
          const index = next;
          next += 1;
          await bookOne(index);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const queriesInBookingTurns = counter.queries;
    const bookingTurns = latencies.length;

    // A turn whose dialogue needs no I/O ("谢谢" while idle) shows what the engine itself costs.
    counter.queries = 0;
    const overheadSample = Math.min(ENGINE_OVERHEAD_SAMPLE, mobiles.length);
    for (const mobile of mobiles.slice(0, overheadSample)) await turn(mobile, "谢谢");
    const engineQueriesPerTurn = counter.queries / overheadSample;
    const bookingRows = await app.prisma.booking.count({ where: { customerId: { startsWith: "bench-cust-" } } });

    return {
      customers: customerCount,
      booked: Math.min(booked, bookingRows),
      turns: bookingTurns,
      seconds,
      turnsPerSecond: bookingTurns / seconds,
      p50Ms: median(latencies.slice(0, bookingTurns)),
      p99Ms: percentile(latencies.slice(0, bookingTurns), 99),
      queriesPerTurn: queriesInBookingTurns / bookingTurns,
      engineQueriesPerTurn,
      rssMb: process.memoryUsage().rss / 1_048_576,
      unfinished: Object.fromEntries(unfinished),
    };
  } finally {
    await app.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
