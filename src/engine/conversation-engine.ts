/**
 * The conversation engine: one dialogue actor per conversation (channel + external id), restored from
 * its persisted snapshot, fed one message at a time. Messages of one conversation are handled strictly
 * in order; different conversations run in parallel.
 *
 * A turn ends when the dialogue reaches a state tagged "waiting". The new snapshot, the inbound
 * message's "handled" mark and the replies emitted during the turn are then written in one transaction,
 * so a process killed mid-turn redoes the whole turn on the next delivery and never sends half of it.
 */
import { createActor, waitFor, type Actor, type Snapshot } from "xstate";

import type { Channel } from "../../flows/booking-types.js";
import type { InboundBookingMachine, InboundEvent } from "../../flows/inbound-booking/machine.js";
import { messages } from "../messages/zh-CN.js";
import { maskExternalId, type Logger } from "../logger.js";
import type { ConversationStore } from "./ports.js";

/** Maximum time a turn may take before it is abandoned and the customer is asked to resend, in ms. */
const TURN_TIMEOUT_MS = 30_000;
/** Live actors kept in memory; older ones are dropped and restored from their snapshot when needed. */
const MAX_CACHED_ACTORS = 5_000;

export type InboundMessage =
  | { channel: Channel; externalId: string; messageId: string; at: Date; kind: "text"; text: string }
  | { channel: Channel; externalId: string; messageId: string; at: Date; kind: "media"; mediaKind: string };

export type TurnOutcome = "handled" | "duplicate" | "failed";

interface LiveConversation {
  conversationId: string;
  actor: Actor<InboundBookingMachine>;
}

export interface ConversationEngineOptions {
  machine: InboundBookingMachine;
  store: ConversationStore;
  logger: Logger;
  /** Called after a turn committed replies, so the outbox can send them without polling. */
  onRepliesQueued?: () => void;
}

export class ConversationEngine {
  private readonly machine: InboundBookingMachine;
  private readonly store: ConversationStore;
  private readonly log: Logger;
  private readonly onRepliesQueued: () => void;
  private readonly live = new Map<string, LiveConversation>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(options: ConversationEngineOptions) {
    this.machine = options.machine;
    this.store = options.store;
    this.log = options.logger.child({ module: "engine" });
    this.onRepliesQueued = options.onRepliesQueued ?? (() => {});
  }

  /** Handle one inbound message, after every earlier message of the same conversation. */
  handle(message: InboundMessage): Promise<TurnOutcome> {
    const key = conversationKey(message.channel, message.externalId);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const turn = previous.then(
      () => this.runTurn(message),
      () => this.runTurn(message),
    );
    this.queues.set(key, turn);
    void turn.finally(() => {
      if (this.queues.get(key) === turn) this.queues.delete(key);
    });
    return turn;
  }

  /** Return the dialogue state of a live conversation (e.g. "dialogue.offering"), or null when not in memory. */
  stateOf(channel: Channel, externalId: string): string | null {
    const live = this.live.get(conversationKey(channel, externalId));
    if (!live) return null;
    return flattenStateValue(live.actor.getSnapshot().value);
  }

  /** Wait until every queued message has been handled. */
  async drain(): Promise<void> {
    while (this.queues.size > 0) {
      await Promise.allSettled([...this.queues.values()]);
    }
  }

  /** Stop every live actor; their state is already persisted. */
  stop(): void {
    for (const conversation of this.live.values()) conversation.actor.stop();
    this.live.clear();
    this.log.info({ event: "engine.stop" }, "conversation engine stopped");
  }

