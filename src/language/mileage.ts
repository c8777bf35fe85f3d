/**
 * Odometer readings (里程) in free chat text, in kilometres.
 *
 * Customers write "3万2", "两万五", "2.5万km", "跑了三万多公里" or "32000公里". A number counts as mileage
 * only with context: a kilometre unit after it, a magnitude of 万 (or "w"), or a mileage cue before it
 * ("跑了", "里程", "表显"). Bare numbers, dates, times, prices, plates and phone numbers are not read.
 */

import { findMobiles } from "./mobile.js";
import { parseChineseInteger, toHalfWidth } from "./normalize.js";
import { findPlates } from "./plate.js";

/** Options for {@link parseMileage}. */
export interface MileageOptions {
  /**
   * Set when the assistant has just asked for the mileage ("当前里程多少？"). A message that is only a
   * number between 100 and 1 500 000, such as "32000" or "大概32000吧", is then read as kilometres.
   */
  expectingMileage?: boolean;
}

/** Only this many leading characters of a message are scanned, so a pasted essay stays cheap. */
const MAX_SCANNED_CHARS = 2000;

/** Highest plausible odometer reading. A larger number is something else, such as an order number. */
const MAX_MILEAGE_KM = 1_500_000;

/**
 * Lowest reading accepted from a number without a kilometre unit or 万, such as "跑了32000" or the bare
 * reply "32000". Smaller numbers there are more likely counts ("跑了一会儿") than kilometres.
 */
const MIN_UNITLESS_MILEAGE_KM = 100;

const KILOMETRES_PER_WAN = 10_000;
const KILOMETRES_PER_QIAN = 1000;

const CHINESE_NUMERAL_CHARS = "零〇一二两俩三四五六七八九十百千";
const CHINESE_DIGITS = "零一二三四五六七八九";

/**
 * A number as customers type it: a decimal ("2.5"), digits with thousands separators ("25,000",
 * "25 000"), or a run of digits and Chinese numerals ("32000", "三", "八千", "8千5").
 */
const NUMBER = `(?:\\d+\\.\\d+|\\d{1,3}(?:[, ]\\d{3})+(?!\\d)|[0-9${CHINESE_NUMERAL_CHARS}]+)`;

/**
 * Head number, then optionally 万 (or "w"), a vagueness word (多, 余, 来), 零 and a tail number:
 * "3万2", "两万五千", "三万多", "3万零500", "2.5万".
 */
const QUANTITY = new RegExp(`(${NUMBER})(?:(万|w)(多|余|来)?(零)?([0-9${CHINESE_NUMERAL_CHARS}]+)?)?`, "g");

/** Kilometre units after the number. */
const KILOMETRE_UNIT = /^\s*(?:多|左右|出头)?\s*(?:公里|千米|km|kilomet(?:er|re)s?)/;

/** Words after a number that make it a price, a count or a time instead of a distance. */
const NOT_DISTANCE_WORDS = [
  ...["元", "块", "钱", "人民币", "¥", "买", "落地"],
  ...["个", "次", "趟", "遍", "回", "倍", "%", "台", "辆", "人", "位", "级", "楼", "层", "折", "期"],
  ...["年", "岁", "月", "周", "天", "日", "号", "点", "小时", "钟", "分", "秒"],
  ...["升", "毫升", "米", "斤"],
];
const NOT_DISTANCE_AFTER = new RegExp(`^\\s*(?:多|来|左右)?\\s*(?:${NOT_DISTANCE_WORDS.join("|")})`);

/** Regular expression sources for words right before a number that make it a reading: "跑了", "表显". */
const MILEAGE_CUES = [
  ...["跑了?", "开了?", "行驶了?"],
  ...["里程数?", "公里数", "表显", "表上", "仪表盘?上?", "码表", "odo"],
];

/** Hedges allowed between a cue and the number: "跑了大概", "表显已经". */
const HEDGES = [
  ...["是", "有", "了", "都", "已经", "才", "刚", "现在", "目前"],
  ...["快", "将近", "大概", "大约", "差不多", "约"],
];

const MILEAGE_CUE_BEFORE = new RegExp(`(?:${MILEAGE_CUES.join("|")})(?:${HEDGES.join("|")})*\\s*:?\\s*$`);

/** Price cues shortly before the number: "花了2万", "报价1万2", "¥2万". */
const PRICE_CUE_BEFORE = /(?:[¥￥$]|花了?|价格?|费用?|钱|买的?|报价|预算|贷款|首付)[^0-9\n]{0,3}$/;

/** Words after a bare number sent in reply to "当前里程多少？": "32000左右", "32000吧". */
const REPLY_ENDINGS = ["左右", "多", "出头", "吧", "了", "啊", "呀", "哈", "的样子"];

/** A whole message that is one number with hedges around it: "大概32000吧", "现在32000左右". */
const BARE_REPLY = new RegExp(
  `^(?:${HEDGES.join("|")})*\\s*(${NUMBER})\\s*(?:${REPLY_ENDINGS.join("|")})*[。.!！~～]*$`,
);

/** How many characters before a number are searched for a cue. */
const CUE_WINDOW_CHARS = 12;

