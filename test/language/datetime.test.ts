import { spawn } from "node:child_process";

import { beforeAll, describe, expect, it } from "vitest";

import { MAX_SCANNED_CHARS, parseBookingTime } from "../../src/language/datetime.js";
import type { BookingTime } from "../../src/language/datetime.js";

type Row = [text: string, now: string, expected: BookingTime | null];

// Reference times, Asia/Shanghai. 2026-12-04 is a Friday, 2026-12-06 a Sunday.
const FRI = "2026-12-04T10:00:00+08:00";
const FRI_NOON = "2026-12-04T12:00:00+08:00";
const FRI_BEFORE_NOON = "2026-12-04T11:59:00+08:00";
const WED_DEC02 = "2026-12-02T09:00:00+08:00";
const SAT_DEC05 = "2026-12-05T09:00:00+08:00";
const SUN = "2026-12-06T11:00:00+08:00";
const MON_NOV30 = "2026-11-30T15:00:00+08:00";
const SAT_JAN31 = "2026-01-31T09:00:00+08:00";
const FRI_FEB27 = "2026-02-27T16:00:00+08:00";
const SUN_DEC20 = "2026-12-20T10:00:00+08:00";
const MON_DEC28 = "2026-12-28T09:30:00+08:00";
const THU_DEC31 = "2026-12-31T20:00:00+08:00";
const SUN_JAN31_2027 = "2027-01-31T10:00:00+08:00";
/** 00:05 on Saturday 2026-12-05 in Shanghai, still 2026-12-04 in UTC. */
const AFTER_MIDNIGHT = "2026-12-04T16:05:00Z";
const PRE_SPRING = "2027-01-20T10:00:00+08:00";
const PRE_SPRING_2026 = "2026-01-20T10:00:00+08:00";
const SUN_SEP20 = "2026-09-20T10:00:00+08:00";
const THU_SEP10 = "2026-09-10T10:00:00+08:00";
const SAT_OCT03 = "2026-10-03T11:00:00+08:00";
const SAT_AUG01 = "2026-08-01T10:00:00+08:00";
/** 正月初三 2027, inside the Spring Festival days off. */
const MON_FEB08_2027 = "2027-02-08T20:00:00+08:00";
const MON_APR20 = "2026-04-20T10:00:00+08:00";
const FRI_MAR20 = "2026-03-20T10:00:00+08:00";

function on(date: string, extra: Partial<Omit<BookingTime, "date">> = {}): BookingTime {
  return { date, past: false, ...extra };
}

const PAST = { past: true } as const;
const MORNING = { partOfDay: "morning" } as const;
const NOON = { partOfDay: "noon" } as const;
const AFTERNOON = { partOfDay: "afternoon" } as const;
const EVENING = { partOfDay: "evening" } as const;

const WEEK_ROWS: Row[] = [
  ["下周一", SUN, on("2026-12-07")],
  ["下周日", SUN, on("2026-12-13")],
  ["周日", SUN, on("2026-12-06")],
  ["周一", SUN, on("2026-12-07")],
  ["周五", FRI, on("2026-12-04")],
  ["星期5", FRI, on("2026-12-04")],
  ["周四", FRI, on("2026-12-10")],
  ["礼拜天", FRI, on("2026-12-06")],
  ["周天", FRI, on("2026-12-06")],
  ["星期天", FRI, on("2026-12-06")],
  ["这周三", FRI, on("2026-12-02", PAST)],
  ["本周日", FRI, on("2026-12-06")],
  ["这周五", SUN, on("2026-12-04", PAST)],
  ["下周三", FRI, on("2026-12-09")],
  ["下个星期二", FRI, on("2026-12-08")],
  ["下下周三", FRI, on("2026-12-16")],
  ["上周五", FRI, on("2026-11-27", PAST)],
  ["周末", FRI, on("2026-12-05")],
  ["周末", SUN, on("2026-12-05", PAST)],
  ["这周末", SUN, on("2026-12-05", PAST)],
  ["周末", SAT_DEC05, on("2026-12-05")],
  ["下周末", FRI, on("2026-12-12")],
  ["下周末", SUN, on("2026-12-12")],
  ["下周一", MON_DEC28, on("2027-01-04")],
  ["周五", THU_DEC31, on("2027-01-01")],
  ["问下周六早上有空吗", FRI, on("2026-12-05", MORNING)],
  ["一周一次", FRI, null],
  ["周末愉快", FRI, null],
];