  private async runTurn(message: InboundMessage): Promise<TurnOutcome> {
    const key = conversationKey(message.channel, message.externalId);
    const log = this.log.child({
      channel: message.channel,
      externalId: maskExternalId(message.externalId),
      messageId: message.messageId,
    });

    // Step 1: record the message; a message already handled is a duplicate delivery. A conversation whose
    // actor is live needs no read: the actor holds its state.
    const cached = this.live.get(key);
    const conversation = cached
      ? { id: cached.conversationId, snapshot: null }
      : await this.store.openConversation(message.channel, message.externalId);
    const text = message.kind === "text" ? message.text : `[${message.mediaKind}]`;
    const admission = await this.store.admitInbound(conversation.id, message.messageId, text, message.at);
    if (admission === "duplicate") {
      log.info({ event: "turn.duplicate", conversationId: conversation.id }, "duplicate message ignored");
      return "duplicate";
    }

    // Step 2: run the dialogue until it waits for the customer again.
    const replies: string[] = [];
    let live: LiveConversation | undefined;
    try {
      live = this.liveConversation(key, conversation.id, message, conversation.snapshot, log);
      const subscription = live.actor.on("reply", (emitted) => {
        if (emitted.text.trim() !== "") replies.push(emitted.text);
      });
      try {
        live.actor.send(toEvent(message));
        const settled = await waitFor(
          live.actor,
          (snapshot) => snapshot.hasTag("waiting") || snapshot.status !== "active",
          { timeout: TURN_TIMEOUT_MS },
        );
        if (settled.status === "error") throw settled.error;
      } finally {
        subscription.unsubscribe();
      }

      // Step 3: persist snapshot, handled mark and replies together.
      const snapshot = live.actor.getPersistedSnapshot();
      await this.store.commitTurn({
        conversationId: conversation.id,
        channel: message.channel,
        recipient: message.externalId,
        messageId: message.messageId,
        snapshot,
        replies,
      });
      this.onRepliesQueued();
      log.debug({ event: "turn.done", conversationId: conversation.id, replies: replies.length }, "turn handled");
      return "handled";
    } catch (error) {
      // The actor may be half-way through a transition: drop it so the next message restores the last
      // committed snapshot, and tell the customer that nothing was lost.
      live?.actor.stop();
      this.live.delete(key);
      log.error({ event: "turn.failed", conversationId: conversation.id, err: error }, "turn failed");
      try {
        await this.store.commitTurn({
          conversationId: conversation.id,
          channel: message.channel,
          recipient: message.externalId,
          messageId: message.messageId,
          snapshot: null,
          replies: [messages.systemError],
        });
      } catch (commitError) {
        // The message stays unhandled, so a redelivery runs the turn again from the last snapshot.
        log.error({ event: "turn.failed.uncommitted", conversationId: conversation.id, err: commitError }, "recording a failed turn failed");
        return "failed";
      }
      this.onRepliesQueued();
      return "failed";
    }
  }

  private liveConversation(
    key: string,
    conversationId: string,
    message: InboundMessage,
    persisted: unknown,
    log: Logger,
  ): LiveConversation {
    const cached = this.live.get(key);
    if (cached) {
      // Refresh the LRU position.
      this.live.delete(key);
      this.live.set(key, cached);
      return cached;
    }

    const input = { conversationId, channel: message.channel, externalId: message.externalId };
    const actor = persisted
      ? createActor(this.machine, { input, snapshot: persisted as Snapshot<unknown> })
      : createActor(this.machine, { input });
    actor.subscribe({
      error: (error) => log.error({ event: "actor.error", conversationId, err: error }, "dialogue actor failed"),
    });
    actor.start();
    log.debug({ event: "actor.start", conversationId, restored: Boolean(persisted) }, "dialogue actor started");

    const conversation = { conversationId, actor };
    this.live.set(key, conversation);
    this.evictOldest();
    return conversation;
  }

  private evictOldest(): void {
    while (this.live.size > MAX_CACHED_ACTORS) {
      const [oldestKey, oldest] = this.live.entries().next().value as [string, LiveConversation];
      if (this.queues.has(oldestKey)) return;
      oldest.actor.stop();
      this.live.delete(oldestKey);
    }
  }
}

function flattenStateValue(value: unknown): string {
  if (typeof value === "string") return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? ["", ""];
  return `${key}.${flattenStateValue(child)}`;
}

function conversationKey(channel: Channel, externalId: string): string {
  return `${channel}:${externalId}`;
}

function toEvent(message: InboundMessage): InboundEvent {
  const at = message.at.toISOString();
  if (message.kind === "text") {
    return { type: "user.text", text: message.text, messageId: message.messageId, at };
  }
  return { type: "user.media", kind: message.mediaKind, messageId: message.messageId, at };
}
