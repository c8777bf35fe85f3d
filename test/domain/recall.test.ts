import { describe, expect, it } from "vitest";

import { openRecallsFor } from "../../src/domain/recall.js";
import type { RecallCampaign } from "../../src/domain/recall.js";

// Invented VINs; they follow the 17-character format only.
const VIN_A = "LSVAB2BM0RN000001";
const VIN_B = "LSVAB2BM0RN000002";

function campaign(overrides: Partial<RecallCampaign>): RecallCampaign {
  return {
    code: "R2026-01",
    title: "燃油泵召回",
    serviceCode: "RECALL-FUEL-PUMP",
    vins: new Set([VIN_A, VIN_B]),
    completedVins: new Set(),
    active: true,
    ...overrides,
  };
}

describe("openRecallsFor", () => {
  it.each([
    { case: "listed VIN", vin: VIN_A, campaigns: [campaign({})], expected: ["R2026-01"] },
    { case: "lower-case VIN", vin: VIN_A.toLowerCase(), campaigns: [campaign({})], expected: ["R2026-01"] },
    { case: "padded VIN", vin: ` ${VIN_A} `, campaigns: [campaign({})], expected: ["R2026-01"] },
    {
      case: "lower-case list",
      vin: VIN_A,
      campaigns: [campaign({ vins: new Set([VIN_A.toLowerCase()]) })],
      expected: ["R2026-01"],
    },
    {
      case: "completed for VIN",
      vin: VIN_A,
      campaigns: [campaign({ completedVins: new Set([VIN_A]) })],
      expected: [],
    },
    {
      case: "completed, other case",
      vin: VIN_A,
      campaigns: [campaign({ completedVins: new Set([VIN_A.toLowerCase()]) })],
      expected: [],
    },
    {
      case: "completed for other VIN",
      vin: VIN_A,
      campaigns: [campaign({ completedVins: new Set([VIN_B]) })],
      expected: ["R2026-01"],
    },
    { case: "inactive campaign", vin: VIN_A, campaigns: [campaign({ active: false })], expected: [] },
    { case: "VIN not listed", vin: "LSVAB2BM0RN000099", campaigns: [campaign({})], expected: [] },
    { case: "unknown VIN", vin: null, campaigns: [campaign({})], expected: [] },
    { case: "empty VIN", vin: "  ", campaigns: [campaign({})], expected: [] },
    {
      case: "two campaigns",
      vin: VIN_B,
      campaigns: [campaign({}), campaign({ code: "F2026-07", title: "软件升级" })],
      expected: ["R2026-01", "F2026-07"],
    },
  ])("returns $expected for $case", ({ vin, campaigns, expected }) => {
    const open = openRecallsFor(vin, campaigns);

    expect(open.map((entry) => entry.code)).toEqual(expected);
  });
});
