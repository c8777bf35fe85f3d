/**
 * The earliest free slots, offered when nothing fits near the customer's wish.
 */
import { findSlots } from "./slots.js";
import type { Board, Slot, VisitRequest } from "./types.js";

/** Most earliest slots offered at once. */
export const MAX_EARLIEST_SLOTS = 3;
/** Minimum gap between two offered earliest slots, so the offer is not three adjacent grid times. */
const EARLIEST_GAP_MINUTES = 60;
/** Days from the earliest slot's day in which the further slots are looked for. */
const EARLIEST_SPAN_DAYS = 3;
const MS_PER_MINUTE = 60_000;

/**
 * List up to `max` free slots starting with `earliest`, each at least 60 minutes after the one before and
 * within 3 days of it, so that customers competing for the first free slot have other choices.
 * Example: earliest 01-06 13:00, free 13:30, 14:00, 15:00 → 13:00, 14:00, 15:00. Returns [] without `earliest`.
 */
export function earliestSlots(
  board: Board,
  request: VisitRequest,
  earliest: Slot | null,
  now: Date,
  max: number = MAX_EARLIEST_SLOTS,
): Slot[] {
  if (!earliest) return [];
  const slots: Slot[] = [earliest];
  for (const slot of findSlots(board, request, earliest.date, EARLIEST_SPAN_DAYS, now)) {
    if (slots.length >= max) break;
    const previous = slots[slots.length - 1] as Slot;
    if (slot.dropOffAt.getTime() - previous.dropOffAt.getTime() >= EARLIEST_GAP_MINUTES * MS_PER_MINUTE) {
      slots.push(slot);
    }
  }
  return slots;
}
