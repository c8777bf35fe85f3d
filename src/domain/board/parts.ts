/**
 * Parts availability for a visit: stock on hand minus what existing bookings and holds reserved.
 */
import { nextOpenDay, openingHoursOn } from "../calendar.js";
import { addDays, shanghaiDateOf, toShanghaiInstant } from "../time.js";
import type { Board, BoardBooking, PartStock, VisitRequest } from "./types.js";

/**
 * Maximum days after the lead-time date to look for an open day on which the ordered part is counted as
 * arrived.
 */
const ARRIVAL_OPEN_DAY_SEARCH_DAYS = 60;

/** Sum the quantity of each part code that the bookings reserve. */
export function reservedPartQuantities(bookings: readonly BoardBooking[]): Map<string, number> {
  const reserved = new Map<string, number>();
  for (const booking of bookings) {
    for (const part of booking.parts) {
      reserved.set(part.partCode, (reserved.get(part.partCode) ?? 0) + part.quantity);
    }
  }
  return reserved;
}

/** Sum the quantity of each part code that the visit's jobs need. */
export function requiredPartQuantities(request: VisitRequest): Map<string, number> {
  const required = new Map<string, number>();
  for (const job of request.jobs) {
    for (const part of job.parts) {
      required.set(part.partCode, (required.get(part.partCode) ?? 0) + part.quantity);
    }
  }
  return required;
}

/**
 * Return the earliest instant the visit's parts allow (null = all in stock now). A part is short when on-hand
 * stock minus the quantities reserved by the board's bookings is below the visit's need. A short part arrives
 * at `expectedArrivalAt` when set, otherwise at opening time of the first open day on or after `now`'s
 * Shanghai date + `leadDays`. The result is the latest arrival among the short parts, and can be earlier than
 * `now` when a recorded arrival date has passed without the stock being updated. Throws when a job names a
 * part code missing from `board.parts`.
 */
export function partsReadyAt(board: Board, request: VisitRequest, now: Date): Date | null {
  return partsReadyAtWithReserved(board, request, now, reservedPartQuantities(board.bookings));
}

/** Compute `partsReadyAt` with reservations already summed, so callers that index the board sum them once. */
export function partsReadyAtWithReserved(
  board: Board,
  request: VisitRequest,
  now: Date,
  reserved: ReadonlyMap<string, number>,
): Date | null {
  let readyAt: Date | null = null;
  for (const [partCode, quantity] of requiredPartQuantities(request)) {
    const stock = findPart(board.parts, partCode);
    const available = stock.onHand - (reserved.get(partCode) ?? 0);
    if (available >= quantity) continue;

    const arrival = arrivalOf(board, stock, now);
    if (readyAt === null || arrival.getTime() > readyAt.getTime()) readyAt = arrival;
  }
  return readyAt;
}

function arrivalOf(board: Board, stock: PartStock, now: Date): Date {
  if (stock.expectedArrivalAt !== null) return stock.expectedArrivalAt;

  // Lead time counts calendar days from today's Shanghai date, and the part is usable from opening time.
  // Example: now 2026-12-04 20:00, leadDays 3 → 2026-12-07 at opening (08:30 → 2026-12-07T00:30Z).
  const leadDate = addDays(shanghaiDateOf(now), stock.leadDays);
  const arrivalDate = nextOpenDay(board.calendar, leadDate, ARRIVAL_OPEN_DAY_SEARCH_DAYS) ?? leadDate;
  const hours = openingHoursOn(board.calendar, arrivalDate);
  return toShanghaiInstant(arrivalDate, hours?.open ?? "00:00");
}

function findPart(parts: readonly PartStock[], partCode: string): PartStock {
  const stock = parts.find((part) => part.code === partCode);
  if (stock === undefined) {
    throw new Error(
      `Part '${partCode}' not found in the board's parts stock. ` +
        "Add it to the parts catalogue or fix the service item's part code.",
    );
  }
  return stock;
}
