/**
 * Slot holds and bookings. Every write that depends on the board's free capacity runs under one lock and
 * one transaction that re-reads the board and checks the slot again, so two customers confirming the last
 * free slot at the same moment cannot both get it.
 */
import { randomUUID } from "node:crypto";

import { isSlotFree } from "../domain/board/slots.js";
import type { ServiceItem, Slot } from "../domain/board/types.js";
import { shanghaiDateOf, toShanghaiInstant, addMinutes, type LocalDate } from "../domain/time.js";
import type { Db } from "./database.js";
import { Mutex } from "./mutex.js";
import {
  formatLabourList,
  formatPartList,
  INACTIVE_BOOKING_STATUSES,
  totalPartsByCode,
  type WorkshopRepository,
} from "./workshop-repository.js";

/** Error raised when the slot a customer chose is no longer free. The dialogue offers new slots. */
export class SlotTakenError extends Error {
  override name = "SlotTakenError";
  constructor(
    readonly slot: { dropOffAt: Date; bayId: string; advisorId: string },
    readonly conversationId: string,
  ) {
    super(
      `Slot at ${slot.dropOffAt.toISOString()} in bay '${slot.bayId}' for advisor '${slot.advisorId}' is no longer ` +
        `free (conversation '${conversationId}'). Propose slots again.`,
    );
  }
}

export interface QueuedMessage {
  channel: string;
  recipient: string;
  kind: "confirmation" | "advisor_notice" | "reminder" | "handover";
  text: string;
}

export interface CreateBookingCommand {
  conversationId: string;
  requestKey: string;
  customerId: string;
  vehicleId: string;
  source: "proactive" | "inbound" | "online";
  slot: Slot;
  jobs: readonly ServiceItem[];
  estimateFen: number;
  mileageKm: number | null;
  now: Date;
  /** Builds the confirmation and advisor messages once the booking id is known. */
  messagesFor(bookingId: string): QueuedMessage[];
}

export interface UpcomingBooking {
  id: string;
  dropOffAt: Date;
  handOverAt: Date;
  status: string;
  plate: string;
  advisorName: string;
  jobNames: string[];
}

export class BookingRepository {
  private readonly lock = new Mutex();

