import { describe, expect, it } from "vitest";

import { isAffirmative, isNegative, isSkip, parseChoice } from "../../src/language/answers.js";

describe("isAffirmative", () => {
  it.each([
    ["确认", true],
    ["好的", true],
    ["好的没问题👍", true],
    ["可以的，谢谢", true],
    ["OK", true],
    ["不好", false],
    ["不可以", false],
    ["明天下午三点", false],
    ["", false],
  ])("%s", (text, expected) => {
    expect(isAffirmative(text)).toBe(expected);
  });
});

describe("isNegative", () => {
  it.each([
    ["不同意", true],
    ["算了", true],
    ["取消", true],
    ["好的", false],
  ])("%s", (text, expected) => {
    expect(isNegative(text)).toBe(expected);
  });
});

describe("isSkip", () => {
  it.each([
    ["跳过", true],
    ["那跳过吧", true],
    ["没带行驶证", true],
    ["不知道", true],
    ["LSVAU2180N2183294", false],
    ["我的车架号是多少我也不知道你们系统里应该有记录吧我之前来过好几次", false],
  ])("%s", (text, expected) => {
    expect(isSkip(text)).toBe(expected);
  });
});

describe("parseChoice", () => {
  it.each([
    ["2", 3, 2],
    ["第二个", 3, 2],
    ["２", 3, 2],
    ["选3", 3, 3],
    ["4", 3, null],
    ["0", 3, null],
    ["明天", 3, null],
  ] as const)("%s of %i", (text, count, expected) => {
    expect(parseChoice(text, count)).toBe(expected);
  });
});
