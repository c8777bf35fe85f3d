/**
 * Parsers for dates written with a day of the month: 12月25号, 2027年1月5日, 下个月3号, a bare 25号,
 * and the numeric forms 2026-12-25, 12/25 and 12.20.
 * - X月X号 without a year is this year, unless it lies more than MONTH_DAY_PAST_GRACE_DAYS behind
 *   today, and then it is next year. Closer behind, it stays this year and is flagged past.
 * - A bare X号 is this month while the day is still ahead or today, otherwise next month.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { formatLocalDate, isValidDate, parseLocalDate } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import { dayOfRelativeMonth, nextDayOfMonth, resolveMonthDay } from "./calendar-rules.js";
import { charBefore, createSlotResult, todayOf } from "./mention.js";
import { ALPHANUMERIC_CHAR, DAY_OF_MONTH, MONTH_NUMBER, NUMBER_CHAR, readNumber } from "./patterns.js";

/** Year words (今年, 明年, 后年, 去年) and their offset from this year. */
const YEAR_WORDS: Record<string, number> = { 今: 0, 明: 1, 后: 2, 去: -1 };

/** Month words (下个月, 这个月, 上个月) and their offset from this month. */
export const MONTH_WORDS: Record<string, number> = {
  下下个: 2,
  下下: 2,
  下个: 1,
  下: 1,
  这个: 0,
  这: 0,
  本: 0,
  当: 0,
  上个: -1,
  上: -1,
};

/** Characters after a day number without 号 or 日 that make it a time, an amount or a longer number. */
const NOT_AFTER_BARE_DAY = /^[\d.:点时万千百个次岁%公块元折]/;

/** Characters after 号 that make it a number of a place or a thing: 3号线, 5号楼, 2号工位. */
const NOT_AFTER_HAO = /^[线楼门位店车库院机口柜房厅台仓码床桌窗箱球技]/;

/** Characters after 日 that make it part of another word: 日期, 日子, 日常, 日元. */
const NOT_AFTER_RI = /^[期子常历记元本]/;

/** Characters before a bare day number that make it part of something else. */
const NOT_BEFORE_BARE_DAY = /[月周期拜第初#号\-/.:：]/;

const MONTH_DAY_PATTERN = new RegExp(
  `(?:(\\d{4})\\s*年\\s*|([今明后去])\\s*年\\s*)?(${MONTH_NUMBER})\\s*月\\s*份?\\s*(?:的\\s*)?(${DAY_OF_MONTH})\\s*([号日])?`,
);

/** Parses X月X号, with or without a year. */
export class MonthDayParser implements Parser {
  pattern(): RegExp {
    return MONTH_DAY_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const [, numericYear, yearWord, monthText = "", dayText = "", dayMarker] = match;
    const after = context.text.slice(index + text.length);

    if (isInsideNumber(context, index)) return null;
    if (dayMarker === undefined && NOT_AFTER_BARE_DAY.test(after)) return null;
    // 八月十五 without 号 is the Mid-Autumn Festival (lunar 8/15), which the holiday parser reads.
    const isMidAutumn = monthText === "八" && dayText === "十五";
    if (isMidAutumn && dayMarker === undefined && numericYear === undefined) return null;

    const month = readNumber(monthText);
    const day = readNumber(dayText);
    if (month === null || day === null) return null;

    const today = todayOf(context);
    let date: LocalDate | null;
    if (numericYear !== undefined || yearWord !== undefined) {
      const yearOffset = YEAR_WORDS[yearWord ?? ""] ?? 0;
      const year = numericYear !== undefined ? Number(numericYear) : parseLocalDate(today)[0] + yearOffset;
      date = isValidDate(year, month, day) ? formatLocalDate(year, month, day) : null;
    } else {
      date = resolveMonthDay(today, month, day);
    }
    if (date === null) return null;
    return createSlotResult(context, index, text, { date });
  }
}

const RELATIVE_MONTH_DAY_PATTERN = new RegExp(
  `(下下个?|下个?|这个?|本|当|上个?)\\s*月\\s*(?:的\\s*)?(${DAY_OF_MONTH})\\s*[号日]`,
);

/** Parses a day in a month named relative to this one: 下个月3号, 这个月25号. */
export class RelativeMonthDayParser implements Parser {
  pattern(): RegExp {
    return RELATIVE_MONTH_DAY_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const monthOffset = MONTH_WORDS[match[1] ?? ""];
    const day = readNumber(match[2] ?? "");
    if (monthOffset === undefined || day === null) return null;

    const date = dayOfRelativeMonth(todayOf(context), monthOffset, day);
    if (date === null) return null;
    return createSlotResult(context, index, match[0], { date });
  }
}

const DAY_OF_MONTH_PATTERN = new RegExp(`(${DAY_OF_MONTH})\\s*([号日])`);

/** Parses a bare day of the month, 25号 or 二十五日: the next such day, counting today. */
export class DayOfMonthParser implements Parser {
  pattern(): RegExp {
    return DAY_OF_MONTH_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const marker = match[2];
    const after = context.text.slice(index + text.length);

    const before = charBefore(context, index);
    if (isInsideNumber(context, index) || NOT_BEFORE_BARE_DAY.test(before)) return null;
    if (marker === "号" && NOT_AFTER_HAO.test(after)) return null;
    if (marker === "日" && NOT_AFTER_RI.test(after)) return null;

    const day = readNumber(match[1] ?? "");
    if (day === null) return null;
    const date = nextDayOfMonth(todayOf(context), day);
    if (date === null) return null;
    return createSlotResult(context, index, text, { date });
  }
}

const NUMERIC_DATE_PATTERN = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|(\d{1,2})([/.])(\d{1,2})/;

/**
 * Words after a dotted month.day that make it a date: 12.20下午, 12.20可以吗. Without them, 7.5 is
 * more likely a decimal (油耗7.5) or a price, unless the message is only the date.
 */
const AFTER_DOTTED_DATE = /^\s*(?:[号日?？]|上午|下午|中午|晚上|早上|周|星期|礼拜|过来|来|去|到店|可以|行|吗|\d{1,2}\s*[点:])/;

/** Parses numeric dates: 2026-12-25, 2026/12/25, 2026.12.25, and month/day as 12/25 or 12.20. */
export class NumericDateParser implements Parser {
  pattern(): RegExp {
    return NUMERIC_DATE_PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const nextChar = context.text[index + text.length] ?? "";
    if (isInsideNumber(context, index) || /[\d/.\-]/.test(charBefore(context, index))) return null;
    if (/[\d/.\-%]/.test(nextChar)) return null;

    let date: LocalDate | null;
    if (match[1] !== undefined) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      date = isValidDate(year, month, day) ? formatLocalDate(year, month, day) : null;
    } else {
      const rest = context.text.slice(index + text.length);
      const isWholeMessage = context.text.slice(0, index).trim() === "" && rest.trim() === "";
      if (match[5] === "." && !isWholeMessage && !AFTER_DOTTED_DATE.test(rest)) return null;
      date = resolveMonthDay(todayOf(context), Number(match[4]), Number(match[6]));
    }
    if (date === null) return null;
    return createSlotResult(context, index, text, { date });
  }
}

/** Check whether the match at `index` continues a number or a code written just before it. */
function isInsideNumber(context: ParsingContext, index: number): boolean {
  const before = charBefore(context, index);
  return NUMBER_CHAR.test(before) || ALPHANUMERIC_CHAR.test(before);
}
