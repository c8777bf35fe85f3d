/**
 * Reads the appointment date and time out of a customer's chat message, in Asia/Shanghai, whatever
 * the process's TZ. The conventions (weeks start on Monday, 25号 after the 25th is next month,
 * 月底, holidays, bare hours read inside workshop hours) are documented for advisors in
 * docs/date-conventions.zh-CN.md and implemented in src/language/datetime/.
 */

import { SHANGHAI_OFFSET_MINUTES, shanghaiDateOf, shanghaiMinutesOf } from "../domain/time.js";
import type { PartOfDay } from "./datetime/clock-rules.js";
import { createBookingTimeChrono } from "./datetime/engine.js";
import { mentionOf } from "./datetime/mention.js";
import { normalizeBookingText } from "./datetime/normalize-text.js";
import { toBookingTime } from "./datetime/slot.js";

/** Appointment time named in a message. */
export type BookingTime = {
  /** Calendar date in Asia/Shanghai, "YYYY-MM-DD". */
  date: string;
  /** Clock time "HH:mm" (24-hour), only when the text gives a clock time. */
  time?: string;
  /** Part of day, only when the text names one (上午, 中午, 下午, 晚上). */
  partOfDay?: PartOfDay;
  /** True when the expression points before `now`. */
  past: boolean;
};

export type { PartOfDay };

/**
 * Characters of a message that the parser reads. Booking messages are short, and the cap bounds the
 * work on a pasted 10 000-character text. A date written after this point is not seen.
 */
export const MAX_SCANNED_CHARS = 500;

const bookingTimeChrono = createBookingTimeChrono();

/**
 * Parse the appointment date and time in a customer's message, as seen at instant `now`.
 * Returns null when the text names no appointment date or time. Dates and times are Asia/Shanghai
 * wall-clock values and do not depend on the process's TZ. Only the first MAX_SCANNED_CHARS
 * characters are read. Throws a RangeError only when `now` is not a valid Date.
 */
export function parseBookingTime(text: string, now: Date): BookingTime | null {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError(
      `Invalid reference time '${String(now)}': pass the message's send time as a valid Date.`,
    );
  }
  if (typeof text !== "string" || text.length === 0) return null;

  const scannedText = normalizeBookingText(text.slice(0, MAX_SCANNED_CHARS));
  const [result] = bookingTimeChrono.parse(scannedText, { instant: now, timezone: SHANGHAI_OFFSET_MINUTES });
  if (result === undefined) return null;

  return toBookingTime(mentionOf(result), shanghaiDateOf(now), shanghaiMinutesOf(now));
}
