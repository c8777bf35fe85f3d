/**
 * The timeline of one visit in its bay: drop-off, walk-around check, the job lines one after another, the
 * hand-over buffer, and hand-over rounded up to the next quarter hour. Times inside a day are minutes since
 * Shanghai midnight.
 */
import { nextOpenDay, openingHoursOn, openingMinutes } from "../calendar.js";
import { addDays, toShanghaiInstant } from "../time.js";
import type { WorkshopCalendar } from "../calendar.js";
import type { LocalDate } from "../time.js";
import type { BoardSettings, ServiceItem } from "./types.js";

const MS_PER_MINUTE = 60_000;
const HAND_OVER_ROUNDING_MINUTES = 15;
/** Maximum open days one visit may span; a longer visit gets no slot. */
export const MAX_VISIT_OPEN_DAYS = 7;
/** Maximum calendar days between two open days of one multi-day visit. */
const MAX_GAP_BETWEEN_VISIT_DAYS = 30;

/**
 * Part of one job line worked on one day. A same-day visit has one portion per job line, with its full hours.
 */
export interface LabourPortion {
  serviceCode: string;
  skill: string;
  hours: number;
}

export interface VisitDay {
  date: LocalDate;
  portions: LabourPortion[];
}

export interface VisitPlan {
  date: LocalDate;
  dropOffAt: Date;
  handOverAt: Date;
  /**
   * Days with labour, in order. A multi-day visit's hand-over day can have no labour and is then not listed.
   */
  days: VisitDay[];
}

interface JobLine {
  serviceCode: string;
  skill: string;
  hours: number;
  minutes: number;
}

/**
 * Return the instant of a number of minutes after Shanghai midnight on a date. ("2026-12-07", 510) → 08:30
 * Shanghai.
 */
export function instantOn(date: LocalDate, minutes: number): Date {
  return new Date(toShanghaiInstant(date).getTime() + minutes * MS_PER_MINUTE);
}

/** Return the visit's labour in whole minutes: each job line's hours rounded to the minute, summed. */
export function labourMinutesOf(jobs: readonly ServiceItem[]): number {
  return jobLinesOf(jobs).reduce((sum, line) => sum + line.minutes, 0);
}

/**
 * Return the hand-over minute of a same-day visit dropped off at `dropOffMinutes`. Example with 15 min
 * check-in, 1.5 h labour and 30 min buffer: drop-off 09:00 (540) → work 09:15-10:45 → 11:15 (675), already on
 * a quarter hour. With 1.3 h (78 min) of labour: 09:15 + 78 min + 30 min = 11:03 → 11:15.
 */
export function sameDayHandOverMinutes(
  settings: BoardSettings,
  labourMinutes: number,
  dropOffMinutes: number,
): number {
  const readyMinutes =
    dropOffMinutes + settings.checkInMinutes + labourMinutes + settings.handOverBufferMinutes;
  return roundUpToQuarterHour(readyMinutes);
}

/**
 * Plan the visit for a drop-off on `date` at `dropOffMinutes`, or return null when no plan exists.
 * A visit ends on the drop-off day when its hand-over fits before closing. A visit too long for that even at
 * opening may start only at opening, and continues on the next open days, at most MAX_VISIT_OPEN_DAYS in all.
 * Work fills each day until closing, and hand-over is on the day the remaining work and buffer fit.
 */
export function planVisit(
  calendar: WorkshopCalendar,
  settings: BoardSettings,
  jobs: readonly ServiceItem[],
  date: LocalDate,
  dropOffMinutes: number,
): VisitPlan | null {
  const hours = openingHoursOn(calendar, date);
  if (hours === null) return null;

  const { openMinutes, closeMinutes } = openingMinutes(hours);
  if (dropOffMinutes < openMinutes || dropOffMinutes >= closeMinutes) return null;

  const lines = jobLinesOf(jobs);
  const labourMinutes = lines.reduce((sum, line) => sum + line.minutes, 0);
  const handOverMinutes = sameDayHandOverMinutes(settings, labourMinutes, dropOffMinutes);
  if (handOverMinutes <= closeMinutes) {
    return {
      date,
      dropOffAt: instantOn(date, dropOffMinutes),
      handOverAt: instantOn(date, handOverMinutes),
      days: [
        { date, portions: lines.map(({ serviceCode, skill, hours }) => ({ serviceCode, skill, hours })) },
      ],
    };
  }

  // A visit that fits one day but not after this drop-off is simply too late, and a longer one starts at opening.
  const isMultiDay = !fitsOneDay(settings, labourMinutes, openMinutes, closeMinutes);
  if (!isMultiDay || dropOffMinutes !== openMinutes) return null;
  return planMultiDayVisit(calendar, settings, lines, date, openMinutes);
}

