import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { pino } from "pino";
import type { Logger } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findSlotsOnDay } from "../../src/domain/board/slots.js";
import { isOpenDay, openingHoursOn } from "../../src/domain/calendar.js";
import { openDatabase } from "../../src/store/database.js";
import type { OpenedDatabase } from "../../src/store/database.js";
import { DEMO_DEALERSHIP_ID, seedDemoData } from "../../src/store/seed/index.js";
import { WorkshopRepository } from "../../src/store/workshop-repository.js";

const silentLogger = pino({ level: "silent" });
/** Friday 2026-12-04 20:00 in Shanghai. chinese-days 1.5.7 has no 2027 arrangement, so 2027 falls back. */
const NOW = new Date("2026-12-04T12:00:00.000Z");
const DEMO_HOURS = { open: "08:30", close: "18:00" };

let tempDir: string;
let db: OpenedDatabase;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-calendar-override-"));
  db = await openDatabase({ url: `file:${path.join(tempDir, "calendar.db")}`, logger: silentLogger });
  await seedDemoData(db.prisma, NOW);
});

afterAll(async () => {
  await db.close();
  await rm(tempDir, { recursive: true, force: true });
});

/** Create a pino logger that keeps each log line as a parsed object. */
function capturingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

function repositoryAt(now: Date, logger: Logger = silentLogger): WorkshopRepository {
  return new WorkshopRepository(db.prisma, DEMO_DEALERSHIP_ID, () => now.getTime(), logger);
}

describe("WorkshopRepository calendar overrides", () => {
  it("closes an overridden day", async () => {
    await db.prisma.calendarOverride.create({
      data: {
        id: "override-stocktake",
        dealershipId: DEMO_DEALERSHIP_ID,
        date: "2026-12-09",
        open: false,
        note: "盘点",
      },
    });
    const workshop = repositoryAt(NOW);

    const board = await workshop.loadBoard({ from: "2026-12-09", to: "2026-12-10" }, NOW);
    const minor = (await workshop.loadStatic()).catalogue.filter((item) => item.code === "minor");
    const request = { advisorId: "adv-1", jobs: minor };

    expect(minor).toHaveLength(1);
    expect(isOpenDay(board.calendar, "2026-12-09")).toBe(false);
    expect(findSlotsOnDay(board, request, "2026-12-09", NOW)).toEqual([]);
    expect(isOpenDay(board.calendar, "2026-12-10")).toBe(true);
    expect(findSlotsOnDay(board, request, "2026-12-10", NOW).length).toBeGreaterThan(0);
  });

  it("closes 2027 statutory days off", async () => {
    const workshop = repositoryAt(NOW);

    const board = await workshop.loadBoard({ from: "2027-02-04", to: "2027-02-09" }, NOW);

    expect(openingHoursOn(board.calendar, "2027-02-04")).toEqual(DEMO_HOURS);
    expect(openingHoursOn(board.calendar, "2027-02-05")).toBeNull();
    expect(openingHoursOn(board.calendar, "2027-02-08")).toBeNull();
    expect(openingHoursOn(board.calendar, "2027-02-09")).toEqual(DEMO_HOURS);
  });

  it.each([
    {
      case: "with its own hours",
      id: "override-new-year",
      date: "2027-01-01",
      openTime: "10:00",
      closeTime: "15:00",
      expected: { open: "10:00", close: "15:00" },
    },
    {
      case: "with weekday hours",
      id: "override-spring-festival",
      date: "2027-02-07",
      openTime: null,
      closeTime: null,
      expected: DEMO_HOURS,
    },
  ])("opens a public holiday $case", async ({ id, date, openTime, closeTime, expected }) => {
    await db.prisma.calendarOverride.create({
      data: { id, dealershipId: DEMO_DEALERSHIP_ID, date, open: true, openTime, closeTime },
    });
    const workshop = repositoryAt(NOW);

    const board = await workshop.loadBoard({ from: date, to: date }, NOW);

    expect(openingHoursOn(board.calendar, date)).toEqual(expected);
  });

  it("skips and logs invalid override", async () => {
    await db.prisma.calendarOverride.create({
      data: {
        id: "override-half-hours",
        dealershipId: DEMO_DEALERSHIP_ID,
        date: "2026-12-16",
        open: true,
        openTime: "10:00",
      },
    });
    const { logger, lines } = capturingLogger();
    const workshop = repositoryAt(NOW, logger);

    const board = await workshop.loadBoard({ from: "2026-12-16", to: "2026-12-16" }, NOW);
    const errors = lines.filter((line) => line.event === "calendar.invalidOverride");

    expect(openingHoursOn(board.calendar, "2026-12-16")).toEqual(DEMO_HOURS);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.overrideId).toBe("override-half-hours");
    expect(JSON.stringify(errors[0]?.err)).toContain("openTime is set alone");
  });
});

describe("WorkshopRepository statute warning", () => {
  it("warns once per fallback change", async () => {
    const { logger, lines } = capturingLogger();
    const workshop = repositoryAt(NOW, logger);

    await workshop.loadBoard({ from: "2026-12-07", to: "2026-12-08" }, NOW);
    await workshop.loadBoard({ from: "2026-12-07", to: "2026-12-08" }, NOW);
    workshop.invalidate();
    await workshop.loadBoard({ from: "2026-12-07", to: "2026-12-08" }, NOW);
    const warnings = lines.filter((line) => line.event === "calendar.statutoryFallback");

    // A cache reload with the same years stays quiet, so steady traffic does not repeat the warning.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.years).toEqual([2027]);
    expect(warnings[0]?.module).toBe("store.workshop");
    expect(String(warnings[0]?.msg)).toContain("2027");
  });

  it("stays quiet with published years", async () => {
    const { logger, lines } = capturingLogger();
    const workshop = repositoryAt(new Date("2025-06-01T04:00:00.000Z"), logger);

    await workshop.loadStatic();

    expect(lines.filter((line) => line.event === "calendar.statutoryFallback")).toEqual([]);
  });
});