const MONTH_DAY_ROWS: Row[] = [
  ["25号", FRI, on("2026-12-25")],
  ["4号", FRI, on("2026-12-04")],
  ["3号", FRI, on("2027-01-03")],
  ["25号", MON_DEC28, on("2027-01-25")],
  ["30号", SAT_JAN31, on("2026-03-30")],
  ["31号", MON_NOV30, on("2026-12-31")],
  ["二十号", FRI, on("2026-12-20")],
  ["12月2号", FRI, on("2026-12-02", PAST)],
  ["10月5号", FRI, on("2026-10-05", PAST)],
  ["10月4号", FRI, on("2027-10-04")],
  ["1月5号", SUN_DEC20, on("2027-01-05")],
  ["1月5号", PRE_SPRING, on("2027-01-05", PAST)],
  ["12月31号", THU_DEC31, on("2026-12-31")],
  ["十一月5号", FRI, on("2026-11-05", PAST)],
  ["2027年1月10日", FRI, on("2027-01-10")],
  ["明年3月1号", FRI, on("2027-03-01")],
  ["2月29号", FRI, on("2028-02-29")],
  ["下个月5号", MON_DEC28, on("2027-01-05")],
  ["12/20", FRI, on("2026-12-20")],
  ["2026-12-18", FRI, on("2026-12-18")],
  ["12.20", FRI, on("2026-12-20")],
  ["12.20下午", FRI, on("2026-12-20", AFTERNOON)],
  ["油耗7.5", FRI, null],
  ["3号线", FRI, null],
  ["5号楼", FRI, null],
];

const MONTH_PART_ROWS: Row[] = [
  ["月底", FRI, on("2026-12-29")],
  ["月底", MON_NOV30, on("2026-11-30")],
  ["月底", THU_DEC31, on("2026-12-31")],
  ["月末", FRI_FEB27, on("2026-02-27")],
  ["下个月底", SAT_JAN31, on("2026-02-26")],
  ["下月底", FRI, on("2027-01-29")],
  ["月初", FRI, on("2027-01-01")],
  ["月初", WED_DEC02, on("2026-12-02")],
  ["下个月初", MON_DEC28, on("2027-01-01")],
  ["下月初", FRI, on("2027-01-01")],
  ["月中", FRI, on("2026-12-15")],
  ["上个月底", FRI, on("2026-11-28", PAST)],
];

const RELATIVE_DAY_ROWS: Row[] = [
  ["今天", FRI, on("2026-12-04")],
  ["明天", FRI, on("2026-12-05")],
  ["明儿", FRI, on("2026-12-05")],
  ["后天", FRI, on("2026-12-06")],
  ["大后天", FRI, on("2026-12-07")],
  ["过两天", FRI, on("2026-12-06")],
  ["三天后", FRI, on("2026-12-07")],
  ["一周后", FRI, on("2026-12-11")],
  ["一个星期后", FRI, on("2026-12-11")],
  ["半个月后", FRI, on("2026-12-19")],
  ["一个月后", SUN_JAN31_2027, on("2027-02-28")],
  ["昨天", FRI, on("2026-12-03", PAST)],
  ["明天", THU_DEC31, on("2027-01-01")],
  ["明早", FRI, on("2026-12-05", MORNING)],
  ["今晚", FRI, on("2026-12-04", EVENING)],
  ["半小时后到", FRI, on("2026-12-04", { time: "10:30" })],
  ["过几天再说", FRI, null],
  ["这两天有空吗", FRI, null],
];

const AFTER_MIDNIGHT_ROWS: Row[] = [
  ["明天", AFTER_MIDNIGHT, on("2026-12-06")],
  ["今天", AFTER_MIDNIGHT, on("2026-12-05")],
  ["今天上午10点", AFTER_MIDNIGHT, on("2026-12-05", { time: "10:00", ...MORNING })],
  ["3点", AFTER_MIDNIGHT, on("2026-12-05", { time: "15:00" })],
  ["周六", AFTER_MIDNIGHT, on("2026-12-05")],
  ["下周一", AFTER_MIDNIGHT, on("2026-12-07")],
  ["昨晚", AFTER_MIDNIGHT, on("2026-12-04", { ...EVENING, ...PAST })],
  ["25号", AFTER_MIDNIGHT, on("2026-12-25")],
];

