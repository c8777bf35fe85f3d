/**
 * Reading one customer message inside the booking dialogue: the intent, the wished time and the
 * registration fields. Pure functions over the text and the turn's `now`.
 */
import { parseBookingTime, type BookingTime } from "../../src/language/datetime.js";
import { classifyIntent, type Intent } from "../../src/language/intent.js";
import { extractMobile } from "../../src/language/mobile.js";
import { extractPlate } from "../../src/language/plate.js";
import { toHalfWidth } from "../../src/language/normalize.js";

/** Characters of one message that the dialogue reads; the rest of a longer message is ignored. */
export const MAX_MESSAGE_CHARS = 500;

export interface MessageReading {
  intent: Intent;
  wish: BookingTime | null;
  mobile: string | null;
  plate: string | null;
}

/** Read everything the dialogue may use from one message. */
export function readMessage(text: string, now: Date): MessageReading {
  return {
    intent: classifyIntent(text),
    wish: parseBookingTime(text, now),
    mobile: extractMobile(text),
    plate: extractPlate(text),
  };
}

const NAME_PREFIX = /^(我叫|我是|叫我|本人|姓名[:：]?|名字[:：]?|称呼[:：]?)/;
/** "姓刘" or "我姓刘" gives a family name only, which makes no polite form of address on its own. */
const SURNAME_ONLY = /^(我)?姓[\p{Script=Han}]{1,2}$/u;
const NAME_PATTERN = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·• ]{0,18}[\p{Script=Han}A-Za-z]$|^[\p{Script=Han}]{1}$/u;

/** Extract the name a customer gives ("我叫张伟" → "张伟"); a bare family name ("姓李") is rejected, not guessed. */
export function extractName(text: string): string | null {
  const trimmed = toHalfWidth(text).trim().replace(/[。.!！~～,，]+$/, "");
  if (SURNAME_ONLY.test(trimmed)) return null;
  const cleaned = trimmed.replace(NAME_PREFIX, "").trim();
  if (cleaned.length < 2 || cleaned.length > 20) return null;
  if (!NAME_PATTERN.test(cleaned)) return null;
  return cleaned;
}

const MODEL_PREFIX = /^(车型是?|我的车是|我开的是|是)[:：]?/;

/** Extract a free-text vehicle model ("车型是DS 7" → "DS 7"), 1-30 characters. */
export function extractModel(text: string): string | null {
  const cleaned = toHalfWidth(text).trim().replace(MODEL_PREFIX, "").replace(/[。.!！~～]+$/, "").trim();
  if (cleaned.length < 1 || cleaned.length > 30) return null;
  if (!/[\p{Script=Han}A-Za-z0-9]/u.test(cleaned)) return null;
  return cleaned;
}

/** Truncate a message to the part the dialogue reads. */
export function clipMessage(text: string): { text: string; clipped: boolean } {
  const chars = [...text];
  if (chars.length <= MAX_MESSAGE_CHARS) return { text, clipped: false };
  return { text: chars.slice(0, MAX_MESSAGE_CHARS).join(""), clipped: true };
}
