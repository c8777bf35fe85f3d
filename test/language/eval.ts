/**
 * Measures parseBookingTime on the evaluation set, per category and in total, under
 * TZ=Asia/Shanghai, UTC and America/Los_Angeles (each in a child process with that TZ).
 *
 *   npm run eval:language                      # the set in test/language/eval-set.ts
 *   npm run eval:language -- --set cases.json  # a JSON array of { category, now, text, expected }
 *   npm run eval:language -- --baseline        # chrono-node's own zh.hans.casual parser, for comparison
 *
 * "date" counts a case right when the date matches (or both are null). "date+time" also needs `past`
 * to match, the time to match when one is expected, the part of day to match when one is expected,
 * and no time or part of day where none is expected. Exits 0 unless a child process fails.
 */

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import * as chrono from "chrono-node";

import { shanghaiDateOf, shanghaiMinutesOf, shanghaiTimeOf } from "../../src/domain/time.js";
import { parseBookingTime } from "../../src/language/datetime.js";
import type { BookingTime } from "../../src/language/datetime.js";
import { EVAL_SET } from "./eval-set.js";
import type { EvalCase } from "./eval-set.js";

const TIME_ZONES = ["Asia/Shanghai", "UTC", "America/Los_Angeles"] as const;
const MAX_MISSES_SHOWN = 40;
const CHILD_FLAG = "--child";

type CaseOutcome = { got: BookingTime | null };
type Score = { cases: number; dateRight: number; fullRight: number };

const args = process.argv.slice(2);
const setPath = valueAfter(args, "--set");
const useBaseline = args.includes("--baseline");
const cases = loadCases(setPath);

if (args.includes(CHILD_FLAG)) {
  runChild(cases, useBaseline);
} else {
  runParent(cases);
}

function valueAfter(list: readonly string[], flag: string): string | undefined {
  const position = list.indexOf(flag);
  return position === -1 ? undefined : list[position + 1];
}

function loadCases(path: string | undefined): EvalCase[] {
  if (path === undefined) return EVAL_SET;
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(parsed)) {
    throw new TypeError(
      `Evaluation set '${path}' must be a JSON array of { category, now, text, expected }.`,
    );
  }
  return parsed as EvalCase[];
}

/** Parse every case in this process (whose TZ the parent set) and print the outcomes as JSON. */
function runChild(evalCases: readonly EvalCase[], baseline: boolean): void {
  const outcomes: CaseOutcome[] = evalCases.map((evalCase) => {
    const now = new Date(evalCase.now);
    const got = baseline ? parseWithChronoDefaults(evalCase.text, now) : parseBookingTime(evalCase.text, now);
    return { got };
  });
  process.stdout.write(JSON.stringify(outcomes));
}

/** Read a message with chrono-node's built-in zh.hans casual parser, shaped as a BookingTime. */
function parseWithChronoDefaults(text: string, now: Date): BookingTime | null {
  const [result] = chrono.zh.hans.casual.parse(text, { instant: now, timezone: 480 });
  if (result === undefined) return null;

  const instant = result.start.date();
  const date = shanghaiDateOf(instant);
  const hasTime = result.start.isCertain("hour");
  const today = shanghaiDateOf(now);
  const isEarlierToday = date === today && hasTime && shanghaiMinutesOf(instant) < shanghaiMinutesOf(now);
  const isEarlier = date < today || isEarlierToday;
  return hasTime ? { date, time: shanghaiTimeOf(instant), past: isEarlier } : { date, past: isEarlier };
}

function runParent(evalCases: readonly EvalCase[]): void {
  const thisFile = fileURLToPath(import.meta.url);
  const childArgs = [CHILD_FLAG, ...(setPath === undefined ? [] : ["--set", setPath])];
  if (useBaseline) childArgs.push("--baseline");

  const label = useBaseline ? " (chrono zh.hans baseline)" : "";
  console.log(`Booking-time evaluation: ${evalCases.length} cases${label}`);
  const misses: string[] = [];

  for (const timeZone of TIME_ZONES) {
    const child = spawnSync(process.execPath, ["--import", "tsx", thisFile, ...childArgs], {
      env: { ...process.env, TZ: timeZone },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) {
      console.error(`Evaluation child for TZ=${timeZone} failed (exit ${child.status}):\n${child.stderr}`);
      process.exit(1);
    }

    const outcomes = JSON.parse(child.stdout) as CaseOutcome[];
    const scores = scoreByCategory(evalCases, outcomes, timeZone, misses);
    printScores(timeZone, scores);
  }

  console.log(`\nMisses (${misses.length}, first ${Math.min(misses.length, MAX_MISSES_SHOWN)} shown):`);
  for (const miss of misses.slice(0, MAX_MISSES_SHOWN)) console.log(miss);
}

function scoreByCategory(
  evalCases: readonly EvalCase[],
  outcomes: readonly CaseOutcome[],
  timeZone: string,
  misses: string[],
): Map<string, Score> {
  const scores = new Map<string, Score>();
  evalCases.forEach((evalCase, position) => {
    const got = outcomes[position]?.got ?? null;
    const dateRight = isDateRight(evalCase.expected, got);
    const fullRight = dateRight && isDetailRight(evalCase.expected, got);

    for (const key of [evalCase.category, "total"]) {
      const score = scores.get(key) ?? { cases: 0, dateRight: 0, fullRight: 0 };
      score.cases += 1;
      score.dateRight += dateRight ? 1 : 0;
      score.fullRight += fullRight ? 1 : 0;
      scores.set(key, score);
    }
    if (!fullRight) {
      misses.push(
        `  [${timeZone}] ${evalCase.category} | ${evalCase.text} | now ${evalCase.now}\n` +
          `      expected ${JSON.stringify(evalCase.expected)}\n      got      ${JSON.stringify(got)}`,
      );
    }
  });
  return scores;
}

function isDateRight(expected: BookingTime | null, got: BookingTime | null): boolean {
  if (expected === null || got === null) return expected === got;
  return expected.date === got.date;
}

function isDetailRight(expected: BookingTime | null, got: BookingTime | null): boolean {
  if (expected === null || got === null) return expected === got;
  return expected.past === got.past && expected.time === got.time && expected.partOfDay === got.partOfDay;
}

function printScores(timeZone: string, scores: Map<string, Score>): void {
  console.log(`\nTZ=${timeZone}`);
  const header = ["category".padEnd(18), "cases".padStart(5), "date".padStart(7), "date+time".padStart(10)];
  console.log(`  ${header.join(" ")}`);
  const categories = [...scores.keys()].filter((key) => key !== "total").sort();
  for (const key of [...categories, "total"]) {
    const score = scores.get(key);
    if (score === undefined) continue;
    const cells = [
      key.padEnd(18),
      String(score.cases).padStart(5),
      percent(score.dateRight, score.cases).padStart(7),
      percent(score.fullRight, score.cases).padStart(10),
    ];
    console.log(`  ${cells.join(" ")}`);
  }
  const total = scores.get("total") ?? { cases: 0, dateRight: 0, fullRight: 0 };
  console.log(`date accuracy (${timeZone}): ${percent(total.dateRight, total.cases)}`);
  console.log(`date+time accuracy (${timeZone}): ${percent(total.fullRight, total.cases)}`);
}

function percent(count: number, total: number): string {
  return total === 0 ? "n/a" : `${((count / total) * 100).toFixed(1)}%`;
}
