import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

import { readMentionRoles } from "./choice-cues.js";
import type { MentionRole } from "./choice-cues.js";
import { createSlotResult, mentionOf, nowMinutesOf, todayOf } from "./mention.js";
import type { Mention } from "./mention.js";
import { combineSlots, correctSlot, toBookingTime } from "./slot.js";
import type { Slot } from "./slot.js";

type Candidate = { slot: Slot; isCancelled: boolean; source: Mention };

/**
 * Reduces the mentions of a message to the one booking time it requests, or to none.
 *
 * Step 1 reads the words around each mention (see choice-cues). Step 2 drops alternatives, fallbacks
 * after a condition, and, when anything else is left, pick-up times and earlier visits. Step 3 walks
 * the rest in order: a mention with a date starts a new candidate, and a time or part of day alone
 * completes or corrects the latest candidate ("我3点到不了，改成4点" keeps the day, takes 16:00).
 * Step 4 keeps the candidates that are not cancelled, prefers those not in the past, and takes the
 * last one, because a customer who changes their mind says the new time last.
 */
export class ChoiceRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // Step 1: read each mention's role.
    const mentions = results.map(mentionOf).filter((mention) => !mention.isVague && hasContent(mention));
    const roles = readMentionRoles(context.text, mentions);

    // Step 2: drop mentions that are not the booking time.
    const kept = keepBookingMentions(mentions, roles);

    // Step 3: fold the mentions into candidate slots.
    const candidates = foldCandidates(kept);

    // Step 4: choose.
    const chosen = chooseCandidate(context, candidates);
    if (chosen === undefined) return [];
    const text = context.text.slice(chosen.source.index, chosen.source.end);
    return [createSlotResult(context, chosen.source.index, text, chosen.slot)];
  }
}

function hasContent(mention: Mention): boolean {
  return mention.date !== undefined || mention.clock !== undefined || mention.period !== undefined;
}

type KeptMention = { mention: Mention; isCancelled: boolean };

function keepBookingMentions(mentions: readonly Mention[], roles: readonly MentionRole[]): KeptMention[] {
  const candidates: KeptMention[] = [];
  const sideNotes: KeptMention[] = [];

  mentions.forEach((mention, position) => {
    const role = roles[position];
    const previousRole = roles[position - 1];
    if (role === undefined || role.isAlternative || role.isFallback) return;
    if (previousRole?.isCondition === true) return;

    const kept = { mention, isCancelled: role.isCancelled };
    if (role.isPickup || role.isHistory) {
      sideNotes.push(kept);
    } else {
      candidates.push(kept);
    }
  });
  // A pick-up time or an earlier visit is still the result when the message names nothing else.
  return candidates.length > 0 ? candidates : sideNotes;
}

function foldCandidates(kept: readonly KeptMention[]): Candidate[] {
  const candidates: Candidate[] = [];
  let current: Candidate | undefined;

  for (const { mention, isCancelled } of kept) {
    const slot: Slot = { date: mention.date, clock: mention.clock, period: mention.period };

    if (current === undefined || mention.date !== undefined) {
      current = { slot: withoutEmpty(slot), isCancelled, source: mention };
      candidates.push(current);
      continue;
    }
    if (isCancelled && !current.isCancelled) {
      // "明天，3点不行": the day remains, and the cancelled time adds nothing.
      continue;
    }

    const combined = current.isCancelled ? null : combineSlots(current.slot, slot);
    if (combined !== null) {
      current.slot = combined;
      continue;
    }
    current = { slot: correctSlot(current.slot, slot), isCancelled, source: mention };
    candidates.push(current);
  }
  return candidates;
}

function withoutEmpty(slot: Slot): Slot {
  return combineSlots(slot, {}) ?? slot;
}

function chooseCandidate(context: ParsingContext, candidates: readonly Candidate[]): Candidate | undefined {
  const today = todayOf(context);
  const nowMinutes = nowMinutesOf(context);
  const standing = candidates.filter((candidate) => !candidate.isCancelled);
  const upcoming = standing.filter((candidate) => !toBookingTime(candidate.slot, today, nowMinutes).past);
  const pool = upcoming.length > 0 ? upcoming : standing;
  return pool[pool.length - 1];
}
