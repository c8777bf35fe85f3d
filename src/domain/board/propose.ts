/**
 * Slot proposals for a customer's wish: the wished time when free, otherwise nearby alternatives, otherwise
 * the earliest free slot.
 */
import { addOpenDays, openingHoursOn, openingMinutes } from "../calendar.js";
import { addDays, daysBetween, localTimeToMinutes, shanghaiDateOf } from "../time.js";
import { createSlotSearch, slotsOnDay } from "./slot-search.js";
import { instantOn } from "./timeline.js";
import type { SlotSearch } from "./slot-search.js";
import type { Board, PartOfDay, Slot, VisitRequest, Wish } from "./types.js";
import type { LocalDate } from "../time.js";

export interface Proposal {
  /** The wished time itself, when free; null for a wish without a time. */
  exact: Slot | null;
  /** Up to `max` (default 3) free slots, all within 3 open days of the wished day, nearest the wish first. */
  alternatives: Slot[];
  /** When exact is null and alternatives is empty: the earliest free slot within 60 days. */
  earliest: Slot | null;
  /**
   * Arrival of missing parts, set when it is later than `now` + minimum notice and so pushed the search
   * later.
   */
  partsDelay: Date | null;
}

const DEFAULT_MAX_ALTERNATIVES = 3;
/** Open days after the wished day in which alternatives are offered. */
const ALTERNATIVE_OPEN_DAYS = 3;
const EARLIEST_SEARCH_DAYS = 60;
/** Minimum gap between two alternatives on one day, so the offer is not three adjacent grid times. */
const MIN_ALTERNATIVE_GAP_MINUTES = 60;
const MS_PER_MINUTE = 60_000;

/** Drop-off windows per part of the day, in Shanghai wall-clock minutes; null end = closing time. */
const PART_OF_DAY_WINDOWS: Record<PartOfDay, { startMinutes: number; endMinutes: number | null }> = {
  morning: { startMinutes: 8 * 60 + 30, endMinutes: 12 * 60 },
  noon: { startMinutes: 11 * 60 + 30, endMinutes: 13 * 60 + 30 },
  afternoon: { startMinutes: 13 * 60, endMinutes: 17 * 60 },
  evening: { startMinutes: 17 * 60, endMinutes: null },
};

/**
 * Propose slots for a wish: the exact time if free, otherwise up to 3 alternatives within 3 open days of the
 * wished day, otherwise the earliest free day. With only a partOfDay (or only a date), offer up to `max` free
 * slots inside that window on that day first.
 *
 * Alternatives come from the wished day (earlier times too, never inside the minimum notice) and the next 3
 * open days, ranked by the distance from their drop-off to the wished time or window (inside the window = 0),
 * then earliest first. To spread the offer, an alternative less than 60 minutes from one already picked on
 * the same day is passed over, and passed-over slots fill the list only when fewer than `max` others exist. A
 * wished time off the drop-off grid never matches exactly, so the nearest grid times come first. `earliest`
 * searches 60 days from the wished day, or from today when the wished day has passed.
 */
