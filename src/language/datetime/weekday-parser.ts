/**
 * Parser for weekday names, with and without a week: 周三, 星期5, 礼拜天, 这周五, 本周日, 下周一,
 * 下下周二, 上周四, 周末, 下周末. Weeks start on Monday.
 * - A bare weekday is the next such day counting today (周三 in a Wednesday message is today).
 * - 这周X / 本周X is that day of the current week, even when it has passed.
 * - 下周X is next week, 下下周X the week after, 上周X last week.
 * - 周末 is that week's Saturday, so in a Sunday message it is yesterday (past).
 */

import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

import type { LocalDate } from "../../domain/time.js";
import { nextWeekdayCountingToday, weekdayOfWeek } from "./calendar-rules.js";
import type { IsoWeekday } from "./calendar-rules.js";
import { charBefore, createSlotResult, todayOf, WEEKDAY_NAME_TAG } from "./mention.js";
import { NUMBER_CHAR } from "./patterns.js";

const WEEK_WORD = "(?:周|星期|礼拜|星其|行期|性期)";

// 下周的周三 and 下个星期三 both name next Wednesday. The first WEEK_WORD belongs to the prefix.
const PATTERN = new RegExp(
  `(?:(下下个?|下个?|这个?|本|上上个?|上个?)\\s*)?(?:${WEEK_WORD}\\s*的?\\s*)?${WEEK_WORD}\\s*([一二三四五六七日天末1-7])`,
);

const PREFIX_GROUP = 1;
const DAY_GROUP = 2;

const WEEK_OFFSETS: Record<string, number> = {
  下下: 2,
  下下个: 2,
  下: 1,
  下个: 1,
  这: 0,
  这个: 0,
  本: 0,
  上: -1,
  上个: -1,
  上上: -2,
  上上个: -2,
};

const WEEKDAYS: Record<string, IsoWeekday> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  日: 7,
  天: 7,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "7": 7,
};

const SATURDAY: IsoWeekday = 6;

/** Verbs that take 下 as the short form of 一下: 问下, 看下, 查下. */
const VERBS_BEFORE_XIA = /[问看查瞅瞧想试说讲]/;

/** Words after 周末 that make it a greeting, not a date: 周末愉快. */
const WEEKEND_GREETING = /^(?:愉快|快乐)/;

/** Parses weekday names into Shanghai dates, with Monday-start weeks. */
export class WeekdayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const prefix = match[PREFIX_GROUP];
    const dayChar = match[DAY_GROUP] ?? "";

    // 一周一次, 两周三次: a count of weeks, not a weekday.
    if (prefix === undefined && NUMBER_CHAR.test(charBefore(context, index))) return null;
    // 周1 followed by more digits is a number.
    if (/\d/.test(dayChar) && /\d/.test(context.text[index + text.length] ?? "")) return null;

    const today = todayOf(context);
    const isWeekend = dayChar === "末";
    if (isWeekend && WEEKEND_GREETING.test(context.text.slice(index + text.length))) return null;

    const weekOffset = weekOffsetOf(prefix, charBefore(context, index));

    let date: LocalDate;
    if (isWeekend) {
      date = weekdayOfWeek(today, SATURDAY, weekOffset ?? 0);
    } else {
      const weekday = WEEKDAYS[dayChar];
      if (weekday === undefined) return null;
      date =
        weekOffset === undefined
          ? nextWeekdayCountingToday(today, weekday)
          : weekdayOfWeek(today, weekday, weekOffset);
    }

    const tags = isWeekend ? [] : [WEEKDAY_NAME_TAG];
    return createSlotResult(context, index, text, { date }, tags);
  }
}

/**
 * Return the week offset that a prefix names, or undefined for no prefix. After a verb, 下 is the
 * short form of 一下 ("问下周六" = 问一下周六), so it takes one 下 from the prefix: 问下周六 is this
 * Saturday and 问下下周六 next week's.
 */
function weekOffsetOf(prefix: string | undefined, before: string): number | undefined {
  if (prefix === undefined) return undefined;
  if (VERBS_BEFORE_XIA.test(before) && (prefix === "下" || prefix === "下下")) {
    return prefix === "下" ? undefined : 1;
  }
  return WEEK_OFFSETS[prefix];
}
