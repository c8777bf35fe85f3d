/**
 * Calendar arithmetic in Asia/Shanghai, independent of the process's TZ.
 *
 * China has used UTC+08:00 all year since 1991 (no daylight saving time), so a fixed offset is exact for
 * every date this product handles.
 */

/** Calendar date in Asia/Shanghai, as "YYYY-MM-DD". */
export type LocalDate = string;

/** Clock time in Asia/Shanghai, as "HH:mm" (24-hour). */
export type LocalTime = string;

/** Day of week: 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay` counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SHANGHAI_TIME_ZONE = "Asia/Shanghai";
export const SHANGHAI_OFFSET_MINUTES = 480;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Shift an instant so that its UTC fields read as Shanghai wall-clock fields. */
function shanghaiFields(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MINUTES * MS_PER_MINUTE);
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Return the Shanghai calendar date of an instant. 2026-12-03T16:30Z → "2026-12-04". */
export function shanghaiDateOf(instant: Date): LocalDate {
  const fields = shanghaiFields(instant);
  return `${fields.getUTCFullYear()}-${pad2(fields.getUTCMonth() + 1)}-${pad2(fields.getUTCDate())}`;
}

/** Return the Shanghai wall-clock time of an instant. 2026-12-04T02:00Z → "10:00". */
export function shanghaiTimeOf(instant: Date): LocalTime {
  const fields = shanghaiFields(instant);
  return `${pad2(fields.getUTCHours())}:${pad2(fields.getUTCMinutes())}`;
}

/** Return minutes since Shanghai midnight of an instant. 10:30 Shanghai → 630. */
export function shanghaiMinutesOf(instant: Date): number {
  const fields = shanghaiFields(instant);
  return fields.getUTCHours() * 60 + fields.getUTCMinutes();
}

/**
 * Convert a Shanghai date and wall-clock time to an instant.
 * ("2026-12-09", "10:00") → 2026-12-09T02:00:00.000Z.
 * Throws a RangeError on a malformed date or time.
 */
export function toShanghaiInstant(date: LocalDate, time: LocalTime = "00:00"): Date {
  const [year, month, day] = parseLocalDate(date);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!timeMatch) {
    throw new RangeError(`Invalid local time '${time}': expected HH:mm, for example "09:30".`);
  }
  const minutes = Number(timeMatch[1]) * 60 + Number(timeMatch[2]);
  return new Date(Date.UTC(year, month - 1, day) + (minutes - SHANGHAI_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/** Convert minutes since midnight to "HH:mm". 630 → "10:30". */
export function minutesToLocalTime(minutes: number): LocalTime {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Convert "HH:mm" to minutes since midnight. "10:30" → 630. */
export function localTimeToMinutes(time: LocalTime): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) {
    throw new RangeError(`Invalid local time '${time}': expected HH:mm, for example "09:30".`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Split "YYYY-MM-DD" into numbers, rejecting impossible dates such as "2026-02-30". */
export function parseLocalDate(date: LocalDate): [number, number, number] {
  const match = DATE_PATTERN.exec(date);
  if (!match) {
    throw new RangeError(`Invalid local date '${date}': expected YYYY-MM-DD, for example "2026-12-09".`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`Invalid local date '${date}': that day does not exist in the calendar.`);
  }
  return [year, month, day];
}

/** Check that year, month (1-12) and day form a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Return the number of days in a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Format year, month (1-12) and day as "YYYY-MM-DD". */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Add whole calendar days to a date. ("2026-12-31", 1) → "2027-01-01". */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY);
  return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Return the number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [fy, fm, fd] = parseLocalDate(from);
  const [ty, tm, td] = parseLocalDate(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / MS_PER_DAY);
}

/** Return the weekday of a date, 0 = Sunday. */
export function weekdayOf(date: LocalDate): Weekday {
  const [year, month, day] = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() as Weekday;
}

/** Add minutes to an instant without mutating it. */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MS_PER_MINUTE);
}
