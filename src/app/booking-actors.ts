/**
 * Store-backed implementations of the booking dialogue's invoked actors. This is the only place where the
 * dialogue meets the database: flows/ stays free of I/O, and src/store contains no dialogue code.
 */
import { fromPromise } from "xstate";

import type {
  BookingTime,
  Channel,
  CreateBookingInput,
  JobCard,
  SlotOffer,
  SlotProposal,
  VisitPlan,
} from "../../flows/booking-types.js";
import type { HandoverReason } from "../../flows/inbound-booking/machine.js";
import { proposeSlots as proposeBoardSlots } from "../domain/board/propose.js";
import { earliestSlots } from "../domain/board/earliest.js";
import { partsReadyAt } from "../domain/board/slots.js";
import type { ServiceItem, Slot, VisitRequest } from "../domain/board/types.js";
import { estimateVisit, type Estimate } from "../domain/estimate.js";
import { matchJobs } from "../domain/jobs.js";
import { chooseMaintenance } from "../domain/maintenance.js";
import { openRecallsFor } from "../domain/recall.js";
import { staffReplyTime } from "../domain/reply-time.js";
import { addDays, daysBetween, shanghaiDateOf } from "../domain/time.js";
import type { Logger } from "../logger.js";
import { advisorBookingNotice, confirmationText, formatDateTime, handoverNotice, messages } from "../messages/zh-CN.js";
import type { BookingRepository } from "../store/booking-repository.js";
import type { CustomerRepository } from "../store/customer-repository.js";
import type { WorkshopRepository } from "../store/workshop-repository.js";

/** A recorded mileage older than this is asked again before choosing a maintenance package, in days. */
const MILEAGE_FRESH_DAYS = 60;
/** Days after the wished day whose bookings a first proposal reads: the wished day plus 3 open days, with room for closed days. */
const NEAR_WISH_DAYS = 10;
/** Days after the wished day that the earliest-slot fallback may reach, with margin over the domain's 60-day search. */
const EARLIEST_SEARCH_DAYS = 62;
/** Days of board the plan reads to find when missing parts allow a drop-off. */
const PLAN_BOARD_DAYS = 14;

export interface BookingActorDeps {
  workshop: WorkshopRepository;
  customers: CustomerRepository;
  bookings: BookingRepository;
  /** Channel for advisor and manager notices, and the function that gives an advisor's recipient id on it. */
  staffChannel: Channel;
  advisorRecipient(advisor: { id: string; wechatId: string | null; telegramId: string | null }): string;
  managerRecipient: string;
  logger: Logger;
}

