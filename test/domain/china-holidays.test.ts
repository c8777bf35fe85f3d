import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";

import { isOpenDay } from "../../src/domain/calendar.js";
import {
  chinaHolidayDates,
  STATUTE_FIRST_YEAR,
  STATUTE_LAST_YEAR,
  statutoryDaysOff,
} from "../../src/domain/china-holidays.js";
import { makeCalendar, makeMondayToSaturdayCalendar } from "./fixtures.js";

const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHINA_HOLIDAYS_MODULE = new URL("../../src/domain/china-holidays.ts", import.meta.url).href;

/** Run an ES module script in a child Node process with tsx and the given TZ, and parse its JSON output. */
function runInTimeZone(timeZone: string, script: string): unknown {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, TZ: timeZone },
    encoding: "utf8",
  });
  if (child.status !== 0) {
    throw new Error(`Child process with TZ=${timeZone} failed (exit ${child.status}):\n${child.stderr}`);
  }
  return JSON.parse(child.stdout);
}

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
    expect(dates.yearsFromStatute).toEqual([2027]);
    expect(dates.closedDates.has("2025-10-08")).toBe(true);
  });

  it("lists no statute years with data", () => {
    const dates = chinaHolidayDates(2025, 2026);

    expect(dates.yearsWithoutData).toEqual([]);
    expect(dates.yearsFromStatute).toEqual([]);
  });

  it("rejects reversed year range", () => {
    expect(() => chinaHolidayDates(2027, 2026)).toThrow(/Invalid year range 2027-2026/);
  });

  // 2027 has no published arrangement in chinese-days 1.5.7, so only the statutory days off close.
  // Lunar dates checked with the package: 2027-02-05 is 腊月廿九 2026 (the last day of that 腊月),
  // 2027-02-06 正月初一, 2027-06-09 五月初五, 2027-09-15 八月十五; 清明 2027 is 04-05.
  it.each([
    { case: "元旦", date: "2027-01-01", closed: true },
    { case: "day after 元旦", date: "2027-01-02", closed: false },
    { case: "腊月廿八", date: "2027-02-04", closed: false },
    { case: "除夕 on 廿九", date: "2027-02-05", closed: true },
    { case: "正月初一", date: "2027-02-06", closed: true },
    { case: "正月初二", date: "2027-02-07", closed: true },
    { case: "正月初三", date: "2027-02-08", closed: true },
    { case: "正月初四", date: "2027-02-09", closed: false },
    { case: "day before 清明", date: "2027-04-04", closed: false },
    { case: "清明", date: "2027-04-05", closed: true },
    { case: "day after 清明", date: "2027-04-06", closed: false },
    { case: "劳动节 first day", date: "2027-05-01", closed: true },
    { case: "劳动节 second day", date: "2027-05-02", closed: true },
    { case: "day after 劳动节", date: "2027-05-03", closed: false },
    { case: "day before 端午", date: "2027-06-08", closed: false },
    { case: "端午", date: "2027-06-09", closed: true },
    { case: "中秋", date: "2027-09-15", closed: true },
    { case: "day after 中秋", date: "2027-09-16", closed: false },
    { case: "国庆节 first day", date: "2027-10-01", closed: true },
    { case: "国庆节 third day", date: "2027-10-03", closed: true },
    { case: "国庆节 fourth day", date: "2027-10-04", closed: false },
  ])("closes 2027 by statute: $case", ({ date, closed }) => {
    const dates = chinaHolidayDates(2027, 2027);

    expect(dates.closedDates.has(date)).toBe(closed);
    expect(dates.makeUpWorkdays.has(date)).toBe(false);
  });

  it("counts 2027 statutory days off", () => {
    const dates = chinaHolidayDates(2027, 2027);

    expect(dates.closedDates.size).toBe(13);
    expect(dates.makeUpWorkdays.size).toBe(0);
  });

  it("closes nothing before the statute", () => {
    const dates = chinaHolidayDates(2001, 2001);

    expect(dates.yearsWithoutData).toEqual([2001]);
    expect(dates.yearsFromStatute).toEqual([]);
    expect(dates.closedDates.size).toBe(0);
  });

  it("rejects years past lunar tables", () => {
    expect(() => chinaHolidayDates(2099, 2100)).toThrow(/Invalid year 2100 for statutory days off/);
  });

  it.each(["Asia/Shanghai", "UTC", "America/Los_Angeles"])("ignores process TZ=%s", (timeZone) => {
    const script =
      `import { chinaHolidayDates } from ${JSON.stringify(CHINA_HOLIDAYS_MODULE)};\n` +
      "const dates = chinaHolidayDates(2026, 2028);\n" +
      "console.log(JSON.stringify({ closed: [...dates.closedDates].sort(), " +
      "makeUp: [...dates.makeUpWorkdays].sort(), statute: dates.yearsFromStatute }));";
    const expected = chinaHolidayDates(2026, 2028);

    const output = runInTimeZone(timeZone, script);

    expect(output).toEqual({
      closed: [...expected.closedDates].sort(),
      makeUp: [...expected.makeUpWorkdays].sort(),
      statute: [2027, 2028],
    });
    expect((output as { closed: string[] }).closed).toContain("2027-02-05");
  });

  it.each([
    { case: "7-day shop, National Day", date: "2026-10-01", sevenDay: true, open: false },
    { case: "7-day shop, ordinary Saturday", date: "2026-12-05", sevenDay: true, open: true },
    { case: "6-day shop, make-up Sunday", date: "2026-09-20", sevenDay: false, open: true },
    { case: "6-day shop, ordinary Sunday", date: "2026-12-06", sevenDay: false, open: false },
    { case: "7-day shop, 除夕 2027", date: "2027-02-05", sevenDay: true, open: false },
    { case: "7-day shop, 正月初四 2027", date: "2027-02-09", sevenDay: true, open: true },
  ])("opens workshop correctly: $case", ({ date, sevenDay, open }) => {
    const { closedDates, makeUpWorkdays } = chinaHolidayDates(2026, 2027);
    const overrides = { closedDates, makeUpWorkdays };
    const calendar = sevenDay ? makeCalendar(overrides) : makeMondayToSaturdayCalendar(overrides);

    expect(isOpenDay(calendar, date)).toBe(open);
  });
});

