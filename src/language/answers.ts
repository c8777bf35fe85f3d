/**
 * Short replies inside a dialogue step: yes, no, skip, "I don't know", and a numbered choice.
 */
import { parseChineseInteger, toHalfWidth } from "./normalize.js";

const YES_PATTERN = /^(确认|确定|是的?|对|好的?|好啊|行|可以|同意|没问题|嗯+|恩|ok|okay|yes|y|要的?|没错|就这样|就这个)[!！。.~～啊呀吧哈]*$/i;
const YES_PREFIX_PATTERN = /^(确认预约|确认一下|同意登记|好的?[，,]|可以[，,]|没问题[，,])/;
const NO_PATTERN = /^(不|不要|不用|不同意|不行|不可以|取消|算了|不约了|不需要|no|n|否)[!！。.~～啊呀吧了]*$/i;
const SKIP_PATTERN = /^(跳过|没有|不知道|不清楚|不记得|忘了|没带|以后再说|先不填|不方便|skip)[!！。.~～啊呀吧了]*$/i;

/** Words that agree on their own; a reply made only of these (and punctuation or emoji) agrees. */
const YES_WORDS = /(确认|确定|是的|是|对的|对|好的|好啊|好|行|可以|同意|没问题|嗯|恩|ok|okay|yes|要的|没错|就这样|就这个|谢谢|麻烦了|吧|啊|呀|的|了)/giu;

function clean(text: string): string {
  return toHalfWidth(text).trim().replace(/\s+/g, "");
}

/** Remove punctuation, symbols and emoji, keeping letters and digits of any script. */
function lettersOnly(text: string): string {
  return clean(text).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Check whether a reply agrees ("确认", "好的", "可以", "同意", "好的没问题👍"). */
export function isAffirmative(text: string): boolean {
  const reply = clean(text);
  if (YES_PATTERN.test(reply) || YES_PREFIX_PATTERN.test(reply)) return true;
  const letters = lettersOnly(text);
  return letters !== "" && letters.length <= 12 && letters.replace(YES_WORDS, "") === "" && !/不/.test(letters);
}

/** Check whether a reply declines ("不同意", "算了", "取消"). */
export function isNegative(text: string): boolean {
  return NO_PATTERN.test(clean(text));
}

/** Short replies that skip an optional question even with words around them ("那跳过吧", "没带行驶证"). */
const SKIP_WORDS = /跳过|不知道|不清楚|不记得|忘了|没带|以后再说|先不填|不方便|查不到|找不到/;
const MAX_SKIP_REPLY_CHARS = 15;

/** Check whether a reply skips an optional question ("跳过", "不知道", "没有", "那跳过吧"). */
export function isSkip(text: string): boolean {
  const reply = clean(text);
  if (SKIP_PATTERN.test(reply)) return true;
  return reply.length <= MAX_SKIP_REPLY_CHARS && SKIP_WORDS.test(reply);
}

/**
 * Read a numbered choice between 1 and `count`: "2", "２", "第二个", "选2", "2号". Returns null when the
 * reply is not a choice or is out of range.
 */
export function parseChoice(text: string, count: number): number | null {
  const match = /^(?:选|要|就|我选)?第?([0-9一二两三四五六七八九十]{1,3})(?:个|号|项|种)?(?:吧|的|时间)?[。.!！]?$/.exec(clean(text));
  if (!match || match[1] === undefined) return null;
  const choice = parseChineseInteger(match[1]);
  if (choice === null || choice < 1 || choice > count) return null;
  return choice;
}
