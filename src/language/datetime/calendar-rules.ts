/**
 * Date rules for booking expressions: which calendar day a weekday, a day of the month or a month-day
 * names when the customer gives no year or month. Every date is a Shanghai calendar date, and `today`
 * is the Shanghai date of the message.
 */

import {
  addDays,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  isValidDate,
  parseLocalDate,
  weekdayOf,
} from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";

/**
 * Days a month-day without a year may lie behind today and still mean this year (flagged past).
 * Further behind, it means next year. In a message of 12-04, "12月2号" is 2026-12-02 (past), but in a
 * message of 12-20, "1月5号" is 2027-01-05.
 */
export const MONTH_DAY_PAST_GRACE_DAYS = 60;

/** Months to look ahead for a month that has the requested day (31号 skips 30-day months). */
const MAX_MONTHS_AHEAD = 12;

/** Day of week with Monday = 1 … Sunday = 7, as weeks start on Monday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Return the ISO weekday (Monday = 1 … Sunday = 7) of a date. */
export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  const weekday = weekdayOf(date);
  return (weekday === 0 ? 7 : weekday) as IsoWeekday;
}

/**
 * Return the given weekday of the week that contains `today`, shifted by whole weeks.
 * Weeks start on Monday. (2026-12-06, 1, 0) → 2026-11-30 and (2026-12-06, 1, 1) → 2026-12-07.
 */
export function weekdayOfWeek(today: LocalDate, weekday: IsoWeekday, weekOffset: number): LocalDate {
  const monday = addDays(today, 1 - isoWeekdayOf(today));
  return addDays(monday, weekOffset * 7 + weekday - 1);
}

/**
 * Return the next date on the given weekday, counting today.
 * 2026-12-02 is a Wednesday: (2026-12-02, 3) → 2026-12-02 and (2026-12-02, 2) → 2026-12-08.
 */
export function nextWeekdayCountingToday(today: LocalDate, weekday: IsoWeekday): LocalDate {
  const daysAhead = (weekday - isoWeekdayOf(today) + 7) % 7;
  return addDays(today, daysAhead);
}

/**
 * Return the next date whose day of month is `day`, counting today, or null for a day above 31.
 * A day already gone this month means next month, and a month too short for the day is skipped.
 * (2026-12-28, 25) → 2027-01-25, and (2027-01-31, 30) → 2027-03-30.
 */
export function nextDayOfMonth(today: LocalDate, day: number): LocalDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;

  const [year, month, todayDay] = parseLocalDate(today);
  const firstOffset = day >= todayDay ? 0 : 1;
  for (let offset = firstOffset; offset <= MAX_MONTHS_AHEAD; offset += 1) {
    const [candidateYear, candidateMonth] = shiftMonth(year, month, offset);
    if (isValidDate(candidateYear, candidateMonth, day)) {
      return formatLocalDate(candidateYear, candidateMonth, day);
    }
  }
  return null;
}

/**
 * Return the date of a day in the month `monthOffset` months after today's month, or null when that
 * month has no such day. (2026-12-28, 1, 5) → 2027-01-05.
 */
export function dayOfRelativeMonth(today: LocalDate, monthOffset: number, day: number): LocalDate | null {
  const [year, month] = parseLocalDate(today);
  const [targetYear, targetMonth] = shiftMonth(year, month, monthOffset);
  if (!isValidDate(targetYear, targetMonth, day)) return null;
  return formatLocalDate(targetYear, targetMonth, day);
}

/**
 * Return the date of a month and day given without a year, or null when no year has that day.
 * It is this year's date unless that lies more than MONTH_DAY_PAST_GRACE_DAYS behind today, in which
 * case it is next year's. 2月29日 falls on the next leap year that qualifies.
 */
export function resolveMonthDay(today: LocalDate, month: number, day: number): LocalDate | null {
  return resolveAnnualDate(today, (year) =>
    isValidDate(year, month, day) ? formatLocalDate(year, month, day) : null,
  );
}

/**
 * Return the occurrence of a yearly date that a customer most likely means, or null when
 * `dateInYear` has none in the next few years.
 * The rule is the one for month-days: this year's date, unless it lies more than
 * MONTH_DAY_PAST_GRACE_DAYS behind today, then the next year's.
 */
export function resolveAnnualDate(
  today: LocalDate,
  dateInYear: (year: number) => LocalDate | null,
): LocalDate | null {
  const [todayYear] = parseLocalDate(today);
  const maxYear = todayYear + 8;
  for (let year = todayYear; year <= maxYear; year += 1) {
    const candidate = dateInYear(year);
    if (candidate === null) continue;
    if (daysBetween(candidate, today) <= MONTH_DAY_PAST_GRACE_DAYS) return candidate;
  }
  return null;
}

/**
 * Return the booking day for "月底" in the month `monthOffset` months after today's: the first of the
 * month's last three days that is not already past. (2026-12-04, 0) → 2026-12-29, (2026-12-30, 0) → 2026-12-30.
 */
export function monthEndDay(today: LocalDate, monthOffset: number): LocalDate {
  const [year, month] = parseLocalDate(today);
  const [targetYear, targetMonth] = shiftMonth(year, month, monthOffset);
  const firstOfLastThree = formatLocalDate(targetYear, targetMonth, daysInMonth(targetYear, targetMonth) - 2);
  return laterOf(firstOfLastThree, today);
}

/**
 * Return the booking day for "月初" in the month `monthOffset` months after today's: the first of
 * the month's first three days that is not already past, or the 1st of the next month once the
 * first three days are over. (2026-12-02, 0) → 2026-12-02, (2026-12-04, 0) → 2027-01-01.
 */
export function monthStartDay(today: LocalDate, monthOffset: number): LocalDate {
  const [year, month, day] = parseLocalDate(today);
  if (monthOffset === 0 && day <= 3) return today;

  const offset = monthOffset === 0 ? 1 : monthOffset;
  const [targetYear, targetMonth] = shiftMonth(year, month, offset);
  return laterOf(formatLocalDate(targetYear, targetMonth, 1), today);
}

/** Return the month `offset` months after (year, month), as [year, month 1-12]. */
export function shiftMonth(year: number, month: number, offset: number): [number, number] {
  const zeroBased = year * 12 + (month - 1) + offset;
  return [Math.floor(zeroBased / 12), (zeroBased % 12) + 1];
}

/** Return the later of two dates. */
export function laterOf(first: LocalDate, second: LocalDate): LocalDate {
  return daysBetween(first, second) > 0 ? second : first;
}
