/**
 * Calendar facts about Chinese holidays, from the `chinese-days` package (1.5.7): festival dates, the
 * published days off, and the first working day after them.
 *
 * NOTE: chinese-days 1.5.7 parses "YYYY-MM-DD" strings as UTC midnight and then reads the Date with
 * local getters, and it builds its holiday table that way when the module loads. West of UTC (for
 * example TZ=America/Los_Angeles) getDayDetail("2026-10-01") reports 2026-09-30, and
 * getSolarDateFromLunar("2027-01-01") reports 2027-02-07. A related report is
 * https://github.com/vsme/chinese-days/issues/43. So this module reads the package's published
 * schedule from its JSON file, and passes lunar dates as "YYYY/MM/DD", which the package parses as
 * local midnight and converts back with the same local getters, whatever the TZ.
 */

import chineseDays from "chinese-days";
import { qingmingDate } from "../../domain/china-holidays.js";
import schedule from "chinese-days/dist/chinese-days.json" with { type: "json" };

import { addDays, daysBetween, formatLocalDate, parseLocalDate, weekdayOf } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";

/** Public holidays with days off, by the Chinese name that the published schedule uses. */
export type StatutoryHoliday = "元旦" | "春节" | "清明" | "劳动节" | "端午" | "中秋" | "国庆节";

const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = ["元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆节"];

/**
 * Days before a holiday during which "节后" (after the holiday) already points to it.
 * NOTE: an estimate of how far ahead customers talk about the next holiday, not a measured figure.
 */
const HOLIDAY_LOOKAHEAD_DAYS = 30;

const holidayNames: Readonly<Record<string, string>> = schedule.holidays;
const makeUpWorkdays: Readonly<Record<string, string>> = schedule.workdays;

/** Maximum number of days to search for a working day. The longest published days off are ten days (春节 2020). */
const MAX_DAYS_TO_SEARCH = 40;

/**
 * Return the Gregorian date of a lunar date in the given lunar year, as "YYYY-MM-DD".
 * (2027, 1, 1) → "2027-02-06", the Spring Festival of 2027.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): LocalDate {
  const lunarDate = `${lunarYear}/${pad2(lunarMonth)}/${pad2(lunarDay)}`;
  return chineseDays.getSolarDateFromLunar(lunarDate).date;
}

/**
 * Return the date that a holiday's name points to in a Gregorian year: 元旦 01-01, 春节 the lunar
 * new year, 清明 the solar term, 劳动节 05-01, 端午 lunar 5/5, 中秋 lunar 8/15, 国庆节 10-01.
 */
export function festivalDate(holiday: StatutoryHoliday, year: number): LocalDate {
  switch (holiday) {
    case "元旦":
      return formatLocalDate(year, 1, 1);
    case "春节":
      return lunarToSolar(year, 1, 1);
    case "清明":
      return qingmingDate(year);
    case "劳动节":
      return formatLocalDate(year, 5, 1);
    case "端午":
      return lunarToSolar(year, 5, 5);
    case "中秋":
      return lunarToSolar(year, 8, 15);
    case "国庆节":
      return formatLocalDate(year, 10, 1);
  }
}

/**
 * Return the first working day after a holiday's days off in a Gregorian year.
 * With a published schedule, that is the first day after the days off that is a make-up working
 * day or a Monday-Friday outside any holiday: 国庆节 2026 → 2026-10-08, 春节 2026 → 2026-02-24.
 * For a year whose schedule is not published yet, it estimates from the usual days off: 春节 to
 * 正月初七, 劳动节 to 05-05, 国庆节 to 10-07, and 元旦 and the others the festival day only. The
 * estimate is the first Monday-Friday after them, so 春节 2027 → 2027-02-15.
 */
export function firstWorkdayAfterHoliday(holiday: StatutoryHoliday, year: number): LocalDate {
  const festival = festivalDate(holiday, year);
  if (holidayNames[festival] !== undefined) {
    return firstWorkdayAfter(lastDayOff(festival));
  }
  return firstWeekdayOnOrAfter(estimatedFirstDayBack(holiday, year, festival));
}

/**
 * Return the first working day after the holiday that "节后" means at `today`: the holiday under way,
 * or the one starting within HOLIDAY_LOOKAHEAD_DAYS days. Returns null when no holiday is that close.
 * In a message of 2027-02-08 (正月初三), 节后 → 2027-02-15.
 */
export function firstWorkdayAfterNearbyHoliday(today: LocalDate): LocalDate | null {
  const [todayYear] = parseLocalDate(today);
  let earliest: LocalDate | null = null;

  for (const year of [todayYear - 1, todayYear, todayYear + 1]) {
    for (const holiday of STATUTORY_HOLIDAYS) {
      const dayAfter = firstWorkdayAfterHoliday(holiday, year);
      const isOver = daysBetween(today, dayAfter) <= 0;
      const isTooFarAhead = daysBetween(today, festivalDate(holiday, year)) > HOLIDAY_LOOKAHEAD_DAYS;
      if (isOver || isTooFarAhead) continue;
      if (earliest === null || daysBetween(dayAfter, earliest) > 0) earliest = dayAfter;
    }
  }
  return earliest;
}

/** Return the last day of the run of consecutive published days off that contains `date`. */
function lastDayOff(date: LocalDate): LocalDate {
  let last = date;
  for (let step = 0; step < MAX_DAYS_TO_SEARCH; step += 1) {
    const next = addDays(last, 1);
    if (holidayNames[next] === undefined) return last;
    last = next;
  }
  return last;
}

function firstWorkdayAfter(date: LocalDate): LocalDate {
  let candidate = addDays(date, 1);
  for (let step = 0; step < MAX_DAYS_TO_SEARCH; step += 1) {
    if (isWorkday(candidate)) return candidate;
    candidate = addDays(candidate, 1);
  }
  return candidate;
}

function isWorkday(date: LocalDate): boolean {
  if (makeUpWorkdays[date] !== undefined) return true;
  if (holidayNames[date] !== undefined) return false;
  return isMondayToFriday(date);
}

function estimatedFirstDayBack(holiday: StatutoryHoliday, year: number, festival: LocalDate): LocalDate {
  switch (holiday) {
    case "春节":
      return lunarToSolar(year, 1, 8);
    case "劳动节":
      return formatLocalDate(year, 5, 6);
    case "国庆节":
      return formatLocalDate(year, 10, 8);
    default:
      return addDays(festival, 1);
  }
}

function firstWeekdayOnOrAfter(date: LocalDate): LocalDate {
  let candidate = date;
  while (!isMondayToFriday(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

function isMondayToFriday(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

export { qingmingDate };
