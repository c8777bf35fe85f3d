/**
 * Parser for part-of-day words: 上午 / 早上 / 早晨 (morning), 中午 (noon), 下午 (afternoon),
 * 晚上 / 傍晚 (evening), and 凌晨 (small hours, which only fixes AM). 下班后 (after work) names no part
 * of day: 下班后六点 is 18:00 by the bare-hour rule alone.
 * A part of day alone names no clock time. Greetings such as 早上好 are not parts of a booking.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import type { DayPeriod } from "./clock-rules.js";
import { charBefore, createSlotResult } from "./mention.js";
import { CHINESE_NUMERALS } from "./patterns.js";

const PERIOD_WORDS: Record<string, DayPeriod> = {
  上午: "morning",
  早上: "morning",
  早晨: "morning",
  清早: "morning",
  清晨: "morning",
  一大早: "morning",
  大清早: "morning",
  一早: "morning",
  中午: "noon",
  正午: "noon",
  午间: "noon",
  下午: "afternoon",
  午后: "afternoon",
  傍晚: "evening",
  晚上: "evening",
  晚间: "evening",
  夜里: "evening",
  夜间: "evening",
  凌晨: "smallHours",
};

// Longest words first, so that 一大早 wins over 一早.
const WORDS = Object.keys(PERIOD_WORDS).sort((first, second) => second.length - first.length);

// A lone 早 or 晚 is a part of day only right before an hour: 早8点, 晚7点半. 早一点 means "a bit earlier".
const PATTERN = new RegExp(
  `(${WORDS.join("|")})|([早晚])(?=\\s*(?:\\d{1,2}|[${CHINESE_NUMERALS.replace("一", "")}]{1,3})\\s*(?:点|:))`,
);

/** Characters before 一早 that make its 一 part of a weekday or a number. */
const WEEKDAY_OR_NUMBER_END = /[周期拜初\d零〇一二两三四五六七八九十]/;

/** Text after a part-of-day word that makes it a greeting: 早上好, 下午好！ but not 下午好吗. */
const GREETING = /^好(?![吗不么嘛呢啊吧的])/;

/** Parses part-of-day words into a slot with only a part of day. */
export class PartOfDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    if (GREETING.test(context.text.slice(index + text.length))) return null;
    // 周一早上 and 初一早上 read as 周一 + 早上, not 周 + 一早.
    if (text.startsWith("一") && WEEKDAY_OR_NUMBER_END.test(charBefore(context, index))) return null;

    const period = match[1] !== undefined ? PERIOD_WORDS[match[1]] : lonePeriod(match[2]);
    if (period === undefined) return null;
    return createSlotResult(context, index, text, { period });
  }
}

function lonePeriod(word: string | undefined): DayPeriod | undefined {
  if (word === "早") return "morning";
  if (word === "晚") return "evening";
  return undefined;
}
