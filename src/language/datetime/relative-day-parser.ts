/**
 * Parser for day words counted from today: 今天, 明天, 后天, 大后天, 昨天, and the fused forms
 * 明早 (tomorrow morning) and 今晚 (this evening). 明天 is always the next calendar day in Shanghai,
 * also just after midnight: at 00:05 on 12-05, 明天 is 12-06.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { addDays } from "../../domain/time.js";
import type { DayPeriod } from "./clock-rules.js";
import { charBefore, createSlotResult, todayOf } from "./mention.js";

type DayWord = { daysFromToday: number; period?: DayPeriod };

const DAY_WORDS: Record<string, DayWord> = {
  今天: { daysFromToday: 0 },
  今日: { daysFromToday: 0 },
  今儿个: { daysFromToday: 0 },
  今儿: { daysFromToday: 0 },
  今个: { daysFromToday: 0 },
  今早: { daysFromToday: 0, period: "morning" },
  今晨: { daysFromToday: 0, period: "morning" },
  今晚: { daysFromToday: 0, period: "evening" },
  今夜: { daysFromToday: 0, period: "evening" },
  明天: { daysFromToday: 1 },
  明日: { daysFromToday: 1 },
  明儿个: { daysFromToday: 1 },
  明儿: { daysFromToday: 1 },
  明个: { daysFromToday: 1 },
  明早: { daysFromToday: 1, period: "morning" },
  明晨: { daysFromToday: 1, period: "morning" },
  明晚: { daysFromToday: 1, period: "evening" },
  // Pinyin-input slips for 明天 (mingtian) and 后天 (houtian). Neither spelling means anything else.
  名天: { daysFromToday: 1 },
  明添: { daysFromToday: 1 },
  后天: { daysFromToday: 2 },
  后儿个: { daysFromToday: 2 },
  后儿: { daysFromToday: 2 },
  厚天: { daysFromToday: 2 },
  后添: { daysFromToday: 2 },
  大后天: { daysFromToday: 3 },
  大大后天: { daysFromToday: 4 },
  昨天: { daysFromToday: -1 },
  昨日: { daysFromToday: -1 },
  昨儿个: { daysFromToday: -1 },
  昨儿: { daysFromToday: -1 },
  昨晚: { daysFromToday: -1, period: "evening" },
  前天: { daysFromToday: -2 },
  大前天: { daysFromToday: -3 },
};

// Longest words first, so that 大后天 wins over 后天.
const PATTERN = new RegExp(
  `(${Object.keys(DAY_WORDS)
    .sort((first, second) => second.length - first.length)
    .join("|")})`,
);

/** Characters before 后天 that make it part of another word: 之后天, 以后天天, 然后天. */
const NOT_BEFORE_HOUTIAN = /[之以然最落午先]/;

/** Parses day words counted from today, in Shanghai calendar days. */
export class RelativeDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const word = match[1] ?? "";
    const dayWord = DAY_WORDS[word];
    const index = match.index ?? 0;
    if (dayWord === undefined) return null;
    if (word.startsWith("后") && NOT_BEFORE_HOUTIAN.test(charBefore(context, index))) return null;
    // 添加 (to add): "稍后添加" is not a slip for 后天.
    if (word.endsWith("添") && context.text[index + word.length] === "加") return null;

    return createSlotResult(context, index, word, {
      date: addDays(todayOf(context), dayWord.daysFromToday),
      period: dayWord.period,
    });
  }
}
