/**
 * The chrono engine for booking times: chrono-node's Chrono pipeline with our ZH parsers and
 * refiners.
 *
 * NOTE: chrono-node 2.10.3's own ZH (zh.hans) parsers are left out. They compute dates from the local
 * fields of the reference Date (`refDate.getHours()`, `setDate`), so their results change with the
 * process TZ. They also read 明天 at 00:30 as today, let 上午 replace a weekday's date, and have no
 * rule for a bare 25号, 月底 or 下周末. Every parser here computes Shanghai dates with
 * src/domain/time.ts from the reference instant.
 */

import { Chrono } from "chrono-node";

import { ChoiceRefiner } from "./choice-refiner.js";
import { ClockTimeParser } from "./clock-time-parser.js";
import { HolidayParser } from "./holiday-parser.js";
import { MergeAdjacentRefiner } from "./merge-refiner.js";
import {
  DayOfMonthParser,
  MonthDayParser,
  NumericDateParser,
  RelativeMonthDayParser,
} from "./month-day-parser.js";
import { MonthPartParser } from "./month-part-parser.js";
import { OverlapRefiner } from "./overlap-refiner.js";
import { PartOfDayParser } from "./part-of-day-parser.js";
import { RelativeDayParser } from "./relative-day-parser.js";
import { RelativeOffsetParser } from "./relative-offset-parser.js";
import { WeekdayParser } from "./weekday-parser.js";

/** Create a chrono instance that finds booking-time mentions and reduces them to at most one result. */
export function createBookingTimeChrono(): Chrono {
  return new Chrono({
    parsers: [
      new RelativeDayParser(),
      new RelativeOffsetParser(),
      new WeekdayParser(),
      new MonthDayParser(),
      new RelativeMonthDayParser(),
      new DayOfMonthParser(),
      new NumericDateParser(),
      new MonthPartParser(),
      new HolidayParser(),
      new PartOfDayParser(),
      new ClockTimeParser(),
    ],
    refiners: [new OverlapRefiner(), new MergeAdjacentRefiner(), new ChoiceRefiner()],
  });
}
