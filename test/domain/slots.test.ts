import { describe, expect, it } from "vitest";

import { findSlots, findSlotsOnDay } from "../../src/domain/board/slots.js";
import {
  MONDAY,
  PREVIOUS_FRIDAY_NOW,
  at,
  dropOffTimes,
  makeBay,
  makeBoard,
  makeBooking,
  makeCalendar,
  makeJob,
  makeMondayToSaturdayCalendar,
  makeRequest,
  makeTechnician,
} from "./fixtures.js";

describe("findSlotsOnDay opening hours", () => {
  // Calendar 08:30-18:00. Hand-over = drop-off + 15 min check-in + labour + 30 min buffer, rounded up to 15
  // min.
  it.each([
    { labourHours: 0.5, first: "08:30", last: "16:30", count: 17 },
    { labourHours: 1, first: "08:30", last: "16:00", count: 16 },
    { labourHours: 3, first: "08:30", last: "14:00", count: 12 },
  ])("keeps $labourHours h visits inside hours", ({ labourHours, first, last, count }) => {
    const board = makeBoard();
    const request = makeRequest([makeJob({ labourHours })]);

    const slots = findSlotsOnDay(board, request, MONDAY, PREVIOUS_FRIDAY_NOW);

    const times = dropOffTimes(slots);
    expect(times[0]).toBe(first);
    expect(times.at(-1)).toBe(last);
    expect(slots).toHaveLength(count);
    for (const slot of slots) {
      expect(slot.dropOffAt.getTime()).toBeGreaterThanOrEqual(at(MONDAY, "08:30").getTime());
      expect(slot.handOverAt.getTime()).toBeLessThanOrEqual(at(MONDAY, "18:00").getTime());
    }
  });

  it.each([
    { labourHours: 0.25, handOver: "09:30" },
    { labourHours: 1, handOver: "10:15" },
    { labourHours: 1.3, handOver: "10:45" },
    { labourHours: 2.2, handOver: "11:30" },
  ])("rounds hand-over for $labourHours h", ({ labourHours, handOver }) => {
    const board = makeBoard();
    const request = makeRequest([makeJob({ labourHours })]);

    const [first] = findSlotsOnDay(board, request, MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(first?.dropOffAt).toEqual(at(MONDAY, "08:30"));
    expect(first?.handOverAt).toEqual(at(MONDAY, handOver));
  });

  it.each([
    { step: 30, expected: ["08:30", "09:00", "09:30"] },
    { step: 60, expected: ["08:30", "09:30", "10:30"] },
  ])("uses $step-minute drop-off grid", ({ step, expected }) => {
    const board = makeBoard();
    board.settings.slotStepMinutes = step;

    const slots = findSlotsOnDay(board, makeRequest(), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots).slice(0, 3)).toEqual(expected);
  });
});

describe("findSlotsOnDay minimum notice", () => {
  // now = MONDAY 08:00; the first slot is the first grid time at or after now + notice.
  it.each([
    { noticeMinutes: 0, first: "08:30" },
    { noticeMinutes: 60, first: "09:00" },
    { noticeMinutes: 120, first: "10:00" },
    { noticeMinutes: 135, first: "10:30" },
    { noticeMinutes: 150, first: "10:30" },
  ])("starts at $first with $noticeMinutes min notice", ({ noticeMinutes, first }) => {
    const board = makeBoard();
    board.settings.minNoticeMinutes = noticeMinutes;

    const slots = findSlotsOnDay(board, makeRequest(), MONDAY, at(MONDAY, "08:00"));

    expect(dropOffTimes(slots)[0]).toBe(first);
  });
});

