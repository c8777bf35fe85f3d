/**
 * Evaluation set for parseBookingTime: customer messages in WeChat style, each with the time it was
 * sent and the reading that the conventions in docs/date-conventions.zh-CN.md give. The expectations
 * were written from those conventions, not copied from the parser's output.
 *
 * Reference times (all Asia/Shanghai): 2026-12-04 is a Friday, 2026-12-06 a Sunday, 2026-12-28 a
 * Monday, 2027-01-20 a Wednesday before the Spring Festival of 2027-02-06.
 */

import type { BookingTime } from "../../src/language/datetime.js";

export type EvalCategory =
  | "relative-day"
  | "weekday"
  | "next-week"
  | "month-day"
  | "month-end"
  | "part-of-day"
  | "clock-time"
  | "chinese-numerals"
  | "full-width"
  | "holiday"
  | "correction"
  | "typo"
  | "noise-no-date"
  | "past";

export type EvalCase = {
  category: EvalCategory;
  /** Send time, ISO 8601 with +08:00. */
  now: string;
  text: string;
  expected: BookingTime | null;
};

// Reference times.
const FRI = "2026-12-04T10:00:00+08:00";
const FRI_EVENING = "2026-12-04T19:30:00+08:00";
const WED_DEC02 = "2026-12-02T09:00:00+08:00";
const SUN = "2026-12-06T11:00:00+08:00";
const AFTER_MIDNIGHT = "2026-12-05T00:05:00+08:00";
const MON_NOV30 = "2026-11-30T15:00:00+08:00";
const SAT_JAN31 = "2026-01-31T09:00:00+08:00";
const FRI_FEB27 = "2026-02-27T16:00:00+08:00";
const MON_DEC28 = "2026-12-28T09:30:00+08:00";
const WED_DEC30 = "2026-12-30T14:00:00+08:00";
const THU_DEC31 = "2026-12-31T20:00:00+08:00";
const PRE_SPRING = "2027-01-20T10:00:00+08:00";
const SUN_SEP20 = "2026-09-20T10:00:00+08:00";
const MON_APR20 = "2026-04-20T10:00:00+08:00";
const FRI_MAR20 = "2026-03-20T10:00:00+08:00";

/** Expected reading: a date, optionally "HH:mm" and a part of day, and whether it is past. */
function on(date: string, extra: Partial<Omit<BookingTime, "date">> = {}): BookingTime {
  return { date, past: false, ...extra };
}

function row(category: EvalCategory, now: string, text: string, expected: BookingTime | null): EvalCase {
  return { category, now, text, expected };
}

const MORNING = { partOfDay: "morning" } as const;
const NOON = { partOfDay: "noon" } as const;
const AFTERNOON = { partOfDay: "afternoon" } as const;
const EVENING = { partOfDay: "evening" } as const;
const PAST = { past: true } as const;

