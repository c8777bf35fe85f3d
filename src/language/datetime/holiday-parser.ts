/**
 * Parser for holiday names: 元旦, 除夕, 春节, 正月初八, 元宵, 清明, 五一 / 劳动节, 端午, 中秋 / 八月十五,
 * 国庆 / 十一, and the festivals without days off 情人节, 平安夜, 圣诞节, 七夕, 重阳, 腊八.
 * - A name alone is the festival day. The year follows the rule for X月X号.
 * - With 后 (国庆后, 春节后, 过完年, 五一以后) it is the first working day after the holiday's days
 *   off, or the next day for a festival without days off.
 * - 节后 or 假期结束后 without a name means the holiday under way or about to start.
 * - "X前" (国庆前, 年前) names no single day and is marked vague.
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import { addDays, formatLocalDate, isValidDate } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import { resolveAnnualDate } from "./calendar-rules.js";
import {
  festivalDate,
  firstWorkdayAfterHoliday,
  firstWorkdayAfterNearbyHoliday,
  lunarToSolar,
} from "./holiday-calendar.js";
import type { StatutoryHoliday } from "./holiday-calendar.js";
import { charBefore, createSlotResult, todayOf, VAGUE_TAG } from "./mention.js";
import { NUMBER_CHAR, readNumber } from "./patterns.js";

/**
 * Meaning of a holiday word: a statutory holiday, 除夕, or a festival without days off on a lunar or a
 * Gregorian (solar) month and day.
 */
type HolidayWord =
  | { holiday: StatutoryHoliday }
  | { lunarMonth: number; lunarDay: number }
  | { solarMonth: number; solarDay: number }
  | "除夕";

const NAMED_WORDS: Record<string, HolidayWord> = {
  元旦: { holiday: "元旦" },
  除夕: "除夕",
  大年三十: "除夕",
  年三十: "除夕",
  大年夜: "除夕",
  春节: { holiday: "春节" },
  大年初一: { holiday: "春节" },
  元宵节: { lunarMonth: 1, lunarDay: 15 },
  元宵: { lunarMonth: 1, lunarDay: 15 },
  正月十五: { lunarMonth: 1, lunarDay: 15 },
  清明节: { holiday: "清明" },
  清明: { holiday: "清明" },
  五一劳动节: { holiday: "劳动节" },
  劳动节: { holiday: "劳动节" },
  五一: { holiday: "劳动节" },
  端午节: { holiday: "端午" },
  端午: { holiday: "端午" },
  中秋节: { holiday: "中秋" },
  八月十五: { holiday: "中秋" },
  中秋: { holiday: "中秋" },
  七夕: { lunarMonth: 7, lunarDay: 7 },
  重阳节: { lunarMonth: 9, lunarDay: 9 },
  重阳: { lunarMonth: 9, lunarDay: 9 },
  腊八节: { lunarMonth: 12, lunarDay: 8 },
  腊八: { lunarMonth: 12, lunarDay: 8 },
  情人节: { solarMonth: 2, solarDay: 14 },
  平安夜: { solarMonth: 12, solarDay: 24 },
  圣诞节: { solarMonth: 12, solarDay: 25 },
  圣诞: { solarMonth: 12, solarDay: 25 },
  国庆节: { holiday: "国庆节" },
  国庆: { holiday: "国庆节" },
  十一: { holiday: "国庆节" },
  年: { holiday: "春节" },
};

const NAMES = Object.keys(NAMED_WORDS)
  .filter((name) => name !== "年")
  .sort((first, second) => second.length - first.length);

const AFTER_WORDS = "(?:假期|长假|小长假|放假)?(?:结束)?(?:以后|之后|过后|后|一过|过完|上班后|收假后|开工后)";
const BEFORE_WORDS = "(?:之前|以前|前)";
const DURING_WORDS = "(?:期间|假期|长假|那天|当天|那几天)";

/** "After the holiday" without a name: the holiday under way or about to start. */
const UNNAMED_AFTER_WORDS = "节后|节假日后|假期结束后|假期结束以后|假期后|放完假|收假后|过完节|节日过后";

// Four shapes: 过完年 / 过了国庆 (after), 正月初八 / 初八 (a lunar day), a name with a suffix, and 节后.
const PATTERN = new RegExp(
  `(过完|过了)\\s*(${NAMES.join("|")}|年)` +
    `|(正月)?初([一二三四五六七八九十])` +
    `|(${NAMES.join("|")}|年)\\s*(${AFTER_WORDS}|${BEFORE_WORDS}|${DURING_WORDS})?` +
    `|(${UNNAMED_AFTER_WORDS})`,
);

const PASSED_NAME_GROUP = 2;
const ZHENGYUE_GROUP = 3;
const LUNAR_DAY_GROUP = 4;
const NAME_GROUP = 5;
const SUFFIX_GROUP = 6;
const UNNAMED_AFTER_GROUP = 7;

