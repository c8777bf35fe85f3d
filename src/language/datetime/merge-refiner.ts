import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

import { createSlotResult, mentionOf, WEEKDAY_NAME_TAG } from "./mention.js";
import type { Mention } from "./mention.js";
import { combineSlots } from "./slot.js";
import type { Slot } from "./slot.js";

/** Text allowed between two parts of one time expression: 明天 下午, 周三的上午, 周六，大概10点. */
const JOINING_TEXT = /^(?:\s|[,，的(（)）]|大概|大约|差不多|约)*$/;

/**
 * Merges neighbouring results that name different parts of one time into one result:
 * 下周三 + 上午 + 10点 → next Wednesday 10:00, morning. A weekday written next to a full date only
 * labels it (25号周五, 下周三（12月9号）), and the full date stays. Chrono's ZH merge refiner accepts
 * only whitespace between a date and a time and reads the system time zone, so this one replaces it.
 */
export class MergeAdjacentRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    let current: ParsingResult | undefined;

    for (const next of results) {
      if (current === undefined) {
        current = next;
        continue;
      }
      const joined = this.join(context, current, next);
      if (joined === null) {
        merged.push(current);
        current = next;
      } else {
        current = joined;
      }
    }
    if (current !== undefined) merged.push(current);
    return merged;
  }

  private join(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult | null {
    const between = context.text.slice(first.index + first.text.length, second.index);
    if (!JOINING_TEXT.test(between)) return null;

    const left = mentionOf(first);
    const right = mentionOf(second);
    if (left.isVague || right.isVague) return null;

    const labelled = combineLabelledDate(left, right);
    const slot = labelled ?? combineSlots(left, right);
    if (slot === null) return null;

    // The merged date still comes from a weekday name when no full date joined it.
    const dateSource = left.date !== undefined ? left : right;
    const isWeekdayName = labelled === null && dateSource.isWeekdayName;
    const text = context.text.slice(first.index, second.index + second.text.length);
    return createSlotResult(context, first.index, text, slot, isWeekdayName ? [WEEKDAY_NAME_TAG] : []);
  }
}

/**
 * Combine a weekday name with a full date next to it, keeping the full date: 25号周五 and
 * 下周三（9号） name one day. Returns null unless exactly one side is a weekday name.
 */
function combineLabelledDate(left: Mention, right: Mention): Slot | null {
  if (left.date === undefined || right.date === undefined) return null;
  if (left.isWeekdayName === right.isWeekdayName) return null;

  const [label, dated] = left.isWeekdayName ? [left, right] : [right, left];
  return combineSlots({ clock: label.clock, period: label.period }, dated);
}
