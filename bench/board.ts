/**
 * Slot computation benchmark: a day's slots and 14 days of slots on a board of 20 technicians, 10 bays and
 * 400 existing bookings, for a two-job visit. Pure domain code, no I/O.
 */
import { findSlots, findSlotsOnDay } from "../src/domain/board/slots.js";
import { DEFAULT_BOARD_SETTINGS, type Board, type BoardBooking, type ServiceItem } from "../src/domain/board/types.js";
import { addDays, toShanghaiInstant, type Weekday } from "../src/domain/time.js";
import { median, percentile, timeRuns } from "./stats.js";

const TECHNICIANS = 20;
const BAYS = 10;
const BOOKINGS = 400;
const DAYS = 14;
const START_DATE = "2026-12-07";
const ALL_WEEK: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const SKILLS = ["maintenance", "chassis", "electrical", "engine", "diagnosis"];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same board. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Build the benchmark board: 400 bookings spread over 14 days, bays and technicians picked at random. */
export function buildBenchBoard(): Board {
  const random = seededRandom(20261207);
  const technicians = Array.from({ length: TECHNICIANS }, (_, index) => ({
    id: `tech-${index + 1}`,
    name: `技师${index + 1}`,
    skills: [SKILLS[index % SKILLS.length] as string, "maintenance"],
    dailyHours: 8,
    workWeekdays: ALL_WEEK,
  }));
  const bays = Array.from({ length: BAYS }, (_, index) => ({
    id: `bay-${index + 1}`,
    name: `工位${index + 1}`,
    kinds: ["general", "lift"],
  }));
  const bookings: BoardBooking[] = [];
  for (let index = 0; index < BOOKINGS; index += 1) {
    const date = addDays(START_DATE, Math.floor(random() * DAYS));
    const startMinutes = 8 * 60 + 30 + Math.floor(random() * 16) * 30;
    const hours = 1 + Math.floor(random() * 3);
    const dropOffAt = toShanghaiInstant(date, `${String(Math.floor(startMinutes / 60)).padStart(2, "0")}:${String(startMinutes % 60).padStart(2, "0")}`);
    bookings.push({
      id: `booking-${index}`,
      advisorId: `adv-${(index % 4) + 1}`,
      bayId: `bay-${(index % BAYS) + 1}`,
      dropOffAt,
      handOverAt: new Date(dropOffAt.getTime() + (hours * 60 + 45) * 60_000),
      labour: [{ technicianId: `tech-${(index % TECHNICIANS) + 1}`, date, hours }],
      parts: [],
    });
  }
  return {
    calendar: {
      weeklyHours: ALL_WEEK.map(() => ({ open: "08:30", close: "18:00" })),
      closedDates: new Set(),
      makeUpWorkdays: new Set(),
      makeUpHours: { open: "08:30", close: "18:00" },
    },
    technicians,
    bays,
    bookings,
    parts: [],
    settings: DEFAULT_BOARD_SETTINGS,
  };
}

const JOBS: ServiceItem[] = [
  {
    code: "svc-minor",
    name: "小保养",
    kind: "maintenance",
    skill: "maintenance",
    bayKind: "lift",
    labourHours: 1,
    labourPriceFen: 20_000,
    parts: [],
    keywords: [],
  },
  {
    code: "svc-brake",
    name: "更换前刹车片",
    kind: "repair",
    skill: "chassis",
    bayKind: "lift",
    labourHours: 1.5,
    labourPriceFen: 30_000,
    parts: [],
    keywords: [],
  },
];

/** Run the slot benchmark and return its figures (ms). */
export function runBoardBenchmark(runs: number): { dayMs: number; fortnightMs: number; dayP99Ms: number; slotsFound: number } {
  const board = buildBenchBoard();
  const request = { advisorId: "adv-1", jobs: JOBS };
  const now = toShanghaiInstant("2026-12-06", "12:00");
  let slotsFound = 0;

  // Warm up the JIT before timing.
  for (let index = 0; index < 5; index += 1) findSlots(board, request, START_DATE, DAYS, now);

  const dayTimes = timeRuns(runs, () => {
    findSlotsOnDay(board, request, addDays(START_DATE, 3), now);
  });
  const fortnightTimes = timeRuns(runs, () => {
    slotsFound = findSlots(board, request, START_DATE, DAYS, now).length;
  });
  return {
    dayMs: median(dayTimes),
    dayP99Ms: percentile(dayTimes, 99),
    fortnightMs: median(fortnightTimes),
    slotsFound,
  };
}