describe("findSlotsOnDay calendar", () => {
  it.each([
    { case: "normal day", date: MONDAY, closed: [], makeUp: [], first: "08:30" },
    { case: "public holiday", date: MONDAY, closed: [MONDAY], makeUp: [], first: undefined },
    { case: "ordinary Sunday", date: "2026-12-13", closed: [], makeUp: [], first: undefined },
    { case: "make-up Sunday", date: "2026-12-13", closed: [], makeUp: ["2026-12-13"], first: "09:00" },
  ])("handles $case", ({ date, closed, makeUp, first }) => {
    const calendar = makeMondayToSaturdayCalendar({
      closedDates: new Set(closed),
      makeUpWorkdays: new Set(makeUp),
    });
    const board = makeBoard({ calendar });

    const slots = findSlotsOnDay(board, makeRequest(), date, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots)[0]).toBe(first);
  });

  it("ends make-up day at its closing", () => {
    const calendar = makeMondayToSaturdayCalendar({ makeUpWorkdays: new Set(["2026-12-13"]) });
    const board = makeBoard({ calendar });

    const slots = findSlotsOnDay(board, makeRequest(), "2026-12-13", PREVIOUS_FRIDAY_NOW);

    // makeUpHours are 09:00-17:00, so a 1-hour visit's last drop-off is 15:00 (hand-over 16:45).
    expect(dropOffTimes(slots).at(-1)).toBe("15:00");
  });

  it.each([
    { case: "works Mondays", workWeekdays: [1, 2, 3, 4, 5], date: MONDAY, makeUp: [], hasSlots: true },
    { case: "off on Mondays", workWeekdays: [2, 3, 4, 5, 6], date: MONDAY, makeUp: [], hasSlots: false },
    {
      case: "off on Sundays",
      workWeekdays: [1, 2, 3, 4, 5, 6],
      date: "2026-12-13",
      makeUp: [],
      hasSlots: false,
    },
    {
      case: "make-up Sunday",
      workWeekdays: [1, 2, 3, 4, 5, 6],
      date: "2026-12-13",
      makeUp: ["2026-12-13"],
      hasSlots: true,
    },
  ] as const)("staffs only on-duty technician: $case", ({ workWeekdays, date, makeUp, hasSlots }) => {
    const board = makeBoard({
      calendar: makeCalendar({ makeUpWorkdays: new Set(makeUp) }),
      technicians: [makeTechnician({ workWeekdays })],
    });

    const slots = findSlotsOnDay(board, makeRequest(), date, PREVIOUS_FRIDAY_NOW);

    expect(slots.length > 0).toBe(hasSlots);
  });
});

describe("findSlotsOnDay technician load", () => {
  // T1 works 8 h a day; the default 80 % limit allows 6.4 booked hours.
  it.each([
    { case: "well under limit", bookedHours: 2, jobHours: 2, loadLimit: 0.8, free: true },
    { case: "exactly at limit", bookedHours: 4.4, jobHours: 2, loadLimit: 0.8, free: true },
    { case: "one hour over", bookedHours: 5.4, jobHours: 2, loadLimit: 0.8, free: false },
    { case: "over, with 100 % limit", bookedHours: 5.4, jobHours: 2, loadLimit: 1, free: true },
    { case: "whole limit in one job", bookedHours: 0, jobHours: 6.4, loadLimit: 0.8, free: true },
  ])("decides $case", ({ bookedHours, jobHours, loadLimit, free }) => {
    const booking = makeBooking({ labour: [{ technicianId: "T1", date: MONDAY, hours: bookedHours }] });
    const board = makeBoard({ bookings: [booking] });
    board.settings.technicianLoadLimit = loadLimit;

    const slots = findSlotsOnDay(
      board,
      makeRequest([makeJob({ labourHours: jobHours })]),
      MONDAY,
      PREVIOUS_FRIDAY_NOW,
    );

    expect(slots.length > 0).toBe(free);
  });

  it("counts load per day", () => {
    const booking = makeBooking({ labour: [{ technicianId: "T1", date: "2026-12-08", hours: 6.4 }] });
    const board = makeBoard({ bookings: [booking] });

    const mondaySlots = findSlotsOnDay(board, makeRequest(), MONDAY, PREVIOUS_FRIDAY_NOW);
    const tuesdaySlots = findSlotsOnDay(board, makeRequest(), "2026-12-08", PREVIOUS_FRIDAY_NOW);

    expect(mondaySlots.length).toBeGreaterThan(0);
    expect(tuesdaySlots).toEqual([]);
  });
});

