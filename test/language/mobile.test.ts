import { describe, expect, it } from "vitest";

import { extractMobile, findMobiles, isValidMobile, maskMobile } from "../../src/language/mobile.js";

describe("extractMobile", () => {
  it.each([
    ["13800000001", "13800000001"],
    ["我的电话是13800000001，谢谢", "13800000001"],
    ["138 0000 0001", "13800000001"],
    ["138-0000-0001", "13800000001"],
    ["+86 138 0000 0001", "13800000001"],
    ["+8613800000002", "13800000002"],
    ["0086-13800000003", "13800000003"],
    ["8613800000004", "13800000004"],
    ["１３８００００００05", "13800000005"],
    ["手机:19900000006 沪A12345", "19900000006"],
    ["12800000001", null],
    ["1380000000", null],
    ["138000000012", null],
    ["213800000001", null],
    ["订单号2024051513800000001", null],
    ["LSV13800000001AB", null],
    ["座机 021-60000000", null],
    ["1 3 8 0 0 0 0 0 0 0 1", null],
    ["", null],
    ["📱📱📱", null],
    ["hello world", null],
  ])("reads %j as %j", (text, expected) => {
    expect(extractMobile(text)).toBe(expected);
  });

  it("handles 10000 characters quickly", () => {
    const text = `${"1 3-".repeat(2500)}13800000001`;

    const startedMs = performance.now();
    const mobile = extractMobile(text);
    const elapsedMs = performance.now() - startedMs;

    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(mobile).toBeNull();
    expect(elapsedMs).toBeLessThan(200);
  });
});

describe("findMobiles", () => {
  it("spans include country code", () => {
    const text = "电话 +86 138-0000-0001 找王先生";

    const spans = findMobiles(text);

    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe("+86 138-0000-0001");
  });
});

describe("isValidMobile", () => {
  it.each([
    ["13800000001", true],
    ["19900000001", true],
    ["12800000001", false],
    ["138 0000 0001", false],
    ["+8613800000001", false],
    ["", false],
  ])("checks %j as %j", (mobile, expected) => {
    expect(isValidMobile(mobile)).toBe(expected);
  });
});

describe("maskMobile", () => {
  it.each([
    ["13800000001", "138****0001"],
    ["15912345678", "159****5678"],
    ["not a number", "****"],
    ["138000", "****"],
  ])("masks %j as %j", (mobile, expected) => {
    expect(maskMobile(mobile)).toBe(expected);
  });
});