const CLOCK_ROWS: Row[] = [
  ["3点", FRI, on("2026-12-04", { time: "15:00" })],
  ["9点", FRI, on("2026-12-04", { time: "09:00", ...PAST })],
  ["六点", FRI, on("2026-12-04", { time: "18:00" })],
  ["下班后六点", FRI, on("2026-12-04", { time: "18:00" })],
  ["1点", FRI, on("2026-12-04", { time: "13:00" })],
  ["8点", FRI, on("2026-12-04", { time: "08:00", ...PAST })],
  ["8点半", FRI, on("2026-12-04", { time: "08:30", ...PAST })],
  ["12点", FRI, on("2026-12-04", { time: "12:00" })],
  ["7点", FRI, on("2026-12-04", { time: "19:00" })],
  ["10点", FRI, on("2026-12-04", { time: "10:00" })],
  ["下午3点", FRI, on("2026-12-04", { time: "15:00", ...AFTERNOON })],
  ["晚上8点", FRI, on("2026-12-04", { time: "20:00", ...EVENING })],
  ["上午11点", FRI, on("2026-12-04", { time: "11:00", ...MORNING })],
  ["早上7点", FRI, on("2026-12-04", { time: "07:00", ...MORNING, ...PAST })],
  ["中午1点", FRI, on("2026-12-04", { time: "13:00", ...NOON })],
  ["明天下午3点到4点", FRI, on("2026-12-05", { time: "15:00", ...AFTERNOON })],
  ["下午两三点", FRI, on("2026-12-04", { time: "14:00", ...AFTERNOON })],
  ["10:30", FRI, on("2026-12-04", { time: "10:30" })],
  ["08:30", FRI, on("2026-12-04", { time: "08:30", ...PAST })],
  ["差一刻三点", FRI, on("2026-12-04", { time: "14:45" })],
  ["早一点来", FRI, null],
  ["便宜一点", FRI, null],
  ["跑了2点5万公里", FRI, null],
  ["打9点5折", FRI, null],
  ["几点能好", FRI, null],
];

const NUMERAL_ROWS: Row[] = [
  ["十点半", FRI, on("2026-12-04", { time: "10:30" })],
  ["两点", FRI, on("2026-12-04", { time: "14:00" })],
  ["九点一刻", FRI, on("2026-12-04", { time: "09:15", ...PAST })],
  ["三点三刻", FRI, on("2026-12-04", { time: "15:45" })],
  ["十点二十", FRI, on("2026-12-04", { time: "10:20" })],
  ["10点30", FRI, on("2026-12-04", { time: "10:30" })],
  ["１０点", FRI, on("2026-12-04", { time: "10:00" })],
  ["１０：３０", FRI, on("2026-12-04", { time: "10:30" })],
  ["２５号", FRI, on("2026-12-25")],
  ["周６", FRI, on("2026-12-05")],
  ["十二月二十五号", FRI, on("2026-12-25")],
];

const PART_OF_DAY_ROWS: Row[] = [
  ["上午", FRI, on("2026-12-04", MORNING)],
  ["早晨", FRI, on("2026-12-04", MORNING)],
  ["中午", FRI, on("2026-12-04", NOON)],
  ["下午", FRI, on("2026-12-04", AFTERNOON)],
  ["晚上", FRI, on("2026-12-04", EVENING)],
  ["傍晚", FRI, on("2026-12-04", EVENING)],
  ["今天上午", FRI_BEFORE_NOON, on("2026-12-04", MORNING)],
  ["今天上午", FRI_NOON, on("2026-12-04", { ...MORNING, ...PAST })],
  ["周三上午", FRI, on("2026-12-09", MORNING)],
  ["下周三上午把车开过来", FRI, on("2026-12-09", MORNING)],
  ["早上好", FRI, null],
  ["下午好，我想约个保养", FRI, null],
];

