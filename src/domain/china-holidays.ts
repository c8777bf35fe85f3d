/**
 * Official Chinese public-holiday arrangements (放假调休), read from the chinese-days package's static data,
 * with the statutory days off as a fallback for years the package has no arrangement for.
 *
 * The package's date functions (`getDayDetail`, `getHolidaysInRange`, …) parse "YYYY-MM-DD" as UTC midnight
 * and format with local-time getters, so in a process with a negative UTC offset they shift every date by one
 * day (seen with chinese-days 1.5.7 and TZ=America/Los_Angeles: 2026-10-10 read as 2026-10-09). This module
 * reads the date-keyed JSON instead, which is the same data without that dependence on the process's TZ.
 * For the same reason the lunar dates below are counted from the package's lunar month lengths in whole days,
 * and never pass through a `Date`.
 */
import chineseDays from "chinese-days";
import holidayData from "chinese-days/dist/chinese-days.json" with { type: "json" };

import { addDays, formatLocalDate } from "./time.js";
import type { LocalDate } from "./time.js";

interface HolidayArrangement {
  /** Days off of each festival break, weekend days inside the break included, e.g. 2026-10-01..10-07. */
  holidays: Record<LocalDate, string>;
  /** Official make-up working days on a weekend, e.g. 2026-10-10 (Saturday). */
  workdays: Record<LocalDate, string>;
}

const ARRANGEMENT: HolidayArrangement = holidayData;

/** First year of the statutory days off in 《全国年节及纪念日放假办法》 as revised in 2024. */
export const STATUTE_FIRST_YEAR = 2025;
/**
 * Last year the statutory fallback can compute: chinese-days 1.5.7's lunar month table ends with lunar 2100,
 * and the constant of the 清明 formula below is the one for 2000-2099.
 */
export const STATUTE_LAST_YEAR = 2099;
/** Gregorian date of 正月初一 of lunar 1900, the first day of chinese-days' lunar month table. */
const LUNAR_TABLE_START: LocalDate = "1900-01-31";

export interface ChinaHolidayDates {
  closedDates: Set<LocalDate>;
  makeUpWorkdays: Set<LocalDate>;
  /**
   * Years in the requested range for which the package has no arrangement yet (the State Council publishes
   * each year's in the November before).
   */
  yearsWithoutData: number[];
  /**
   * Years of `yearsWithoutData` whose closed dates are only the statutory days off from `statutoryDaysOff`,
   * without the bridging days off and make-up working days that the State Council will add. Callers should
   * warn about them.
   */
  yearsFromStatute: number[];
}

/** Statutory days off of one Gregorian year, per festival, each list in date order. */
export interface StatutoryDaysOff {
  newYear: LocalDate[];
  springFestival: LocalDate[];
  qingming: LocalDate[];
  labourDay: LocalDate[];
  dragonBoat: LocalDate[];
  midAutumn: LocalDate[];
  nationalDay: LocalDate[];
}

/**
 * Build the public-holiday days off and the official make-up working days for the given years. Both years
 * are inclusive. Only festival days off are closed dates, so ordinary weekends are not in `closedDates`.
 *
 * A year the chinese-days package covers uses its published arrangement. A year it does not cover is listed
 * in `yearsWithoutData`. From STATUTE_FIRST_YEAR on, such a year closes its `statutoryDaysOff`, has no
 * make-up working days and is listed in `yearsFromStatute`. An earlier year without data gets no dates,
 * because the statute before 2025 fixed other days. Throws a RangeError for a year without data after
 * STATUTE_LAST_YEAR.
 */
export function chinaHolidayDates(fromYear: number, toYear: number): ChinaHolidayDates {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(
      `Invalid year range ${fromYear}-${toYear}: expected whole years with fromYear <= toYear.`,
    );
  }

  const closedDates = datesInYears(Object.keys(ARRANGEMENT.holidays), fromYear, toYear);
  const makeUpWorkdays = datesInYears(Object.keys(ARRANGEMENT.workdays), fromYear, toYear);

  const yearsWithoutData: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const hasData = [...closedDates].some((date) => yearOf(date) === year);
    if (!hasData) yearsWithoutData.push(year);
  }

  // NOTE: the yearly arrangement also bridges weekends (春节 ran 8 days in 2025 and 9 in 2026) and moves
  // working days to weekends. Until an updated chinese-days publishes a year, those extra days stay bookable.
  const yearsFromStatute = yearsWithoutData.filter((year) => year >= STATUTE_FIRST_YEAR);
  for (const year of yearsFromStatute) {
    for (const dates of Object.values(statutoryDaysOff(year))) {
      for (const date of dates) closedDates.add(date);
    }
  }
  return { closedDates, makeUpWorkdays, yearsWithoutData, yearsFromStatute };
}

