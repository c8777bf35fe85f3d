/**
 * Small builders of workshop boards for the domain tests. Every builder returns fresh objects, so tests can
 * change them without affecting each other.
 */
import { DEFAULT_BOARD_SETTINGS } from "../../src/domain/board/types.js";
import { shanghaiTimeOf, toShanghaiInstant } from "../../src/domain/time.js";
import type { WorkshopCalendar, OpeningHours } from "../../src/domain/calendar.js";
import type {
  Bay,
  Board,
  BoardBooking,
  PartStock,
  ServiceItem,
  Technician,
  VisitRequest,
} from "../../src/domain/board/types.js";
import type { LocalDate, LocalTime, Weekday } from "../../src/domain/time.js";

export const ALL_WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
export const STANDARD_HOURS: OpeningHours = { open: "08:30", close: "18:00" };

/** Monday 2026-12-07, a normal working day in the fixtures' calendars. */
export const MONDAY: LocalDate = "2026-12-07";
/** 07:00 Shanghai on MONDAY, early enough that the default 120-minute notice allows a 09:00 drop-off. */
export const EARLY_MONDAY_NOW = toShanghaiInstant(MONDAY, "07:00");
/** The Friday before MONDAY, so every slot of the test week is outside the minimum notice. */
export const PREVIOUS_FRIDAY_NOW = toShanghaiInstant("2026-12-04", "12:00");

/** Return the instant of a Shanghai date and time. */
export function at(date: LocalDate, time: LocalTime): Date {
  return toShanghaiInstant(date, time);
}

/** Build a calendar open every day 08:30-18:00, with optional closed dates and make-up working days. */
export function makeCalendar(overrides: Partial<WorkshopCalendar> = {}): WorkshopCalendar {
  return {
    weeklyHours: ALL_WEEKDAYS.map(() => ({ ...STANDARD_HOURS })),
    closedDates: new Set(),
    makeUpWorkdays: new Set(),
    makeUpHours: { open: "09:00", close: "17:00" },
    ...overrides,
  };
}

/** Build a calendar open Monday to Saturday 08:30-18:00 and closed on Sundays. */
export function makeMondayToSaturdayCalendar(overrides: Partial<WorkshopCalendar> = {}): WorkshopCalendar {
  return makeCalendar({
    weeklyHours: ALL_WEEKDAYS.map((weekday) => (weekday === 0 ? null : { ...STANDARD_HOURS })),
    ...overrides,
  });
}

export function makeTechnician(overrides: Partial<Technician> = {}): Technician {
  return {
    id: "T1",
    name: "王师傅",
    skills: ["maintenance"],
    dailyHours: 8,
    workWeekdays: ALL_WEEKDAYS,
    ...overrides,
  };
}

export function makeBay(overrides: Partial<Bay> = {}): Bay {
  return { id: "B1", name: "1号工位", kinds: ["general", "lift"], ...overrides };
}

export function makeJob(overrides: Partial<ServiceItem> = {}): ServiceItem {
  return {
    code: "MINOR",
    name: "小保养",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "lift",
    labourHours: 1,
    labourPriceFen: 20_000,
    parts: [],
    keywords: ["小保养"],
    ...overrides,
  };
}

export function makePart(overrides: Partial<PartStock> = {}): PartStock {
  return {
    code: "OIL-5W30",
    name: "机油 5W-30 4L",
    priceFen: 38_000,
    onHand: 10,
    expectedArrivalAt: null,
    leadDays: 3,
    ...overrides,
  };
}

/** Build a booking on bay B9 (absent from default boards) so that it takes only what the test gives it. */
export function makeBooking(overrides: Partial<BoardBooking> = {}): BoardBooking {
  return {
    id: "K1",
    advisorId: "A9",
    bayId: "B9",
    dropOffAt: at(MONDAY, "09:00"),
    handOverAt: at(MONDAY, "10:00"),
    labour: [],
    parts: [],
    ...overrides,
  };
}

/** Build a board with one all-week maintenance technician, one lift bay, no bookings and default settings. */
export function makeBoard(overrides: Partial<Board> = {}): Board {
  return {
    calendar: makeCalendar(),
    technicians: [makeTechnician()],
    bays: [makeBay()],
    bookings: [],
    parts: [makePart()],
    settings: { ...DEFAULT_BOARD_SETTINGS },
    ...overrides,
  };
}

export function makeRequest(jobs: readonly ServiceItem[] = [makeJob()], advisorId = "A1"): VisitRequest {
  return { advisorId, jobs };
}

/** Return the Shanghai wall-clock drop-off times of slots, e.g. ["08:30", "09:00"]. */
export function dropOffTimes(slots: ReadonlyArray<{ dropOffAt: Date }>): string[] {
  return slots.map((slot) => shanghaiTimeOf(slot.dropOffAt));
}
