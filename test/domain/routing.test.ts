import { describe, expect, it } from "vitest";

import { pickLeastLoadedAdvisor } from "../../src/domain/routing.js";
import type { AdvisorLoad } from "../../src/domain/routing.js";

function load(advisorId: string, bookedHours: number, bookedCount: number, active = true): AdvisorLoad {
  return { advisorId, active, bookedCount, bookedHours };
}

describe("pickLeastLoadedAdvisor", () => {
  it.each([
    { case: "fewest hours", loads: [load("A1", 5, 2), load("A2", 3, 4)], expected: "A2" },
    { case: "hours tie, fewest bookings", loads: [load("A1", 3, 3), load("A2", 3, 2)], expected: "A2" },
    { case: "full tie, id order", loads: [load("A2", 3, 2), load("A1", 3, 2)], expected: "A1" },
    { case: "inactive skipped", loads: [load("A1", 0, 0, false), load("A2", 6, 3)], expected: "A2" },
    { case: "single active", loads: [load("A3", 8, 5)], expected: "A3" },
  ])("picks $case", ({ loads, expected }) => {
    expect(pickLeastLoadedAdvisor(loads)).toBe(expected);
  });

  it.each([
    { case: "all inactive", loads: [load("A1", 0, 0, false)] },
    { case: "no advisors", loads: [] },
  ])("throws when $case", ({ loads }) => {
    expect(() => pickLeastLoadedAdvisor(loads)).toThrow(/No active service advisor/);
  });

  it("keeps input order", () => {
    const loads = [load("A2", 3, 2), load("A1", 3, 2)];

    pickLeastLoadedAdvisor(loads);

    expect(loads.map((entry) => entry.advisorId)).toEqual(["A2", "A1"]);
  });
});
