/**
 * The workshop's opening calendar: weekly opening hours, public-holiday closures, official make-up
 * working days (调休上班日) and the dealership's own overrides. All dates are Asia/Shanghai calendar dates.
 */
import { addDays, localTimeToMinutes, weekdayOf } from "./time.js";
import type { LocalDate, LocalTime } from "./time.js";

export interface OpeningHours {
  open: LocalTime;
  close: LocalTime;
}

export interface WorkshopCalendar {
  /** Opening hours per weekday, index 0 = Sunday; null = closed that weekday. */
  weeklyHours: ReadonlyArray<OpeningHours | null>;
  /** Public-holiday days off: closed even if the weekday is normally open. */
  closedDates: ReadonlySet<LocalDate>;
  /**
   * Official make-up working days (调休): open even if the weekday is normally closed, with `makeUpHours` (or
   * that weekday's hours when not null).
   */
  makeUpWorkdays: ReadonlySet<LocalDate>;
  makeUpHours: OpeningHours;
  /**
   * The dealership's own calendar changes, such as a company holiday or a Sunday opening. An entry wins over
   * everything else on its date: opening hours open the workshop, null closes it.
   */
  overrides?: ReadonlyMap<LocalDate, OpeningHours | null>;
}

const DEFAULT_NEXT_OPEN_DAY_SEARCH_DAYS = 60;
/**
 * Upper bound for `addOpenDays` per open day counted, so a calendar with no open day fails instead of
 * looping.
 */
const MAX_GAP_BETWEEN_OPEN_DAYS = 366;

/**
 * Return the opening hours on a date, or null when the workshop is closed that day.
 * An override on the date wins over everything else. Otherwise a closed date wins over a make-up working day
 * if a date is in both sets.
 */
export function openingHoursOn(calendar: WorkshopCalendar, date: LocalDate): OpeningHours | null {
  if (calendar.weeklyHours.length !== 7) {
    throw new RangeError(
      `Invalid workshop calendar: weeklyHours has ${calendar.weeklyHours.length} entries. ` +
        "Give exactly 7, index 0 = Sunday, null for a closed weekday.",
    );
  }
  const override = calendar.overrides?.get(date);
  if (override !== undefined) return override;
  if (calendar.closedDates.has(date)) return null;

  const weekly = calendar.weeklyHours[weekdayOf(date)] ?? null;
  if (calendar.makeUpWorkdays.has(date)) return weekly ?? calendar.makeUpHours;
  return weekly;
}

/** Check whether the workshop opens on a date. */
export function isOpenDay(calendar: WorkshopCalendar, date: LocalDate): boolean {
  return openingHoursOn(calendar, date) !== null;
}

/**
 * Return the open day that is `count` open days after `date` (count 0 = date itself if open, else the next
 * open day). From a closed date, counts 0 and 1 both give the first open day after it. Throws a RangeError
 * for a negative or fractional count, or when the calendar has no open day within a year.
 */
export function addOpenDays(calendar: WorkshopCalendar, date: LocalDate, count: number): LocalDate {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Invalid open-day count ${count}: expected a whole number of days, 0 or more.`);
  }

  let current = nextOpenDayOrThrow(calendar, date);
  const startsOnOpenDay = current === date;
  let remaining = startsOnOpenDay ? count : Math.max(count - 1, 0);
  while (remaining > 0) {
    current = nextOpenDayOrThrow(calendar, addDays(current, 1));
    remaining -= 1;
  }
  return current;
}

/**
 * Return the first open day on or after `date`, searching at most `maxDays` (default 60) ahead; null if none.
 * The search covers `date` through `date + maxDays`, both inclusive.
 */
export function nextOpenDay(
  calendar: WorkshopCalendar,
  date: LocalDate,
  maxDays: number = DEFAULT_NEXT_OPEN_DAY_SEARCH_DAYS,
): LocalDate | null {
  for (let offset = 0; offset <= maxDays; offset += 1) {
    const candidate = addDays(date, offset);
    if (isOpenDay(calendar, candidate)) return candidate;
  }
  return null;
}

/** Return the opening and closing times of a day in minutes since Shanghai midnight. */
export function openingMinutes(hours: OpeningHours): { openMinutes: number; closeMinutes: number } {
  const openMinutes = localTimeToMinutes(hours.open);
  const closeMinutes = localTimeToMinutes(hours.close);
  if (closeMinutes <= openMinutes) {
    throw new RangeError(
      `Invalid opening hours ${hours.open}-${hours.close}: closing time must be after opening time.`,
    );
  }
  return { openMinutes, closeMinutes };
}

function nextOpenDayOrThrow(calendar: WorkshopCalendar, date: LocalDate): LocalDate {
  const found = nextOpenDay(calendar, date, MAX_GAP_BETWEEN_OPEN_DAYS);
  if (found === null) {
    throw new RangeError(
      `No open day within ${MAX_GAP_BETWEEN_OPEN_DAYS} days after ${date}: ` +
        "check the workshop calendar's weeklyHours and closedDates.",
    );
  }
  return found;
}
