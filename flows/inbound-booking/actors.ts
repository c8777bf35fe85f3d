/**
 * The invoked actors of the inbound booking dialogue, declared with their input and output types. The
 * implementations here only throw: src/app supplies the real ones through `machine.provide({ actors })`,
 * so a missing wire-up fails loudly instead of pretending to work.
 */
import { fromPromise } from "xstate";

import type {
  BookingListItem,
  BookingResult,
  BookingTime,
  Channel,
  CreateBookingInput,
  CustomerProfile,
  HoldResult,
  RegistrationDraft,
  SlotOffer,
  SlotProposal,
  VisitPlan,
} from "../booking-types.js";
import type { HandoverReason } from "./context.js";

function notProvided(name: string): never {
  throw new Error(`Actor '${name}' has no implementation. Provide it with inboundBookingMachine.provide({ actors }).`);
}

export const inboundActors = {
    identifyCustomer: fromPromise<CustomerProfile | null, { channel: Channel; externalId: string }>(async () =>
      notProvided("identifyCustomer"),
    ),
    findCustomerByMobile: fromPromise<{ customerId: string; plates: string[] } | null, { mobile: string }>(
      async () => notProvided("findCustomerByMobile"),
    ),
    linkIdentity: fromPromise<CustomerProfile, { channel: Channel; externalId: string; customerId: string }>(
      async () => notProvided("linkIdentity"),
    ),
    registerCustomer: fromPromise<
      CustomerProfile,
      { channel: Channel; externalId: string; draft: RegistrationDraft; now: string }
    >(async () => notProvided("registerCustomer")),
    planVisit: fromPromise<
      VisitPlan,
      { customerId: string; vehicleId: string; needText: string; mileageKm: number | null; now: string }
    >(async () => notProvided("planVisit")),
    proposeSlots: fromPromise<
      SlotProposal,
      { advisorId: string; vehicleId: string; jobCodes: string[]; wish: BookingTime; now: string }
    >(async () => notProvided("proposeSlots")),
    holdSlot: fromPromise<
      HoldResult,
      { conversationId: string; slot: SlotOffer; jobCodes: string[]; now: string; holdMinutes: number }
    >(async () => notProvided("holdSlot")),
    releaseHold: fromPromise<void, { conversationId: string }>(async () => notProvided("releaseHold")),
    createBooking: fromPromise<BookingResult, CreateBookingInput>(async () => notProvided("createBooking")),
    listBookings: fromPromise<BookingListItem[], { customerId: string; now: string }>(async () =>
      notProvided("listBookings"),
    ),
    requestHuman: fromPromise<
      { replyBy: string },
      { conversationId: string; customerId: string | null; reason: HandoverReason; text: string; now: string }
    >(async () => notProvided("requestHuman")),
    escalateToManager: fromPromise<
      { managerName: string; replyBy: string },
      { conversationId: string; customerId: string | null; reason: HandoverReason; text: string; now: string }
    >(async () => notProvided("escalateToManager")),
    quoteJobs: fromPromise<VisitPlan | null, { text: string }>(async () => notProvided("quoteJobs")),
};
