/**
 * `npm run bench`: the benchmark figures, each on a line of its own as "label: value unit", as medians of
 * several runs. Options: --runs N (default 3), --customers N (default 1000).
 */
import os from "node:os";

import { runBoardBenchmark } from "./board.js";
import { median } from "./stats.js";
import { DEFAULT_CONCURRENCY, runTurnBenchmark, type TurnFigures } from "./turns.js";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Invalid --${name} '${process.argv[index + 1]}': expected a positive whole number.`);
  }
  return value;
}

/** Customers in the one-at-a-time latency pass. */
const SINGLE_CUSTOMERS = 200;

const runs = option("runs", 3);
const customers = option("customers", 1000);
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`machine: ${os.cpus().length} x ${cpu}, ${Math.round(os.totalmem() / 1_073_741_824)} GiB, Node ${process.version}, ${os.platform()}`);
console.log(`runs: ${runs}`);

// Step 1: the pure slot computation.
const board = runBoardBenchmark(200);
console.log(`slots one day (20 technicians, 10 bays, 400 bookings): ${board.dayMs.toFixed(2)} ms`);
console.log(`slots 14 days (20 technicians, 10 bays, 400 bookings): ${board.fortnightMs.toFixed(2)} ms`);

// Step 2: whole turns through the engine with SQLite persistence, each run on a fresh database, with
// DEFAULT_CONCURRENCY conversations in flight.
const results: TurnFigures[] = [];
for (let run = 1; run <= runs; run += 1) {
  const figures = await runTurnBenchmark(customers);
  results.push(figures);
  console.error(
    `run ${run}: ${figures.turns} turns in ${figures.seconds.toFixed(1)} s, ${figures.booked}/${figures.customers} booked, ` +
      `${figures.turnsPerSecond.toFixed(0)} turns/s, p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, ` +
      `not booked by state ${JSON.stringify(figures.unfinished)}`,
  );
}
type NumericFigure = Exclude<keyof TurnFigures, "unfinished">;
const pick = (key: NumericFigure) => median(results.map((figures) => figures[key]));
console.log(`customers booked: ${pick("booked").toFixed(0)} of ${customers}`);
console.log(`turns per run: ${pick("turns").toFixed(0)} turns`);
console.log(`turn throughput: ${pick("turnsPerSecond").toFixed(0)} turns/s`);
console.log(`turn latency p50: ${pick("p50Ms").toFixed(1)} ms`);
console.log(`turn latency p99: ${pick("p99Ms").toFixed(1)} ms`);
console.log(`queries per turn: ${pick("queriesPerTurn").toFixed(1)} queries`);
console.log(`engine queries per turn: ${pick("engineQueriesPerTurn").toFixed(1)} queries`);
console.log(`concurrent conversations: ${DEFAULT_CONCURRENCY} conversations`);

// Step 3: the latency of a turn on its own, one conversation at a time.
const single: TurnFigures[] = [];
for (let run = 1; run <= runs; run += 1) single.push(await runTurnBenchmark(SINGLE_CUSTOMERS, 1));
console.log(`single-conversation turn throughput: ${median(single.map((figures) => figures.turnsPerSecond)).toFixed(0)} turns/s`);
console.log(`single-conversation turn latency p50: ${median(single.map((figures) => figures.p50Ms)).toFixed(1)} ms`);
console.log(`single-conversation turn latency p99: ${median(single.map((figures) => figures.p99Ms)).toFixed(1)} ms`);
console.log(`peak rss: ${Math.max(...[...results, ...single].map((figures) => figures.rssMb)).toFixed(0)} MB`);
