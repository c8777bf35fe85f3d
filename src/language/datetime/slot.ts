/**
 * A slot is the booking-time information in one part of a message: a date, a clock time, a part of
 * day, or any mix of them. Slots from neighbouring words combine into one, and the chosen slot
 * becomes the BookingTime.
 */

import { daysBetween, minutesToLocalTime } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import type { BookingTime } from "../datetime.js";
import { isHourInPart, PART_OF_DAY_END_MINUTES, resolveSpokenHour } from "./clock-rules.js";
import type { DayPeriod } from "./clock-rules.js";

/** Clock time as read from the text. */
export type Clock = {
  /** Hour 0-23. */
  hour: number;
  minute: number;
  /** True when the text gave an hour 1-12 without AM or PM, so a part-of-day word may still move it. */
  isBare: boolean;
};

/** Booking-time information in a message or in one part of it. */
export type Slot = {
  /** Shanghai calendar date; absent when the text names only a time or a part of day. */
  date?: LocalDate;
  clock?: Clock;
  period?: DayPeriod;
};

/**
 * Combine two slots that name different things (a date and a time, a part of day and a time), or
 * return null when both name the same thing, as in "周三周四" or "3点4点".
 */
export function combineSlots(first: Slot, second: Slot): Slot | null {
  if (first.date !== undefined && second.date !== undefined) return null;
  if (first.clock !== undefined && second.clock !== undefined) return null;
  if (first.period !== undefined && second.period !== undefined) return null;

  return fitClockToPeriod({
    date: first.date ?? second.date,
    clock: first.clock ?? second.clock,
    period: first.period ?? second.period,
  });
}

/**
 * Return the slot after a later time-only or part-only word corrects it: "3点……改成4点" keeps the
 * date and takes the new time, and "上午……下午吧" takes the new part and drops a time outside it.
 */
export function correctSlot(base: Slot, correction: Slot): Slot {
  let clock = correction.clock ?? base.clock;
  let period = correction.period ?? base.period;

  if (correction.period !== undefined && correction.clock === undefined && clock !== undefined) {
    if (!clock.isBare && !isHourInPart(clock.hour, correction.period)) clock = undefined;
  }
  if (correction.clock !== undefined && correction.period === undefined && period !== undefined) {
    if (!correction.clock.isBare && !isHourInPart(correction.clock.hour, period)) period = undefined;
  }
  return fitClockToPeriod({ date: correction.date ?? base.date, clock, period });
}

/** Move a bare hour to the AM or PM that the slot's part of day names. 下午 + 3点 → 15:00. */
function fitClockToPeriod(slot: Slot): Slot {
  const { clock, period } = slot;
  if (clock === undefined || period === undefined || !clock.isBare) return withoutUndefined(slot);

  const spokenHour = clock.hour > 12 ? clock.hour - 12 : clock.hour;
  const hour = resolveSpokenHour(spokenHour, clock.minute, period);
  if (hour === null) return withoutUndefined({ ...slot, clock: undefined });
  return withoutUndefined({ ...slot, clock: { hour, minute: clock.minute, isBare: false } });
}

function withoutUndefined(slot: Slot): Slot {
  const result: Slot = {};
  if (slot.date !== undefined) result.date = slot.date;
  if (slot.clock !== undefined) result.clock = slot.clock;
  if (slot.period !== undefined) result.period = slot.period;
  return result;
}

/**
 * Convert a slot to the BookingTime it means, as seen at Shanghai date `today` and minute of the day
 * `nowMinutes`. A slot without a date means today. `past` is true for an earlier date, for an earlier
 * time today, and for a part of day already over today (今天上午 in a message sent at 14:00).
 */
export function toBookingTime(slot: Slot, today: LocalDate, nowMinutes: number): BookingTime {
  const date = slot.date ?? today;
  const bookingTime: BookingTime = { date, past: isSlotPast(slot, date, today, nowMinutes) };

  if (slot.clock !== undefined) {
    bookingTime.time = minutesToLocalTime(slot.clock.hour * 60 + slot.clock.minute);
  }
  if (slot.period !== undefined && slot.period !== "smallHours") {
    bookingTime.partOfDay = slot.period;
  }
  return bookingTime;
}

function isSlotPast(slot: Slot, date: LocalDate, today: LocalDate, nowMinutes: number): boolean {
  const daysAhead = daysBetween(today, date);
  if (daysAhead !== 0) return daysAhead < 0;

  if (slot.clock !== undefined) return slot.clock.hour * 60 + slot.clock.minute < nowMinutes;
  if (slot.period !== undefined && slot.period !== "smallHours") {
    return PART_OF_DAY_END_MINUTES[slot.period] <= nowMinutes;
  }
  return false;
}
