import { describe, expect, it } from "vitest";

import { matchJobs } from "../../src/domain/jobs.js";
import { makeJob } from "./fixtures.js";

const catalogue = [
  makeJob({ code: "MINOR", name: "小保养", keywords: ["小保养", "保养", "机油", "换油"] }),
  makeJob({ code: "MAJOR", name: "大保养", keywords: ["大保养"] }),
  makeJob({
    code: "BRAKE",
    name: "更换刹车片",
    kind: "repair",
    skill: "chassis",
    keywords: ["刹车片", "刹车异响"],
  }),
  makeJob({ code: "TYRE", name: "更换轮胎", kind: "repair", skill: "chassis", keywords: ["轮胎", "换胎"] }),
  makeJob({ code: "AC", name: "空调检修", kind: "repair", skill: "electrical", keywords: ["空调"] }),
  makeJob({
    code: "INSPECT",
    name: "故障检查",
    kind: "inspection",
    skill: "diagnosis",
    keywords: ["检查一下", "检测"],
  }),
];

describe("matchJobs", () => {
  it.each([
    { case: "one keyword", text: "想换个机油", jobs: ["MINOR"], needsInspection: false },
    { case: "longest keyword wins", text: "做个大保养", jobs: ["MAJOR"], needsInspection: false },
    { case: "no duplicates", text: "保养，顺便换机油", jobs: ["MINOR"], needsInspection: false },
    {
      case: "order of mention",
      text: "换轮胎，再做个小保养",
      jobs: ["TYRE", "MINOR"],
      needsInspection: false,
    },
    { case: "full-width and spaces", text: "空　调 不凉", jobs: ["AC"], needsInspection: false },
    { case: "fault inside keyword", text: "刹车异响", jobs: ["BRAKE"], needsInspection: false },
    { case: "unmatched fault", text: "小保养，另外方向盘有点抖", jobs: ["MINOR"], needsInspection: true },
    { case: "fault only", text: "发动机故障灯亮了", jobs: [], needsInspection: true },
    { case: "hard start", text: "早上不好启动", jobs: [], needsInspection: true },
    { case: "pulling to one side", text: "开起来跑偏", jobs: [], needsInspection: true },
    {
      case: "inspection already matched",
      text: "底盘有异响，帮我检查一下",
      jobs: ["INSPECT"],
      needsInspection: false,
    },
    { case: "nothing recognised", text: "你好", jobs: [], needsInspection: false },
  ])("matches $case", ({ text, jobs, needsInspection }) => {
    const match = matchJobs(text, catalogue);

    expect(match.jobs.map((job) => job.code)).toEqual(jobs);
    expect(match.needsInspection).toBe(needsInspection);
  });

  it("converts full-width letters", () => {
    const abs = makeJob({ code: "ABS", name: "ABS检修", keywords: ["abs"] });

    expect(matchJobs("ＡＢＳ灯亮", [abs]).jobs.map((job) => job.code)).toEqual(["ABS"]);
  });
});
