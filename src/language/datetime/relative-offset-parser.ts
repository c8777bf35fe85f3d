/**
 * Parser for spans counted from now: 过两天 (+2 days), 三天后, 一周后 and 一个星期后 (+7 days),
 * 半个月后 (+15 days), 一个月后 (same day next month), 两个小时后 and 半小时后 (clock time from now).
 * A span needs 过 before it or 后 after it: "修要两天" names no date.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { addDays, addMinutes, daysInMonth, formatLocalDate, parseLocalDate } from "../../domain/time.js";
import { shanghaiDateOf, shanghaiMinutesOf } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import { shiftMonth } from "./calendar-rules.js";
import { createSlotResult, todayOf } from "./mention.js";
import { readNumber, SMALL_NUMBER } from "./patterns.js";

const PATTERN = new RegExp(
  `(过\\s*)?(${SMALL_NUMBER}|半)\\s*(个)?\\s*(天|日|星期|礼拜|周|月|小时|钟头|分钟)\\s*(以后|之后|过后|后)?`,
);

const LEAD_GROUP = 1;
const AMOUNT_GROUP = 2;
const MEASURE_GROUP = 3;
const UNIT_GROUP = 4;
const TRAIL_GROUP = 5;

const DAYS_PER_UNIT: Record<string, number> = { 天: 1, 日: 1, 星期: 7, 礼拜: 7, 周: 7 };
const MINUTES_PER_UNIT: Record<string, number> = { 小时: 60, 钟头: 60, 分钟: 1 };
const DAYS_IN_HALF_MONTH = 15;

/** Parses spans counted from now into a Shanghai date, and a clock time for hours and minutes. */
export class RelativeOffsetParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const unit = match[UNIT_GROUP] ?? "";
    const amountText = match[AMOUNT_GROUP] ?? "";
    if (match[LEAD_GROUP] === undefined && match[TRAIL_GROUP] === undefined) return null;

    // 半个月 is half a month, but 半天 and 半星期 are too vague to book.
    const isHalf = amountText === "半";
    const amount = isHalf ? 0.5 : readNumber(amountText);
    if (amount === null || amount <= 0) return null;

    const today = todayOf(context);
    const minutesPerUnit = MINUTES_PER_UNIT[unit];
    if (minutesPerUnit !== undefined) {
      const target = addMinutes(context.reference.instant, amount * minutesPerUnit);
      const minutes = shanghaiMinutesOf(target);
      const clock = { hour: Math.floor(minutes / 60), minute: minutes % 60, isBare: false };
      return createSlotResult(context, index, text, { date: shanghaiDateOf(target), clock });
    }

    if (unit === "月") {
      // 3月后 (without 个) reads as "after March", so a month span needs 个: 一个月后, 半个月后.
      if (match[MEASURE_GROUP] === undefined) return null;
      const date = isHalf ? addDays(today, DAYS_IN_HALF_MONTH) : addMonthsClamped(today, amount);
      return createSlotResult(context, index, text, { date });
    }

    const daysPerUnit = DAYS_PER_UNIT[unit];
    if (daysPerUnit === undefined || isHalf) return null;
    return createSlotResult(context, index, text, { date: addDays(today, amount * daysPerUnit) });
  }
}

/** Add whole months, keeping the day of month or the month's last day. (2027-01-31, 1) → 2027-02-28. */
function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  const [targetYear, targetMonth] = shiftMonth(year, month, months);
  return formatLocalDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
