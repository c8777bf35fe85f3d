/**
 * When a person (advisor or service manager) answers a customer who asked for one: soon during opening
 * hours, otherwise after opening on the next open day. The assistant itself answers at any hour.
 */
import { nextOpenDay, openingHoursOn, openingMinutes, type WorkshopCalendar } from "./calendar.js";
import { addDays, shanghaiDateOf, shanghaiMinutesOf, toShanghaiInstant } from "./time.js";

/** Promised answer time during opening hours, in minutes. */
export const STAFF_REPLY_MINUTES = 30;

export type ReplyTime = { kind: "soon"; minutes: number } | { kind: "nextOpening"; at: Date };

/**
 * Compute when staff answer a request made at `now` (Asia/Shanghai opening hours).
 * Example: Friday 20:00 with 08:30–18:00 every day → Saturday 08:30; Friday 10:00 → within 30 minutes.
 * A request less than STAFF_REPLY_MINUTES before closing is also promised for the next opening.
 */
export function staffReplyTime(calendar: WorkshopCalendar, now: Date): ReplyTime {
  const today = shanghaiDateOf(now);
  const hours = openingHoursOn(calendar, today);
  const minutes = shanghaiMinutesOf(now);
  if (hours) {
    const { openMinutes, closeMinutes } = openingMinutes(hours);
    if (minutes >= openMinutes && minutes + STAFF_REPLY_MINUTES <= closeMinutes) {
      return { kind: "soon", minutes: STAFF_REPLY_MINUTES };
    }
    if (minutes < openMinutes) return { kind: "nextOpening", at: toShanghaiInstant(today, hours.open) };
  }
  const nextDay = nextOpenDay(calendar, addDays(today, 1));
  const nextHours = nextDay ? openingHoursOn(calendar, nextDay) : null;
  if (!nextDay || !nextHours) {
    throw new Error(`No open day within 60 days after ${today}. Check the dealership's opening calendar.`);
  }
  return { kind: "nextOpening", at: toShanghaiInstant(nextDay, nextHours.open) };
}