describe("statutoryDaysOff", () => {
  it("lists 2027 per festival", () => {
    expect(statutoryDaysOff(2027)).toEqual({
      newYear: ["2027-01-01"],
      springFestival: ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],
      qingming: ["2027-04-05"],
      labourDay: ["2027-05-01", "2027-05-02"],
      dragonBoat: ["2027-06-09"],
      midAutumn: ["2027-09-15"],
      nationalDay: ["2027-10-01", "2027-10-02", "2027-10-03"],
    });
  });

  // Lunar dates checked with chinese-days 1.5.7 (getSolarDateFromLunar, getLunarDate, getYearLeapMonth).
  it.each([
    {
      case: "2028, 闰五月 after 端午",
      year: 2028,
      eve: "2028-01-25",
      dragonBoat: "2028-05-28",
      midAutumn: "2028-10-03",
      qingming: "2028-04-04",
    },
    {
      case: "2030, 除夕 on 三十",
      year: 2030,
      eve: "2030-02-02",
      dragonBoat: "2030-06-05",
      midAutumn: "2030-09-12",
      qingming: "2030-04-05",
    },
    {
      case: "2031, 中秋 on 国庆节",
      year: 2031,
      eve: "2031-01-22",
      dragonBoat: "2031-06-24",
      midAutumn: "2031-10-01",
      qingming: "2031-04-05",
    },
    {
      case: "2034, after 闰冬月 2033",
      year: 2034,
      eve: "2034-02-18",
      dragonBoat: "2034-06-20",
      midAutumn: "2034-09-27",
      qingming: "2034-04-05",
    },
  ])("dates lunar festivals in $case", ({ year, eve, dragonBoat, midAutumn, qingming }) => {
    const days = statutoryDaysOff(year);

    expect(days.springFestival[0]).toBe(eve);
    expect(days.springFestival).toHaveLength(4);
    expect(days.dragonBoat).toEqual([dragonBoat]);
    expect(days.midAutumn).toEqual([midAutumn]);
    expect(days.qingming).toEqual([qingming]);
  });

  it("matches package lunar dates 2025-2099", () => {
    // getLunarDate counts whole days from a fixed UTC instant, so its lunar fields do not depend on the TZ.
    for (let year = STATUTE_FIRST_YEAR; year <= STATUTE_LAST_YEAR; year += 1) {
      const days = statutoryDaysOff(year);
      const [eve, firstDay] = days.springFestival as [string, string];
      const checks = [
        { date: eve, lunarYear: year - 1, month: 12, day: chineseDays.monthDays(year - 1, 12) },
        { date: firstDay, lunarYear: year, month: 1, day: 1 },
        { date: days.dragonBoat[0] as string, lunarYear: year, month: 5, day: 5 },
        { date: days.midAutumn[0] as string, lunarYear: year, month: 8, day: 15 },
      ];

      for (const check of checks) {
        const lunar = chineseDays.getLunarDate(check.date);
        const got = {
          lunarYear: lunar.lunarYear,
          month: lunar.lunarMon,
          day: lunar.lunarDay,
          isLeap: lunar.isLeap,
        };
        expect(got, `${year}: ${check.date}`).toEqual({
          lunarYear: check.lunarYear,
          month: check.month,
          day: check.day,
          isLeap: false,
        });
      }
    }
  });

  it("matches package 清明 2025-2099", () => {
    // getSolarTermDate formats in the process's TZ, which gives the right date in Asia/Shanghai.
    const script =
      'import chineseDays from "chinese-days";\n' +
      "const dates = [];\n" +
      `for (let year = ${STATUTE_FIRST_YEAR}; year <= ${STATUTE_LAST_YEAR}; year += 1) ` +
      'dates.push(chineseDays.getSolarTermDate(year, 4, "pure_brightness"));\n' +
      "console.log(JSON.stringify(dates));";
    const expected: string[] = [];
    for (let year = STATUTE_FIRST_YEAR; year <= STATUTE_LAST_YEAR; year += 1) {
      expected.push(statutoryDaysOff(year).qingming[0] as string);
    }

    const packageDates = runInTimeZone("Asia/Shanghai", script);

    expect(packageDates).toEqual(expected);
  });

  it.each([2024, 2100, 2027.5])("rejects year %s", (year) => {
    expect(() => statutoryDaysOff(year)).toThrow(RangeError);
  });
});