const HOLIDAY_ROWS: Row[] = [
  ["春节", PRE_SPRING, on("2027-02-06")],
  ["除夕", PRE_SPRING, on("2027-02-05")],
  ["大年三十", PRE_SPRING, on("2027-02-05")],
  ["正月初八", PRE_SPRING, on("2027-02-13")],
  ["春节后", PRE_SPRING, on("2027-02-15")],
  ["过完年", PRE_SPRING, on("2027-02-15")],
  ["春节后", PRE_SPRING_2026, on("2026-02-24")],
  ["元旦", MON_DEC28, on("2027-01-01")],
  ["国庆", SUN_SEP20, on("2026-10-01")],
  ["国庆后", SUN_SEP20, on("2026-10-08")],
  ["十一以后", SUN_SEP20, on("2026-10-08")],
  ["五一", MON_APR20, on("2026-05-01")],
  ["劳动节后", MON_APR20, on("2026-05-06")],
  ["清明", FRI_MAR20, on("2026-04-05")],
  ["端午", MON_APR20, on("2026-06-19")],
  ["中秋", THU_SEP10, on("2026-09-25")],
  ["八月十五", THU_SEP10, on("2026-09-25")],
  ["国庆前", SUN_SEP20, null],
  ["节后第一天", MON_FEB08_2027, on("2027-02-15")],
  ["假期结束后", SAT_OCT03, on("2026-10-08")],
  ["节后", SUN_DEC20, on("2027-01-04")],
  ["节后", FRI_MAR20, on("2026-04-07")],
  ["节后", SAT_AUG01, null],
  ["圣诞节", FRI, on("2026-12-25")],
  ["腊八", FRI, on("2027-01-15")],
  ["腊八", PRE_SPRING, on("2027-01-15", PAST)],
];

const CORRECTION_ROWS: Row[] = [
  ["我3点到不了，改成明天下午四点行不行", FRI, on("2026-12-05", { time: "16:00", ...AFTERNOON })],
  ["不是周三，是周四", FRI, on("2026-12-10")],
  ["还是下周一吧", FRI, on("2026-12-07")],
  ["明天下午3点不行，4点可以吗", FRI, on("2026-12-05", { time: "16:00", ...AFTERNOON })],
  ["周六上午10点不行，下午可以吗", FRI, on("2026-12-05", AFTERNOON)],
  ["明天不行的话后天也可以", FRI, on("2026-12-05")],
  ["下午3点吧，不行的话4点", FRI, on("2026-12-04", { time: "15:00", ...AFTERNOON })],
  ["今天下午有位置吗，没有的话明天上午", FRI, on("2026-12-04", AFTERNOON)],
  ["周六或者周日", FRI, on("2026-12-05")],
  ["明天上午送过来，下午5点能取吗", FRI, on("2026-12-05", MORNING)],
  ["上次是11月5号做的保养，这次想约周六", FRI, on("2026-12-05")],
  ["明天不行", FRI, null],
];

const TYPO_ROWS: Row[] = [
  ["名天上午", FRI, on("2026-12-05", MORNING)],
  ["后添", FRI, on("2026-12-06")],
  ["厚天", FRI, on("2026-12-06")],
  ["後天", FRI, on("2026-12-06")],
  ["星其六", FRI, on("2026-12-05")],
  ["下週三", FRI, on("2026-12-09")],
  ["稍后添加", FRI, null],
];

const NOISE_ROWS: Row[] = [
  ["跑了3万2", FRI, null],
  ["沪A·12345 跑了3万2了 想周六做保养", FRI, on("2026-12-05")],
  ["我的手机号13800000001", FRI, null],
  ["25000公里保养", FRI, null],
  ["车架号LSVAU2180N2183294", FRI, null],
  ["价格是1280元", FRI, null],
  ["😀🚗", FRI, null],
  ["", FRI, null],
];

const ALL_ROWS: Row[] = [
  ...WEEK_ROWS,
  ...MONTH_DAY_ROWS,
  ...MONTH_PART_ROWS,
  ...RELATIVE_DAY_ROWS,
  ...AFTER_MIDNIGHT_ROWS,
  ...CLOCK_ROWS,
  ...NUMERAL_ROWS,
  ...PART_OF_DAY_ROWS,
  ...HOLIDAY_ROWS,
  ...CORRECTION_ROWS,
  ...TYPO_ROWS,
  ...NOISE_ROWS,
];

