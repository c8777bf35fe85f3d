/**
 * Check digits for the invented VINs of the demo data (ISO 3779, position 9).
 *
 * Each character is transliterated to a number: digits stay as they are, and A-H → 1-8, J-N → 1-5, P → 7,
 * R → 9, S-Z → 2-9. Each number is multiplied by the weight of its position. The sum modulo 11 is the check
 * digit, and a remainder of 10 is written "X".
 */

const VIN_LENGTH = 17;
const CHECK_DIGIT_INDEX = 8;
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const LETTER_VALUES = "ABCDEFGHJKLMNPRSTUVWXYZ";
const LETTER_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function transliterate(character: string, vin: string): number {
  if (character >= "0" && character <= "9") return Number(character);

  const letterIndex = LETTER_VALUES.indexOf(character);
  const value = LETTER_NUMBERS[letterIndex];
  if (value === undefined) {
    throw new RangeError(
      `Invalid VIN '${vin}': '${character}' is not a VIN character (0-9, A-Z without I, O, Q).`,
    );
  }
  return value;
}

/**
 * Compute the check digit of a 17-character VIN. The character at position 9 is ignored (its weight is 0).
 * "1M8GDM9A0KP042788" → "X".
 */
export function vinCheckDigit(vin: string): string {
  if (vin.length !== VIN_LENGTH) {
    throw new RangeError(`Invalid VIN '${vin}': expected ${VIN_LENGTH} characters, got ${vin.length}.`);
  }

  let sum = 0;
  for (let index = 0; index < VIN_LENGTH; index += 1) {
    if (index === CHECK_DIGIT_INDEX) continue;
    sum += transliterate(vin.charAt(index), vin) * (POSITION_WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

/** Return the VIN with its position-9 character replaced by the correct check digit. */
export function withVinCheckDigit(vin: string): string {
  const checkDigit = vinCheckDigit(vin);
  return `${vin.slice(0, CHECK_DIGIT_INDEX)}${checkDigit}${vin.slice(CHECK_DIGIT_INDEX + 1)}`;
}
