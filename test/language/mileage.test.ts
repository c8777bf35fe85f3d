import { describe, expect, it } from "vitest";

import { parseMileage } from "../../src/language/mileage.js";

describe("parseMileage", () => {
  it.each([
    ["沪A·12345 跑了3万2了", 32000],
    ["3万2", 32000],
    ["两万五", 25000],
    ["25000公里", 25000],
    ["2.5万km", 25000],
    ["跑了三万多公里", 30000],
    ["1万公里", 10000],
    ["八千公里", 8000],
    ["12万", 120000],
    ["3万2千公里", 32000],
    ["两万五千公里", 25000],
    ["3万零500公里", 30500],
    ["3万2500", 32500],
    ["十万八千公里", 108000],
    ["一万两千五百公里", 12500],
    ["8千5公里", 8500],
    ["3w公里", 30000],
    ["25,000公里", 25000],
    ["32000 KM", 32000],
    ["跑了32000", 32000],
    ["里程：32000", 32000],
    ["表显大概45678", 45678],
    ["现在3000多公里", 3000],
    ["新车才跑了50公里", 50],
    ["0公里", 0],
    ["车牌粤B D12345，跑了4万", 40000],
    ["电话138 0000 0001，三万公里了", 30000],
    ["vin LSVAU2180N2183294 跑了1.2万", 12000],
    ["32000", null],
    ["保养要两千多吗", null],
    ["车12万买的", null],
    ["花了2万", null],
    ["2万块", null],
    ["明天下午3点", null],
    ["3月2号10:30", null],
    ["跑了两趟", null],
    ["跑了一会儿", null],
    ["开了3年", null],
    ["一万个感谢", null],
    ["千万别取消", null],
    ["13800000001", null],
    ["沪A12345", null],
    ["2.0T的车", null],
    ["200万公里", null],
    ["", null],
    ["🚗💨", null],
    ["这车不错", null],
  ])("reads %j as %j", (text, expected) => {
    expect(parseMileage(text)).toBe(expected);
  });

  it("returns the first reading", () => {
    expect(parseMileage("现在3万2了，上次保养是2万公里")).toBe(32000);
  });

  it("handles 10000 characters quickly", () => {
    const text = `${"一二三四五六七八九十 ".repeat(1000)}3万公里`;

    const startedMs = performance.now();
    const mileage = parseMileage(text);
    const elapsedMs = performance.now() - startedMs;

    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(mileage).toBeNull();
    expect(elapsedMs).toBeLessThan(200);
  });

  it("returns null for non-string input", () => {
    expect(parseMileage(null as unknown as string)).toBeNull();
  });
});

describe("parseMileage when expecting mileage", () => {
  it.each([
    ["32000", 32000],
    ["大概32000吧", 32000],
    ["32,000", 32000],
    ["现在45678左右", 45678],
    ["八千", 8000],
    ["三万二", 32000],
    ["100", 100],
    ["1500000", 1500000],
    ["99", null],
    ["1500001", null],
    ["13800000001", null],
    ["沪A12345", null],
    ["32000，明天上午可以吗", null],
    ["不知道", null],
  ])("reads %j as %j", (text, expected) => {
    expect(parseMileage(text, { expectingMileage: true })).toBe(expected);
  });
});
