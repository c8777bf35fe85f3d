import { describe, expect, it } from "vitest";

import { extractPlate, findPlates, formatPlate, isValidPlate } from "../../src/language/plate.js";

describe("extractPlate", () => {
  it.each([
    ["沪A·12345 跑了3万2了", "沪A12345"],
    ["我的车牌是 粤B D12345", "粤BD12345"],
    ["沪A12345", "沪A12345"],
    ["沪a12345", "沪A12345"],
    ["京N•B8U77", "京NB8U77"],
    ["浙A-123AB", "浙A123AB"],
    ["苏 E 12345", "苏E12345"],
    ["川Ａ１２３４５", "川A12345"],
    ["车牌号：鲁B·D1234D", null],
    ["粤B·DF1234", "粤BDF1234"],
    ["粤B12345D", "粤B12345D"],
    ["粤b12345f 新能源", "粤B12345F"],
    ["沪A1234学，教练车", "沪A1234学"],
    ["粤Z1234港", "粤Z1234港"],
    ["京A1234警", "京A1234警"],
    ["沪A12345港口那边", "沪A12345"],
    ["琼B12345", "琼B12345"],
    ["藏A12345", "藏A12345"],
    ["港A12345", null],
    ["沪I12345", null],
    ["沪O12345", null],
    ["沪A1234I", null],
    ["沪AABC12", null],
    ["沪A123456789", null],
    ["沪A1234", null],
    ["粤B12345X", null],
    ["粤BX12345", null],
    ["vin 沪LSVAU2180N2183294", null],
    ["沪13800000001", null],
    ["新款SUV多少钱", null],
    ["", null],
    ["🚗💨😀", null],
    ["我的车是沪A·12345，老婆的是浙B·54321", "沪A12345"],
  ])("reads %j as %j", (text, expected) => {
    expect(extractPlate(text)).toBe(expected);
  });

  it("ignores a plate past 2000 characters", () => {
    const text = `${"好".repeat(2000)}沪A12345`;

    expect(extractPlate(text)).toBeNull();
  });

  it("finds a plate in long text quickly", () => {
    const text = `沪A12345${"啊😀 ".repeat(3300)}`;

    const startedMs = performance.now();
    const plate = extractPlate(text);
    const elapsedMs = performance.now() - startedMs;

    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(plate).toBe("沪A12345");
    expect(elapsedMs).toBeLessThan(200);
  });

  it("returns null for non-string input", () => {
    expect(extractPlate(undefined as unknown as string)).toBeNull();
  });
});

describe("findPlates", () => {
  it("returns spans in original text", () => {
    const text = "车牌 沪a·12345，谢谢";

    const spans = findPlates(text);

    expect(spans).toEqual([{ plate: "沪A12345", start: 3, end: 11 }]);
    expect(text.slice(3, 11)).toBe("沪a·12345");
  });

  it("leaves unused suffix outside span", () => {
    const text = "沪A12345港口";

    const [span] = findPlates(text);

    expect(span?.plate).toBe("沪A12345");
    expect(text.slice(span?.start, span?.end)).toBe("沪A12345");
  });
});

describe("isValidPlate", () => {
  it.each([
    ["沪A12345", true],
    ["粤BD12345", true],
    ["粤B12345D", true],
    ["沪A1234学", true],
    ["沪a12345", false],
    ["沪A·12345", false],
    ["沪A 12345", false],
    ["沪AB1C2D", false],
    ["沪A12345678", false],
    ["", false],
  ])("checks %j as %j", (plate, expected) => {
    expect(isValidPlate(plate)).toBe(expected);
  });
});

describe("formatPlate", () => {
  it.each([
    ["沪A12345", "沪A·12345"],
    ["粤BD12345", "粤B·D12345"],
    ["粤b d12345", "粤B·D12345"],
    ["沪A·12345", "沪A·12345"],
    ["not a plate", "not a plate"],
  ])("formats %j as %j", (plate, expected) => {
    expect(formatPlate(plate)).toBe(expected);
  });
});