function parseAt(text: string, now: string): BookingTime | null {
  return parseBookingTime(text, new Date(now));
}

describe("parseBookingTime", () => {
  describe("weekdays with Monday-start weeks", () => {
    it.each(WEEK_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("days of the month", () => {
    it.each(MONTH_DAY_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("month end and start", () => {
    it.each(MONTH_PART_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("days relative to today", () => {
    it.each(RELATIVE_DAY_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("just after Shanghai midnight", () => {
    it.each(AFTER_MIDNIGHT_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("clock times", () => {
    it.each(CLOCK_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("numerals and full-width forms", () => {
    it.each(NUMERAL_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("parts of day", () => {
    it.each(PART_OF_DAY_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("holidays", () => {
    it.each(HOLIDAY_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("corrections and alternatives", () => {
    it.each(CORRECTION_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("typos", () => {
    it.each(TYPO_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("numbers that are not times", () => {
    it.each(NOISE_ROWS)("reads %s at %s", (text, now, expected) => {
      expect(parseAt(text, now)).toEqual(expected);
    });
  });

  describe("robustness", () => {
    it("survives random garbage", () => {
      const alphabet = [..."0123456789０１：:./-号日月周星期天上下午点半刻今明后前过两十一个小时后年春节国庆初不行改还是或吗，。 😀沪A万公里"];
      let seed = 7;
      const nextRandom = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };

      for (let round = 0; round < 2000; round += 1) {
        const length = Math.floor(nextRandom() * 30);
        const pickChar = (): string => alphabet[Math.floor(nextRandom() * alphabet.length)] ?? "";
        const text = Array.from({ length }, pickChar).join("");
        const result = parseAt(text, FRI);
        expect(result === null || /^\d{4}-\d{2}-\d{2}$/.test(result.date)).toBe(true);
      }
    });

    it("reads only the first characters", () => {
      const padding = "啊".repeat(MAX_SCANNED_CHARS);

      expect(parseAt(`${padding}明天`, FRI)).toBeNull();
      expect(parseAt(`明天${"😀".repeat(5000)}`, FRI)).toEqual(on("2026-12-05"));
    });

    it("rejects an invalid reference time", () => {
      expect(() => parseBookingTime("明天", new Date("not a date"))).toThrow(RangeError);
    });

    it("returns null for non-text input", () => {
      expect(parseBookingTime(undefined as unknown as string, new Date(FRI))).toBeNull();
    });
  });
});

const CHILD_SCRIPT = `
import { parseBookingTime } from ${JSON.stringify(new URL("../../src/language/datetime.ts", import.meta.url).href)};
let input = "";
for await (const chunk of process.stdin) input += chunk;
const rows = JSON.parse(input);
process.stdout.write(JSON.stringify(rows.map(([text, now]) => parseBookingTime(text, new Date(now)))));
`;

/** Parse the rows in a new Node process whose TZ is `timeZone`, and resolve to its results. */
function parseInTimeZone(timeZone: string, rows: readonly Row[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD_SCRIPT], {
      env: { ...process.env, TZ: timeZone },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        resolve(JSON.parse(stdout));
      } else {
        reject(new Error(`Child process for TZ=${timeZone} failed (exit ${code}): ${stderr}`));
      }
    });
    child.stdin.end(JSON.stringify(rows.map(([text, now]) => [text, now])));
  });
}

const OTHER_TIME_ZONES = ["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"];

describe("parseBookingTime in other TZs", () => {
  const resultsByTimeZone = new Map<string, unknown>();

  beforeAll(async () => {
    const results = await Promise.all(
      OTHER_TIME_ZONES.map((timeZone) => parseInTimeZone(timeZone, ALL_ROWS)),
    );
    OTHER_TIME_ZONES.forEach((timeZone, position) => resultsByTimeZone.set(timeZone, results[position]));
  });

  it.each(OTHER_TIME_ZONES)("gives the table under TZ=%s", (timeZone) => {
    expect(resultsByTimeZone.get(timeZone)).toEqual(ALL_ROWS.map(([, , expected]) => expected));
  });
});