  constructor(
    private readonly prisma: Db,
    private readonly workshop: WorkshopRepository,
    /** Wall clock for outbox ordering; business times come from each command's `now`. */
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Hold a slot for one conversation until `now + holdMinutes`, replacing that conversation's earlier hold.
   * Throws SlotTakenError when the slot is no longer free.
   */
  async holdSlot(input: {
    conversationId: string;
    slot: Slot;
    jobs: readonly ServiceItem[];
    now: Date;
    holdMinutes: number;
  }): Promise<{ holdId: string; expiresAt: Date }> {
    return this.lock.runExclusive(async () => {
      const board = await this.workshop.loadBoard(boardRange(input.slot), input.now, {
        excludeHoldOf: input.conversationId,
      });
      if (!isSlotFree(board, { advisorId: input.slot.advisorId, jobs: input.jobs }, input.slot, input.now)) {
        throw new SlotTakenError(input.slot, input.conversationId);
      }
      const expiresAt = addMinutes(input.now, input.holdMinutes);
      const data = {
        dealershipId: this.workshop.dealershipId,
        advisorId: input.slot.advisorId,
        bayId: input.slot.bayId,
        dropOffAt: input.slot.dropOffAt,
        handOverAt: input.slot.handOverAt,
        labour: formatLabourList(input.slot.labour),
        parts: formatPartList(input.jobs.flatMap((job) => job.parts)),
        expiresAt,
      };
      const hold = await this.prisma.slotHold.upsert({
        where: { conversationId: input.conversationId },
        create: { id: randomUUID(), conversationId: input.conversationId, ...data },
        update: { id: randomUUID(), ...data },
        select: { id: true, expiresAt: true },
      });
      return { holdId: hold.id, expiresAt: hold.expiresAt };
    });
  }

  /** Release the hold of a conversation, if any. */
  async releaseHold(conversationId: string): Promise<void> {
    await this.prisma.slotHold.deleteMany({ where: { conversationId } });
  }

  /**
   * Create a booking, its job lines, its contact-log entry and its queued messages in one transaction, after
   * checking the slot against the current board. A repeated request key returns the booking created first.
   */
  async createBooking(
    command: CreateBookingCommand,
  ): Promise<{ id: string; dropOffAt: Date; handOverAt: Date; created: boolean }> {
    return this.lock.runExclusive(async () => {
      const existing = await this.prisma.booking.findUnique({
        where: { requestKey: command.requestKey },
        select: { id: true, dropOffAt: true, handOverAt: true },
      });
      if (existing) return { ...existing, created: false };
      await this.workshop.loadStatic();

      return this.prisma.$transaction(async (tx) => {
        // Step 1: check the slot again against the board as it is now, ignoring this conversation's hold.
        const board = await this.workshop.loadBoard(boardRange(command.slot), command.now, {
          client: tx,
          excludeHoldOf: command.conversationId,
        });
        const request = { advisorId: command.slot.advisorId, jobs: command.jobs };
        if (!isSlotFree(board, request, command.slot, command.now)) {
          throw new SlotTakenError(command.slot, command.conversationId);
        }

        // Step 2: write the booking with one job line per technician assignment.
        const bookingId = randomUUID();
        const labourHours = command.slot.labour.reduce((total, line) => total + line.hours, 0);
        await tx.booking.create({
          data: {
            id: bookingId,
            dealershipId: this.workshop.dealershipId,
            customerId: command.customerId,
            vehicleId: command.vehicleId,
            advisorId: command.slot.advisorId,
            bayId: command.slot.bayId,
            source: command.source,
            status: "requested",
            dropOffAt: command.slot.dropOffAt,
            handOverAt: command.slot.handOverAt,
            labourHours,
            estimateFen: command.estimateFen,
            requestKey: command.requestKey,
            conversationId: command.conversationId,
          },
          select: { id: true },
        });
        const itemIds = await tx.serviceItem.findMany({
          where: {
            dealershipId: this.workshop.dealershipId,
            code: { in: command.jobs.map((job) => job.code) },
          },
          select: { id: true, code: true },
        });
        const idByCode = new Map(itemIds.map((item) => [item.code, item.id]));
        const partsPriced = new Map(board.parts.map((part) => [part.code, part.priceFen]));
        const partsAssigned = new Set<string>();
        await tx.bookingJob.createMany({
          data: command.slot.labour.map((line) => {
            const job = command.jobs.find((candidate) => candidate.code === line.serviceCode);
            if (!job) {
              throw new Error(
                `Slot labour names service '${line.serviceCode}', which is not among the booking's jobs.`,
              );
            }
            // A job split over several lines carries its parts on the first line only.
            const carriesParts = !partsAssigned.has(job.code);
            partsAssigned.add(job.code);
            const share = job.labourHours > 0 ? line.hours / job.labourHours : 1;
            return {
              id: randomUUID(),
              bookingId,
              serviceItemId: idByCode.get(job.code) ?? job.code,
              technicianId: line.technicianId,
              workDate: line.date,
              labourHours: line.hours,
              labourFen: Math.round(job.labourPriceFen * share),
              partsFen: carriesParts
                ? job.parts.reduce(
                    (total, part) => total + (partsPriced.get(part.partCode) ?? 0) * part.quantity,
                    0,
                  )
                : 0,
              partsReserved: carriesParts ? formatPartList(job.parts) : "",
            };
          }),
        });

        const partTotals = totalPartsByCode(command.jobs.flatMap((job) => job.parts));
        if (partTotals.length > 0) {
          await tx.bookingPart.createMany({ data: partTotals.map((part) => ({ bookingId, ...part })) });
        }

        // Step 3: the hold has served its purpose; record the contact, mileage and messages.
        await tx.slotHold.deleteMany({ where: { conversationId: command.conversationId } });
        await tx.contactLog.create({
          data: {
            id: randomUUID(),
            customerId: command.customerId,
            bookingId,
            at: command.now,
            channel: "chat",
            actor: "assistant",
            outcome: "booked",
            note: `${command.source} booking for ${shanghaiDateOf(command.slot.dropOffAt)}`,
          },
          select: { id: true },
        });
        if (command.mileageKm !== null) {
          await tx.vehicle.update({
            where: { id: command.vehicleId },
            data: { mileageKm: command.mileageKm, mileageRecordedAt: command.now },
            select: { id: true },
          });
        }
        const queued = command.messagesFor(bookingId);
        await tx.outboundMessage.createMany({
          data: queued.map((message, index) => ({
            id: randomUUID(),
            conversationId: message.kind === "confirmation" ? command.conversationId : null,
            channel: message.channel,
            recipient: message.recipient,
            kind: message.kind,
            text: message.text,
            dedupeKey: `${message.kind}:${bookingId}:${index}`,
            // Wall-clock stamps, as the engine's replies get, so the outbox sends in the order of writing.
            createdAt: new Date(this.clock().getTime() + index),
          })),
        });
        return {
          id: bookingId,
          dropOffAt: command.slot.dropOffAt,
          handOverAt: command.slot.handOverAt,
          created: true,
        };
      });
    });
  }

  /** List a customer's bookings that are still ahead (drop-off from today on), earliest first. */
  async listUpcoming(customerId: string, now: Date): Promise<UpcomingBooking[]> {
    const rows = await this.prisma.booking.findMany({
      where: {
        customerId,
        status: { notIn: INACTIVE_BOOKING_STATUSES },
        dropOffAt: { gte: toShanghaiInstant(shanghaiDateOf(now)) },
      },
      orderBy: { dropOffAt: "asc" },
      select: {
        id: true,
        dropOffAt: true,
        handOverAt: true,
        status: true,
        vehicle: { select: { plate: true } },
        advisor: { select: { name: true } },
        jobs: { select: { serviceItem: { select: { name: true } } } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      dropOffAt: row.dropOffAt,
      handOverAt: row.handOverAt,
      status: row.status,
      plate: row.vehicle.plate,
      advisorName: row.advisor.name,
      jobNames: [...new Set(row.jobs.map((job) => job.serviceItem.name))],
    }));
  }

  /** Queue messages outside a booking (hand-over notices), each once per dedupe key. */
  async queueMessages(
    messages: ReadonlyArray<QueuedMessage & { dedupeKey: string; conversationId?: string }>,
  ): Promise<void> {
    for (const [index, message] of messages.entries()) {
      await this.prisma.outboundMessage.upsert({
        where: { dedupeKey: message.dedupeKey },
        create: {
          id: randomUUID(),
          conversationId: message.conversationId ?? null,
          channel: message.channel,
          recipient: message.recipient,
          kind: message.kind,
          text: message.text,
          dedupeKey: message.dedupeKey,
          createdAt: new Date(this.clock().getTime() + index),
        },
        update: {},
        select: { id: true },
      });
    }
  }

  /** Record a contact-log entry that is not tied to a new booking. */
  async logContact(entry: {
    customerId: string;
    at: Date;
    outcome: string;
    note: string;
    actor?: string;
  }): Promise<void> {
    await this.prisma.contactLog.create({
      data: {
        id: randomUUID(),
        customerId: entry.customerId,
        at: entry.at,
        channel: "chat",
        actor: entry.actor ?? "assistant",
        outcome: entry.outcome,
        note: entry.note,
      },
      select: { id: true },
    });
  }
}

/** Dates the board must cover to check a slot: from its drop-off day to its last labour day. */
function boardRange(slot: Slot): { from: LocalDate; to: LocalDate } {
  const dates = [slot.date, ...slot.labour.map((line) => line.date)].sort();
  return { from: dates[0] as LocalDate, to: dates[dates.length - 1] as LocalDate };
}
