/**
 * Prisma implementation of the conversation engine's and the outbox's persistence: conversations with
 * their dialogue snapshots, inbound message ids for de-duplication, and the outbound message table.
 */
import { randomUUID } from "node:crypto";

import type { Channel } from "../../flows/booking-types.js";
import type {
  ConversationRecord,
  ConversationStore,
  OutboundRecord,
  OutboxStore,
  TurnCommit,
} from "../engine/ports.js";
import type { Db } from "./database.js";

export class PrismaConversationStore implements ConversationStore {
  constructor(private readonly prisma: Db) {}

  async openConversation(channel: Channel, externalId: string): Promise<ConversationRecord> {
    // A plain read first: an upsert costs a transaction of four statements on every turn.
    const found = await this.prisma.conversation.findUnique({
      where: { channel_externalId: { channel, externalId } },
      select: { id: true, snapshot: true },
    });
    if (found) return { id: found.id, snapshot: found.snapshot ? JSON.parse(found.snapshot) : null };
    try {
      const created = await this.prisma.conversation.create({
        data: { id: randomUUID(), channel, externalId },
        select: { id: true },
      });
      return { id: created.id, snapshot: null };
    } catch (error) {
      // Another delivery created it first.
      if (!isUniqueViolation(error)) throw error;
      return this.openConversation(channel, externalId);
    }
  }

  async admitInbound(conversationId: string, messageId: string, text: string, at: Date): Promise<"new" | "duplicate"> {
    try {
      await this.prisma.inboundMessage.create({
        data: { id: randomUUID(), conversationId, externalId: messageId, text: text.slice(0, 2_000), receivedAt: at },
        select: { id: true },
      });
      return "new";
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Seen before: a duplicate when handled, otherwise a turn that a crash interrupted, to be redone.
    const existing = await this.prisma.inboundMessage.findUnique({
      where: { conversationId_externalId: { conversationId, externalId: messageId } },
      select: { handledAt: true },
    });
    return existing?.handledAt ? "duplicate" : "new";
  }

  async commitTurn(commit: TurnCommit): Promise<void> {
    const handledAt = new Date();
    const operations = [];
    if (commit.snapshot !== null) {
      operations.push(
        this.prisma.conversation.update({
          where: { id: commit.conversationId },
          data: { snapshot: JSON.stringify(commit.snapshot) },
          select: { id: true },
        }),
      );
    }
    operations.push(
      this.prisma.inboundMessage.update({
        where: {
          conversationId_externalId: { conversationId: commit.conversationId, externalId: commit.messageId },
        },
        data: { handledAt },
        select: { id: true },
      }),
    );
    if (commit.replies.length > 0) {
      operations.push(
        this.prisma.outboundMessage.createMany({
          data: commit.replies.map((text, index) => ({
            id: randomUUID(),
            conversationId: commit.conversationId,
            channel: commit.channel,
            recipient: commit.recipient,
            kind: "reply",
            text,
            dedupeKey: `reply:${commit.conversationId}:${commit.messageId}:${index}`,
            // Same-millisecond rows keep their order through the index in createdAt.
            createdAt: new Date(handledAt.getTime() + index),
          })),
        }),
      );
    }
    await this.prisma.$transaction(operations);
  }
}

export class PrismaOutboxStore implements OutboxStore {
  constructor(private readonly prisma: Db) {}

  async listPending(limit: number, channels: readonly Channel[]): Promise<OutboundRecord[]> {
    if (channels.length === 0) return [];
    const rows = await this.prisma.outboundMessage.findMany({
      where: { status: "pending", channel: { in: [...channels] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, channel: true, recipient: true, kind: true, text: true, attempts: true },
    });
    return rows.map((row) => ({ ...row, channel: row.channel as Channel }));
  }

  async markSending(id: string): Promise<boolean> {
    const result = await this.prisma.outboundMessage.updateMany({
      where: { id, status: "pending" },
      data: { status: "sending" },
    });
    return result.count === 1;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.prisma.outboundMessage.update({
      where: { id },
      data: { status: "sent", sentAt: at, attempts: { increment: 1 } },
      select: { id: true },
    });
  }

  async markFailed(id: string, error: string, final: boolean): Promise<void> {
    await this.prisma.outboundMessage.update({
      where: { id },
      data: {
        status: final ? "failed" : "pending",
        lastError: error.slice(0, 500),
        attempts: { increment: 1 },
      },
      select: { id: true },
    });
  }

  async recoverInterrupted(): Promise<number> {
    const result = await this.prisma.outboundMessage.updateMany({
      where: { status: "sending" },
      data: { status: "pending" },
    });
    return result.count;
  }
}

/** Check for Prisma's unique-constraint error (P2002). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
