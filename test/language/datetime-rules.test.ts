import { spawnSync } from "node:child_process";

import { describe, expect, it } from "vitest";

import {
  isoWeekdayOf,
  monthEndDay,
  monthStartDay,
  nextDayOfMonth,
  nextWeekdayCountingToday,
  resolveMonthDay,
  weekdayOfWeek,
} from "../../src/language/datetime/calendar-rules.js";
import type { IsoWeekday } from "../../src/language/datetime/calendar-rules.js";
import { resolveSpokenHour } from "../../src/language/datetime/clock-rules.js";
import type { DayPeriod } from "../../src/language/datetime/clock-rules.js";
import {
  festivalDate,
  firstWorkdayAfterHoliday,
  lunarToSolar,
  qingmingDate,
} from "../../src/language/datetime/holiday-calendar.js";
import type { StatutoryHoliday } from "../../src/language/datetime/holiday-calendar.js";
import { combineSlots, correctSlot, toBookingTime } from "../../src/language/datetime/slot.js";
import type { Slot } from "../../src/language/datetime/slot.js";

describe("calendar rules", () => {
  it.each<[string, IsoWeekday]>([
    ["2026-12-06", 7],
    ["2026-12-07", 1],
    ["2026-12-04", 5],
  ])("gives %s ISO weekday %i", (date, expected) => {
    expect(isoWeekdayOf(date)).toBe(expected);
  });

  it.each<[string, IsoWeekday, number, string]>([
    ["2026-12-06", 1, 0, "2026-11-30"],
    ["2026-12-06", 1, 1, "2026-12-07"],
    ["2026-12-04", 7, 0, "2026-12-06"],
    ["2026-12-28", 5, 0, "2027-01-01"],
    ["2026-12-31", 2, 1, "2027-01-05"],
  ])("finds weekday in week of %s (day %i, offset %i)", (today, weekday, offset, expected) => {
    expect(weekdayOfWeek(today, weekday, offset)).toBe(expected);
  });

  it.each<[string, IsoWeekday, string]>([
    ["2026-12-02", 3, "2026-12-02"],
    ["2026-12-02", 2, "2026-12-08"],
    ["2026-12-06", 7, "2026-12-06"],
    ["2026-12-31", 6, "2027-01-02"],
  ])("finds next weekday from %s (day %i)", (today, weekday, expected) => {
    expect(nextWeekdayCountingToday(today, weekday)).toBe(expected);
  });

  it.each<[string, number, string | null]>([
    ["2026-12-04", 25, "2026-12-25"],
    ["2026-12-04", 4, "2026-12-04"],
    ["2026-12-28", 25, "2027-01-25"],
    ["2027-01-31", 30, "2027-03-30"],
    ["2026-11-30", 31, "2026-12-31"],
    ["2026-12-04", 32, null],
    ["2026-12-04", 0, null],
  ])("finds day of month from %s (day %i)", (today, day, expected) => {
    expect(nextDayOfMonth(today, day)).toBe(expected);
  });

  it.each<[string, number, number, string | null]>([
    ["2026-12-04", 12, 2, "2026-12-02"],
    ["2026-12-04", 10, 5, "2026-10-05"],
    ["2026-12-04", 10, 4, "2027-10-04"],
    ["2026-12-20", 1, 5, "2027-01-05"],
    ["2026-12-04", 2, 29, "2028-02-29"],
    ["2026-12-04", 2, 30, null],
  ])("resolves month-day from %s (%i-%i)", (today, month, day, expected) => {
    expect(resolveMonthDay(today, month, day)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ["2026-12-04", 0, "2026-12-29"],
    ["2026-12-30", 0, "2026-12-30"],
    ["2026-11-30", 0, "2026-11-30"],
    ["2026-01-31", 1, "2026-02-26"],
    ["2028-01-15", 1, "2028-02-27"],
  ])("picks month end from %s (offset %i)", (today, offset, expected) => {
    expect(monthEndDay(today, offset)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ["2026-12-02", 0, "2026-12-02"],
    ["2026-12-03", 0, "2026-12-03"],
    ["2026-12-04", 0, "2027-01-01"],
    ["2026-12-28", 1, "2027-01-01"],
  ])("picks month start from %s (offset %i)", (today, offset, expected) => {
    expect(monthStartDay(today, offset)).toBe(expected);
  });
});

describe("resolveSpokenHour", () => {
  it.each<[number, number, DayPeriod | undefined, number | null]>([
    [3, 0, undefined, 15],
    [9, 0, undefined, 9],
    [6, 0, undefined, 18],
    [1, 0, undefined, 13],
    [8, 0, undefined, 8],
    [8, 30, undefined, 8],
    [12, 0, undefined, 12],
    [7, 0, undefined, 19],
    [7, 30, undefined, 7],
    [15, 0, undefined, 15],
    [0, 0, undefined, 0],
    [3, 0, "afternoon", 15],
    [12, 0, "afternoon", 12],
    [7, 0, "evening", 19],
    [12, 0, "evening", null],
    [8, 0, "morning", 8],
    [1, 0, "noon", 13],
    [11, 0, "noon", 11],
    [3, 0, "smallHours", 3],
    [24, 0, undefined, null],
  ])("reads hour %i:%i with %s as %s", (hour, minute, period, expected) => {
    expect(resolveSpokenHour(hour, minute, period)).toBe(expected);
  });
});

describe("slots", () => {
  const bareThree: Slot = { clock: { hour: 15, minute: 0, isBare: true } };

  it("moves a bare hour into the morning", () => {
    expect(combineSlots({ period: "morning" }, bareThree)).toEqual({
      clock: { hour: 3, minute: 0, isBare: false },
      period: "morning",
    });
  });

  it("refuses two dates", () => {
    expect(combineSlots({ date: "2026-12-05" }, { date: "2026-12-06" })).toBeNull();
  });

  it("drops a time outside the new part", () => {
    const morningTen: Slot = {
      date: "2026-12-05",
      clock: { hour: 10, minute: 0, isBare: false },
      period: "morning",
    };

    expect(correctSlot(morningTen, { period: "afternoon" })).toEqual({
      date: "2026-12-05",
      period: "afternoon",
    });
  });

  it.each<[Slot, number, boolean]>([
    [{ clock: { hour: 15, minute: 0, isBare: false } }, 15 * 60, false],
    [{ clock: { hour: 15, minute: 0, isBare: false } }, 15 * 60 + 1, true],
    [{ period: "morning" }, 12 * 60, true],
    [{ period: "evening" }, 23 * 60 + 59, false],
    [{ date: "2026-12-03" }, 0, true],
  ])("flags %j at minute %i as past %s", (slot, nowMinutes, expected) => {
    expect(toBookingTime(slot, "2026-12-04", nowMinutes).past).toBe(expected);
  });
});

describe("holiday calendar", () => {
  it.each<[number, number, number, string]>([
    [2027, 1, 1, "2027-02-06"],
    [2027, 1, 8, "2027-02-13"],
    [2026, 1, 1, "2026-02-17"],
    [2026, 8, 15, "2026-09-25"],
  ])("converts lunar %i-%i-%i", (year, month, day, expected) => {
    expect(lunarToSolar(year, month, day)).toBe(expected);
  });

  it.each<[number, string]>([
    [2025, "2025-04-04"],
    [2026, "2026-04-05"],
    [2027, "2027-04-05"],
    [2028, "2028-04-04"],
  ])("dates Qingming %i", (year, expected) => {
    expect(qingmingDate(year)).toBe(expected);
  });

  it.each<[StatutoryHoliday, number, string]>([
    ["春节", 2027, "2027-02-06"],
    ["端午", 2026, "2026-06-19"],
    ["国庆节", 2026, "2026-10-01"],
  ])("dates festival %s %i", (holiday, year, expected) => {
    expect(festivalDate(holiday, year)).toBe(expected);
  });

  it.each<[StatutoryHoliday, number, string]>([
    ["国庆节", 2026, "2026-10-08"],
    ["春节", 2026, "2026-02-24"],
    ["元旦", 2026, "2026-01-04"],
    ["劳动节", 2026, "2026-05-06"],
    ["中秋", 2026, "2026-09-28"],
    ["国庆节", 2025, "2025-10-09"],
    ["春节", 2027, "2027-02-15"],
    ["国庆节", 2027, "2027-10-08"],
  ])("finds first workday after %s %i", (holiday, year, expected) => {
    expect(firstWorkdayAfterHoliday(holiday, year)).toBe(expected);
  });

  it("matches chinese-days Qingming in Shanghai", () => {
    // chinese-days formats solar terms in the process TZ, so compare in a Shanghai child process.
    const script = `
      import chineseDays from "chinese-days";
      import { qingmingDate } from ${JSON.stringify(new URL("../../src/language/datetime/holiday-calendar.ts", import.meta.url).href)};
      const mismatches = [];
      for (let year = 2000; year <= 2099; year += 1) {
        const expected = chineseDays.getSolarTermDate(year, 4, "pure_brightness");
        if (expected !== qingmingDate(year)) mismatches.push([year, expected, qingmingDate(year)]);
      }
      process.stdout.write(JSON.stringify(mismatches));
    `;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, TZ: "Asia/Shanghai" },
      encoding: "utf8",
    });

    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual([]);
  });
});