export function proposeSlots(
  board: Board,
  request: VisitRequest,
  wish: Wish,
  now: Date,
  max: number = DEFAULT_MAX_ALTERNATIVES,
): Proposal {
  if (!Number.isInteger(max) || max < 0) {
    throw new RangeError(`Invalid max ${max}: expected a whole number of alternatives, 0 or more.`);
  }

  const search = createSlotSearch(board, request, now);
  const partsDelay = partsDelayOf(search, now);

  // Step 1: the wished time itself.
  const wishDaySlots = slotsOnDay(search, wish.date);
  if (wish.time !== undefined) {
    const wishedMs = instantOn(wish.date, localTimeToMinutes(wish.time)).getTime();
    const exact = wishDaySlots.find((slot) => slot.dropOffAt.getTime() === wishedMs);
    if (exact !== undefined) return { exact, alternatives: [], earliest: null, partsDelay };
  }

  // Step 2: alternatives on the wished day and the next open days, nearest the wish first.
  const candidates = [...wishDaySlots];
  const lastDay = addOpenDays(board.calendar, wish.date, ALTERNATIVE_OPEN_DAYS);
  for (let date = addDays(wish.date, 1); daysBetween(date, lastDay) >= 0; date = addDays(date, 1)) {
    candidates.push(...slotsOnDay(search, date));
  }
  const window = wishWindowMs(board, wish);
  const ranked = candidates
    .map((slot) => ({ slot, distanceMs: distanceToWindow(slot.dropOffAt.getTime(), window) }))
    .sort((a, b) => a.distanceMs - b.distanceMs || a.slot.dropOffAt.getTime() - b.slot.dropOffAt.getTime())
    .map((entry) => entry.slot);
  const alternatives = pickSpread(ranked, max);
  if (alternatives.length > 0 || max === 0) return { exact: null, alternatives, earliest: null, partsDelay };

  // Step 3: nothing near the wish, so the earliest free slot from the wished day (or today) on.
  const today = shanghaiDateOf(now);
  const searchFrom = daysBetween(today, wish.date) > 0 ? wish.date : today;
  return { exact: null, alternatives: [], earliest: earliestSlot(search, searchFrom), partsDelay };
}

function partsDelayOf(search: SlotSearch, now: Date): Date | null {
  const readyAt = search.partsReadyAt;
  const noticeMs = now.getTime() + search.board.settings.minNoticeMinutes * MS_PER_MINUTE;
  if (readyAt === null || readyAt.getTime() <= noticeMs) return null;
  return readyAt;
}

/**
 * Return the wished instant or window as epoch ms, clipped to the wished day's opening hours when it is open.
 */
function wishWindowMs(board: Board, wish: Wish): { startMs: number; endMs: number } {
  if (wish.time !== undefined) {
    const wishedMs = instantOn(wish.date, localTimeToMinutes(wish.time)).getTime();
    return { startMs: wishedMs, endMs: wishedMs };
  }

  const hours = openingHoursOn(board.calendar, wish.date);
  const opening = hours === null ? { openMinutes: 0, closeMinutes: 24 * 60 } : openingMinutes(hours);
  let startMinutes = opening.openMinutes;
  let endMinutes = opening.closeMinutes;
  if (wish.partOfDay !== undefined) {
    const window = PART_OF_DAY_WINDOWS[wish.partOfDay];
    startMinutes = Math.max(window.startMinutes, opening.openMinutes);
    endMinutes = Math.min(window.endMinutes ?? opening.closeMinutes, opening.closeMinutes);
  }
  return {
    startMs: instantOn(wish.date, startMinutes).getTime(),
    endMs: instantOn(wish.date, Math.max(startMinutes, endMinutes)).getTime(),
  };
}

function distanceToWindow(instantMs: number, window: { startMs: number; endMs: number }): number {
  if (instantMs < window.startMs) return window.startMs - instantMs;
  if (instantMs > window.endMs) return instantMs - window.endMs;
  return 0;
}

/**
 * Pick up to `max` slots in rank order, passing over same-day neighbours closer than the minimum gap first.
 */
function pickSpread(ranked: readonly Slot[], max: number): Slot[] {
  const picked: Slot[] = [];
  const passedOver: Slot[] = [];
  for (const slot of ranked) {
    if (picked.length === max) break;
    if (picked.some((other) => isCloseNeighbour(slot, other))) {
      passedOver.push(slot);
    } else {
      picked.push(slot);
    }
  }
  for (const slot of passedOver) {
    if (picked.length === max) break;
    picked.push(slot);
  }
  return picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}

function isCloseNeighbour(slot: Slot, other: Slot): boolean {
  const gapMs = Math.abs(slot.dropOffAt.getTime() - other.dropOffAt.getTime());
  return slot.date === other.date && gapMs < MIN_ALTERNATIVE_GAP_MINUTES * MS_PER_MINUTE;
}

function earliestSlot(search: SlotSearch, from: LocalDate): Slot | null {
  for (let offset = 0; offset < EARLIEST_SEARCH_DAYS; offset += 1) {
    const first = slotsOnDay(search, addDays(from, offset))[0];
    if (first !== undefined) return first;
  }
  return null;
}
