/**
 * Lookup tables over a board's bookings, built once per search so that each candidate slot costs a few map
 * reads instead of a scan of every booking.
 */
import { reservedPartQuantities } from "./parts.js";
import type { Board } from "./types.js";
import type { LocalDate } from "../time.js";

const MS_PER_MINUTE = 60_000;

export interface TimeRangeMs {
  startMs: number;
  endMs: number;
}

export interface BoardIndex {
  /** Hold intervals per bay id, sorted by start. */
  bayHolds: ReadonlyMap<string, readonly TimeRangeMs[]>;
  /** Drop-off instants (epoch ms) per advisor id. */
  advisorDropOffs: ReadonlyMap<string, readonly number[]>;
  /** Booked labour hours per technician and day, keyed by `technicianDayKey`. */
  technicianHours: ReadonlyMap<string, number>;
  /** Reserved quantity per part code. */
  reservedParts: ReadonlyMap<string, number>;
}

/** Index the board's bookings and holds by bay, advisor, technician-day and part. */
export function indexBoard(board: Board): BoardIndex {
  const bayHolds = new Map<string, TimeRangeMs[]>();
  const advisorDropOffs = new Map<string, number[]>();
  const technicianHours = new Map<string, number>();

  for (const booking of board.bookings) {
    const holds = bayHolds.get(booking.bayId) ?? [];
    holds.push({ startMs: booking.dropOffAt.getTime(), endMs: booking.handOverAt.getTime() });
    bayHolds.set(booking.bayId, holds);

    const dropOffs = advisorDropOffs.get(booking.advisorId) ?? [];
    dropOffs.push(booking.dropOffAt.getTime());
    advisorDropOffs.set(booking.advisorId, dropOffs);

    for (const line of booking.labour) {
      const key = technicianDayKey(line.technicianId, line.date);
      technicianHours.set(key, (technicianHours.get(key) ?? 0) + line.hours);
    }
  }
  for (const holds of bayHolds.values()) holds.sort((a, b) => a.startMs - b.startMs);

  return {
    bayHolds,
    advisorDropOffs,
    technicianHours,
    reservedParts: reservedPartQuantities(board.bookings),
  };
}

/** Build the key of one technician's booked hours on one day. */
export function technicianDayKey(technicianId: string, date: LocalDate): string {
  return `${technicianId}|${date}`;
}

/** Check that no hold on the bay overlaps [startMs, endMs). Touching intervals do not overlap. */
export function isBayFree(index: BoardIndex, bayId: string, range: TimeRangeMs): boolean {
  const holds = index.bayHolds.get(bayId);
  if (holds === undefined) return true;

  for (const hold of holds) {
    if (hold.startMs >= range.endMs) break;
    if (hold.endMs > range.startMs) return false;
  }
  return true;
}

/** Check that the drop-off is at least `spacingMinutes` away from each of the advisor's booked drop-offs. */
export function isAdvisorFree(
  index: BoardIndex,
  advisorId: string,
  dropOffMs: number,
  spacingMinutes: number,
): boolean {
  const dropOffs = index.advisorDropOffs.get(advisorId);
  if (dropOffs === undefined) return true;

  const spacingMs = spacingMinutes * MS_PER_MINUTE;
  return dropOffs.every((booked) => Math.abs(booked - dropOffMs) >= spacingMs);
}

/** Compare two ids in UTF-16 code-unit order, independent of the process's locale. */
export function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
