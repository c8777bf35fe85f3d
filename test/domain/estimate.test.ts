import { describe, expect, it } from "vitest";

import { estimateVisit, formatYuan } from "../../src/domain/estimate.js";
import { makeJob, makePart } from "./fixtures.js";

describe("estimateVisit", () => {
  const parts = [
    makePart({ code: "OIL-5W30", name: "机油 5W-30 1L", priceFen: 9_500 }),
    makePart({ code: "FILTER-A", name: "机油滤芯", priceFen: 4_850 }),
    makePart({ code: "BRAKE-PAD-F", name: "前刹车片", priceFen: 56_000 }),
  ];
  const minor = makeJob({
    code: "MINOR",
    name: "小保养",
    labourHours: 1,
    labourPriceFen: 20_000,
    parts: [
      { partCode: "OIL-5W30", quantity: 4 },
      { partCode: "FILTER-A", quantity: 1 },
    ],
  });
  const brakes = makeJob({
    code: "BRAKE-F",
    name: "更换前刹车片",
    skill: "chassis",
    labourHours: 1.5,
    labourPriceFen: 30_000,
    parts: [{ partCode: "BRAKE-PAD-F", quantity: 1 }],
  });
  const inspection = makeJob({
    code: "INSPECT",
    name: "故障检查",
    labourHours: 0.5,
    labourPriceFen: 0,
    parts: [],
  });

  it.each([
    {
      case: "one job with parts",
      jobs: [minor],
      labourHours: 1,
      labourFen: 20_000,
      partsFen: 42_850,
      totalFen: 62_850,
    },
    {
      case: "two jobs",
      jobs: [minor, brakes],
      labourHours: 2.5,
      labourFen: 50_000,
      partsFen: 98_850,
      totalFen: 148_850,
    },
    { case: "free inspection", jobs: [inspection], labourHours: 0.5, labourFen: 0, partsFen: 0, totalFen: 0 },
    { case: "no jobs", jobs: [], labourHours: 0, labourFen: 0, partsFen: 0, totalFen: 0 },
  ])("sums $case", ({ jobs, labourHours, labourFen, partsFen, totalFen }) => {
    const estimate = estimateVisit(jobs, parts);

    expect(estimate.labourHours).toBe(labourHours);
    expect(estimate.labourFen).toBe(labourFen);
    expect(estimate.partsFen).toBe(partsFen);
    expect(estimate.totalFen).toBe(totalFen);
    expect(estimate.lines).toHaveLength(jobs.length);
  });

  it("prices parts per line", () => {
    const [line] = estimateVisit([minor], parts).lines;

    expect(line).toEqual({
      serviceCode: "MINOR",
      name: "小保养",
      labourHours: 1,
      labourFen: 20_000,
      partsFen: 42_850,
      totalFen: 62_850,
      parts: [
        { partCode: "OIL-5W30", name: "机油 5W-30 1L", quantity: 4, priceFen: 38_000 },
        { partCode: "FILTER-A", name: "机油滤芯", quantity: 1, priceFen: 4_850 },
      ],
    });
  });

  it("rounds summed hours", () => {
    const jobs = [0.1, 0.2].map((labourHours, position) => makeJob({ code: `J${position}`, labourHours }));

    expect(estimateVisit(jobs, parts).labourHours).toBe(0.3);
  });

  it("names missing part code", () => {
    const job = makeJob({ code: "WIPER", parts: [{ partCode: "WIPER-24", quantity: 2 }] });

    expect(() => estimateVisit([job], parts)).toThrow(/Part 'WIPER-24' of service item 'WIPER' not found/);
  });
});

describe("formatYuan", () => {
  it.each([
    { fen: 38_000, expected: "380元" },
    { fen: 38_050, expected: "380.50元" },
    { fen: 38_005, expected: "380.05元" },
    { fen: 0, expected: "0元" },
    { fen: 5, expected: "0.05元" },
    { fen: -1_250, expected: "-12.50元" },
    { fen: 123_456_700, expected: "1234567元" },
  ])("formats $fen fen", ({ fen, expected }) => {
    expect(formatYuan(fen)).toBe(expected);
  });

  it.each([12.5, Number.NaN])("rejects %s fen", (fen) => {
    expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});
