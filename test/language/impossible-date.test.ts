import { describe, expect, it } from "vitest";

import { findImpossibleDate } from "../../src/language/impossible-date.js";

describe("findImpossibleDate", () => {
  it.each([
    ["2月30号上午", { month: 2, day: 30 }],
    ["我想4月31日来保养", { month: 4, day: 31 }],
    ["13月5号", { month: 13, day: 5 }],
    ["二月三十号", { month: 2, day: 30 }],
    ["１２月３２日", { month: 12, day: 32 }],
    ["2月29号", null],
    ["12月31日下午", null],
    ["明天上午", null],
    ["沪A·12345 跑了3万2", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(findImpossibleDate(text)).toEqual(expected);
  });
});
