/**
 * Persistence interfaces of the conversation engine and the outbox. src/store implements these with
 * Prisma; the engine imports only the interfaces.
 */
import type { Channel } from "../../flows/booking-types.js";

export interface ConversationRecord {
  id: string;
  /** Last persisted dialogue snapshot, or null for a new conversation. */
  snapshot: unknown;
}

export interface TurnCommit {
  conversationId: string;
  channel: Channel;
  recipient: string;
  messageId: string;
  /** New persisted snapshot, or null to keep the previous one (a failed turn). */
  snapshot: unknown;
  replies: readonly string[];
}

export interface ConversationStore {
  /** Find the conversation of a chat identity, creating it on first contact. */
  openConversation(channel: Channel, externalId: string): Promise<ConversationRecord>;
  /**
   * Record an inbound message. Returns "duplicate" when a message with this id was already handled, and
   * "new" otherwise (including a message whose earlier handling was interrupted before it committed).
   */
  admitInbound(conversationId: string, messageId: string, text: string, at: Date): Promise<"new" | "duplicate">;
  /** Persist the snapshot, mark the message handled and queue the replies, in one transaction. */
  commitTurn(commit: TurnCommit): Promise<void>;
}

export interface OutboundRecord {
  id: string;
  channel: Channel;
  recipient: string;
  kind: string;
  text: string;
  attempts: number;
}

/** Outbox persistence. One dispatcher process reads it, so listing needs no row locks. */
export interface OutboxStore {
  /** List up to `limit` pending messages on the given channels, oldest first. */
  listPending(limit: number, channels: readonly Channel[]): Promise<OutboundRecord[]>;
  /**
   * Mark a pending message as handed to its channel, so a crash from here on is detected at the next start.
   * Returns false when the message was no longer pending (someone else took it), so it must not be sent.
   */
  markSending(id: string): Promise<boolean>;
  markSent(id: string, at: Date): Promise<void>;
  /** Count a failed attempt and return the message to "pending", or mark it "failed" when `final`. */
  markFailed(id: string, error: string, final: boolean): Promise<void>;
  /** Put messages left in "sending" by a crashed process back to "pending". Returns how many. */
  recoverInterrupted(): Promise<number>;
}