/** Check whether the visit fits between opening and closing of one day, so it is never a multi-day visit. */
export function fitsOneDay(
  settings: BoardSettings,
  labourMinutes: number,
  openMinutes: number,
  closeMinutes: number,
): boolean {
  return sameDayHandOverMinutes(settings, labourMinutes, openMinutes) <= closeMinutes;
}

/**
 * Plan a visit over several open days. Example with 08:30-18:00 days and 12 h of labour: day 1 works
 * 08:45-18:00 (9.25 h), day 2 works 08:30-11:15 (2.75 h), and hand-over is 11:15 + 30 min = 11:45 on day 2.
 */
function planMultiDayVisit(
  calendar: WorkshopCalendar,
  settings: BoardSettings,
  lines: readonly JobLine[],
  firstDate: LocalDate,
  firstOpenMinutes: number,
): VisitPlan | null {
  const remaining = lines.map((line) => ({ ...line, minutesLeft: line.minutes }));
  const days: VisitDay[] = [];
  let date = firstDate;

  for (let dayNumber = 0; dayNumber < MAX_VISIT_OPEN_DAYS; dayNumber += 1) {
    const hours = openingHoursOn(calendar, date);
    if (hours === null) return null;

    // Step 1: work starts after the walk-around check on the first day, and at opening on the next days.
    const { openMinutes, closeMinutes } = openingMinutes(hours);
    const workStartMinutes = dayNumber === 0 ? openMinutes + settings.checkInMinutes : openMinutes;
    const minutesLeft = remaining.reduce((sum, line) => sum + line.minutesLeft, 0);

    // Step 2: the last day is the one where the rest of the work plus the buffer ends before closing.
    const handOverMinutes = roundUpToQuarterHour(
      workStartMinutes + minutesLeft + settings.handOverBufferMinutes,
    );
    const isLastDay = handOverMinutes <= closeMinutes;
    const workMinutes = isLastDay ? minutesLeft : Math.max(closeMinutes - workStartMinutes, 0);

    // Step 3: take the job lines in order, splitting the line that runs past closing.
    const portions = takePortions(remaining, workMinutes);
    if (portions.length > 0) days.push({ date, portions });

    if (isLastDay) {
      return {
        date: firstDate,
        dropOffAt: instantOn(firstDate, firstOpenMinutes),
        handOverAt: instantOn(date, handOverMinutes),
        days,
      };
    }

    const next = nextOpenDay(calendar, addDays(date, 1), MAX_GAP_BETWEEN_VISIT_DAYS);
    if (next === null) return null;
    date = next;
  }
  return null;
}

/** Take up to `minutes` of work from the front of `remaining`, updating it, and return the portions taken. */
function takePortions(remaining: Array<JobLine & { minutesLeft: number }>, minutes: number): LabourPortion[] {
  const portions: LabourPortion[] = [];
  let budget = minutes;
  for (const line of remaining) {
    if (budget <= 0) break;
    if (line.minutesLeft <= 0) continue;

    const taken = Math.min(line.minutesLeft, budget);
    line.minutesLeft -= taken;
    budget -= taken;
    // Hours are split in proportion to minutes, so a line's portions add up to its catalogue hours.
    const hours = line.minutes === 0 ? 0 : (line.hours * taken) / line.minutes;
    portions.push({ serviceCode: line.serviceCode, skill: line.skill, hours });
  }
  return portions;
}

function jobLinesOf(jobs: readonly ServiceItem[]): JobLine[] {
  return jobs.map((job) => ({
    serviceCode: job.code,
    skill: job.skill,
    hours: job.labourHours,
    minutes: Math.round(job.labourHours * 60),
  }));
}

function roundUpToQuarterHour(minutes: number): number {
  return Math.ceil(minutes / HAND_OVER_ROUNDING_MINUTES) * HAND_OVER_ROUNDING_MINUTES;
}
