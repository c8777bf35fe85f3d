/**
 * Vehicle identification numbers (VIN, 车架号) in free chat text: find, check and explain problems.
 *
 * A VIN has 17 characters from 0-9 and A-Z without I, O and Q. Position 9 is a check digit (ISO 3779,
 * mandatory in China under GB 16735). Each character is transliterated to a number and multiplied by its
 * position weight. The sum modulo 11 is the check digit, and a remainder of 10 is written "X".
 */

import { toHalfWidth } from "./normalize.js";

/** Only this many leading characters of a message are scanned, so a pasted essay stays cheap. */
const MAX_SCANNED_CHARS = 2000;

const VIN_LENGTH = 17;
const CHECK_DIGIT_INDEX = 8;
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Transliteration of letters for the check digit. I, O and Q are absent because VINs never use them. */
const LETTER_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Runs of letters and digits, joined by single spaces or dashes ("LSVAU 2180N 2183294"). */
const ALPHANUMERIC_RUN = /[A-Z0-9]+(?:[ \-][A-Z0-9]+)*/g;

/**
 * Find the first VIN in free text and return it uppercase, or null.
 * A VIN must have 17 characters without I, O or Q, a valid check digit in position 9, and at least one
 * letter, because an all-digit string with a matching check digit is far more likely an order number.
 * The customer may type it in lowercase, full-width or split into groups by single spaces or dashes.
 * Scans the first 2 000 characters.
 */
export function extractVin(text: string): string | null {
  if (typeof text !== "string" || text === "") return null;

  const scanned = toHalfWidth(text.slice(0, MAX_SCANNED_CHARS)).toUpperCase();
  for (const match of scanned.matchAll(ALPHANUMERIC_RUN)) {
    const vin = findVinInGroups(match[0].split(/[ \-]/));
    if (vin !== null) return vin;
  }
  return null;
}

/** Check that a string is exactly an uppercase 17-character VIN with a valid check digit in position 9. */
export function isValidVin(vin: string): boolean {
  if (typeof vin !== "string" || !VIN_SHAPE.test(vin)) return false;
  return computeCheckDigit(vin) === vin[CHECK_DIGIT_INDEX];
}

/**
 * Explain in Simplified Chinese, for the customer, why a VIN they typed is invalid, or return null when
 * it is valid. Case, full-width characters, spaces and dashes are normalised first, as extractVin does.
 * The first problem found is reported: length, then characters, then the check digit.
 */
export function describeVinProblem(candidate: string): string | null {
  if (typeof candidate !== "string") return `车架号长度不是${VIN_LENGTH}位。`;

  const vin = toHalfWidth(candidate.slice(0, MAX_SCANNED_CHARS))
    .toUpperCase()
    .replace(/[\s\-]/g, "");
  const length = [...vin].length;
  if (length !== VIN_LENGTH) {
    return `车架号长度不是${VIN_LENGTH}位（您发的是${length}位），请对照行驶证再核对一下。`;
  }
  if (/[^A-Z0-9]/.test(vin)) {
    return "车架号只包含字母和数字，您发的内容里有其他字符，请再核对一下。";
  }
  if (/[IOQ]/.test(vin)) {
    return "车架号里不会出现字母I、O、Q，可能是数字1或0，请对照行驶证再核对一下。";
  }
  if (computeCheckDigit(vin) !== vin[CHECK_DIGIT_INDEX]) {
    return "车架号第9位校验位不符，可能有字符抄错了，请对照行驶证再核对一下。";
  }
  return null;
}

/**
 * Return the first valid VIN formed by consecutive groups of a run, or null.
 * Groups are joined, so "VIN LSVAU 2180N2183294" yields the 17 characters after "VIN".
 */
function findVinInGroups(groups: string[]): string | null {
  for (let first = 0; first < groups.length; first += 1) {
    let joined = "";
    for (let last = first; last < groups.length && joined.length < VIN_LENGTH; last += 1) {
      joined += groups[last];
      if (joined.length === VIN_LENGTH && isValidVin(joined) && /[A-Z]/.test(joined)) return joined;
    }
  }
  return null;
}

/** Return the check digit ("0"-"9" or "X") for a 17-character VIN of allowed characters. */
function computeCheckDigit(vin: string): string {
  let sum = 0;
  for (let index = 0; index < VIN_LENGTH; index += 1) {
    const char = vin[index] ?? "";
    const value = LETTER_VALUES[char] ?? Number(char);
    sum += value * (POSITION_WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}
