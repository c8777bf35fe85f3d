import { describe, expect, it } from "vitest";

import { earliestSlots } from "../../src/domain/board/earliest.js";
import { findSlotsOnDay } from "../../src/domain/board/slots.js";
import { dropOffTimes, EARLY_MONDAY_NOW, makeBoard, makeBooking, makeRequest, MONDAY, at } from "./fixtures.js";

describe("earliestSlots", () => {
  it("spreads three slots an hour apart", () => {
    const board = makeBoard();
    const request = makeRequest();
    const first = findSlotsOnDay(board, request, MONDAY, EARLY_MONDAY_NOW)[0] ?? null;

    const slots = earliestSlots(board, request, first, EARLY_MONDAY_NOW);

    expect(dropOffTimes(slots)).toEqual(["09:00", "10:00", "11:00"]);
  });

  it("skips times taken by other bookings", () => {
    const board = makeBoard({
      bookings: [makeBooking({ bayId: "B1", dropOffAt: at(MONDAY, "10:00"), handOverAt: at(MONDAY, "12:00") })],
    });
    const request = makeRequest();
    const first = findSlotsOnDay(board, request, MONDAY, EARLY_MONDAY_NOW)[0] ?? null;

    const slots = earliestSlots(board, request, first, EARLY_MONDAY_NOW, 2);

    // 09:00 would hand over at 10:45, inside the booking that holds the only bay from 10:00 to 12:00.
    expect(dropOffTimes(slots)).toEqual(["12:00", "13:00"]);
  });

  it("returns nothing without an earliest slot", () => {
    expect(earliestSlots(makeBoard(), makeRequest(), null, EARLY_MONDAY_NOW)).toEqual([]);
  });
});
