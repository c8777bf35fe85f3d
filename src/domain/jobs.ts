/**
 * Matching a customer's own words to catalogue jobs, and spotting faults that need an inspection in the
 * workshop because no catalogue job describes them.
 */
import { toHalfWidth } from "../language/normalize.js";
import type { ServiceItem } from "./board/types.js";

/**
 * Words that describe a fault the customer cannot name as a job (noise, shaking, leaks, warning lights, …).
 */
const FAULT_WORDS: readonly string[] = [
  "异响",
  "怪声",
  "响声",
  "抖",
  "漏",
  "故障灯",
  "亮灯",
  "灯亮",
  "报警",
  "不好启动",
  "打不着",
  "熄火",
  "冒烟",
  "跑偏",
  "有问题",
  "坏了",
];

export interface JobMatch {
  /** Matched jobs, without duplicates, in the order the customer mentioned them. */
  jobs: ServiceItem[];
  /** True when the text describes a fault outside every matched keyword and no inspection job was matched. */
  needsInspection: boolean;
}

interface KeywordHit {
  start: number;
  end: number;
  job: ServiceItem;
}

/**
 * Match a customer's words to catalogue jobs by their keywords, and flag a described fault that no job
 * matches so the caller adds the inspection job. The longest keyword wins when two jobs share words, and each
 * job appears once. Fault words are FAULT_WORDS, e.g. 异响, 抖, 漏, 故障灯, 亮灯, 不好启动, 有问题, 坏了, 怪声, 跑偏. Text and
 * keywords are compared after full-width to half-width conversion, lower-casing and removing spaces. A fault
 * word inside a matched keyword (e.g. 刹车异响 as a brake job's keyword) counts as matched. NOTE: negation is not
 * understood, so "没有异响" still flags an inspection.
 */
export function matchJobs(text: string, catalogue: readonly ServiceItem[]): JobMatch {
  const normalizedText = normalize(text);

  // Step 1: find every keyword occurrence of every job.
  const hits: KeywordHit[] = [];
  for (const job of catalogue) {
    for (const keyword of job.keywords) {
      const normalizedKeyword = normalize(keyword);
      for (const start of occurrences(normalizedText, normalizedKeyword)) {
        hits.push({ start, end: start + normalizedKeyword.length, job });
      }
    }
  }

  // Step 2: longest keywords claim their characters first, so "大保养" beats the "保养" inside it.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: KeywordHit[] = [];
  for (const hit of hits) {
    if (!accepted.some((other) => overlaps(hit, other))) accepted.push(hit);
  }

  // Step 3: one entry per job, in the order of its first mention.
  accepted.sort((a, b) => a.start - b.start);
  const jobs: ServiceItem[] = [];
  for (const hit of accepted) {
    if (!jobs.some((job) => job.code === hit.job.code)) jobs.push(hit.job);
  }

  // Step 4: a fault word outside every accepted keyword is a fault that no matched job describes.
  const hasUnmatchedFault = FAULT_WORDS.some((word) =>
    occurrences(normalizedText, word).some(
      (start) => !accepted.some((hit) => overlaps({ start, end: start + word.length }, hit)),
    ),
  );
  const hasInspection = jobs.some((job) => job.kind === "inspection");
  return { jobs, needsInspection: hasUnmatchedFault && !hasInspection };
}

function normalize(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, "");
}

function occurrences(text: string, word: string): number[] {
  if (word === "") return [];
  const starts: number[] = [];
  for (let start = text.indexOf(word); start !== -1; start = text.indexOf(word, start + 1)) {
    starts.push(start);
  }
  return starts;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