export const EVAL_SET: EvalCase[] = [
  // relative-day
  row("relative-day", FRI, "明天上午过来做保养", on("2026-12-05", MORNING)),
  row("relative-day", FRI, "今天下午有空吗", on("2026-12-04", AFTERNOON)),
  row("relative-day", FRI, "后天可以吗", on("2026-12-06")),
  row("relative-day", FRI, "大后天吧", on("2026-12-07")),
  row("relative-day", FRI, "明儿把车送过去", on("2026-12-05")),
  row("relative-day", FRI, "明早能做吗", on("2026-12-05", MORNING)),
  row("relative-day", FRI, "今晚过去方便吗", on("2026-12-04", EVENING)),
  row("relative-day", FRI, "过两天再过去", on("2026-12-06")),
  row("relative-day", FRI, "三天后过去保养", on("2026-12-07")),
  row("relative-day", FRI, "一周后吧", on("2026-12-11")),
  row("relative-day", FRI, "一个星期后再约", on("2026-12-11")),
  row("relative-day", AFTER_MIDNIGHT, "明天上午10点", on("2026-12-06", { time: "10:00", ...MORNING })),
  row("relative-day", AFTER_MIDNIGHT, "今天下午能做吗", on("2026-12-05", AFTERNOON)),
  row("relative-day", AFTER_MIDNIGHT, "后天", on("2026-12-07")),
  row("relative-day", THU_DEC31, "明天", on("2027-01-01")),
  row("relative-day", THU_DEC31, "后天上午", on("2027-01-02", MORNING)),
  row("relative-day", SAT_JAN31, "明天", on("2026-02-01")),
  row("relative-day", FRI_FEB27, "大后天", on("2026-03-02")),
  row("relative-day", FRI, "今天", on("2026-12-04")),
  row("relative-day", FRI, "两天后", on("2026-12-06")),
  row("relative-day", FRI, "半个月后再保养", on("2026-12-19")),
  row("relative-day", FRI, "一个月后", on("2027-01-04")),
  row("relative-day", FRI, "今儿个下午", on("2026-12-04", AFTERNOON)),
  row("relative-day", MON_DEC28, "过三天", on("2026-12-31")),
  row("relative-day", FRI, "明日上午", on("2026-12-05", MORNING)),
  row("relative-day", FRI, "3天以后吧", on("2026-12-07")),

  // weekday
  row("weekday", FRI, "周六上午", on("2026-12-05", MORNING)),
  row("weekday", FRI, "星期天可以吗", on("2026-12-06")),
  row("weekday", FRI, "礼拜一过来", on("2026-12-07")),
  row("weekday", FRI, "周三", on("2026-12-09")),
  row("weekday", FRI, "星期5", on("2026-12-04")),
  row("weekday", FRI, "周五下午", on("2026-12-04", AFTERNOON)),
  row("weekday", FRI, "这周六", on("2026-12-05")),
  row("weekday", FRI, "本周日", on("2026-12-06")),
  row("weekday", FRI, "这周三", on("2026-12-02", PAST)),
  row("weekday", FRI, "周日下午三点", on("2026-12-06", { time: "15:00", ...AFTERNOON })),
  row("weekday", SUN, "周一", on("2026-12-07")),
  row("weekday", SUN, "周日", on("2026-12-06")),
  row("weekday", SUN, "周六", on("2026-12-12")),
  row("weekday", SUN, "这周五", on("2026-12-04", PAST)),
  row("weekday", FRI, "周末", on("2026-12-05")),
  row("weekday", SUN, "周末", on("2026-12-06")),
  row("weekday", WED_DEC02, "周四上午", on("2026-12-03", MORNING)),
  row("weekday", WED_DEC02, "周二", on("2026-12-08")),
  row("weekday", FRI, "礼拜天上午十点", on("2026-12-06", { time: "10:00", ...MORNING })),
  row("weekday", FRI, "星期六下午两点半", on("2026-12-05", { time: "14:30", ...AFTERNOON })),
  row("weekday", MON_DEC28, "周五", on("2027-01-01")),
  row("weekday", MON_DEC28, "周日", on("2027-01-03")),
  row("weekday", THU_DEC31, "周六", on("2027-01-02")),
  row("weekday", FRI, "周天", on("2026-12-06")),
  row("weekday", FRI, "这个礼拜六", on("2026-12-05")),
  row("weekday", FRI, "周6", on("2026-12-05")),

  // next-week
  row("next-week", FRI, "下周三上午把车开过来", on("2026-12-09", MORNING)),
  row("next-week", FRI, "下周一", on("2026-12-07")),
  row("next-week", FRI, "下个星期二", on("2026-12-08")),
  row("next-week", FRI, "下礼拜五", on("2026-12-11")),
  row("next-week", FRI, "下下周三", on("2026-12-16")),
  row("next-week", FRI, "下周末", on("2026-12-12")),
  row("next-week", SUN, "下周一", on("2026-12-07")),
  row("next-week", SUN, "下周日", on("2026-12-13")),
  row("next-week", SUN, "下周末", on("2026-12-12")),
  row("next-week", MON_DEC28, "下周一", on("2027-01-04")),
  row("next-week", MON_DEC28, "下周三下午", on("2027-01-06", AFTERNOON)),
  row("next-week", THU_DEC31, "下周二上午十点", on("2027-01-05", { time: "10:00", ...MORNING })),
  row("next-week", FRI, "下周的周四", on("2026-12-10")),
  row("next-week", FRI, "下个礼拜天", on("2026-12-13")),
  row("next-week", FRI, "下下个星期一", on("2026-12-14")),
  row("next-week", PRE_SPRING, "下周五", on("2027-01-29")),
  row("next-week", FRI, "下周六早上8点", on("2026-12-12", { time: "08:00", ...MORNING })),
  row("next-week", FRI, "下周二下午3点", on("2026-12-08", { time: "15:00", ...AFTERNOON })),
  row("next-week", FRI, "下个周末", on("2026-12-12")),
  row("next-week", SAT_JAN31, "下周一", on("2026-02-02")),
  row("next-week", WED_DEC02, "下周三", on("2026-12-09")),
  row("next-week", FRI, "下周四中午", on("2026-12-10", NOON)),
  row("next-week", FRI, "上周三来过，下周三再来", on("2026-12-09")),
  row("next-week", FRI, "下星期天", on("2026-12-13")),

  // month-day
  row("month-day", FRI, "25号", on("2026-12-25")),
  row("month-day", FRI, "12月25号", on("2026-12-25")),
  row("month-day", FRI, "12月8号上午", on("2026-12-08", MORNING)),
  row("month-day", FRI, "3号", on("2027-01-03")),
  row("month-day", FRI, "4号", on("2026-12-04")),
  row("month-day", FRI, "二十号", on("2026-12-20")),
  row("month-day", FRI, "15日", on("2026-12-15")),
  row("month-day", FRI, "下个月5号", on("2027-01-05")),
  row("month-day", FRI, "1月5号", on("2027-01-05")),
  row("month-day", FRI, "2027年1月10日", on("2027-01-10")),
  row("month-day", FRI, "12月31号下午", on("2026-12-31", AFTERNOON)),
  row("month-day", MON_DEC28, "25号", on("2027-01-25")),
  row("month-day", MON_DEC28, "30号", on("2026-12-30")),
  row("month-day", MON_DEC28, "1月3号", on("2027-01-03")),
  row("month-day", WED_DEC30, "1号上午", on("2027-01-01", MORNING)),
  row("month-day", SAT_JAN31, "30号", on("2026-03-30")),
  row("month-day", SAT_JAN31, "31号", on("2026-01-31")),
  row("month-day", MON_NOV30, "2号", on("2026-12-02")),
  row("month-day", MON_NOV30, "12月1号", on("2026-12-01")),
  row("month-day", FRI, "12/20", on("2026-12-20")),
  row("month-day", FRI, "2026-12-18", on("2026-12-18")),
  row("month-day", FRI, "十二月十八号", on("2026-12-18")),
  row("month-day", FRI, "明年3月1号", on("2027-03-01")),
  row("month-day", FRI, "这个月20号", on("2026-12-20")),
  row("month-day", FRI, "1月20号下午两点", on("2027-01-20", { time: "14:00", ...AFTERNOON })),
  row("month-day", THU_DEC31, "2号", on("2027-01-02")),

  // month-end
  row("month-end", FRI, "月底有空吗", on("2026-12-29")),
  row("month-end", MON_NOV30, "月底", on("2026-11-30")),
  row("month-end", FRI, "下个月底", on("2027-01-29")),
  row("month-end", FRI, "月初", on("2027-01-01")),
  row("month-end", WED_DEC02, "月初", on("2026-12-02")),
  row("month-end", FRI, "下个月初", on("2027-01-01")),
  row("month-end", FRI, "月末", on("2026-12-29")),
  row("month-end", FRI, "下月底", on("2027-01-29")),
  row("month-end", SAT_JAN31, "月底", on("2026-01-31")),
  row("month-end", SAT_JAN31, "下个月底", on("2026-02-26")),
  row("month-end", FRI_FEB27, "月底", on("2026-02-27")),
  row("month-end", FRI_FEB27, "月初", on("2026-03-01")),
  row("month-end", FRI, "这个月底", on("2026-12-29")),
  row("month-end", MON_DEC28, "月底", on("2026-12-29")),
  row("month-end", THU_DEC31, "月底", on("2026-12-31")),
  row("month-end", MON_DEC28, "下个月初", on("2027-01-01")),
  row("month-end", FRI, "1月底", on("2027-01-29")),
  row("month-end", FRI, "月中", on("2026-12-15")),
  row("month-end", FRI, "下个月中旬", on("2027-01-15")),
  row("month-end", FRI, "月底下午", on("2026-12-29", AFTERNOON)),
  row("month-end", PRE_SPRING, "月底", on("2027-01-29")),
  row("month-end", MON_APR20, "月底", on("2026-04-28")),
  row("month-end", FRI, "本月底前", on("2026-12-29")),
  row("month-end", FRI, "下个月初上午", on("2027-01-01", MORNING)),

  // part-of-day
  row("part-of-day", FRI, "上午", on("2026-12-04", MORNING)),
  row("part-of-day", FRI, "下午过来", on("2026-12-04", AFTERNOON)),
  row("part-of-day", FRI, "晚上", on("2026-12-04", EVENING)),
  row("part-of-day", FRI, "中午", on("2026-12-04", NOON)),
  row("part-of-day", FRI_EVENING, "下午", on("2026-12-04", { ...AFTERNOON, ...PAST })),
  row("part-of-day", FRI, "明天中午", on("2026-12-05", NOON)),
  row("part-of-day", FRI, "明天傍晚", on("2026-12-05", EVENING)),
  row("part-of-day", FRI, "后天早上", on("2026-12-06", MORNING)),
  row("part-of-day", FRI, "明天一早", on("2026-12-05", MORNING)),
  row("part-of-day", FRI, "周六早晨", on("2026-12-05", MORNING)),
  row("part-of-day", FRI, "今天早上", on("2026-12-04", MORNING)),
  row("part-of-day", FRI_EVENING, "今天上午", on("2026-12-04", { ...MORNING, ...PAST })),
  row("part-of-day", FRI, "明天晚上", on("2026-12-05", EVENING)),
  row("part-of-day", FRI, "周日上午", on("2026-12-06", MORNING)),
  row("part-of-day", FRI, "下班后过去", on("2026-12-04", EVENING)),
  row("part-of-day", FRI, "早上好，明天下午可以吗", on("2026-12-05", AFTERNOON)),
  row("part-of-day", FRI, "今晚", on("2026-12-04", EVENING)),
  row("part-of-day", FRI, "明早", on("2026-12-05", MORNING)),
  row("part-of-day", SUN, "明天下午", on("2026-12-07", AFTERNOON)),
  row("part-of-day", AFTER_MIDNIGHT, "上午", on("2026-12-05", MORNING)),
  row("part-of-day", FRI, "周一下午", on("2026-12-07", AFTERNOON)),
  row("part-of-day", FRI, "中午12点", on("2026-12-04", { time: "12:00", ...NOON })),
  row("part-of-day", FRI, "明天上午或者下午都行", on("2026-12-05", MORNING)),
  row("part-of-day", FRI, "周二傍晚", on("2026-12-08", EVENING)),

  // clock-time
  row("clock-time", FRI, "3点", on("2026-12-04", { time: "15:00" })),
  row("clock-time", FRI, "9点", on("2026-12-04", { time: "09:00", ...PAST })),
  row("clock-time", FRI, "下午3点", on("2026-12-04", { time: "15:00", ...AFTERNOON })),
  row("clock-time", FRI, "明天8点", on("2026-12-05", { time: "08:00" })),
  row("clock-time", FRI, "明天8点半", on("2026-12-05", { time: "08:30" })),
  row("clock-time", FRI, "明天1点", on("2026-12-05", { time: "13:00" })),
  row("clock-time", FRI, "明天12点", on("2026-12-05", { time: "12:00" })),
  row("clock-time", FRI, "六点左右到", on("2026-12-04", { time: "18:00" })),
  row("clock-time", FRI, "下班后六点到", on("2026-12-04", { time: "18:00", ...EVENING })),
  row("clock-time", FRI, "10:30", on("2026-12-04", { time: "10:30" })),
  row("clock-time", FRI, "10点30", on("2026-12-04", { time: "10:30" })),
  row("clock-time", FRI, "明天10点半", on("2026-12-05", { time: "10:30" })),
  row("clock-time", FRI, "14:00", on("2026-12-04", { time: "14:00" })),
  row("clock-time", FRI, "明天上午11点", on("2026-12-05", { time: "11:00", ...MORNING })),
  row("clock-time", FRI, "晚上7点", on("2026-12-04", { time: "19:00", ...EVENING })),
  row("clock-time", FRI, "明天早上7点半", on("2026-12-05", { time: "07:30", ...MORNING })),
  row("clock-time", FRI, "下午2点到4点之间", on("2026-12-04", { time: "14:00", ...AFTERNOON })),
  row("clock-time", FRI, "明天下午两三点", on("2026-12-05", { time: "14:00", ...AFTERNOON })),
  row("clock-time", FRI, "明天5点以后", on("2026-12-05", { time: "17:00" })),
  row("clock-time", FRI, "4点左右到", on("2026-12-04", { time: "16:00" })),
  row("clock-time", FRI, "明天11点", on("2026-12-05", { time: "11:00" })),
  row("clock-time", FRI_EVENING, "8点", on("2026-12-04", { time: "08:00", ...PAST })),
  row("clock-time", FRI, "下午1点半", on("2026-12-04", { time: "13:30", ...AFTERNOON })),
  row("clock-time", FRI, "周六下午4点", on("2026-12-05", { time: "16:00", ...AFTERNOON })),
  row("clock-time", FRI, "明天9点到10点", on("2026-12-05", { time: "09:00" })),
  row("clock-time", FRI, "明天15:30", on("2026-12-05", { time: "15:30" })),
  row("clock-time", FRI, "明天2点", on("2026-12-05", { time: "14:00" })),

  // chinese-numerals
  row("chinese-numerals", FRI, "十点半", on("2026-12-04", { time: "10:30" })),
  row("chinese-numerals", FRI, "两点", on("2026-12-04", { time: "14:00" })),
  row("chinese-numerals", FRI, "九点一刻", on("2026-12-04", { time: "09:15", ...PAST })),
  row("chinese-numerals", FRI, "三点三刻", on("2026-12-04", { time: "15:45" })),
  row("chinese-numerals", FRI, "十点二十", on("2026-12-04", { time: "10:20" })),
  row("chinese-numerals", FRI, "明天十一点", on("2026-12-05", { time: "11:00" })),
  row("chinese-numerals", FRI, "下午四点十分", on("2026-12-04", { time: "16:10", ...AFTERNOON })),
  row("chinese-numerals", FRI, "明天下午两点半", on("2026-12-05", { time: "14:30", ...AFTERNOON })),
  row("chinese-numerals", FRI, "十二月二十号", on("2026-12-20")),
  row("chinese-numerals", FRI, "二十五号上午", on("2026-12-25", MORNING)),
  row("chinese-numerals", FRI, "周六上午九点", on("2026-12-05", { time: "09:00", ...MORNING })),
  row("chinese-numerals", FRI, "星期三下午三点", on("2026-12-09", { time: "15:00", ...AFTERNOON })),
  row("chinese-numerals", FRI, "明天十点零五", on("2026-12-05", { time: "10:05" })),
  row("chinese-numerals", FRI, "三天后上午十点", on("2026-12-07", { time: "10:00", ...MORNING })),
  row("chinese-numerals", FRI, "下周一早上八点半", on("2026-12-07", { time: "08:30", ...MORNING })),
  row("chinese-numerals", FRI, "十二点", on("2026-12-04", { time: "12:00" })),
  row("chinese-numerals", FRI, "一点半", on("2026-12-04", { time: "13:30" })),
  row("chinese-numerals", FRI, "明天早上七点", on("2026-12-05", { time: "07:00", ...MORNING })),
  row("chinese-numerals", FRI, "晚上八点", on("2026-12-04", { time: "20:00", ...EVENING })),
  row("chinese-numerals", FRI, "明天十点钟", on("2026-12-05", { time: "10:00" })),
  row("chinese-numerals", FRI, "三十号", on("2026-12-30")),
  row("chinese-numerals", FRI, "一月五号", on("2027-01-05")),
  row("chinese-numerals", FRI, "后天下午五点", on("2026-12-06", { time: "17:00", ...AFTERNOON })),
  row("chinese-numerals", FRI, "明天中午一点", on("2026-12-05", { time: "13:00", ...NOON })),

  // full-width
  row("full-width", FRI, "１０点半可以吗", on("2026-12-04", { time: "10:30" })),
  row("full-width", FRI, "明天１０：３０", on("2026-12-05", { time: "10:30" })),
  row("full-width", FRI, "２５号", on("2026-12-25")),
  row("full-width", FRI, "１２月２０号上午", on("2026-12-20", MORNING)),
  row("full-width", FRI, "周６", on("2026-12-05")),
  row("full-width", FRI, "星期５下午", on("2026-12-04", AFTERNOON)),
  row("full-width", FRI, "下午３点", on("2026-12-04", { time: "15:00", ...AFTERNOON })),
  row("full-width", FRI, "明天９点", on("2026-12-05", { time: "09:00" })),
  row("full-width", FRI, "１２／２０", on("2026-12-20")),
  row("full-width", FRI, "２０２６－１２－１８", on("2026-12-18")),
  row("full-width", FRI, "下周３上午", on("2026-12-09", MORNING)),
  row("full-width", FRI, "１４：３０", on("2026-12-04", { time: "14:30" })),
  row("full-width", FRI, "３天后", on("2026-12-07")),
  row("full-width", FRI, "明天　下午　３点", on("2026-12-05", { time: "15:00", ...AFTERNOON })),
  row("full-width", FRI, "１号", on("2027-01-01")),
  row("full-width", FRI, "下个月１０号", on("2027-01-10")),
  row("full-width", FRI, "明天８点半", on("2026-12-05", { time: "08:30" })),
  row("full-width", FRI, "周日１１点", on("2026-12-06", { time: "11:00" })),
  row("full-width", FRI, "１１月３０号", on("2026-11-30", PAST)),
  row("full-width", FRI, "明天上午１１：００", on("2026-12-05", { time: "11:00", ...MORNING })),

  // holiday
  row("holiday", SUN_SEP20, "国庆后", on("2026-10-08")),
  row("holiday", SUN_SEP20, "国庆节过来", on("2026-10-01")),
  row("holiday", SUN_SEP20, "中秋", on("2026-09-25")),
  row("holiday", SUN_SEP20, "中秋节后", on("2026-09-28")),
  row("holiday", SUN_SEP20, "十一以后", on("2026-10-08")),
  row("holiday", SUN_SEP20, "国庆假期结束后", on("2026-10-08")),
  row("holiday", SUN_SEP20, "过完国庆", on("2026-10-08")),
  row("holiday", PRE_SPRING, "春节", on("2027-02-06")),
  row("holiday", PRE_SPRING, "春节后", on("2027-02-15")),
  row("holiday", PRE_SPRING, "过完年", on("2027-02-15")),
  row("holiday", PRE_SPRING, "除夕", on("2027-02-05")),
  row("holiday", PRE_SPRING, "正月初八", on("2027-02-13")),
  row("holiday", PRE_SPRING, "年后再保养", on("2027-02-15")),
  row("holiday", PRE_SPRING, "元宵节后", on("2027-02-21")),
  row("holiday", PRE_SPRING, "初八上班吗？初八上午过来", on("2027-02-13", MORNING)),
  row("holiday", MON_DEC28, "元旦", on("2027-01-01")),
  row("holiday", MON_DEC28, "元旦后", on("2027-01-04")),
  row("holiday", MON_DEC28, "春节前", null),
  row("holiday", MON_APR20, "五一", on("2026-05-01")),
  row("holiday", MON_APR20, "五一后", on("2026-05-06")),
  row("holiday", MON_APR20, "劳动节以后", on("2026-05-06")),
  row("holiday", MON_APR20, "端午", on("2026-06-19")),
  row("holiday", MON_APR20, "端午节后", on("2026-06-22")),
  row("holiday", FRI_MAR20, "清明", on("2026-04-05")),
  row("holiday", FRI_MAR20, "清明节后", on("2026-04-07")),
  row("holiday", FRI, "元旦过后", on("2027-01-04")),
  row("holiday", FRI, "春节", on("2027-02-06")),
  row("holiday", FRI, "国庆前", null),

  // correction
  row("correction", FRI, "我3点到不了，改成明天下午四点行不行", on("2026-12-05", { time: "16:00", ...AFTERNOON })),
  row("correction", FRI, "不是周三，是周四", on("2026-12-10")),
  row("correction", FRI, "还是下周一吧", on("2026-12-07")),
  row("correction", FRI, "周三不行，周四可以吗", on("2026-12-10")),
  row("correction", FRI, "明天下午3点不行，4点可以吗", on("2026-12-05", { time: "16:00", ...AFTERNOON })),
  row("correction", FRI, "周六上午10点不行，下午可以吗", on("2026-12-05", AFTERNOON)),
  row("correction", FRI, "我3点到不了，改成4点", on("2026-12-04", { time: "16:00" })),
  row("correction", FRI, "明天不行，后天吧", on("2026-12-06")),
  row("correction", FRI, "本来约的周五，改到下周二上午", on("2026-12-08", MORNING)),
  row("correction", FRI, "明天不行的话后天也可以", on("2026-12-05")),
  row("correction", FRI, "周六或者周日", on("2026-12-05")),
  row("correction", FRI, "明天上午送过来，下午5点能取吗", on("2026-12-05", MORNING)),
  row("correction", FRI, "后天吧，不对，大后天", on("2026-12-07")),
  row("correction", FRI, "25号不行了，改26号", on("2026-12-26")),
  row("correction", FRI, "10点来不了，11点吧", on("2026-12-04", { time: "11:00" })),
  row("correction", FRI, "改成下午三点", on("2026-12-04", { time: "15:00", ...AFTERNOON })),
  row("correction", FRI, "明天来不了了，换成周日上午", on("2026-12-06", MORNING)),
  row("correction", FRI, "取消明天的预约，改到下周三", on("2026-12-09")),
  row("correction", FRI, "周五上午10点，或者11点也行", on("2026-12-04", { time: "10:00", ...MORNING })),
  row("correction", FRI, "要是明天没空，就周日吧", on("2026-12-05")),
  row("correction", FRI, "3号到不了，5号可以吗", on("2026-12-05")),
  row("correction", FRI, "下周二下午我有事，周三下午吧", on("2026-12-09", AFTERNOON)),
  row("correction", FRI, "明天上午吧，哦不对，下午", on("2026-12-05", AFTERNOON)),
  row("correction", FRI, "周四还是周五好呢", on("2026-12-10")),

  // typo
  row("typo", FRI, "名天上午", on("2026-12-05", MORNING)),
  row("typo", FRI, "后添可以吗", on("2026-12-06")),
  row("typo", FRI, "厚天下午", on("2026-12-06", AFTERNOON)),
  row("typo", FRI, "下周3", on("2026-12-09")),
  row("typo", FRI, "星其六", on("2026-12-05")),
  row("typo", FRI, "明天下午3:30", on("2026-12-05", { time: "15:30", ...AFTERNOON })),
  row("typo", FRI, "後天", on("2026-12-06")),
  row("typo", FRI, "下週三", on("2026-12-09")),
  row("typo", FRI, "明天十點", on("2026-12-05", { time: "10:00" })),
  row("typo", FRI, "禮拜六", on("2026-12-05")),
  row("typo", FRI, "名天早上8点", on("2026-12-05", { time: "08:00", ...MORNING })),
  row("typo", FRI, "周六 上午 10 点", on("2026-12-05", { time: "10:00", ...MORNING })),
  row("typo", FRI, "明天 下午 三点", on("2026-12-05", { time: "15:00", ...AFTERNOON })),
  row("typo", FRI, "下周 三 上午", on("2026-12-09", MORNING)),
  row("typo", FRI, "25 号", on("2026-12-25")),
  row("typo", FRI, "12月 25日", on("2026-12-25")),

  // noise-no-date
  row("noise-no-date", FRI, "沪A·12345 跑了3万2了 想周六做保养", on("2026-12-05")),
  row("noise-no-date", FRI, "跑了3万2公里", null),
  row("noise-no-date", FRI, "我的手机号13800000001", null),
  row("noise-no-date", FRI, "车架号LSVAU2180N2183294", null),
  row("noise-no-date", FRI, "保养多少钱", null),
  row("noise-no-date", FRI, "25000公里保养要做什么", null),
  row("noise-no-date", FRI, "早上好", null),
  row("noise-no-date", FRI, "下午好！", null),
  row("noise-no-date", FRI, "你好，在吗", null),
  row("noise-no-date", FRI, "😀😀😀", null),
  row("noise-no-date", FRI, "便宜一点吧", null),
  row("noise-no-date", FRI, "能不能快一点", null),
  row("noise-no-date", FRI, "沪A12345", null),
  row("noise-no-date", FRI, "价格是1280元", null),
  row("noise-no-date", FRI, "打9点5折可以吗", null),
  row("noise-no-date", FRI, "跑了2点5万公里", null),
  row("noise-no-date", FRI, "一周一次保养？", null),
  row("noise-no-date", FRI, "几点能做完", null),
  row("noise-no-date", FRI, "你们几号上班", null),
  row("noise-no-date", FRI, "3号线地铁站附近吗", null),
  row("noise-no-date", FRI, "我在5号楼", null),
  row("noise-no-date", FRI, "周末愉快", null),
  row("noise-no-date", FRI, "最近有空过去", null),
  row("noise-no-date", FRI, "换机油要多长时间，两个小时够吗", null),
  row("noise-no-date", FRI, "电话13800000001，车牌沪A·12345，明天下午过去", on("2026-12-05", AFTERNOON)),
  row("noise-no-date", FRI, "保养周期是6个月还是5000公里", null),
  row("noise-no-date", FRI, "asdfghjkl", null),
  row("noise-no-date", FRI, "有点异响", null),
  row("noise-no-date", FRI, "这两天有空吗", null),
  row("noise-no-date", FRI, "过几天再说", null),

  // past
  row("past", FRI, "昨天", on("2026-12-03", PAST)),
  row("past", FRI, "前天下午", on("2026-12-02", { ...AFTERNOON, ...PAST })),
  row("past", FRI, "这周二", on("2026-12-01", PAST)),
  row("past", FRI, "12月2号", on("2026-12-02", PAST)),
  row("past", FRI, "上周五", on("2026-11-27", PAST)),
  row("past", FRI_EVENING, "今天下午3点", on("2026-12-04", { time: "15:00", ...AFTERNOON, ...PAST })),
  row("past", FRI, "今天9点", on("2026-12-04", { time: "09:00", ...PAST })),
  row("past", WED_DEC02, "12月1号", on("2026-12-01", PAST)),
  row("past", SUN, "本周一", on("2026-11-30", PAST)),
  row("past", MON_DEC28, "12月20号", on("2026-12-20", PAST)),
  row("past", PRE_SPRING, "1月5号", on("2027-01-05", PAST)),
  row("past", PRE_SPRING, "12月30号", on("2027-12-30")),
  row("past", FRI, "11月25号", on("2026-11-25", PAST)),
  row("past", FRI, "9月1号", on("2027-09-01")),
  row("past", FRI, "10月20号", on("2026-10-20", PAST)),
  row("past", FRI, "上个月底", on("2026-11-28", PAST)),
  row("past", FRI_EVENING, "今早", on("2026-12-04", { ...MORNING, ...PAST })),
  row("past", AFTER_MIDNIGHT, "昨天晚上", on("2026-12-04", { ...EVENING, ...PAST })),
  row("past", AFTER_MIDNIGHT, "今天", on("2026-12-05")),
  row("past", FRI, "上周三上午", on("2026-11-25", { ...MORNING, ...PAST })),
  row("past", THU_DEC31, "今天下午", on("2026-12-31", { ...AFTERNOON, ...PAST })),
  row("past", THU_DEC31, "12月28号", on("2026-12-28", PAST)),
  row("past", FRI, "大前天", on("2026-12-01", PAST)),
  row("past", FRI, "昨晚", on("2026-12-03", { ...EVENING, ...PAST })),
];
