/**
 * Technician capacity: which technician takes each job line of a visit, within the daily load limit.
 *
 * NOTE: technicians are checked by booked hours per day only, not by clock time, as the workshop board counts
 * them. Two visits on one day may therefore list the same technician for overlapping hours; the bay timeline
 * is what keeps the visits apart.
 */
import { compareIds, technicianDayKey } from "./board-index.js";
import { weekdayOf } from "../time.js";
import type { BoardIndex } from "./board-index.js";
import type { LabourPortion, VisitPlan } from "./timeline.js";
import type { Board, SlotLabour, Technician } from "./types.js";
import type { WorkshopCalendar } from "../calendar.js";
import type { LocalDate } from "../time.js";

/** Tolerance for sums of decimal hours, so 3.2 + 3.2 counts as exactly the 6.4-hour limit. */
const LOAD_EPSILON_HOURS = 1e-6;
/** Maximum search steps when the first-choice technicians do not fit, which bounds the worst case per day. */
const MAX_ASSIGNMENT_STEPS = 2_000;

/**
 * Check whether a technician works on a date: on one of their `workWeekdays`, on any official make-up
 * working day (调休 turns that weekend day into a normal working day for everyone), or on a normally closed
 * date that the dealership opened by calendar override.
 */
export function isOnDuty(technician: Technician, calendar: WorkshopCalendar, date: LocalDate): boolean {
  if (technician.workWeekdays.includes(weekdayOf(date)) || calendar.makeUpWorkdays.has(date)) return true;
  const override = calendar.overrides?.get(date);
  const normallyClosed = calendar.weeklyHours[weekdayOf(date)] === null || calendar.closedDates.has(date);
  return override !== undefined && override !== null && normallyClosed;
}

/**
 * Assign technicians to the labour portions of one day, or return null when the day's capacity cannot take
 * them. Each portion goes to an on-duty technician with its skill whose booked hours that day, plus this
 * visit's, stay within `technicianLoadLimit` × `dailyHours`. The first choice is the least loaded technician
 * (fewest booked hours, ties by id order). When first choices leave a later portion without anyone, other
 * choices are tried. A portion that no single technician has room for (e.g. 7 h when the limit is 6.4 h) is
 * shared among the technicians with the skill, least loaded first, and then appears as one entry per
 * technician.
 */
export function assignTechnicians(
  board: Board,
  index: BoardIndex,
  date: LocalDate,
  portions: readonly LabourPortion[],
): SlotLabour[] | null {
  const onDuty = board.technicians.filter((technician) => isOnDuty(technician, board.calendar, date));
  if (!hasRoomPerSkill(board, index, date, onDuty, portions)) return null;

  const visitHours = new Map<string, number>();
  const chosen: SlotLabour[] = [];
  let steps = 0;

  const loadOf = (technician: Technician): number =>
    (index.technicianHours.get(technicianDayKey(technician.id, date)) ?? 0) +
    (visitHours.get(technician.id) ?? 0);
  const roomOf = (technician: Technician): number => loadLimitHours(technician, board) - loadOf(technician);

  const take = (entries: readonly SlotLabour[]): void => {
    for (const entry of entries) {
      visitHours.set(entry.technicianId, (visitHours.get(entry.technicianId) ?? 0) + entry.hours);
      chosen.push(entry);
    }
  };
  const release = (entries: readonly SlotLabour[]): void => {
    for (const entry of entries) {
      visitHours.set(entry.technicianId, (visitHours.get(entry.technicianId) ?? 0) - entry.hours);
      chosen.pop();
    }
  };

  const assignFrom = (portionIndex: number): boolean => {
    const portion = portions[portionIndex];
    if (portion === undefined) return true;

    const skilled = onDuty
      .filter((technician) => technician.skills.includes(portion.skill))
      .sort((a, b) => loadOf(a) - loadOf(b) || compareIds(a.id, b.id));
    const options = skilled
      .filter((technician) => portion.hours <= roomOf(technician) + LOAD_EPSILON_HOURS)
      .map((technician) => [
        { technicianId: technician.id, serviceCode: portion.serviceCode, date, hours: portion.hours },
      ]);
    if (options.length === 0) {
      const shared = shareAmong(skilled, portion, date, roomOf);
      if (shared !== null) options.push(shared);
    }

    for (const entries of options) {
      steps += 1;
      if (steps > MAX_ASSIGNMENT_STEPS) return false;

      take(entries);
      if (assignFrom(portionIndex + 1)) return true;
      release(entries);
    }
    return false;
  };

  return assignFrom(0) ? [...chosen] : null;
}

