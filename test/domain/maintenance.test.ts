import { describe, expect, it } from "vitest";

import { chooseMaintenance, nextMaintenanceDue } from "../../src/domain/maintenance.js";
import type { MaintenanceRule, ServiceHistoryEntry } from "../../src/domain/maintenance.js";

const RULES: readonly MaintenanceRule[] = [
  { serviceCode: "MINOR", intervalKm: 10_000, intervalMonths: 12, priority: 1 },
  { serviceCode: "MAJOR", intervalKm: 40_000, intervalMonths: 48, priority: 2 },
];
const TODAY = "2026-12-07";

function visit(date: string, mileageKm: number | null, ...serviceCodes: string[]): ServiceHistoryEntry {
  return { date, mileageKm, serviceCodes };
}

describe("chooseMaintenance", () => {
  it.each([
    {
      case: "km due",
      history: [visit("2026-06-01", 20_000, "MINOR")],
      mileage: 31_000,
      serviceCode: "MINOR",
      reason: "距上次保养已行驶约1.1万公里，已到1万公里的保养里程",
    },
    {
      case: "months due",
      history: [visit("2025-11-20", 20_000, "MINOR")],
      mileage: 25_000,
      serviceCode: "MINOR",
      reason: "距上次保养已满12个月",
    },
    {
      case: "major beats minor",
      history: [visit("2025-12-01", 30_500, "MINOR")],
      mileage: 41_000,
      serviceCode: "MAJOR",
      reason: "当前里程约4.1万公里，已到4万公里的保养里程",
    },
    {
      case: "major resets minor",
      history: [visit("2026-09-01", 40_200, "MAJOR")],
      mileage: 45_000,
      serviceCode: "MINOR",
      reason: "尚未到保养周期，按常规保养安排",
    },
    {
      case: "km due within horizon",
      history: [visit("2026-01-07", 10_000, "MINOR")],
      mileage: 19_500,
      serviceCode: "MINOR",
      reason: "距上次保养已行驶约9500公里，近期将达到1万公里的保养里程",
    },
    {
      case: "months due within horizon",
      history: [visit("2025-12-20", 10_000, "MINOR")],
      mileage: null,
      serviceCode: "MINOR",
      reason: "距上次保养将于2026年12月20日满12个月",
    },
    {
      case: "no history",
      history: [],
      mileage: null,
      serviceCode: "MINOR",
      reason: "暂无保养记录，建议先做一次常规保养",
    },
    {
      case: "latest entry counts",
      history: [visit("2026-10-01", 29_000, "MINOR"), visit("2025-06-01", 20_000, "MINOR")],
      mileage: 31_000,
      serviceCode: "MINOR",
      reason: "尚未到保养周期，按常规保养安排",
    },
  ])("chooses $serviceCode when $case", ({ history, mileage, serviceCode, reason }) => {
    const choice = chooseMaintenance(RULES, history, mileage, TODAY);

    expect(choice.serviceCode).toBe(serviceCode);
    expect(choice.reason).toBe(reason);
  });

  it.each([
    { horizonDays: 30, reason: "距上次保养将于2026年12月20日满12个月" },
    { horizonDays: 0, reason: "尚未到保养周期，按常规保养安排" },
  ])("honours $horizonDays-day horizon", ({ horizonDays, reason }) => {
    const history = [visit("2025-12-20", 10_000, "MINOR")];

    expect(chooseMaintenance(RULES, history, null, TODAY, horizonDays).reason).toBe(reason);
  });

  it("rejects empty rules", () => {
    expect(() => chooseMaintenance([], [], null, TODAY)).toThrow(/No maintenance rules/);
  });
});

describe("nextMaintenanceDue", () => {
  it.each([
    {
      case: "months only",
      history: [visit("2026-06-01", null, "MINOR")],
      mileage: null,
      expected: { serviceCode: "MINOR", dueDate: "2027-06-01" },
    },
    // 6 500 km in 189 days; 3 500 km left → 101.8 days → 102 days after today.
    {
      case: "km before months",
      history: [visit("2026-06-01", 20_000, "MINOR")],
      mileage: 26_500,
      expected: { serviceCode: "MINOR", dueDate: "2027-03-19" },
    },
    {
      case: "overdue",
      history: [visit("2025-06-01", 20_000, "MINOR")],
      mileage: 31_000,
      expected: { serviceCode: "MINOR", dueDate: "2026-06-01" },
    },
    {
      case: "tie goes to major",
      history: [visit("2022-12-07", null, "MAJOR"), visit("2025-12-07", null, "MINOR")],
      mileage: null,
      expected: { serviceCode: "MAJOR", dueDate: "2026-12-07" },
    },
    {
      case: "km passed, no rate",
      history: [],
      mileage: 12_000,
      expected: { serviceCode: "MINOR", dueDate: TODAY },
    },
    { case: "nothing known", history: [], mileage: null, expected: null },
  ])("computes $case", ({ history, mileage, expected }) => {
    expect(nextMaintenanceDue(RULES, history, mileage, TODAY)).toEqual(expected);
  });

  it("clamps to month end", () => {
    const monthly: MaintenanceRule[] = [
      { serviceCode: "CHECK", intervalKm: 100_000, intervalMonths: 1, priority: 1 },
    ];

    const due = nextMaintenanceDue(monthly, [visit("2026-01-31", null, "CHECK")], null, "2026-01-31");

    expect(due).toEqual({ serviceCode: "CHECK", dueDate: "2026-02-28" });
  });
});
