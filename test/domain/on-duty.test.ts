import { describe, expect, it } from "vitest";

import { isOnDuty } from "../../src/domain/board/labour.js";
import { makeCalendar, makeTechnician } from "./fixtures.js";

const HOURS = { open: "09:00", close: "16:00" };

describe("isOnDuty", () => {
  it.each([
    // date, technician weekdays, calendar changes, expected
    ["rostered weekday", "2026-12-07", [1], {}, true],
    ["weekday off", "2026-12-06", [1], {}, false],
    ["make-up working day", "2026-12-06", [1], { makeUpWorkdays: new Set(["2026-12-06"]) }, true],
    ["override opens a holiday", "2026-12-08", [1], { closedDates: new Set(["2026-12-08"]), overrides: new Map([["2026-12-08", HOURS]]) }, true],
    ["override only changes hours", "2026-12-08", [1], { overrides: new Map([["2026-12-08", HOURS]]) }, false],
    ["override closes the day", "2026-12-07", [1], { overrides: new Map([["2026-12-07", null]]) }, true],
  ] as const)("%s", (_case, date, weekdays, changes, expected) => {
    const technician = makeTechnician({ workWeekdays: [...weekdays] });
    const calendar = makeCalendar(changes as Parameters<typeof makeCalendar>[0]);

    expect(isOnDuty(technician, calendar, date)).toBe(expected);
  });
});
