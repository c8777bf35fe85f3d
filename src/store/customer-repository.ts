/**
 * Customers, their vehicles and chat identities. A customer is found by chat identity or mobile, and a
 * new customer is registered with consent and given the least-loaded advisor of the day.
 */
import { randomUUID } from "node:crypto";

import type { Channel, CustomerProfile, RegistrationDraft } from "../../flows/booking-types.js";
import { pickLeastLoadedAdvisor } from "../domain/routing.js";
import { addDays, shanghaiDateOf, toShanghaiInstant } from "../domain/time.js";
import type { Db } from "./database.js";
import { INACTIVE_BOOKING_STATUSES } from "./workshop-repository.js";

const PROFILE_SELECT = {
  id: true,
  name: true,
  mobile: true,
  advisor: { select: { id: true, name: true, phone: true } },
  vehicles: {
    orderBy: { createdAt: "asc" as const },
    select: { id: true, plate: true, model: true, vin: true, mileageKm: true },
  },
};

/** Error raised when a registration draft lacks a field the customer record needs. */
export class IncompleteRegistrationError extends Error {
  override name = "IncompleteRegistrationError";
  constructor(readonly missing: string[]) {
    super(
      `Registration draft is missing ${missing.join(", ")}. Ask the customer for them before registering.`,
    );
  }
}

export interface ServiceHistoryRow {
  date: string;
  mileageKm: number | null;
  serviceCodes: string[];
}

export class CustomerRepository {
  constructor(
    private readonly prisma: Db,
    private readonly dealershipId: string,
  ) {}

  /** Find the customer linked to a chat identity. */
  async findByIdentity(channel: Channel, externalId: string): Promise<CustomerProfile | null> {
    const identity = await this.prisma.channelIdentity.findUnique({
      where: { channel_externalId: { channel, externalId } },
      select: { customer: { select: PROFILE_SELECT } },
    });
    return identity ? identity.customer : null;
  }

  /** Find a customer by mobile, returning only what verification needs: the id and the plates. */
  async findByMobile(mobile: string): Promise<{ customerId: string; plates: string[] } | null> {
    const customer = await this.prisma.customer.findUnique({
      where: { dealershipId_mobile: { dealershipId: this.dealershipId, mobile } },
      select: { id: true, vehicles: { select: { plate: true } } },
    });
    if (!customer) return null;
    return { customerId: customer.id, plates: customer.vehicles.map((vehicle) => vehicle.plate) };
  }

  /** Link a chat identity to a customer (idempotent) and return the customer's profile. */
  async linkIdentity(channel: Channel, externalId: string, customerId: string): Promise<CustomerProfile> {
    await this.prisma.channelIdentity.upsert({
      where: { channel_externalId: { channel, externalId } },
      create: { channel, externalId, customerId },
      update: { customerId },
      select: { customerId: true },
    });
    return this.profile(customerId);
  }

  /** Load a customer's profile, failing with the id when it does not exist. */
  async profile(customerId: string): Promise<CustomerProfile> {
    const customer = await this.prisma.customer.findUnique({
      where: { id: customerId },
      select: PROFILE_SELECT,
    });
    if (!customer)
      throw new Error(
        `Customer '${customerId}' not found. Look the customer up again by identity or mobile.`,
      );
    return customer;
  }

