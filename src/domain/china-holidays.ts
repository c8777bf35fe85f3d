/**
 * Official Chinese public-holiday arrangements (放假调休), read from the chinese-days package's static data.
 *
 * The package's date functions (`getDayDetail`, `getHolidaysInRange`, …) parse "YYYY-MM-DD" as UTC midnight
 * and format with local-time getters, so in a process with a negative UTC offset they shift every date by one
 * day (seen with chinese-days 1.5.7 and TZ=America/Los_Angeles: 2026-10-10 read as 2026-10-09). This module
 * reads the date-keyed JSON instead, which is the same data without that dependence on the process's TZ.
 */
import holidayData from "chinese-days/dist/chinese-days.json" with { type: "json" };

import type { LocalDate } from "./time.js";

interface HolidayArrangement {
  /** Days off of each festival break, weekend days inside the break included, e.g. 2026-10-01..10-07. */
  holidays: Record<LocalDate, string>;
  /** Official make-up working days on a weekend, e.g. 2026-10-10 (Saturday). */
  workdays: Record<LocalDate, string>;
}

const ARRANGEMENT: HolidayArrangement = holidayData;

export interface ChinaHolidayDates {
  closedDates: Set<LocalDate>;
  makeUpWorkdays: Set<LocalDate>;
  /**
   * Years in the requested range for which the package has no arrangement yet (the State Council publishes
   * each year's in the November before).
   */
  yearsWithoutData: number[];
}

/**
 * Build the public-holiday days off and the official make-up working days for the given years from the
 * chinese-days package. Both years are inclusive. Only festival days off are closed dates, so ordinary
 * weekends are not in `closedDates`. A year the package does not cover yields no dates and is listed in
 * `yearsWithoutData`.
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
  return { closedDates, makeUpWorkdays, yearsWithoutData };
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
