/**
 * Parser for parts of a month: 月底 / 月末 (the month's last three days), 月初 / 上旬 (the first three
 * days), 月中 / 中旬 (the 15th) and 下旬 (the 21st), with or without 下个月, 这个月 or a month number.
 * The parser picks one day and leaves the neighbouring days to the workshop board:
 * - 月底 is the first of the last three days that is not already past (on 12-04: 12-29).
 * - 月初 is today during the first three days, and otherwise the 1st of next month.
 * - 月中 and 下旬 are that day this month while it is ahead or today, otherwise next month.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { daysInMonth, formatLocalDate, parseLocalDate } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import {
  dayOfRelativeMonth,
  laterOf,
  monthEndDay,
  monthStartDay,
  nextDayOfMonth,
  resolveAnnualDate,
} from "./calendar-rules.js";
import { charBefore, createSlotResult, todayOf } from "./mention.js";
import { MONTH_WORDS } from "./month-day-parser.js";
import { MONTH_NUMBER, NUMBER_CHAR, readNumber } from "./patterns.js";

// 上旬, 中旬 and 下旬 also stand alone for this month's.
const PATTERN = new RegExp(
  `(?:(下下个?|下个?|这个?|本|当|上个?)\\s*|(${MONTH_NUMBER})\\s*)?月\\s*份?\\s*(?:的\\s*)?(底|末|初|中旬|中|上旬|下旬)` +
    `|(上旬|中旬|下旬)`,
);

const RELATIVE_GROUP = 1;
const MONTH_GROUP = 2;
const PART_GROUP = 3;
const LONE_PART_GROUP = 4;

type MonthPart = "end" | "start" | "middle" | "lateThird";

const MONTH_PARTS: Record<string, MonthPart> = {
  底: "end",
  末: "end",
  初: "start",
  上旬: "start",
  中: "middle",
  中旬: "middle",
  下旬: "lateThird",
};

/** Day of month that 月中 and 下旬 name. */
const FIXED_DAYS: Record<"middle" | "lateThird", number> = { middle: 15, lateThird: 21 };

/** Parses 月底, 月初, 月中 and 下旬 into one Shanghai date. */
export class MonthPartParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const part = MONTH_PARTS[match[PART_GROUP] ?? match[LONE_PART_GROUP] ?? ""];
    if (part === undefined) return null;
    // 月中午 would be 月 + 中午, and 三个月底 counts months.
    if (part === "middle" && context.text[index + text.length] === "午") return null;
    if (NUMBER_CHAR.test(charBefore(context, index)) || charBefore(context, index) === "个") return null;

    const today = todayOf(context);
    let date: LocalDate | null;
    if (match[MONTH_GROUP] !== undefined) {
      const month = readNumber(match[MONTH_GROUP]);
      if (month === null || month < 1 || month > 12) return null;
      date = partOfNamedMonth(today, month, part);
    } else {
      const monthOffset = match[RELATIVE_GROUP] === undefined ? 0 : MONTH_WORDS[match[RELATIVE_GROUP]];
      if (monthOffset === undefined) return null;
      date = partOfRelativeMonth(today, monthOffset, part);
    }
    if (date === null) return null;
    return createSlotResult(context, index, text, { date });
  }
}

/** Return the day for a part of the month `monthOffset` months from today's. */
function partOfRelativeMonth(today: LocalDate, monthOffset: number, part: MonthPart): LocalDate | null {
  if (monthOffset < 0) {
    // Last month's part has passed, so return its first day and let the result be flagged past.
    const [year, month] = parseLocalDate(today);
    const lastMonth = month === 1 ? 12 : month - 1;
    const lastMonthYear = month === 1 ? year - 1 : year;
    return formatLocalDate(lastMonthYear, lastMonth, firstDayOfPart(lastMonthYear, lastMonth, part));
  }

  switch (part) {
    case "end":
      return monthEndDay(today, monthOffset);
    case "start":
      return monthStartDay(today, monthOffset);
    case "middle":
    case "lateThird":
      return monthOffset === 0
        ? nextDayOfMonth(today, FIXED_DAYS[part])
        : dayOfRelativeMonth(today, monthOffset, FIXED_DAYS[part]);
  }
}

/** Return the day for a part of a month given by number, with the year rule of X月X号. */
function partOfNamedMonth(today: LocalDate, month: number, part: MonthPart): LocalDate | null {
  const [todayYear, todayMonth] = parseLocalDate(today);
  if (month === todayMonth && (part === "end" || part === "start")) {
    const firstDay = formatLocalDate(todayYear, month, firstDayOfPart(todayYear, month, part));
    // 12月初 in a message of 12-10 stays in December (past), unlike a bare 月初.
    return part === "end" ? laterOf(firstDay, today) : startOfCurrentMonth(today, firstDay);
  }
  return resolveAnnualDate(today, (year) => formatLocalDate(year, month, firstDayOfPart(year, month, part)));
}

function startOfCurrentMonth(today: LocalDate, firstDay: LocalDate): LocalDate {
  const [, , day] = parseLocalDate(today);
  return day <= 3 ? today : firstDay;
}

/** Return the first day of month that a part names: 月底 → last day minus 2, 月初 → 1. */
function firstDayOfPart(year: number, month: number, part: MonthPart): number {
  switch (part) {
    case "end":
      return daysInMonth(year, month) - 2;
    case "start":
      return 1;
    case "middle":
    case "lateThird":
      return FIXED_DAYS[part];
  }
}
