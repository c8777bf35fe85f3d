import { describe, expect, it } from "vitest";

import { isOpenDay } from "../../src/domain/calendar.js";
import { chinaHolidayDates } from "../../src/domain/china-holidays.js";
import { makeCalendar, makeMondayToSaturdayCalendar } from "./fixtures.js";

describe("chinaHolidayDates", () => {
  // Dates checked against chinese-days 1.5.7 (State Council arrangement for 2026).
  it.each([
    { date: "2026-01-01", closed: true, makeUp: false },
    { date: "2026-01-04", closed: false, makeUp: true },
    { date: "2026-02-14", closed: false, makeUp: true },
    { date: "2026-02-17", closed: true, makeUp: false },
    { date: "2026-02-23", closed: true, makeUp: false },
    { date: "2026-02-28", closed: false, makeUp: true },
    { date: "2026-09-20", closed: false, makeUp: true },
    { date: "2026-10-01", closed: true, makeUp: false },
    { date: "2026-10-03", closed: true, makeUp: false },
    { date: "2026-10-07", closed: true, makeUp: false },
    { date: "2026-10-08", closed: false, makeUp: false },
    { date: "2026-10-10", closed: false, makeUp: true },
    { date: "2026-12-05", closed: false, makeUp: false },
  ])("classifies $date", ({ date, closed, makeUp }) => {
    const dates = chinaHolidayDates(2026, 2026);

    expect(dates.closedDates.has(date)).toBe(closed);
    expect(dates.makeUpWorkdays.has(date)).toBe(makeUp);
  });

  it("counts 2026 days off", () => {
    const dates = chinaHolidayDates(2026, 2026);

    expect(dates.closedDates.size).toBe(33);
    expect(dates.makeUpWorkdays.size).toBe(6);
  });

  it("keeps other years out", () => {
    const dates = chinaHolidayDates(2026, 2026);

    expect(dates.closedDates.has("2025-10-01")).toBe(false);
  });

  it("lists years without data", () => {
    const dates = chinaHolidayDates(2025, 2027);

    expect(dates.yearsWithoutData).toEqual([2027]);
    expect(dates.closedDates.has("2025-10-08")).toBe(true);
  });

  it("rejects reversed year range", () => {
    expect(() => chinaHolidayDates(2027, 2026)).toThrow(/Invalid year range 2027-2026/);
  });

  it.each([
    { case: "7-day shop, National Day", date: "2026-10-01", sevenDay: true, open: false },
    { case: "7-day shop, ordinary Saturday", date: "2026-12-05", sevenDay: true, open: true },
    { case: "6-day shop, make-up Sunday", date: "2026-09-20", sevenDay: false, open: true },
    { case: "6-day shop, ordinary Sunday", date: "2026-12-06", sevenDay: false, open: false },
  ])("opens workshop correctly: $case", ({ date, sevenDay, open }) => {
    const { closedDates, makeUpWorkdays } = chinaHolidayDates(2026, 2026);
    const overrides = { closedDates, makeUpWorkdays };
    const calendar = sevenDay ? makeCalendar(overrides) : makeMondayToSaturdayCalendar(overrides);

    expect(isOpenDay(calendar, date)).toBe(open);
  });
});
