/**
 * Regular-expression fragments and number readers shared by the booking-time parsers.
 * The parsers see text after `normalizeBookingText`, so digits and colons are half-width.
 */

import { parseChineseInteger } from "../normalize.js";

/** Chinese numeral characters used in dates and clock times (no 百 or 千). */
export const CHINESE_NUMERALS = "零〇一二两三四五六七八九十";

/** A small number: one or two digits, or up to three Chinese numerals (十二, 二十五). */
export const SMALL_NUMBER = `\\d{1,2}|[${CHINESE_NUMERALS}]{1,3}`;

/** A day of the month, 1-31, in digits or Chinese numerals. */
export const DAY_OF_MONTH = "3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";

/** A month, 1-12, in digits or Chinese numerals. */
export const MONTH_NUMBER = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";

/** Characters that continue a number, so a match that starts or ends next to one is part of another number. */
export const NUMBER_CHAR = /[\d.零〇一二两三四五六七八九十百千万亿几]/;

/** Latin letters and digits, as in plates and VINs. */
export const ALPHANUMERIC_CHAR = /[A-Za-z0-9]/;

/** Read a number in digits or Chinese numerals, or return null. "十二" → 12, "05" → 5. */
export function readNumber(raw: string): number | null {
  return parseChineseInteger(raw);
}