/** Build the actor implementations to pass to `inboundBookingMachine.provide({ actors })`. */
export function createBookingActors(deps: BookingActorDeps) {
  const log = deps.logger.child({ module: "booking-actors" });

  async function jobsByCodes(codes: readonly string[]): Promise<ServiceItem[]> {
    const { catalogue } = await deps.workshop.loadStatic();
    return codes.map((code) => {
      const job = catalogue.find((item) => item.code === code);
      if (!job) throw new Error(`Service item '${code}' not found in the catalogue. Plan the visit again.`);
      return job;
    });
  }

  async function replyByText(now: Date): Promise<string> {
    const { calendar } = await deps.workshop.loadStatic();
    const reply = staffReplyTime(calendar, now);
    return reply.kind === "soon" ? `${reply.minutes}分钟内` : `${formatDateTime(reply.at.toISOString())} 之后`;
  }

  async function staffRecipients(customerId: string | null) {
    if (!customerId) return null;
    const profile = await deps.customers.profile(customerId);
    const advisor = await deps.customers.advisorContact(profile.advisor.id);
    return { profile, advisorRecipient: deps.advisorRecipient(advisor) };
  }

  return {
    quoteJobs: fromPromise(async ({ input }: { input: { text: string } }): Promise<VisitPlan | null> => {
      const workshop = await deps.workshop.loadStatic();
      const bookable = workshop.catalogue.filter((item) => item.kind !== "recall");
      const match = matchJobs(input.text, bookable);
      if (match.jobs.length === 0) return null;
      const estimate = estimateVisit(match.jobs, await deps.workshop.loadParts());
      return {
        jobs: toJobCards(match.jobs, estimate),
        recalls: [],
        labourHours: estimate.labourHours,
        estimateFen: estimate.totalFen,
        maintenanceReason: null,
        needsMileage: false,
        addedInspection: false,
        partsReadyAt: null,
      };
    }),

    identifyCustomer: fromPromise(async ({ input }: { input: { channel: Channel; externalId: string } }) =>
      deps.customers.findByIdentity(input.channel, input.externalId),
    ),

    findCustomerByMobile: fromPromise(async ({ input }: { input: { mobile: string } }) =>
      deps.customers.findByMobile(input.mobile),
    ),

    linkIdentity: fromPromise(
      async ({ input }: { input: { channel: Channel; externalId: string; customerId: string } }) =>
        deps.customers.linkIdentity(input.channel, input.externalId, input.customerId),
    ),

    registerCustomer: fromPromise(
      async ({ input }: { input: { channel: Channel; externalId: string; draft: Parameters<CustomerRepository["register"]>[2]; now: string } }) => {
        const profile = await deps.customers.register(input.channel, input.externalId, input.draft, new Date(input.now));
        log.info({ event: "customer.registered", customerId: profile.id, advisorId: profile.advisor.id }, "new customer registered");
        return profile;
      },
    ),

    planVisit: fromPromise(
      async ({
        input,
      }: {
        input: { customerId: string; vehicleId: string; needText: string; mileageKm: number | null; now: string };
      }): Promise<VisitPlan> => {
        const now = new Date(input.now);
        const today = shanghaiDateOf(now);
        const workshop = await deps.workshop.loadStatic();
        const vehicle = await deps.customers.vehicleOf(input.customerId, input.vehicleId);
        const bookable = workshop.catalogue.filter((item) => item.kind !== "recall");

        // Step 1: jobs named in the customer's words; a fault that words cannot diagnose gets an inspection.
        const match = matchJobs(input.needText, bookable);
        let jobs = [...match.jobs];
        const inspection = bookable.find((item) => item.kind === "inspection");
        const addedInspection = match.needsInspection && inspection !== undefined && !jobs.includes(inspection);
        if (addedInspection && inspection) jobs.push(inspection);

        // Step 2: maintenance by mileage and time since the last service, unless the customer named the package.
        let maintenanceReason: string | null = null;
        let needsMileage = false;
        if (jobs.some((job) => job.kind === "maintenance") && workshop.maintenanceRules.length > 0) {
          const recordedFresh =
            vehicle.mileageRecordedAt !== null &&
            daysBetween(shanghaiDateOf(vehicle.mileageRecordedAt), today) <= MILEAGE_FRESH_DAYS;
          const mileage = input.mileageKm ?? (recordedFresh ? vehicle.mileageKm : null);
          needsMileage = mileage === null;
          const namedPackage = /大保养|小保养|二级保养|一级保养/.test(input.needText);
          if (!namedPackage) {
            const history = await deps.customers.serviceHistory(vehicle.id);
            const choice = chooseMaintenance(workshop.maintenanceRules, history, mileage ?? vehicle.mileageKm, today);
            const chosen = workshop.catalogue.find((item) => item.code === choice.serviceCode);
            if (chosen) {
              jobs = [chosen, ...jobs.filter((job) => job.kind !== "maintenance")];
              maintenanceReason = choice.reason;
            }
          }
        }

        // Step 3: open recalls by VIN join the visit.
        const recalls = vehicle.vin ? openRecallsFor(vehicle.vin, await deps.workshop.recallsForVin(vehicle.vin)) : [];
        for (const recall of recalls) {
          const recallJob = workshop.catalogue.find((item) => item.code === recall.serviceCode);
          if (recallJob && !jobs.includes(recallJob)) jobs.push(recallJob);
        }

        // Step 4: estimate, and when missing parts allow the car in.
        const board = await deps.workshop.loadBoard({ from: today, to: addDays(today, PLAN_BOARD_DAYS) }, now);
        const estimate = estimateVisit(jobs, board.parts);
        const ready = jobs.length > 0 ? partsReadyAt(board, { advisorId: "", jobs }, now) : null;
        return {
          jobs: toJobCards(jobs, estimate),
          recalls: recalls.map((recall) => ({ code: recall.code, title: recall.title, serviceCode: recall.serviceCode })),
          labourHours: estimate.labourHours,
          estimateFen: estimate.totalFen,
          maintenanceReason,
          needsMileage,
          addedInspection,
          partsReadyAt: ready ? ready.toISOString() : null,
        };
      },
    ),

    proposeSlots: fromPromise(
      async ({
        input,
      }: {
        input: { advisorId: string; vehicleId: string; jobCodes: string[]; wish: BookingTime; now: string };
      }): Promise<SlotProposal> => {
        const now = new Date(input.now);
        const jobs = await jobsByCodes(input.jobCodes);
        const request: VisitRequest = { advisorId: input.advisorId, jobs };
        const wish = {
          date: input.wish.date,
          ...(input.wish.time ? { time: input.wish.time } : {}),
          ...(input.wish.partOfDay ? { partOfDay: input.wish.partOfDay } : {}),
        };
        // Most wishes are answered from the days around the wish; only an empty answer reads the 60 days that
        // the earliest-slot fallback searches.
        // Alternatives lie on or after the wished day, so earlier days matter only for the earliest-slot search.
        const today = shanghaiDateOf(now);
        const nearFrom = input.wish.date > today ? input.wish.date : today;
        const nearBoard = await deps.workshop.loadBoard({ from: nearFrom, to: addDays(input.wish.date, NEAR_WISH_DAYS) }, now);
        let board = nearBoard;
        let proposal = proposeBoardSlots(nearBoard, request, wish, now);
        if (proposal.exact === null && proposal.alternatives.length === 0) {
          const farBoard = await deps.workshop.loadBoard({ from: today, to: addDays(input.wish.date, EARLIEST_SEARCH_DAYS) }, now);
          board = farBoard;
          proposal = proposeBoardSlots(farBoard, request, wish, now);
        }
        return {
          exact: proposal.exact ? toOffer(proposal.exact) : null,
          alternatives: proposal.alternatives.map(toOffer),
          earliest: earliestSlots(board, request, proposal.earliest, now).map(toOffer),
          partsDelayUntil: proposal.partsDelay ? proposal.partsDelay.toISOString() : null,
        };
      },
    ),

    holdSlot: fromPromise(
      async ({
        input,
      }: {
        input: { conversationId: string; slot: SlotOffer; jobCodes: string[]; now: string; holdMinutes: number };
      }) => {
        const jobs = await jobsByCodes(input.jobCodes);
        const hold = await deps.bookings.holdSlot({
          conversationId: input.conversationId,
          slot: fromOffer(input.slot),
          jobs,
          now: new Date(input.now),
          holdMinutes: input.holdMinutes,
        });
        return { holdId: hold.holdId, expiresAt: hold.expiresAt.toISOString() };
      },
    ),

    releaseHold: fromPromise(async ({ input }: { input: { conversationId: string } }) =>
      deps.bookings.releaseHold(input.conversationId),
    ),

    createBooking: fromPromise(async ({ input }: { input: CreateBookingInput }) => {
        const now = new Date(input.now);
        const profile = input.customer;
        if (!profile) {
          throw new Error(`Conversation '${input.conversationId}' has no identified customer. Identify the customer before booking.`);
        }
        const workshop = await deps.workshop.loadStatic();
        const jobs = await jobsByCodes(input.jobCodes);
        const estimate = estimateVisit(jobs, await deps.workshop.loadParts());
        const advisor = await deps.customers.advisorContact(profile.advisor.id);
        const vehicle = profile.vehicles.find((candidate) => candidate.id === input.vehicleId);
        const conversation = { channel: input.channel, externalId: input.externalId };
        const jobCards = toJobCards(jobs, estimate);

        const result = await deps.bookings.createBooking({
          conversationId: input.conversationId,
          requestKey: input.requestKey,
          customerId: profile.id,
          vehicleId: input.vehicleId,
          source: "inbound",
          slot: fromOffer(input.slot),
          jobs,
          estimateFen: estimate.totalFen,
          mileageKm: input.mileageKm,
          now,
          messagesFor: () => [
            {
              channel: conversation.channel,
              recipient: conversation.externalId,
              kind: "confirmation",
              text: confirmationText({
                customerName: profile.name,
                plate: vehicle?.plate ?? "",
                dropOffAt: input.slot.dropOffAt,
                handOverAt: input.slot.handOverAt,
                advisor: profile.advisor,
                jobs: jobCards,
                estimateFen: estimate.totalFen,
                labourHours: estimate.labourHours,
                hasRecall: jobs.some((job) => job.kind === "recall"),
                dealershipName: workshop.dealership.name,
                dealershipAddress: workshop.dealership.address,
                dealershipPhone: workshop.dealership.phone,
              }),
            },
            {
              channel: deps.staffChannel,
              recipient: deps.advisorRecipient(advisor),
              kind: "advisor_notice",
              text: advisorBookingNotice({
                customerName: profile.name,
                mobile: profile.mobile,
                plate: vehicle?.plate ?? "",
                dropOffAt: input.slot.dropOffAt,
                jobs: jobCards,
                estimateFen: estimate.totalFen,
                source: "inbound",
              }),
            },
          ],
        });
        log.info(
          { event: "booking.created", bookingId: result.id, conversationId: input.conversationId, created: result.created },
          "booking created",
        );
        return { bookingId: result.id, dropOffAt: result.dropOffAt.toISOString(), handOverAt: result.handOverAt.toISOString() };
    }),

    listBookings: fromPromise(async ({ input }: { input: { customerId: string; now: string } }) => {
      const rows = await deps.bookings.listUpcoming(input.customerId, new Date(input.now));
      return rows.map((row) => ({
        bookingId: row.id,
        dropOffAt: row.dropOffAt.toISOString(),
        handOverAt: row.handOverAt.toISOString(),
        plate: row.plate,
        jobNames: row.jobNames,
        status: row.status,
        advisorName: row.advisorName,
      }));
    }),

    requestHuman: fromPromise(
      async ({
        input,
      }: {
        input: { conversationId: string; customerId: string | null; reason: HandoverReason; text: string; now: string };
      }) => {
        const now = new Date(input.now);
        const staff = await staffRecipients(input.customerId);
        await deps.bookings.queueMessages(
          [
            {
              channel: deps.staffChannel,
              recipient: staff?.advisorRecipient ?? deps.managerRecipient,
              kind: "handover",
              text: handoverNotice({
                customerName: staff?.profile.name ?? null,
                mobile: staff?.profile.mobile ?? null,
                reason: input.reason,
                lastMessage: input.text,
              }),
              dedupeKey: `handover:${input.conversationId}:${input.now}`,
            },
          ],
        );
        if (staff) {
          await deps.bookings.logContact({ customerId: staff.profile.id, at: now, outcome: "info", note: "customer asked for a person" });
        }
        log.info({ event: "handover.requested", conversationId: input.conversationId, reason: input.reason }, "handover requested");
        return { replyBy: await replyByText(now) };
      },
    ),

    escalateToManager: fromPromise(
      async ({
        input,
      }: {
        input: { conversationId: string; customerId: string | null; reason: HandoverReason; text: string; now: string };
      }) => {
        const now = new Date(input.now);
        const workshop = await deps.workshop.loadStatic();
        const staff = await staffRecipients(input.customerId);
        const notice = handoverNotice({
          customerName: staff?.profile.name ?? null,
          mobile: staff?.profile.mobile ?? null,
          reason: input.reason,
          lastMessage: input.text,
        });
        const queued = [
          {
            channel: deps.staffChannel,
            recipient: deps.managerRecipient,
            kind: "handover" as const,
            text: notice,
            dedupeKey: `escalation:${input.conversationId}:${input.now}`,
          },
        ];
        if (staff) {
          // The dedicated advisor gets a copy marked as such, so nobody answers the customer twice.
          queued.push({
            channel: deps.staffChannel,
            recipient: staff.advisorRecipient,
            kind: "handover" as const,
            text: `${notice}\n${messages.copiedToManager(workshop.dealership.managerName)}`,
            dedupeKey: `escalation-advisor:${input.conversationId}:${input.now}`,
          });
        }
        await deps.bookings.queueMessages(queued);
        if (staff) {
          await deps.bookings.logContact({ customerId: staff.profile.id, at: now, outcome: "info", note: `escalated: ${input.reason}` });
        }
        log.info({ event: "escalation.queued", conversationId: input.conversationId, reason: input.reason }, "escalated to service manager");
        return { managerName: workshop.dealership.managerName, replyBy: await replyByText(now) };
      },
    ),
  };
}

function toJobCards(jobs: readonly ServiceItem[], estimate: Estimate): JobCard[] {
  return jobs.map((job) => {
    const line = estimate.lines.find((candidate) => candidate.serviceCode === job.code);
    return {
      code: job.code,
      name: job.name,
      kind: job.kind,
      labourHours: job.labourHours,
      totalFen: line?.totalFen ?? job.labourPriceFen,
    };
  });
}

function toOffer(slot: Slot): SlotOffer {
  return {
    date: slot.date,
    dropOffAt: slot.dropOffAt.toISOString(),
    handOverAt: slot.handOverAt.toISOString(),
    advisorId: slot.advisorId,
    bayId: slot.bayId,
    labour: slot.labour.map((line) => ({ ...line })),
  };
}

function fromOffer(offer: SlotOffer): Slot {
  return {
    date: offer.date,
    dropOffAt: new Date(offer.dropOffAt),
    handOverAt: new Date(offer.handOverAt),
    advisorId: offer.advisorId,
    bayId: offer.bayId,
    labour: offer.labour,
  };
}
