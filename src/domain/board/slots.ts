/**
 * Free drop-off slots on the workshop board for a visit.
 *
 * A slot is free when, on an open day and inside opening hours:
 * - the drop-off is on the `slotStepMinutes` grid from opening, at or after `now` + `minNoticeMinutes`, and
 *   at or after the arrival of any part the stock cannot cover;
 * - the advisor has no other drop-off within `advisorSpacingMinutes`;
 * - a bay equipped for every job is free from drop-off to hand-over;
 * - each job line gets an on-duty technician with its skill, within `technicianLoadLimit` of their daily
 *   hours.
 *
 * Hand-over is drop-off + check-in + the sum of labour hours + hand-over buffer, rounded up to the quarter
 * hour, and must be by closing time, except for a visit too long for any one day (see `planVisit`).
 */
import { addDays, shanghaiDateOf, shanghaiMinutesOf } from "../time.js";
import { isLabourValid } from "./labour.js";
import { isBayFree } from "./board-index.js";
import { createSlotSearch, isDropOffAllowed, slotsOnDay } from "./slot-search.js";
import { instantOn, planVisit } from "./timeline.js";
import type { SlotSearch } from "./slot-search.js";
import type { LocalDate } from "../time.js";
import type { Board, Slot, VisitRequest } from "./types.js";

export { partsReadyAt } from "./parts.js";

/** List every free drop-off slot on one day for the visit, earliest first. */
export function findSlotsOnDay(board: Board, request: VisitRequest, date: LocalDate, now: Date): Slot[] {
  return slotsOnDay(createSlotSearch(board, request, now), date);
}

/** List free slots over `days` calendar days starting at `from` (inclusive). */
export function findSlots(
  board: Board,
  request: VisitRequest,
  from: LocalDate,
  days: number,
  now: Date,
): Slot[] {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Invalid day count ${days}: expected a whole number of days, 0 or more.`);
  }

  const search = createSlotSearch(board, request, now);
  const slots: Slot[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    slots.push(...slotsOnDay(search, addDays(from, offset)));
  }
  return slots;
}

/**
 * Check one slot again (at confirmation time, inside the booking transaction) against the current board. Pass
 * a board without the visit's own hold (see `withoutBooking`), or the hold conflicts with its own slot. The
 * slot's hand-over and labour must match what the request's jobs need, and its drop-off need not be on the
 * grid.
 */
export function isSlotFree(board: Board, request: VisitRequest, slot: Slot, now: Date): boolean {
  const search = createSlotSearch(board, request, now);
  if (slot.advisorId !== request.advisorId) return false;
  if (shanghaiDateOf(slot.dropOffAt) !== slot.date) return false;

  const minutes = shanghaiMinutesOf(slot.dropOffAt);
  if (instantOn(slot.date, minutes).getTime() !== slot.dropOffAt.getTime()) return false;

  const plan = planVisit(board.calendar, board.settings, request.jobs, slot.date, minutes);
  if (plan === null || plan.handOverAt.getTime() !== slot.handOverAt.getTime()) return false;

  if (!isDropOffAllowed(search, slot.dropOffAt)) return false;
  if (!isOwnBayFree(search, slot)) return false;
  return isLabourValid(board, search.index, plan, slot.labour);
}

/**
 * Return a copy of the board without one booking or hold, e.g. to re-check the slot that the hold reserves.
 */
export function withoutBooking(board: Board, bookingId: string): Board {
  return { ...board, bookings: board.bookings.filter((booking) => booking.id !== bookingId) };
}

/** Check that the slot's own bay is eligible and free; another free bay does not count. */
function isOwnBayFree(search: SlotSearch, slot: Slot): boolean {
  if (!search.bays.some((bay) => bay.id === slot.bayId)) return false;

  const range = { startMs: slot.dropOffAt.getTime(), endMs: slot.handOverAt.getTime() };
  return isBayFree(search.index, slot.bayId, range);
}
