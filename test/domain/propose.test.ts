import { describe, expect, it } from "vitest";

import { proposeSlots } from "../../src/domain/board/propose.js";
import { chinaHolidayDates } from "../../src/domain/china-holidays.js";
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
  makeTechnician,
} from "./fixtures.js";
import type { BoardBooking } from "../../src/domain/board/types.js";
import type { LocalDate } from "../../src/domain/time.js";

/** Hold bay B1 for a whole day, so the default one-bay board has no slot that day. */
function fullDayHold(date: LocalDate): BoardBooking {
  return makeBooking({
    id: `FULL-${date}`,
    bayId: "B1",
    dropOffAt: at(date, "08:00"),
    handOverAt: at(date, "18:00"),
  });
}

describe("proposeSlots exact time", () => {
  it("returns free wished time", () => {
    const board = makeBoard();

    const proposal = proposeSlots(board, makeRequest(), { date: MONDAY, time: "10:00" }, PREVIOUS_FRIDAY_NOW);

    expect(proposal.exact?.dropOffAt).toEqual(at(MONDAY, "10:00"));
    expect(proposal.alternatives).toEqual([]);
    expect(proposal.earliest).toBeNull();
    expect(proposal.partsDelay).toBeNull();
  });

  it.each([
    // B1 held 09:30-12:00: Monday drop-offs are free from 12:00 (touching the hold) to 16:00.
    { case: "spread on wished day", wish: "10:00", max: 3, expected: ["12:00", "13:00", "14:00"] },
    { case: "one alternative", wish: "10:00", max: 1, expected: ["12:00"] },
    { case: "earlier times too", wish: "16:30", max: 3, expected: ["16:00", "15:00", "14:00"] },
    { case: "off-grid wish", wish: "12:10", max: 2, expected: ["12:00", "13:00"] },
  ])("offers alternatives: $case", ({ wish, max, expected }) => {
    const hold = makeBooking({
      bayId: "B1",
      dropOffAt: at(MONDAY, "09:30"),
      handOverAt: at(MONDAY, "12:00"),
    });
    const board = makeBoard({ bookings: [hold] });

    const proposal = proposeSlots(
      board,
      makeRequest(),
      { date: MONDAY, time: wish },
      PREVIOUS_FRIDAY_NOW,
      max,
    );

    expect(proposal.exact).toBeNull();
    expect(dropOffTimes(proposal.alternatives)).toEqual(expected);
    expect(proposal.earliest).toBeNull();
  });

  it("fills with near neighbours", () => {
    // Monday 12:00-13:00 is the only free time within 3 open days (Tue-Thu closed, Fri-Sun full).
    // The spread rule passes over 12:30 at first, then uses it to reach 3 alternatives.
    const bookings = [
      makeBooking({ id: "AM", bayId: "B1", dropOffAt: at(MONDAY, "08:00"), handOverAt: at(MONDAY, "12:00") }),
      makeBooking({ id: "PM", bayId: "B1", dropOffAt: at(MONDAY, "14:45"), handOverAt: at(MONDAY, "18:00") }),
      ...["2026-12-11", "2026-12-12", "2026-12-13"].map(fullDayHold),
    ];
    const calendar = makeCalendar({ closedDates: new Set(["2026-12-08", "2026-12-09", "2026-12-10"]) });
    const board = makeBoard({ calendar, bookings });

    const proposal = proposeSlots(board, makeRequest(), { date: MONDAY, time: "10:00" }, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(proposal.alternatives)).toEqual(["12:00", "12:30", "13:00"]);
  });

  it("never offers inside notice", () => {
    const board = makeBoard({
      bookings: [
        makeBooking({ bayId: "B1", dropOffAt: at(MONDAY, "11:30"), handOverAt: at(MONDAY, "13:00") }),
      ],
    });
    const now = at(MONDAY, "09:00");

    const proposal = proposeSlots(board, makeRequest(), { date: MONDAY, time: "11:30" }, now);

    expect(proposal.exact).toBeNull();
    for (const slot of proposal.alternatives) {
      expect(slot.dropOffAt.getTime()).toBeGreaterThanOrEqual(at(MONDAY, "11:00").getTime());
    }
    expect(dropOffTimes(proposal.alternatives)).toEqual(["13:00", "14:00", "15:00"]);
  });
});

