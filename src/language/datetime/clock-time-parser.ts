/**
 * Parser for clock times: 10:30, 10点30, 10点半, 十点二十, 九点一刻 (09:15), 三点三刻 (15:45), 3点钟,
 * 15时30分, 差一刻三点 (14:45), and ranges such as 两三点 or 2到4点, which take their start.
 * An hour 1-12 without a part-of-day word is read inside workshop hours (see resolveSpokenHour) and
 * stays marked as bare, so that a part-of-day word elsewhere in the message can still move it.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { resolveSpokenHour } from "./clock-rules.js";
import { charBefore, createSlotResult } from "./mention.js";
import { ALPHANUMERIC_CHAR, CHINESE_NUMERALS, NUMBER_CHAR, readNumber } from "./patterns.js";

const HOUR = `\\d{1,2}|[${CHINESE_NUMERALS}]{1,3}`;
const MINUTE = `半|[一1]刻|[三3]刻|整|正|(?:零|0)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*分?`;

const MINUTES_SHORT = `[一1]刻|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*分?`;

// 差一刻三点 and 三点差五分 count minutes back from the hour.
const PATTERN = new RegExp(
  `(\\d{1,2})\\s*:\\s*(\\d{2})` +
    `|(?:差\\s*(${MINUTES_SHORT})\\s*)?(${HOUR})(?:\\s*(?:到|至|-|~|—)\\s*(${HOUR}))?\\s*(点钟|点|时)` +
    `(?:差\\s*(${MINUTES_SHORT})|(${MINUTE}))?`,
);

const COLON_HOUR_GROUP = 1;
const COLON_MINUTE_GROUP = 2;
const LEADING_SHORT_GROUP = 3;
const HOUR_GROUP = 4;
const RANGE_END_GROUP = 5;
const HOUR_MARK_GROUP = 6;
const TRAILING_SHORT_GROUP = 7;
const MINUTE_GROUP = 8;

/** Characters after a time that make it an amount: 2点5万公里, 9点5折. */
const NOT_AFTER_TIME = /^\s*(?:[万千百块元折倍个度升%]|公里|公斤)/;

/** Characters after 时 that make it part of a word: 时间, 时候. */
const NOT_AFTER_SHI = /^[间候段代期刻髦长差辰区]/;

/** Characters before 一点 that make it "a little": 早一点, 快一点, 便宜一点. */
const BEFORE_A_LITTLE = /[早晚快慢多少好有大小高低轻重宜贵近远些稍再点]/;

/** Parses clock times into hour and minute, Shanghai wall clock. */
export class ClockTimeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const before = charBefore(context, index);
    const after = context.text.slice(index + text.length);
    if (NUMBER_CHAR.test(before) || ALPHANUMERIC_CHAR.test(before) || before === ":") return null;
    if (NOT_AFTER_TIME.test(after)) return null;

    const isColonTime = match[COLON_HOUR_GROUP] !== undefined;
    const reading = isColonTime ? readColonTime(match, after) : readSpokenTime(match, before, after);
    if (reading === null) return null;

    const { spokenHour, minute, isTwentyFourHour } = reading;
    if (minute < 0 || minute > 59 || spokenHour < 0 || spokenHour > 23) return null;

    const isBare = !isTwentyFourHour && spokenHour >= 1 && spokenHour <= 12;
    const hour = isBare ? resolveSpokenHour(spokenHour, minute) : spokenHour;
    if (hour === null) return null;
    return createSlotResult(context, index, text, { clock: { hour, minute, isBare } });
  }
}

type ClockReading = { spokenHour: number; minute: number; isTwentyFourHour: boolean };

/** Read "10:30". A leading zero ("08:30") marks a 24-hour time that keeps its hour. */
function readColonTime(match: RegExpMatchArray, after: string): ClockReading | null {
  const hourText = match[COLON_HOUR_GROUP] ?? "";
  if (/^[\d:]/.test(after)) return null;
  return {
    spokenHour: Number(hourText),
    minute: Number(match[COLON_MINUTE_GROUP]),
    isTwentyFourHour: hourText.startsWith("0") || Number(hourText) > 12,
  };
}

/** Read "10点半", "十点二十", "两三点", "15时30分". */
function readSpokenTime(match: RegExpMatchArray, before: string, after: string): ClockReading | null {
  const hourText = match[HOUR_GROUP] ?? "";
  const minuteText = match[MINUTE_GROUP];
  const hourMark = match[HOUR_MARK_GROUP];
  const isDigitHour = /^\d+$/.test(hourText);

  // 时 follows digits in written times (15时30分). After Chinese numerals it is 一时半会 or 几时.
  if (hourMark === "时" && (!isDigitHour || NOT_AFTER_SHI.test(after))) return null;
  // 一点儿, 一点点: "a little".
  if (/^[点儿些]/.test(after) && minuteText === undefined) return null;

  const spokenHour = readHour(hourText);
  if (spokenHour === null) return null;
  if (spokenHour === 1 && minuteText === undefined && match[RANGE_END_GROUP] === undefined) {
    if (BEFORE_A_LITTLE.test(before)) return null;
  }

  const shortText = match[LEADING_SHORT_GROUP] ?? match[TRAILING_SHORT_GROUP];
  if (shortText !== undefined) {
    // 差一刻三点 = 2:45: one hour earlier, 60 minus the shortfall.
    const shortMinutes = readMinute(shortText);
    if (shortMinutes === null || shortMinutes <= 0 || shortMinutes >= 60 || spokenHour === 0) return null;
    const hourBefore = spokenHour - 1;
    return {
      spokenHour: hourBefore,
      minute: 60 - shortMinutes,
      isTwentyFourHour: hourBefore === 0 || hourBefore > 12,
    };
  }

  const minute = minuteText === undefined ? 0 : readMinute(minuteText);
  if (minute === null) return null;
  return { spokenHour, minute, isTwentyFourHour: spokenHour === 0 || spokenHour > 12 };
}

/**
 * Read an hour, taking the start of a range of neighbouring numerals: 两三 → 2, 十一二 → 11.
 * A range written with 到 or a dash comes in a separate group and needs no handling here.
 */
function readHour(hourText: string): number | null {
  const range = /^(十?[一二两三四五六七八九])([一二两三四五六七八九十])$/.exec(hourText);
  if (range !== null) {
    const first = readNumber(range[1] ?? "");
    const second = readNumber(range[2] ?? "");
    const secondInRange = hourText.startsWith("十") ? (second ?? 0) + 10 : second;
    if (first !== null && secondInRange === first + 1) return first;
  }
  return readNumber(hourText);
}

/** Read minutes after 点: 半 = 30, 一刻 = 15, 三刻 = 45, 整 = 0, 二十 = 20, 零五 = 5. */
function readMinute(minuteText: string): number | null {
  const text = minuteText.replace(/\s*分$/, "");
  if (text === "半") return 30;
  if (text === "整" || text === "正") return 0;
  if (/^[一1]刻$/.test(text)) return 15;
  if (/^[三3]刻$/.test(text)) return 45;
  return readNumber(text.replace(/^(?:零|0)(?=.)/, ""));
}