/**
 * Read the odometer reading a customer writes, in kilometres, or return null when the text has none.
 * "3万2" → 32000, "两万五" → 25000, "2.5万km" → 25000, "跑了三万多公里" → 30000 ("多" rounds down),
 * "八千公里" → 8000, "12万" → 120000. Readings outside 0..1 500 000 km are ignored.
 * With `expectingMileage`, a message that is only a number (100..1 500 000) also counts: "32000" → 32000.
 * Scans the first 2 000 characters and returns the first reading found.
 */
export function parseMileage(text: string, options: MileageOptions = {}): number | null {
  if (typeof text !== "string" || text === "") return null;

  const scanned = prepareText(text.slice(0, MAX_SCANNED_CHARS));
  const inContext = findMileageInContext(scanned);
  if (inContext !== null) return inContext;
  if (options.expectingMileage === true) return readBareReply(scanned);
  return null;
}

/** Normalise width and case, and blank out plates and mobiles so their digits are never read. */
function prepareText(text: string): string {
  let prepared = toHalfWidth(text).replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  for (const span of [...findPlates(prepared), ...findMobiles(prepared)]) {
    prepared = prepared.slice(0, span.start) + " ".repeat(span.end - span.start) + prepared.slice(span.end);
  }
  return prepared;
}

/**
 * Return the first number with mileage context, in kilometres, or null.
 * Order of checks: a kilometre unit after the number wins. Otherwise a price, count or time word rejects
 * it, and then a mileage cue before it (for readings of 100 km or more) or a 万 magnitude accepts it.
 * A number of thousands without a unit ("两千多") is left alone, because in a booking chat it is more
 * often a price.
 */
function findMileageInContext(text: string): number | null {
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (touchesCode(text, start, end)) continue;

    const value = readQuantity(match);
    if (value === null || value > MAX_MILEAGE_KM) continue;

    const before = text.slice(Math.max(0, start - CUE_WINDOW_CHARS), start);
    const after = text.slice(end, end + CUE_WINDOW_CHARS);
    if (KILOMETRE_UNIT.test(after)) return value;
    if (NOT_DISTANCE_AFTER.test(after) || PRICE_CUE_BEFORE.test(before)) continue;
    if (MILEAGE_CUE_BEFORE.test(before) && value >= MIN_UNITLESS_MILEAGE_KM) return value;
    if (match[2] !== undefined) return value;
  }
  return null;
}

function readBareReply(text: string): number | null {
  const match = BARE_REPLY.exec(text.trim());
  if (match === null) return null;

  const value = parseNumeral(match[1] ?? "");
  if (value === null || value < MIN_UNITLESS_MILEAGE_KM || value > MAX_MILEAGE_KM) return null;
  return Math.round(value);
}

/**
 * Return the kilometres of a QUANTITY match, or null when its parts do not form a number.
 * The tail after 万 is read as spoken Chinese: one digit means thousands ("3万2" = 32 000), a number with
 * 零 before it is literal ("3万零500" = 30 500), and anything else is literal below 10 000 ("3万2500").
 */
function readQuantity(match: RegExpMatchArray): number | null {
  const [, head = "", wan, , zero, tail] = match;
  const headValue = parseNumeral(head);
  if (headValue === null) return null;
  if (wan === undefined) return Math.round(headValue);

  let tailValue = 0;
  if (tail !== undefined && !head.includes(".")) {
    const parsedTail = parseNumeral(tail);
    if (parsedTail === null || parsedTail >= KILOMETRES_PER_WAN) return null;
    const isSingleDigit = [...tail].length === 1 && zero === undefined;
    tailValue = isSingleDigit ? parsedTail * KILOMETRES_PER_QIAN : parsedTail;
  }
  return Math.round(headValue * KILOMETRES_PER_WAN + tailValue);
}

/**
 * Parse one NUMBER token: "2.5" → 2.5, "25,000" → 25000, "32000", "八千" → 8000, and digits mixed with
 * Chinese units ("8千5" → 8500). Returns null for anything else, such as "10千".
 */
function parseNumeral(token: string): number | null {
  if (/^\d+\.\d+$/.test(token)) return Number(token);

  const compact = token.replace(/[, ]/g, "");
  if (/^\d+$/.test(compact)) return Number(compact);
  if (!/\d/.test(compact)) return parseChineseInteger(compact);

  // Mixed forms: each Arabic digit must stand alone beside a Chinese unit, as in "8千5".
  if (/\d\d/.test(compact)) return null;
  return parseChineseInteger(compact.replace(/\d/g, (digit) => CHINESE_DIGITS[Number(digit)] ?? ""));
}

/**
 * Check whether a number is part of a code or a date rather than a reading: it touches a Latin letter
 * or digit (a VIN, "1.5t", "u2180") or sits in "10:30", "5/20" or "2024-05". "km" after it is allowed.
 */
function touchesCode(text: string, start: number, end: number): boolean {
  const previous = text.slice(Math.max(0, start - 2), start);
  if (/[a-z0-9]$/.test(previous) || /\d[.:\/\-]$/.test(previous)) return true;

  const next = text.slice(end, end + 8);
  if (/^[.:\/\-]\d/.test(next)) return true;
  return /^[a-z]/.test(next) && !/^(?:km|kilomet)/.test(next);
}
