/**
 * Customer intent of a chat message, decided by the rule table in intent-rules.ts.
 */

import { INTENT_RULES } from "./intent-rules.js";
import type { IntentRule } from "./intent-rules.js";
import { toHalfWidth } from "./normalize.js";

export type Intent =
  | "book"
  | "reschedule"
  | "cancel"
  | "askPrice"
  | "askDuration"
  | "listBookings"
  | "complaint"
  | "comeback"
  | "askHuman"
  | "greeting"
  | "thanks"
  | "none";

/** Intent found in a message, the id of the rule that found it, and the text that the rule matched. */
export interface IntentMatch {
  intent: Intent;
  rule: string;
  matched: string;
}

/** Only this many leading characters of a message are classified, so a pasted essay stays cheap. */
const MAX_SCANNED_CHARS = 2000;

/** Stands in for an `unless` phrase that was cut out, so the text on either side does not join. */
const CUT_MARK = "\u0000";

interface CompiledRule {
  rule: IntentRule;
  order: number;
  keywords: Array<{ text: string; wholeWord: RegExp | null }>;
  patterns: RegExp[];
  unless: string[];
}

const COMPILED_RULES: readonly CompiledRule[] = INTENT_RULES.map(compileRule);

/**
 * Classify a customer's message by the rule table in intent-rules.ts and return the intent of the
 * highest-priority matching rule, or "none". Reads the first 2 000 characters, and returns "none" for
 * empty or non-string input.
 */
export function classifyIntent(text: string): Intent {
  const [best] = explainIntent(text);
  return best === undefined ? "none" : best.intent;
}

/**
 * Classify a message like classifyIntent, but return every matching intent, best first, each with the
 * first rule that matched it and the matched text. Returns an empty array when nothing matches.
 */
export function explainIntent(text: string): IntentMatch[] {
  if (typeof text !== "string") return [];
  const message = normaliseForMatching(text.slice(0, MAX_SCANNED_CHARS));
  if (message === "") return [];

  const hits: Array<IntentMatch & { priority: number; order: number }> = [];
  for (const compiled of COMPILED_RULES) {
    const matched = matchRule(compiled, message);
    if (matched === null) continue;
    hits.push({
      intent: compiled.rule.intent,
      rule: compiled.rule.id,
      matched,
      priority: compiled.rule.priority,
      order: compiled.order,
    });
  }

  hits.sort((left, right) => right.priority - left.priority || left.order - right.order);
  const seen = new Set<Intent>();
  const matches: IntentMatch[] = [];
  for (const { intent, rule, matched } of hits) {
    if (seen.has(intent)) continue;
    seen.add(intent);
    matches.push({ intent, rule, matched });
  }
  return matches;
}

/**
 * Normalise a message or a keyword for matching: half-width, lowercase Latin letters, single spaces,
 * and no spaces next to Chinese characters ("多 少 钱" → "多少钱", "Thank  You" → "thank you").
 */
function normaliseForMatching(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, "")
    .trim();
}

function compileRule(rule: IntentRule, order: number): CompiledRule {
  const keywords = rule.keywords.map((keyword) => {
    const text = normaliseForMatching(keyword);
    const wholeWord = /^[a-z0-9 ]+$/.test(text) ? new RegExp(`(?<![a-z0-9])${text}(?![a-z0-9])`) : null;
    return { text, wholeWord };
  });
  // Without the g and y flags, exec() keeps no lastIndex from one message to the next.
  const patterns = (rule.patterns ?? []).map(
    (pattern) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, "")),
  );
  const unless = (rule.unless ?? []).map(normaliseForMatching).filter((phrase) => phrase !== "");
  return { rule, order, keywords: keywords.filter((keyword) => keyword.text !== ""), patterns, unless };
}

/** Return the keyword or pattern match found in the message once `unless` phrases are cut, or null. */
function matchRule(compiled: CompiledRule, message: string): string | null {
  let remaining = message;
  for (const phrase of compiled.unless) {
    remaining = remaining.split(phrase).join(CUT_MARK);
  }

  for (const keyword of compiled.keywords) {
    if (keyword.wholeWord === null && remaining.includes(keyword.text)) return keyword.text;
    if (keyword.wholeWord !== null && keyword.wholeWord.test(remaining)) return keyword.text;
  }
  for (const pattern of compiled.patterns) {
    const found = pattern.exec(remaining);
    if (found !== null) return found[0];
  }
  return null;
}