  /**
   * Register a new customer with their vehicle and chat identity, assigned to the advisor with the lightest
   * load on `now`'s day. A mobile that was registered meanwhile is linked instead of duplicated.
   */
  async register(
    channel: Channel,
    externalId: string,
    draft: RegistrationDraft,
    now: Date,
  ): Promise<CustomerProfile> {
    const missing = (["mobile", "name", "plate", "model"] as const).filter((field) => !draft[field]);
    if (missing.length > 0) throw new IncompleteRegistrationError([...missing]);
    const mobile = draft.mobile as string;

    const existing = await this.findByMobile(mobile);
    if (existing) return this.linkIdentity(channel, externalId, existing.customerId);

    const advisorId = await this.leastLoadedAdvisor(now);
    const customerId = randomUUID();
    await this.prisma.$transaction([
      this.prisma.customer.create({
        data: {
          id: customerId,
          dealershipId: this.dealershipId,
          name: draft.name as string,
          mobile,
          advisorId,
          consentAt: now,
        },
        select: { id: true },
      }),
      this.prisma.vehicle.create({
        data: {
          id: randomUUID(),
          customerId,
          plate: draft.plate as string,
          model: draft.model as string,
          vin: draft.vin,
        },
        select: { id: true },
      }),
      this.prisma.channelIdentity.create({
        data: { channel, externalId, customerId },
        select: { customerId: true },
      }),
    ]);
    return this.profile(customerId);
  }

  /** Load a vehicle's service history, newest first. */
  async serviceHistory(vehicleId: string): Promise<ServiceHistoryRow[]> {
    const rows = await this.prisma.serviceRecord.findMany({
      where: { vehicleId },
      orderBy: { date: "desc" },
      select: { date: true, mileageKm: true, serviceCodes: true },
    });
    return rows.map((row) => ({
      date: row.date,
      mileageKm: row.mileageKm,
      serviceCodes: row.serviceCodes.split(",").filter((code) => code !== ""),
    }));
  }

  /** Load one vehicle of a customer, or fail naming both ids. */
  async vehicleOf(customerId: string, vehicleId: string) {
    const vehicle = await this.prisma.vehicle.findFirst({
      where: { id: vehicleId, customerId },
      select: { id: true, plate: true, vin: true, model: true, mileageKm: true, mileageRecordedAt: true },
    });
    if (!vehicle) {
      throw new Error(
        `Vehicle '${vehicleId}' of customer '${customerId}' not found. Ask the customer to pick a vehicle again.`,
      );
    }
    return vehicle;
  }

  /** Load an advisor's chat identities, for sending them notices. */
  async advisorContact(
    advisorId: string,
  ): Promise<{ id: string; wechatId: string | null; telegramId: string | null }> {
    const advisor = await this.prisma.advisor.findUnique({
      where: { id: advisorId },
      select: { id: true, wechatId: true, telegramId: true },
    });
    if (!advisor) throw new Error(`Advisor '${advisorId}' not found. Check the customer's advisorId.`);
    return advisor;
  }

  /** Return the channel and chat id of a conversation, where its confirmation goes. */
  async conversationRecipient(conversationId: string): Promise<{ channel: Channel; externalId: string }> {
    const conversation = await this.prisma.conversation.findUnique({
      where: { id: conversationId },
      select: { channel: true, externalId: true },
    });
    if (!conversation)
      throw new Error(`Conversation '${conversationId}' not found. It must exist before booking.`);
    return { channel: conversation.channel as Channel, externalId: conversation.externalId };
  }

  private async leastLoadedAdvisor(now: Date): Promise<string> {
    const today = shanghaiDateOf(now);
    const [advisors, bookings] = await Promise.all([
      this.prisma.advisor.findMany({
        where: { dealershipId: this.dealershipId },
        select: { id: true, active: true },
      }),
      this.prisma.booking.findMany({
        where: {
          dealershipId: this.dealershipId,
          status: { notIn: INACTIVE_BOOKING_STATUSES },
          dropOffAt: { gte: toShanghaiInstant(today), lt: toShanghaiInstant(addDays(today, 1)) },
        },
        select: { advisorId: true, labourHours: true },
      }),
    ]);
    return pickLeastLoadedAdvisor(
      advisors.map((advisor) => {
        const own = bookings.filter((booking) => booking.advisorId === advisor.id);
        return {
          advisorId: advisor.id,
          active: advisor.active,
          bookedCount: own.length,
          bookedHours: own.reduce((total, booking) => total + booking.labourHours, 0),
        };
      }),
    );
  }
}
