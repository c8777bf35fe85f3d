/**
 * Glue between chrono results and booking slots. Our parsers store a mention's date and clock time
 * as chrono components and its part of day as a tag, and never rely on the values chrono implies
 * from the system time zone.
 */

import type {
  ParsedComponents,
  ParsedResult,
  ParsingComponents,
  ParsingContext,
  ParsingResult,
} from "chrono-node";

import { formatLocalDate, parseLocalDate, shanghaiDateOf, shanghaiMinutesOf } from "../../domain/time.js";
import type { LocalDate } from "../../domain/time.js";
import type { DayPeriod } from "./clock-rules.js";
import type { Clock, Slot } from "./slot.js";

const PERIOD_TAG_PREFIX = "booking/period/";

/** Tag of a date read from a weekday name, which only labels a full date written next to it. */
export const WEEKDAY_NAME_TAG = "booking/weekdayName";

/** Tag of a period too vague to book, such as 国庆前. Its result still blocks shorter readings of its words. */
export const VAGUE_TAG = "booking/vague";

const DAY_PERIODS: readonly DayPeriod[] = ["morning", "noon", "afternoon", "evening", "smallHours"];

/** A slot together with where the text names it. */
export type Mention = Slot & {
  index: number;
  /** Index just past the mention's last character. */
  end: number;
  isWeekdayName: boolean;
  isVague: boolean;
};

/** Return the Shanghai date of the message. */
export function todayOf(context: ParsingContext): LocalDate {
  return shanghaiDateOf(context.reference.instant);
}

/** Return the message's Shanghai minute of the day. */
export function nowMinutesOf(context: ParsingContext): number {
  return shanghaiMinutesOf(context.reference.instant);
}

/** Return the character just before `index` in the parsed text, or "" at the start. */
export function charBefore(context: ParsingContext, index: number): string {
  return index > 0 ? (context.text[index - 1] ?? "") : "";
}

/** Create a result for text at `index` that names `slot`, with the given tags. */
export function createSlotResult(
  context: ParsingContext,
  index: number,
  text: string,
  slot: Slot,
  tags: readonly string[] = [],
): ParsingResult {
  const result = context.createParsingResult(index, text);
  writeSlot(result.start, slot);
  result.addTags([...tags]);
  return result;
}

/** Store a slot in chrono components: date and clock as known values, part of day as a tag. */
export function writeSlot(components: ParsingComponents, slot: Slot): void {
  if (slot.date !== undefined) {
    const [year, month, day] = parseLocalDate(slot.date);
    components.assign("year", year);
    components.assign("month", month);
    components.assign("day", day);
  }
  if (slot.clock !== undefined) {
    components.assign("hour", slot.clock.hour);
    components.assign("minute", slot.clock.minute);
    components.assign("second", 0);
    if (!slot.clock.isBare) components.assign("meridiem", slot.clock.hour >= 12 ? 1 : 0);
  }
  if (slot.period !== undefined) {
    components.addTag(PERIOD_TAG_PREFIX + slot.period);
  }
}

/** Read back the mention that one of our parsers or refiners stored in a result. */
export function mentionOf(result: ParsedResult): Mention {
  const components = result.start;
  const tags = result.tags();
  const mention: Mention = {
    index: result.index,
    end: result.index + result.text.length,
    isWeekdayName: tags.has(WEEKDAY_NAME_TAG),
    isVague: tags.has(VAGUE_TAG),
  };

  if (components.isCertain("day")) {
    mention.date = formatLocalDate(
      components.get("year") ?? 0,
      components.get("month") ?? 0,
      components.get("day") ?? 0,
    );
  }
  if (components.isCertain("hour")) {
    mention.clock = readClock(components);
  }
  const period = DAY_PERIODS.find((candidate) => tags.has(PERIOD_TAG_PREFIX + candidate));
  if (period !== undefined) mention.period = period;
  return mention;
}

function readClock(components: ParsedComponents): Clock {
  return {
    hour: components.get("hour") ?? 0,
    minute: components.get("minute") ?? 0,
    isBare: !components.isCertain("meridiem"),
  };
}