describe("proposeSlots around holidays", () => {
  // National Day 2026: 10-01..10-07 closed; 10-10 (Saturday) is a make-up working day. now = 2026-09-28
  // 09:00.
  const { closedDates, makeUpWorkdays } = chinaHolidayDates(2026, 2026);
  const now = at("2026-09-28", "09:00");

  it.each([
    {
      case: "skips the holiday week",
      fullDays: ["2026-09-30", "2026-10-08", "2026-10-09"],
      alternativeDates: ["2026-10-10", "2026-10-10", "2026-10-10"],
      alternativeTimes: ["08:30", "09:30", "10:30"],
      earliest: null,
    },
    {
      case: "none within 3 open days",
      fullDays: ["2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10"],
      alternativeDates: [],
      alternativeTimes: [],
      earliest: at("2026-10-11", "08:30"),
    },
  ])("proposes when $case", ({ fullDays, alternativeDates, alternativeTimes, earliest }) => {
    const board = makeBoard({
      calendar: makeCalendar({ closedDates, makeUpWorkdays }),
      bookings: fullDays.map(fullDayHold),
    });

    const proposal = proposeSlots(board, makeRequest(), { date: "2026-09-30", time: "10:00" }, now);

    expect(proposal.exact).toBeNull();
    expect(proposal.alternatives.map((slot) => slot.date)).toEqual(alternativeDates);
    expect(dropOffTimes(proposal.alternatives)).toEqual(alternativeTimes);
    expect(proposal.earliest?.dropOffAt ?? null).toEqual(earliest);
  });

  it("finds nothing in 60 days", () => {
    const board = makeBoard({ technicians: [makeTechnician({ skills: ["bodywork"] })] });

    const proposal = proposeSlots(board, makeRequest(), { date: MONDAY, time: "10:00" }, PREVIOUS_FRIDAY_NOW);

    expect(proposal.exact).toBeNull();
    expect(proposal.alternatives).toEqual([]);
    expect(proposal.earliest).toBeNull();
  });

  it("searches earliest from today", () => {
    const calendar = makeCalendar({
      closedDates: new Set(["2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09"]),
    });
    const board = makeBoard({ calendar, bookings: [fullDayHold("2026-12-04"), fullDayHold("2026-12-05")] });

    // The wished day 2026-12-01 has passed; today is 2026-12-04 and the next free day is 2026-12-10.
    const proposal = proposeSlots(
      board,
      makeRequest(),
      { date: "2026-12-01", time: "10:00" },
      PREVIOUS_FRIDAY_NOW,
    );

    expect(proposal.alternatives).toEqual([]);
    expect(proposal.earliest?.dropOffAt).toEqual(at("2026-12-10", "08:30"));
  });
});

describe("proposeSlots part of day", () => {
  // Empty board, 1-hour visit, 08:30-18:00: the last possible drop-off is 16:00.
  it.each([
    { partOfDay: "morning", expected: ["08:30", "09:30", "10:30"] },
    { partOfDay: "noon", expected: ["11:30", "12:30", "13:30"] },
    { partOfDay: "afternoon", expected: ["13:00", "14:00", "15:00"] },
    { partOfDay: "evening", expected: ["16:00", "15:00", "14:00"] },
    { partOfDay: undefined, expected: ["08:30", "09:30", "10:30"] },
  ] as const)("offers $partOfDay window first", ({ partOfDay, expected }) => {
    const board = makeBoard();

    const proposal = proposeSlots(board, makeRequest(), { date: MONDAY, partOfDay }, PREVIOUS_FRIDAY_NOW);

    expect(proposal.exact).toBeNull();
    expect(proposal.alternatives.every((slot) => slot.date === MONDAY)).toBe(true);
    expect(dropOffTimes(proposal.alternatives)).toEqual(expected);
  });

  it("clips window to opening hours", () => {
    const weeklyHours = [0, 1, 2, 3, 4, 5, 6].map(() => ({ open: "09:00", close: "18:00" }));
    const board = makeBoard({ calendar: makeCalendar({ weeklyHours }) });

    const proposal = proposeSlots(
      board,
      makeRequest(),
      { date: MONDAY, partOfDay: "morning" },
      PREVIOUS_FRIDAY_NOW,
    );

    expect(dropOffTimes(proposal.alternatives)).toEqual(["09:00", "10:00", "11:00"]);
  });
});

describe("proposeSlots parts delay", () => {
  it.each([
    { case: "part in stock", onHand: 10, partsDelay: null, first: [MONDAY, "10:00"] },
    {
      case: "part arriving Tuesday",
      onHand: 0,
      partsDelay: at("2026-12-08", "13:10"),
      first: ["2026-12-08", "13:30"],
    },
  ] as const)("reports $case", ({ onHand, partsDelay, first }) => {
    const part = makePart({ onHand, expectedArrivalAt: at("2026-12-08", "13:10") });
    const board = makeBoard({ parts: [part] });
    const request = makeRequest([makeJob({ parts: [{ partCode: "OIL-5W30", quantity: 4 }] })]);

    const proposal = proposeSlots(board, request, { date: MONDAY, time: "10:00" }, PREVIOUS_FRIDAY_NOW);

    const offered = proposal.exact ?? proposal.alternatives[0];
    expect(proposal.partsDelay).toEqual(partsDelay);
    expect(offered?.dropOffAt).toEqual(at(first[0], first[1]));
  });

  it("ignores arrival inside notice", () => {
    const part = makePart({ onHand: 0, expectedArrivalAt: at(MONDAY, "08:00") });
    const board = makeBoard({ parts: [part] });
    const request = makeRequest([makeJob({ parts: [{ partCode: "OIL-5W30", quantity: 1 }] })]);

    const proposal = proposeSlots(board, request, { date: MONDAY, time: "10:00" }, at(MONDAY, "07:00"));

    expect(proposal.partsDelay).toBeNull();
    expect(proposal.exact?.dropOffAt).toEqual(at(MONDAY, "10:00"));
  });

  it("rejects negative max", () => {
    expect(() => proposeSlots(makeBoard(), makeRequest(), { date: MONDAY }, PREVIOUS_FRIDAY_NOW, -1)).toThrow(
      /Invalid max -1/,
    );
  });
});
