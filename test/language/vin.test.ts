import { describe, expect, it } from "vitest";

import { describeVinProblem, extractVin, isValidVin } from "../../src/language/vin.js";

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** Letter runs and the value of their first letter. Each following letter counts one more. */
const LETTER_RUNS: Array<[string, number]> = [
  ["ABCDEFGH", 1],
  ["JKLMN", 1],
  ["P", 7],
  ["R", 9],
  ["STUVWXYZ", 2],
];

function transliterate(char: string): number {
  if (/^\d$/.test(char)) return Number(char);
  for (const [letters, firstValue] of LETTER_RUNS) {
    const index = letters.indexOf(char);
    if (index >= 0) return firstValue + index;
  }
  throw new Error(`Character '${char}' is not allowed in a VIN. Fix the invented VIN in the test.`);
}

/** Put the correct check digit into position 9 of a 17-character invented VIN ("_" marks the slot). */
function withCheckDigit(draft: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    if (index === 8) continue;
    sum += transliterate(draft[index] ?? "") * (WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  const checkDigit = remainder === 10 ? "X" : String(remainder);
  return `${draft.slice(0, 8)}${checkDigit}${draft.slice(9)}`;
}

/** Replace the check digit with a different one, so the VIN fails only the check. */
function withWrongCheckDigit(vin: string): string {
  const wrong = vin[8] === "1" ? "2" : "1";
  return `${vin.slice(0, 8)}${wrong}${vin.slice(9)}`;
}

const FIRST_VIN = withCheckDigit("LTESTCAR_RA000123");
const SECOND_VIN = withCheckDigit("LDEMAZZZ_SB765432");
const X_CHECK_VIN = findVinWithCheckDigitX();

/** Vary the serial until the check digit is X, to cover remainder 10. */
function findVinWithCheckDigitX(): string {
  for (let serial = 100000; serial < 100100; serial += 1) {
    const vin = withCheckDigit(`LFAKECAR_PC${serial}`);
    if (vin[8] === "X") return vin;
  }
  throw new Error("No VIN with check digit X among 100 serials. Widen the serial range in the test helper.");
}

describe("withCheckDigit test helper", () => {
  it("matches hand-computed check digit", () => {
    // L3×8 + T3×7 + E5×6 + S2×5 + T3×4 + C3×3 + A1×2 + R9×10 + R9×9 + A1×8 + 1×4 + 2×3 + 3×2 = 303,
    // and 303 mod 11 = 6.
    expect(withCheckDigit("LTESTCAR_RA000123")).toBe("LTESTCAR6RA000123");
  });
});

describe("extractVin", () => {
  it.each([
    ["bare VIN", FIRST_VIN, FIRST_VIN],
    ["prefixed by vin", `vin ${FIRST_VIN}`, FIRST_VIN],
    ["lowercase", `车架号：${SECOND_VIN.toLowerCase()}`, SECOND_VIN],
    ["full-width", toFullWidth(FIRST_VIN), FIRST_VIN],
    [
      "split by spaces",
      `${FIRST_VIN.slice(0, 5)} ${FIRST_VIN.slice(5, 11)} ${FIRST_VIN.slice(11)}`,
      FIRST_VIN,
    ],
    ["split by dashes", `VIN-${SECOND_VIN.slice(0, 8)}-${SECOND_VIN.slice(8)}`, SECOND_VIN],
    ["check digit X", `我的车架号是${X_CHECK_VIN}谢谢`, X_CHECK_VIN],
    ["second of two candidates", `${withWrongCheckDigit(FIRST_VIN)} 不对，是 ${SECOND_VIN}`, SECOND_VIN],
    ["wrong check digit", withWrongCheckDigit(FIRST_VIN), null],
    ["inside longer code", `${FIRST_VIN}9`, null],
    ["letter O instead of 0", FIRST_VIN.replace("0", "O"), null],
    ["all digits", withCheckDigit("12345678_12345678"), null],
    ["16 characters", FIRST_VIN.slice(1), null],
    ["mobile and plate only", "13800000001 沪A12345", null],
    ["empty", "", null],
    ["emoji", "🚗🚙🚕", null],
  ])("reads %s", (_case, text, expected) => {
    expect(extractVin(text)).toBe(expected);
  });

  it("handles 10000 characters quickly", () => {
    const text = `${"a1 ".repeat(3400)}${FIRST_VIN}`;

    const startedMs = performance.now();
    const vin = extractVin(text);
    const elapsedMs = performance.now() - startedMs;

    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(vin).toBeNull();
    expect(elapsedMs).toBeLessThan(200);
  });
});

describe("isValidVin", () => {
  it.each([
    ["generated VIN", FIRST_VIN, true],
    ["check digit X", X_CHECK_VIN, true],
    ["lowercase", FIRST_VIN.toLowerCase(), false],
    ["wrong check digit", withWrongCheckDigit(SECOND_VIN), false],
    ["contains Q", `${FIRST_VIN.slice(0, 16)}Q`, false],
    ["18 characters", `${FIRST_VIN}1`, false],
  ])("checks %s", (_case, vin, expected) => {
    expect(isValidVin(vin)).toBe(expected);
  });
});

describe("describeVinProblem", () => {
  it.each([
    ["valid VIN", FIRST_VIN, null],
    ["valid with spaces", ` ${FIRST_VIN.slice(0, 9)} ${FIRST_VIN.slice(9).toLowerCase()} `, null],
    ["16 characters", FIRST_VIN.slice(1), "长度不是17位（您发的是16位）"],
    ["Chinese character", `${FIRST_VIN.slice(0, 16)}号`, "只包含字母和数字"],
    ["letter I", `${FIRST_VIN.slice(0, 16)}I`, "不会出现字母I、O、Q"],
    ["wrong check digit", withWrongCheckDigit(FIRST_VIN), "第9位校验位不符"],
  ])("explains %s", (_case, candidate, expected) => {
    const problem = describeVinProblem(candidate);

    if (expected === null) {
      expect(problem).toBeNull();
    } else {
      expect(problem).toContain(expected);
    }
  });
});

function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Z]/g, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) + 0xfee0));
}
