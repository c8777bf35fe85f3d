import { describe, expect, it } from "vitest";

import { findSlots, partsReadyAt } from "../../src/domain/board/slots.js";
import {
  MONDAY,
  PREVIOUS_FRIDAY_NOW,
  at,
  dropOffTimes,
  makeBoard,
  makeBooking,
  makeCalendar,
  makeJob,
  makePart,
  makeRequest,
} from "./fixtures.js";

// The visit needs 4 units of OIL-5W30. now = Friday 2026-12-04 12:00.
const oilJob = makeJob({ parts: [{ partCode: "OIL-5W30", quantity: 4 }] });

describe("partsReadyAt", () => {
  it.each([
    {
      case: "enough on hand",
      onHand: 10,
      reserved: 0,
      arrival: null,
      leadDays: 3,
      closed: [],
      expected: null,
    },
    {
      case: "exactly enough",
      onHand: 4,
      reserved: 0,
      arrival: null,
      leadDays: 3,
      closed: [],
      expected: null,
    },
    {
      case: "reserved by others",
      onHand: 4,
      reserved: 2,
      arrival: at(MONDAY, "13:10"),
      leadDays: 3,
      closed: [],
      expected: at(MONDAY, "13:10"),
    },
    {
      case: "arrival date known",
      onHand: 0,
      reserved: 0,
      arrival: at(MONDAY, "13:10"),
      leadDays: 3,
      closed: [],
      expected: at(MONDAY, "13:10"),
    },
    {
      case: "lead days from today",
      onHand: 0,
      reserved: 0,
      arrival: null,
      leadDays: 2,
      closed: [],
      expected: at("2026-12-06", "08:30"),
    },
    {
      case: "lead days onto holiday",
      onHand: 0,
      reserved: 0,
      arrival: null,
      leadDays: 2,
      closed: ["2026-12-06"],
      expected: at(MONDAY, "08:30"),
    },
  ])("returns arrival when $case", ({ onHand, reserved, arrival, leadDays, closed, expected }) => {
    const booking = makeBooking({ parts: [{ partCode: "OIL-5W30", quantity: reserved }] });
    const board = makeBoard({
      calendar: makeCalendar({ closedDates: new Set(closed) }),
      parts: [makePart({ onHand, expectedArrivalAt: arrival, leadDays })],
      bookings: [booking],
    });

    expect(partsReadyAt(board, makeRequest([oilJob]), PREVIOUS_FRIDAY_NOW)).toEqual(expected);
  });

  it("sums needs across jobs", () => {
    const secondOilJob = makeJob({ code: "FLUSH", parts: [{ partCode: "OIL-5W30", quantity: 4 }] });
    const board = makeBoard({ parts: [makePart({ onHand: 6, expectedArrivalAt: at(MONDAY, "13:10") })] });

    const readyAt = partsReadyAt(board, makeRequest([oilJob, secondOilJob]), PREVIOUS_FRIDAY_NOW);

    expect(readyAt).toEqual(at(MONDAY, "13:10"));
  });

  it("takes latest arrival", () => {
    const filterJob = makeJob({ code: "FILTER", parts: [{ partCode: "FILTER-A", quantity: 1 }] });
    const parts = [
      makePart({ onHand: 0, expectedArrivalAt: at(MONDAY, "13:10") }),
      makePart({ code: "FILTER-A", onHand: 0, expectedArrivalAt: at("2026-12-08", "10:00") }),
    ];
    const board = makeBoard({ parts });

    const readyAt = partsReadyAt(board, makeRequest([oilJob, filterJob]), PREVIOUS_FRIDAY_NOW);

    expect(readyAt).toEqual(at("2026-12-08", "10:00"));
  });

  it("names unknown part code", () => {
    const board = makeBoard({ parts: [] });

    expect(() => partsReadyAt(board, makeRequest([oilJob]), PREVIOUS_FRIDAY_NOW)).toThrow(
      /Part 'OIL-5W30' not found/,
    );
  });
});

describe("findSlots with missing parts", () => {
  it.each([
    { case: "in stock", onHand: 10, arrival: null, firstDate: MONDAY, firstTime: "08:30" },
    {
      case: "arriving Monday 13:10",
      onHand: 0,
      arrival: at(MONDAY, "13:10"),
      firstDate: MONDAY,
      firstTime: "13:30",
    },
    {
      case: "arriving Tuesday 08:30",
      onHand: 0,
      arrival: at("2026-12-08", "08:30"),
      firstDate: "2026-12-08",
      firstTime: "08:30",
    },
  ])("starts after arrival: $case", ({ onHand, arrival, firstDate, firstTime }) => {
    const board = makeBoard({ parts: [makePart({ onHand, expectedArrivalAt: arrival })] });

    const slots = findSlots(board, makeRequest([oilJob]), MONDAY, 3, PREVIOUS_FRIDAY_NOW);

    expect(slots[0]?.date).toBe(firstDate);
    expect(dropOffTimes(slots)[0]).toBe(firstTime);
  });

  it("ignores parts other visits need", () => {
    const board = makeBoard({ parts: [makePart({ onHand: 0 })] });
    const request = makeRequest([makeJob({ parts: [] })]);

    const slots = findSlots(board, request, MONDAY, 1, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots)[0]).toBe("08:30");
  });
});
