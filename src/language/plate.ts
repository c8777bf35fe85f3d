/**
 * Chinese mainland licence plates in free chat text: find, check and format.
 *
 * A normalised plate is uppercase with no separators: "沪A12345" (ordinary, 7 characters),
 * "沪A1234学" (7 characters with a special suffix), "粤BD12345" and "粤B12345D" (new-energy, 8 characters).
 */

import { toHalfWidth } from "./normalize.js";

/** Plate matched in a text, with its position in UTF-16 code units (end exclusive). */
export interface PlateSpan {
  plate: string;
  start: number;
  end: number;
}

/** Only this many leading characters of a message are scanned, so a pasted essay stays cheap. */
const MAX_SCANNED_CHARS = 2000;

/** The 31 province-level abbreviations that open a mainland plate. */
const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/** Letters A-Z without I and O, which plates do not use because they read as 1 and 0. */
const LETTER = "[A-HJ-NP-Z]";
const SERIAL_CHAR = "[A-HJ-NP-Z0-9]";

/** Suffixes of 7-character special plates: driving school, police, trailer, consulate, Hong Kong, Macau. */
const SPECIAL_SUFFIXES = "学警挂领港澳";

/**
 * Letters allowed among the five characters of an ordinary serial. The limit also keeps English words
 * after a province character ("新SUVAB") from reading as plates.
 * NOTE: raise it if a valid ordinary plate with three letters turns up.
 */
const MAX_LETTERS_IN_ORDINARY_SERIAL = 2;

const ORDINARY_PLATE = new RegExp(`^[${PROVINCES}]${LETTER}${SERIAL_CHAR}{5}$`);
const SPECIAL_PLATE = new RegExp(`^[${PROVINCES}]${LETTER}${SERIAL_CHAR}{4}[${SPECIAL_SUFFIXES}]$`);
const SMALL_NEW_ENERGY_PLATE = new RegExp(`^[${PROVINCES}]${LETTER}[DFABCEGHJK]${SERIAL_CHAR}\\d{4}$`);
const LARGE_NEW_ENERGY_PLATE = new RegExp(`^[${PROVINCES}]${LETTER}\\d{5}[DF]$`);

/** Middle dots, spaces and dashes that customers put between the parts of a plate, up to 3 in a row. */
const SEPARATOR = "[ \\t·•・‧.\\-–—]{0,3}";

/**
 * Province, region letter, then a run of serial characters that no other letter or digit follows.
 * The run is captured whole, so a plate is never cut out of a longer code such as a VIN or a phone number.
 */
const PLATE_CANDIDATE = new RegExp(
  `([${PROVINCES}])${SEPARATOR}([A-Z])${SEPARATOR}([A-Z0-9]{1,8})([${SPECIAL_SUFFIXES}])?(?![A-Z0-9])`,
  "g",
);

/**
 * Find the first Chinese mainland licence plate in free text and return it normalised
 * (uppercase, no dot, space or dash), e.g. "沪A12345" or "粤BD12345", or null.
 * Accepts lowercase, full-width characters and separators between province, region letter and serial.
 */
export function extractPlate(text: string): string | null {
  const [first] = findPlates(text);
  return first === undefined ? null : first.plate;
}

/**
 * Find every plate in the first 2 000 characters of a text, in order of appearance.
 * Spans index the original text, so callers can blank plates out before reading numbers.
 */
export function findPlates(text: string): PlateSpan[] {
  if (typeof text !== "string" || text === "") return [];

  const scanned = toAsciiUpperCase(toHalfWidth(text.slice(0, MAX_SCANNED_CHARS)));
  const spans: PlateSpan[] = [];
  for (const match of scanned.matchAll(PLATE_CANDIDATE)) {
    const [whole, province, region, serial, suffix] = match;
    const base = `${province}${region}${serial}`;
    const plate = pickValidPlate(base, suffix);
    if (plate === null) continue;

    // A suffix that the plate did not take ("沪A12345港口") stays outside the span.
    const unusedSuffixLength = plate === base && suffix !== undefined ? suffix.length : 0;
    spans.push({ plate, start: match.index, end: match.index + whole.length - unusedSuffixLength });
  }
  return spans;
}

/** Check that a string is already a normalised plate: uppercase, no separators, one of the four shapes. */
export function isValidPlate(plate: string): boolean {
  if (typeof plate !== "string") return false;
  if (ORDINARY_PLATE.test(plate)) return countLetters(plate.slice(2)) <= MAX_LETTERS_IN_ORDINARY_SERIAL;
  return (
    SPECIAL_PLATE.test(plate) || SMALL_NEW_ENERGY_PLATE.test(plate) || LARGE_NEW_ENERGY_PLATE.test(plate)
  );
}

/**
 * Format a plate for display with a middle dot after the region letter: "沪A12345" → "沪A·12345".
 * Lowercase and separators are normalised first. Text that is not a valid plate is returned unchanged,
 * so a stored value that fails the check still shows as the customer typed it.
 */
export function formatPlate(plate: string): string {
  if (typeof plate !== "string") return "";

  const normalised = toAsciiUpperCase(toHalfWidth(plate)).replace(/[\s·•・‧.\-–—]/g, "");
  if (!isValidPlate(normalised)) return plate;
  return `${normalised.slice(0, 2)}·${normalised.slice(2)}`;
}

/** Return the plate formed by the base and, if needed, the special suffix, or null if neither is valid. */
function pickValidPlate(base: string, suffix: string | undefined): string | null {
  if (suffix !== undefined && isValidPlate(base + suffix)) return base + suffix;
  if (isValidPlate(base)) return base;
  return null;
}

function countLetters(serial: string): number {
  return serial.replace(/[^A-Z]/g, "").length;
}

/** Uppercase ASCII letters only, which keeps every string index unchanged. */
function toAsciiUpperCase(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}
