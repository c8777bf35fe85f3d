/**
 * Small statistics helpers for the benchmarks.
 */
import { performance } from "node:perf_hooks";

/** Time `runs` calls of `task`, returning each duration in ms. */
export function timeRuns(runs: number, task: () => void): number[] {
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    task();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** Return the median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Return the p-th percentile (0-100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const weight = rank - lower;
  return (sorted[lower] as number) * (1 - weight) + (sorted[upper] as number) * weight;
}