describe("findSlotsOnDay skills", () => {
  it.each([
    {
      case: "only skilled one",
      skills: [["maintenance"], ["electrical"]],
      booked: [0, 0],
      jobSkill: "electrical",
      expected: "T2",
    },
    {
      case: "nobody skilled",
      skills: [["maintenance"], ["bodywork"]],
      booked: [0, 0],
      jobSkill: "electrical",
      expected: null,
    },
    {
      case: "least loaded",
      skills: [["maintenance"], ["maintenance"]],
      booked: [3, 1],
      jobSkill: "maintenance",
      expected: "T2",
    },
    {
      case: "least loaded first",
      skills: [["maintenance"], ["maintenance"]],
      booked: [1, 3],
      jobSkill: "maintenance",
      expected: "T1",
    },
    {
      case: "tie by id",
      skills: [["maintenance"], ["maintenance"]],
      booked: [2, 2],
      jobSkill: "maintenance",
      expected: "T1",
    },
  ])("assigns $case", ({ skills, booked, jobSkill, expected }) => {
    const technicians = skills.map((technicianSkills, position) =>
      makeTechnician({ id: `T${position + 1}`, skills: technicianSkills }),
    );
    const bookings = booked.map((hours, position) =>
      makeBooking({
        id: `K${position + 1}`,
        labour: [{ technicianId: `T${position + 1}`, date: MONDAY, hours }],
      }),
    );
    const board = makeBoard({ technicians, bookings });
    const request = makeRequest([makeJob({ skill: jobSkill })]);

    const [first] = findSlotsOnDay(board, request, MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(first?.labour[0]?.technicianId ?? null).toBe(expected);
  });

  it("backtracks when first choice blocks", () => {
    // T1 is least loaded, but giving it the maintenance line leaves 2 h, too little for the 3 h electrical line.
    const technicians = [
      makeTechnician({ id: "T1", skills: ["maintenance", "electrical"], dailyHours: 5 }),
      makeTechnician({ id: "T2", skills: ["maintenance"] }),
    ];
    const booking = makeBooking({ labour: [{ technicianId: "T2", date: MONDAY, hours: 2 }] });
    const board = makeBoard({ technicians, bookings: [booking] });
    const jobs = [
      makeJob({ code: "MINOR", labourHours: 2 }),
      makeJob({ code: "WIRING", skill: "electrical", labourHours: 3 }),
    ];

    const [first] = findSlotsOnDay(board, makeRequest(jobs), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(first?.labour).toEqual([
      { technicianId: "T2", serviceCode: "MINOR", date: MONDAY, hours: 2 },
      { technicianId: "T1", serviceCode: "WIRING", date: MONDAY, hours: 3 },
    ]);
  });

  it("shares job too long for anyone", () => {
    const technicians = [makeTechnician({ id: "T1" }), makeTechnician({ id: "T2" })];
    const board = makeBoard({ technicians });
    const request = makeRequest([makeJob({ labourHours: 7 })]);

    const [first] = findSlotsOnDay(board, request, MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(first?.labour).toEqual([
      { technicianId: "T1", serviceCode: "MINOR", date: MONDAY, hours: 6.4 },
      { technicianId: "T2", serviceCode: "MINOR", date: MONDAY, hours: expect.closeTo(0.6, 6) },
    ]);
  });
});

describe("findSlotsOnDay multi-job visits", () => {
  it("sums labour into one timeline", () => {
    const technicians = [makeTechnician({ id: "T1" }), makeTechnician({ id: "T2", skills: ["electrical"] })];
    const jobs = [
      makeJob({ code: "MINOR", labourHours: 1 }),
      makeJob({ code: "BATTERY", skill: "electrical", labourHours: 1.5 }),
    ];
    const board = makeBoard({ technicians });

    const [first] = findSlotsOnDay(board, makeRequest(jobs), MONDAY, PREVIOUS_FRIDAY_NOW);

    // 08:30 + 15 min + 2.5 h + 30 min = 11:45.
    expect(first?.handOverAt).toEqual(at(MONDAY, "11:45"));
    expect(first?.labour).toEqual([
      { technicianId: "T1", serviceCode: "MINOR", date: MONDAY, hours: 1 },
      { technicianId: "T2", serviceCode: "BATTERY", date: MONDAY, hours: 1.5 },
    ]);
  });

  it.each([
    { case: "one technician", technicianIds: ["T1"], free: false },
    { case: "two technicians", technicianIds: ["T1", "T2"], free: true },
  ])("counts summed load with $case", ({ technicianIds, free }) => {
    const technicians = technicianIds.map((id) => makeTechnician({ id }));
    const jobs = [makeJob({ code: "A", labourHours: 3.5 }), makeJob({ code: "B", labourHours: 3.5 })];
    const board = makeBoard({ technicians });

    const slots = findSlotsOnDay(board, makeRequest(jobs), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(slots.length > 0).toBe(free);
  });
});

describe("findSlotsOnDay bays", () => {
  // A hold takes B1 09:00-11:00. A 1-hour visit occupies its bay from drop-off to hand-over (drop-off + 1 h
  // 45 min).
  it.each([
    { dropOff: "08:30", bays: ["B1"], free: false },
    { dropOff: "10:30", bays: ["B1"], free: false },
    { dropOff: "11:00", bays: ["B1"], free: true },
    { dropOff: "09:00", bays: ["B1", "B2"], free: true },
  ])("bay free at $dropOff with $bays", ({ dropOff, bays, free }) => {
    const hold = makeBooking({
      bayId: "B1",
      dropOffAt: at(MONDAY, "09:00"),
      handOverAt: at(MONDAY, "11:00"),
    });
    const board = makeBoard({ bays: bays.map((id) => makeBay({ id })), bookings: [hold] });

    const slots = findSlotsOnDay(board, makeRequest(), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots).includes(dropOff)).toBe(free);
  });

  it.each([
    { case: "missing kind", jobKinds: ["alignment"], bayKinds: [["general", "lift"]], expected: null },
    {
      case: "covering bay",
      jobKinds: ["alignment"],
      bayKinds: [["general", "lift"], ["alignment"]],
      expected: "B2",
    },
    {
      case: "all kinds needed",
      jobKinds: ["lift", "alignment"],
      bayKinds: [["lift"], ["alignment"]],
      expected: null,
    },
    {
      case: "fewest kinds first",
      jobKinds: ["lift"],
      bayKinds: [["lift", "alignment"], ["lift"]],
      expected: "B2",
    },
  ])("picks bay by kind: $case", ({ jobKinds, bayKinds, expected }) => {
    const bays = bayKinds.map((kinds, position) => makeBay({ id: `B${position + 1}`, kinds }));
    const jobs = jobKinds.map((bayKind, position) =>
      makeJob({ code: `J${position}`, bayKind, labourHours: 0.5 }),
    );
    const board = makeBoard({ bays });

    const [first] = findSlotsOnDay(board, makeRequest(jobs), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(first?.bayId ?? null).toBe(expected);
  });
});

describe("findSlotsOnDay advisor spacing", () => {
  it.each([
    {
      case: "29 minutes after",
      booked: "10:01",
      advisor: "A1",
      spacing: 30,
      candidate: "10:30",
      free: false,
    },
    { case: "30 minutes after", booked: "10:00", advisor: "A1", spacing: 30, candidate: "10:30", free: true },
    {
      case: "29 minutes before",
      booked: "09:59",
      advisor: "A1",
      spacing: 30,
      candidate: "09:30",
      free: false,
    },
    { case: "same time", booked: "10:00", advisor: "A1", spacing: 30, candidate: "10:00", free: false },
    { case: "other advisor", booked: "10:00", advisor: "A2", spacing: 30, candidate: "10:00", free: true },
    {
      case: "60-minute spacing",
      booked: "10:00",
      advisor: "A1",
      spacing: 60,
      candidate: "10:30",
      free: false,
    },
  ])("spaces drop-offs: $case", ({ booked, advisor, spacing, candidate, free }) => {
    const dropOffAt = at(MONDAY, booked);
    const booking = makeBooking({ advisorId: advisor, dropOffAt, handOverAt: at(MONDAY, "12:00") });
    const board = makeBoard({ bookings: [booking] });
    board.settings.advisorSpacingMinutes = spacing;

    const slots = findSlotsOnDay(board, makeRequest([makeJob()], "A1"), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots).includes(candidate)).toBe(free);
  });
});

describe("findSlotsOnDay multi-day visits", () => {
  // 12 h of labour: Monday 08:45-18:00 takes 9.25 h, Tuesday 08:30-11:15 the other 2.75 h, hand-over 11:45.
  const longJob = makeJob({ code: "ENGINE", skill: "engine", labourHours: 12 });
  const engineTechnicians = [
    makeTechnician({ id: "T1", skills: ["engine"] }),
    makeTechnician({ id: "T2", skills: ["engine"] }),
  ];

  it("offers only opening time", () => {
    const board = makeBoard({ technicians: engineTechnicians });

    const slots = findSlotsOnDay(board, makeRequest([longJob]), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(dropOffTimes(slots)).toEqual(["08:30"]);
    expect(slots[0]?.handOverAt).toEqual(at("2026-12-08", "11:45"));
  });

  it("splits labour by day", () => {
    const board = makeBoard({ technicians: engineTechnicians });

    const [slot] = findSlotsOnDay(board, makeRequest([longJob]), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(slot?.labour).toEqual([
      { technicianId: "T1", serviceCode: "ENGINE", date: MONDAY, hours: 6.4 },
      { technicianId: "T2", serviceCode: "ENGINE", date: MONDAY, hours: expect.closeTo(2.85, 6) },
      { technicianId: "T1", serviceCode: "ENGINE", date: "2026-12-08", hours: 2.75 },
    ]);
  });

  it.each([
    { case: "free week", closed: [], holdOnTuesday: false, handOver: at("2026-12-08", "11:45") },
    {
      case: "Tuesday holiday",
      closed: ["2026-12-08"],
      holdOnTuesday: false,
      handOver: at("2026-12-09", "11:45"),
    },
    { case: "bay held Tuesday", closed: [], holdOnTuesday: true, handOver: undefined },
  ])("holds bay through $case", ({ closed, holdOnTuesday, handOver }) => {
    const hold = makeBooking({
      bayId: "B1",
      dropOffAt: at("2026-12-08", "11:00"),
      handOverAt: at("2026-12-08", "12:00"),
    });
    const board = makeBoard({
      calendar: makeCalendar({ closedDates: new Set(closed) }),
      technicians: engineTechnicians,
      bookings: holdOnTuesday ? [hold] : [],
    });

    const [slot] = findSlotsOnDay(board, makeRequest([longJob]), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(slot?.handOverAt).toEqual(handOver);
  });

  it("checks load on each day", () => {
    const booking = makeBooking({
      labour: [
        { technicianId: "T1", date: "2026-12-08", hours: 6.4 },
        { technicianId: "T2", date: "2026-12-08", hours: 6.4 },
      ],
    });
    const board = makeBoard({ technicians: engineTechnicians, bookings: [booking] });

    const slots = findSlotsOnDay(board, makeRequest([longJob]), MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(slots).toEqual([]);
  });
});

describe("findSlots", () => {
  it("spans days and skips closed", () => {
    const board = makeBoard({ calendar: makeCalendar({ closedDates: new Set(["2026-12-08"]) }) });

    const slots = findSlots(
      board,
      makeRequest([makeJob({ labourHours: 6 })]),
      MONDAY,
      3,
      PREVIOUS_FRIDAY_NOW,
    );

    // A 6-hour visit takes 6 h 45 min with check-in and buffer, so drop-offs run 08:30-11:00: 6 per open day.
    const days = [...new Set(slots.map((slot) => slot.date))];
    expect(days).toEqual([MONDAY, "2026-12-09"]);
    expect(slots).toHaveLength(12);
    expect(dropOffTimes(slots).slice(0, 6)).toEqual(["08:30", "09:00", "09:30", "10:00", "10:30", "11:00"]);
  });

  it.each([0, 1])("covers %s days", (days) => {
    const board = makeBoard();

    const slots = findSlots(board, makeRequest(), MONDAY, days, PREVIOUS_FRIDAY_NOW);

    expect(new Set(slots.map((slot) => slot.date)).size).toBe(days);
  });

  it("rejects negative day count", () => {
    expect(() => findSlots(makeBoard(), makeRequest(), MONDAY, -1, PREVIOUS_FRIDAY_NOW)).toThrow(
      /Invalid day count -1/,
    );
  });

  it("rejects request without jobs", () => {
    expect(() => findSlots(makeBoard(), makeRequest([]), MONDAY, 1, PREVIOUS_FRIDAY_NOW)).toThrow(
      /has no jobs/,
    );
  });
});