/**
 * Return the days off that 《全国年节及纪念日放假办法》 (revised 2024, in force from 2025-01-01) fixes for a
 * Gregorian year, before the State Council's yearly arrangement adds bridging days. They are 元旦 01-01,
 * 春节 from 农历除夕 to 正月初三 (4 days), the 清明 solar-term day, 劳动节 05-01 and 05-02, 端午 五月初五,
 * 中秋 八月十五, and 国庆节 10-01 to 10-03.
 *
 * Dates are Asia/Shanghai calendar dates and do not depend on the process's TZ. 2027 → 春节 2027-02-05
 * (腊月廿九, because that 腊月 has 29 days) to 2027-02-08, 端午 2027-06-09, 中秋 2027-09-15.
 * Throws a RangeError for a year outside STATUTE_FIRST_YEAR..STATUTE_LAST_YEAR.
 */
export function statutoryDaysOff(year: number): StatutoryDaysOff {
  if (!Number.isInteger(year) || year < STATUTE_FIRST_YEAR || year > STATUTE_LAST_YEAR) {
    throw new RangeError(
      `Invalid year ${year} for statutory days off: expected a whole year from ${STATUTE_FIRST_YEAR} to ` +
        `${STATUTE_LAST_YEAR}. The statute fixed other days before ${STATUTE_FIRST_YEAR}, and later years ` +
        "need a newer chinese-days lunar table and 清明 formula.",
    );
  }

  // 除夕 is the last day of the twelfth lunar month, 廿九 or 三十, so it is always the day before 正月初一.
  const lunarNewYear = solarDateOfLunar(year, 1, 1);
  return {
    newYear: [formatLocalDate(year, 1, 1)],
    springFestival: [-1, 0, 1, 2].map((offset) => addDays(lunarNewYear, offset)),
    qingming: [qingmingDate(year)],
    labourDay: [formatLocalDate(year, 5, 1), formatLocalDate(year, 5, 2)],
    dragonBoat: [solarDateOfLunar(year, 5, 5)],
    midAutumn: [solarDateOfLunar(year, 8, 15)],
    nationalDay: [1, 2, 3].map((day) => formatLocalDate(year, 10, day)),
  };
}

/**
 * Return the Gregorian date of a day in an ordinary (not leap) lunar month. The lunar year counts from
 * 正月初一, so (2027, 5, 5) is 端午 2027, 2027-06-09.
 */
function solarDateOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): LocalDate {
  let daysSinceTableStart = 0;
  for (let year = 1900; year < lunarYear; year += 1) daysSinceTableStart += lunarYearLength(year);

  // A leap month follows the ordinary month of the same number, e.g. 闰五月 2028 comes after 五月 2028.
  const leap = chineseDays.getYearLeapMonth(lunarYear);
  for (let month = 1; month < lunarMonth; month += 1) {
    daysSinceTableStart += chineseDays.monthDays(lunarYear, month);
    if (month === leap.leapMonth) daysSinceTableStart += leap.days;
  }
  return addDays(LUNAR_TABLE_START, daysSinceTableStart + lunarDay - 1);
}

/** Return the number of days in a lunar year, its leap month included (353-385). */
function lunarYearLength(lunarYear: number): number {
  let days = chineseDays.getYearLeapMonth(lunarYear).days;
  for (let month = 1; month <= 12; month += 1) days += chineseDays.monthDays(lunarYear, month);
  return days;
}

/**
 * Return the date of the 清明 solar term (15° solar longitude) in Asia/Shanghai, for 2000-2099.
 *
 * NOTE: chinese-days 1.5.7's `getSolarTermDate` formats its result with the TZ shift described above, so
 * this applies the same formula with the same constant: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ in April, where
 * Y is the year within the century. The package lists no correction for 清明 in 2000-2099. 2027 → 04-05,
 * 2028 → 04-04.
 */
export function qingmingDate(year: number): LocalDate {
  const yearInCentury = year % 100;
  const day = Math.floor(yearInCentury * 0.2422 + 4.81) - Math.floor(yearInCentury / 4);
  return formatLocalDate(year, 4, day);
}

function datesInYears(dates: readonly LocalDate[], fromYear: number, toYear: number): Set<LocalDate> {
  const selected = new Set<LocalDate>();
  for (const date of dates) {
    const year = yearOf(date);
    if (year >= fromYear && year <= toYear) selected.add(date);
  }
  return selected;
}

function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}
