/**
 * Text normalisation shared by the language parsers: full-width forms, Chinese numerals.
 */

const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Convert full-width ASCII forms (Ａ-Ｚ, ０-９, ：, etc.) and the ideographic space to their
 * half-width equivalents, so that "１０：３０" reads as "10:30".
 */
export function toHalfWidth(text: string): string {
  let result = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) {
      result += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    } else if (code === 0x3000) {
      result += " ";
    } else {
      result += char;
    }
  }
  return result;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can appear in a Chinese integer below 10 000 (digits and 十/百/千). */
export const CHINESE_NUMERAL_CHARS = "零〇一幺二两俩三四五六七八九十百千";

/**
 * Parse an integer written in Chinese numerals or Arabic digits, below 10 000.
 * Examples: "十" → 10, "十二" → 12, "二十五" → 25, "一百零五" → 105, and the spoken short forms
 * "一百五" → 150 and "两千三" → 2300. "一五" → 15 (digit by digit), "25" → 25. Returns null otherwise.
 */
export function parseChineseInteger(raw: string): number | null {
  const text = toHalfWidth(raw).trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text);

  const chars = [...text];
  if (!chars.every((char) => char in DIGITS || char in UNITS)) return null;

  // Digit-by-digit form without units ("一五" = 15, "二〇二六" = 2026).
  if (chars.every((char) => char in DIGITS)) {
    return Number(chars.map((char) => DIGITS[char]).join(""));
  }

  let total = 0;
  let pending = 0;
  let lastUnit = Infinity;
  let afterZero = false;
  for (const char of chars) {
    const digit = DIGITS[char];
    if (digit !== undefined) {
      if (digit === 0) afterZero = true;
      pending = digit;
      continue;
    }
    const unit = UNITS[char] as number;
    if (unit >= lastUnit) return null;
    // A leading unit means one of it: "十二" = 12.
    total += (pending === 0 ? 1 : pending) * unit;
    pending = 0;
    lastUnit = unit;
  }
  // A digit right after 百 or 千 counts in the next lower unit: "一百五" = 150, but "一百零五" = 105.
  if (pending > 0 && !afterZero && lastUnit >= 100 && lastUnit !== Infinity) {
    return total + pending * (lastUnit / 10);
  }
  return total + pending;
}