/**
 * Check that, for each skill, the technicians with it have at least the hours the portions need in total. A
 * day that fails this cannot be assigned, so the search is skipped.
 */
function hasRoomPerSkill(
  board: Board,
  index: BoardIndex,
  date: LocalDate,
  onDuty: readonly Technician[],
  portions: readonly LabourPortion[],
): boolean {
  const neededHours = new Map<string, number>();
  for (const portion of portions) {
    neededHours.set(portion.skill, (neededHours.get(portion.skill) ?? 0) + portion.hours);
  }

  for (const [skill, needed] of neededHours) {
    let room = 0;
    for (const technician of onDuty) {
      if (!technician.skills.includes(skill)) continue;
      const booked = index.technicianHours.get(technicianDayKey(technician.id, date)) ?? 0;
      room += Math.max(loadLimitHours(technician, board) - booked, 0);
    }
    if (needed > room + LOAD_EPSILON_HOURS) return false;
  }
  return true;
}

/**
 * Split a portion over technicians in the given order, each up to their room; null when their room is too
 * small.
 */
function shareAmong(
  technicians: readonly Technician[],
  portion: LabourPortion,
  date: LocalDate,
  roomOf: (technician: Technician) => number,
): SlotLabour[] | null {
  const entries: SlotLabour[] = [];
  let hoursLeft = portion.hours;
  for (const technician of technicians) {
    if (hoursLeft <= LOAD_EPSILON_HOURS) break;
    const hours = Math.min(roomOf(technician), hoursLeft);
    if (hours <= LOAD_EPSILON_HOURS) continue;

    entries.push({ technicianId: technician.id, serviceCode: portion.serviceCode, date, hours });
    hoursLeft -= hours;
  }
  return hoursLeft <= LOAD_EPSILON_HOURS ? entries : null;
}

/**
 * Check a slot's labour against the plan and the board. Entries of each service code and date must add up to
 * the plan's portion. Each entry's technician must exist, be on duty and have the skill. No technician-day
 * may exceed the load limit.
 */
export function isLabourValid(
  board: Board,
  index: BoardIndex,
  plan: VisitPlan,
  labour: readonly SlotLabour[],
): boolean {
  const plannedHours = new Map<string, { skill: string; hours: number }>();
  for (const day of plan.days) {
    for (const portion of day.portions) {
      const key = `${portion.serviceCode}|${day.date}`;
      const planned = plannedHours.get(key) ?? { skill: portion.skill, hours: 0 };
      plannedHours.set(key, { skill: planned.skill, hours: planned.hours + portion.hours });
    }
  }

  const technicianById = new Map(board.technicians.map((technician) => [technician.id, technician]));
  const coveredHours = new Map<string, number>();
  const slotHours = new Map<string, { technician: Technician; hours: number }>();
  for (const entry of labour) {
    const key = `${entry.serviceCode}|${entry.date}`;
    const planned = plannedHours.get(key);
    const technician = technicianById.get(entry.technicianId);
    if (planned === undefined || technician === undefined) return false;
    if (!technician.skills.includes(planned.skill)) return false;
    if (!isOnDuty(technician, board.calendar, entry.date)) return false;

    coveredHours.set(key, (coveredHours.get(key) ?? 0) + entry.hours);
    const dayKey = technicianDayKey(technician.id, entry.date);
    slotHours.set(dayKey, { technician, hours: (slotHours.get(dayKey)?.hours ?? 0) + entry.hours });
  }

  for (const [key, planned] of plannedHours) {
    if (Math.abs((coveredHours.get(key) ?? 0) - planned.hours) > LOAD_EPSILON_HOURS) return false;
  }
  for (const [dayKey, { technician, hours }] of slotHours) {
    const bookedHours = index.technicianHours.get(dayKey) ?? 0;
    if (!fitsLoadLimit(bookedHours + hours, technician, board)) return false;
  }
  return true;
}

function fitsLoadLimit(totalHours: number, technician: Technician, board: Board): boolean {
  return totalHours <= loadLimitHours(technician, board) + LOAD_EPSILON_HOURS;
}

function loadLimitHours(technician: Technician, board: Board): number {
  return board.settings.technicianLoadLimit * technician.dailyHours;
}
