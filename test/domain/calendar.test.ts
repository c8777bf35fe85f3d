import { describe, expect, it } from "vitest";

import { addOpenDays, isOpenDay, nextOpenDay, openingHoursOn } from "../../src/domain/calendar.js";
import { makeCalendar, makeMondayToSaturdayCalendar } from "./fixtures.js";

describe("openingHoursOn", () => {
  // 2026-12-07 is a Monday, 2026-12-13 a Sunday.
  it.each([
    {
      case: "normal weekday",
      date: "2026-12-07",
      closed: [],
      makeUp: [],
      expected: { open: "08:30", close: "18:00" },
    },
    { case: "closed weekday", date: "2026-12-13", closed: [], makeUp: [], expected: null },
    {
      case: "holiday on open weekday",
      date: "2026-12-07",
      closed: ["2026-12-07"],
      makeUp: [],
      expected: null,
    },
    {
      case: "make-up day on closed weekday",
      date: "2026-12-13",
      closed: [],
      makeUp: ["2026-12-13"],
      expected: { open: "09:00", close: "17:00" },
    },
    {
      case: "make-up day on open weekday",
      date: "2026-12-12",
      closed: [],
      makeUp: ["2026-12-12"],
      expected: { open: "08:30", close: "18:00" },
    },
    {
      case: "closed wins over make-up",
      date: "2026-12-13",
      closed: ["2026-12-13"],
      makeUp: ["2026-12-13"],
      expected: null,
    },
  ])("returns hours for $case", ({ date, closed, makeUp, expected }) => {
    const calendar = makeMondayToSaturdayCalendar({
      closedDates: new Set(closed),
      makeUpWorkdays: new Set(makeUp),
    });

    expect(openingHoursOn(calendar, date)).toEqual(expected);
    expect(isOpenDay(calendar, date)).toBe(expected !== null);
  });

  it("rejects weekly hours without 7 entries", () => {
    const calendar = makeCalendar({ weeklyHours: [] });

    expect(() => openingHoursOn(calendar, "2026-12-07")).toThrow(/weeklyHours has 0 entries/);
  });
});

describe("openingHoursOn with overrides", () => {
  // Monday-to-Saturday calendar. 2026-12-07 is a Monday, 2026-12-13 a Sunday.
  const SHORT_HOURS = { open: "10:00", close: "15:00" };

  it.each([
    {
      case: "closed normal weekday",
      date: "2026-12-07",
      closed: [],
      makeUp: [],
      override: null,
      expected: null,
    },
    {
      case: "opened Sunday",
      date: "2026-12-13",
      closed: [],
      makeUp: [],
      override: SHORT_HOURS,
      expected: SHORT_HOURS,
    },
    {
      case: "opened holiday",
      date: "2026-12-07",
      closed: ["2026-12-07"],
      makeUp: [],
      override: SHORT_HOURS,
      expected: SHORT_HOURS,
    },
    {
      case: "hours on make-up day",
      date: "2026-12-13",
      closed: [],
      makeUp: ["2026-12-13"],
      override: SHORT_HOURS,
      expected: SHORT_HOURS,
    },
    {
      case: "closed make-up day",
      date: "2026-12-13",
      closed: [],
      makeUp: ["2026-12-13"],
      override: null,
      expected: null,
    },
    {
      case: "changed hours on weekday",
      date: "2026-12-08",
      closed: [],
      makeUp: [],
      override: SHORT_HOURS,
      expected: SHORT_HOURS,
    },
  ])("returns hours for $case", ({ date, closed, makeUp, override, expected }) => {
    const calendar = makeMondayToSaturdayCalendar({
      closedDates: new Set(closed),
      makeUpWorkdays: new Set(makeUp),
      overrides: new Map([[date, override]]),
    });

    expect(openingHoursOn(calendar, date)).toEqual(expected);
    expect(isOpenDay(calendar, date)).toBe(expected !== null);
  });

  it("leaves other dates alone", () => {
    const calendar = makeMondayToSaturdayCalendar({ overrides: new Map([["2026-12-08", null]]) });

    expect(openingHoursOn(calendar, "2026-12-07")).toEqual({ open: "08:30", close: "18:00" });
    expect(openingHoursOn(calendar, "2026-12-13")).toBeNull();
  });

  it.each([
    { case: "skips closed override", from: "2026-12-07", count: 1, expected: "2026-12-09" },
    { case: "counts opened Sunday", from: "2026-12-12", count: 1, expected: "2026-12-13" },
  ])("adds open days: $case", ({ from, count, expected }) => {
    const overrides = new Map([
      ["2026-12-08", null],
      ["2026-12-13", { open: "10:00", close: "15:00" }],
    ]);
    const calendar = makeMondayToSaturdayCalendar({ overrides });

    expect(addOpenDays(calendar, from, count)).toBe(expected);
  });
});

describe("addOpenDays", () => {
  // Monday-to-Saturday calendar with Wednesday 2026-12-09 closed as a holiday.
  it.each([
    { case: "count 0 on open day", from: "2026-12-07", count: 0, expected: "2026-12-07" },
    { case: "count 0 on holiday", from: "2026-12-09", count: 0, expected: "2026-12-10" },
    { case: "count 1 on holiday", from: "2026-12-09", count: 1, expected: "2026-12-10" },
    { case: "count 2 on holiday", from: "2026-12-09", count: 2, expected: "2026-12-11" },
    { case: "skips holiday", from: "2026-12-08", count: 1, expected: "2026-12-10" },
    { case: "skips holiday and Sunday", from: "2026-12-08", count: 4, expected: "2026-12-14" },
    { case: "count 0 on Sunday", from: "2026-12-13", count: 0, expected: "2026-12-14" },
  ])("returns $expected for $case", ({ from, count, expected }) => {
    const calendar = makeMondayToSaturdayCalendar({ closedDates: new Set(["2026-12-09"]) });

    expect(addOpenDays(calendar, from, count)).toBe(expected);
  });

  it.each([-1, 1.5])("rejects count %s", (count) => {
    const calendar = makeCalendar();

    expect(() => addOpenDays(calendar, "2026-12-07", count)).toThrow(RangeError);
  });

  it("fails on calendar never open", () => {
    const calendar = makeCalendar({ weeklyHours: [null, null, null, null, null, null, null] });

    expect(() => addOpenDays(calendar, "2026-12-07", 1)).toThrow(
      /No open day within 366 days after 2026-12-07/,
    );
  });
});

describe("nextOpenDay", () => {
  // Closed 2026-12-07 through 2026-12-10, open again on 2026-12-11.
  it.each([
    { case: "open start date", from: "2026-12-11", maxDays: 0, expected: "2026-12-11" },
    { case: "found at max days", from: "2026-12-07", maxDays: 4, expected: "2026-12-11" },
    { case: "beyond max days", from: "2026-12-07", maxDays: 3, expected: null },
    { case: "default max days", from: "2026-12-07", maxDays: undefined, expected: "2026-12-11" },
  ])("returns $expected for $case", ({ from, maxDays, expected }) => {
    const closed = new Set(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]);
    const calendar = makeCalendar({ closedDates: closed });

    expect(nextOpenDay(calendar, from, maxDays)).toBe(expected);
  });
});