const IS_AFTER_SUFFIX = new RegExp(`^${AFTER_WORDS}$`);
const IS_BEFORE_SUFFIX = new RegExp(`^${BEFORE_WORDS}$`);

/** Words after 十一 that make it National Day rather than the number eleven. */
const NATIONAL_DAY_CONTEXT = new RegExp(`^\\s*(?:${AFTER_WORDS}|${BEFORE_WORDS}|${DURING_WORDS}|国庆)`);

/** Parses holiday names into the festival day or the first working day after it. */
export class HolidayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const today = todayOf(context);
    const before = charBefore(context, index);
    const after = context.text.slice(index + text.length);

    if (match[UNNAMED_AFTER_GROUP] !== undefined) {
      const date = firstWorkdayAfterNearbyHoliday(today);
      if (date === null) return createSlotResult(context, index, text, {}, [VAGUE_TAG]);
      return this.dateResult(context, index, text, date);
    }

    if (match[LUNAR_DAY_GROUP] !== undefined) {
      // 初三 is also a school year (初中三年级), so 初X needs 正月 or no school word after it.
      if (match[ZHENGYUE_GROUP] === undefined && /^[中级]/.test(after)) return null;
      const lunarDay = readNumber(match[LUNAR_DAY_GROUP]);
      if (lunarDay === null) return null;
      return this.dateResult(context, index, text, resolveLunarDay(today, 1, lunarDay));
    }

    const passedName = match[PASSED_NAME_GROUP];
    if (passedName !== undefined) {
      const word = NAMED_WORDS[passedName];
      return this.dateResult(context, index, text, word === undefined ? null : dayAfter(today, word));
    }

    const name = match[NAME_GROUP] ?? "";
    const suffix = match[SUFFIX_GROUP] ?? "";
    const word = NAMED_WORDS[name];
    if (word === undefined || !isHolidayWordHere(name, suffix, before, after)) return null;

    if (IS_BEFORE_SUFFIX.test(suffix)) {
      return createSlotResult(context, index, text, {}, [VAGUE_TAG]);
    }
    if (IS_AFTER_SUFFIX.test(suffix)) {
      return this.dateResult(context, index, text, dayAfter(today, word));
    }
    return this.dateResult(context, index, text, festivalDay(today, word));
  }

  private dateResult(
    context: ParsingContext,
    index: number,
    text: string,
    date: LocalDate | null,
  ): ParsingResult | null {
    return date === null ? null : createSlotResult(context, index, text, { date });
  }
}

/**
 * Check that a matched name is a holiday here: 年 only with 后 (年后, not 一年后 or 半年后), 十一 and 五一
 * only where they cannot be numbers (十一月, 十五一).
 */
function isHolidayWordHere(name: string, suffix: string, before: string, after: string): boolean {
  if (NUMBER_CHAR.test(before)) return false;
  if (name === "年") return IS_AFTER_SUFFIX.test(suffix) && !/[今明去前后当每半多]/.test(before);
  if (name === "十一") return suffix !== "" || NATIONAL_DAY_CONTEXT.test(after);
  if (name === "五一" && suffix === "") return !/^[\d号日点个万千百月]/.test(after);
  return true;
}

function festivalDay(today: LocalDate, word: HolidayWord): LocalDate | null {
  if (word === "除夕") return resolveAnnualDate(today, (year) => addDays(festivalDate("春节", year), -1));
  if ("holiday" in word) return resolveAnnualDate(today, (year) => festivalDate(word.holiday, year));
  if ("solarMonth" in word) return resolveSolarDay(today, word.solarMonth, word.solarDay);
  return resolveLunarDay(today, word.lunarMonth, word.lunarDay);
}

/** Return the first working day after a statutory holiday, or the day after any other festival. */
function dayAfter(today: LocalDate, word: HolidayWord): LocalDate | null {
  if (word === "除夕") return dayAfter(today, { holiday: "春节" });
  if ("holiday" in word) {
    return resolveAnnualDate(today, (year) => firstWorkdayAfterHoliday(word.holiday, year));
  }
  const festival = festivalDay(today, word);
  return festival === null ? null : addDays(festival, 1);
}

function resolveSolarDay(today: LocalDate, month: number, day: number): LocalDate | null {
  return resolveAnnualDate(today, (year) =>
    isValidDate(year, month, day) ? formatLocalDate(year, month, day) : null,
  );
}

/**
 * Return the lunar day in the Gregorian year that the annual-date rule picks. The twelfth lunar month
 * (腊月) of lunar year Y falls in January or February of Y + 1, so the Gregorian year Y + 1 maps to it.
 */
function resolveLunarDay(today: LocalDate, lunarMonth: number, lunarDay: number): LocalDate | null {
  const lunarYearOffset = lunarMonth === 12 ? -1 : 0;
  return resolveAnnualDate(today, (year) => lunarToSolar(year + lunarYearOffset, lunarMonth, lunarDay));
}
