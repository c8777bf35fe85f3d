/**
 * Mainland China mobile numbers in free chat text: find, check and mask for logs.
 *
 * A normalised mobile is 11 digits matching 1[3-9]xxxxxxxxx, without the +86 country code.
 */

import { toHalfWidth } from "./normalize.js";

/** Mobile number matched in a text, with its position in UTF-16 code units (end exclusive). */
export interface MobileSpan {
  mobile: string;
  start: number;
  end: number;
}

/** Only this many leading characters of a message are scanned, so a pasted essay stays cheap. */
const MAX_SCANNED_CHARS = 2000;

/** One or two spaces or dashes that customers put between digit groups ("138 0000 0001"). */
const GAP = "[ \\t\\-–—]{0,2}";

/**
 * Optional country code (+86, 0086 or 86), then 1, a digit 3-9 and nine more digits. Gaps are allowed
 * only where customers group the digits, 3-4-4, so random digits with spaces do not add up to a number.
 * No letter or digit may touch either end, so numbers inside VINs, order numbers or longer digit runs
 * do not match.
 */
const MOBILE_CANDIDATE = new RegExp(
  `(?<![0-9A-Za-z+])(?:(?:\\+|00)?86${GAP})?(1[3-9]\\d${GAP}\\d{4}${GAP}\\d{4})(?![0-9A-Za-z])`,
  "g",
);

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Find the first mainland mobile number in free text and return its 11 digits, or null.
 * Accepts the +86, 0086 or 86 prefix, spaces or dashes between the 3-4-4 digit groups
 * ("138 0000 0001", "138-0000-0001") and full-width digits. Scans the first 2 000 characters.
 */
export function extractMobile(text: string): string | null {
  const [first] = findMobiles(text);
  return first === undefined ? null : first.mobile;
}

/**
 * Find every mobile number in the first 2 000 characters of a text, in order of appearance.
 * Spans index the original text and include any country code, so callers can blank numbers out.
 */
export function findMobiles(text: string): MobileSpan[] {
  if (typeof text !== "string" || text === "") return [];

  const scanned = toHalfWidth(text.slice(0, MAX_SCANNED_CHARS));
  const spans: MobileSpan[] = [];
  for (const match of scanned.matchAll(MOBILE_CANDIDATE)) {
    const digits = (match[1] ?? "").replace(/\D/g, "");
    spans.push({ mobile: digits, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Check that a string is exactly 11 digits of a mainland mobile number (1[3-9] and nine digits). */
export function isValidMobile(mobile: string): boolean {
  return typeof mobile === "string" && MOBILE.test(mobile);
}

/**
 * Mask a mobile number for logs: "13800000001" → "138****0001".
 * Any other input becomes "****", so a log line never carries an unchecked value.
 */
export function maskMobile(mobile: string): string {
  if (!isValidMobile(mobile)) return "****";
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}
