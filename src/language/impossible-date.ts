/**
 * Dates that do not exist in the calendar ("2月30号", "4月31日", "13月5号"), so the dialogue can say so
 * instead of guessing another day.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseInteger, toHalfWidth } from "./normalize.js";

const NUMBER = `[0-9${CHINESE_NUMERAL_CHARS}]{1,3}`;
const MONTH_DAY_PATTERN = new RegExp(`(${NUMBER})月(?:份)?(${NUMBER})(?:号|日)`, "u");
/** Text scanned at most, as the other parsers do. */
const MAX_SCANNED_CHARS = 500;
/** Days per month in a leap year: 2月29日 exists in some year, so only 2月30日 and later are impossible. */
const MAX_DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface ImpossibleDate {
  month: number;
  day: number;
}

/** Find a month-day that no calendar year has ("2月30号", "13月1日", "4月31日"); null when there is none. */
export function findImpossibleDate(text: string): ImpossibleDate | null {
  const match = MONTH_DAY_PATTERN.exec(toHalfWidth(text.slice(0, MAX_SCANNED_CHARS)));
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  const month = parseChineseInteger(match[1]);
  const day = parseChineseInteger(match[2]);
  if (month === null || day === null) return null;
  if (month < 1 || month > 12) return { month, day };
  if (day < 1 || day > (MAX_DAYS_IN_MONTH[month - 1] as number)) return { month, day };
  return null;
}
