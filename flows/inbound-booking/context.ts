/**
 * Context, events and small readers of the inbound booking dialogue, shared by its guards, actions and
 * machine. The context is plain JSON, because it is persisted as a snapshot after every turn.
 */
import { parseBookingTime } from "../../src/language/datetime.js";
import { classifyIntent, type Intent } from "../../src/language/intent.js";
import type {
  BookingResult,
  BookingTime,
  Channel,
  CustomerProfile,
  HoldResult,
  RegistrationDraft,
  SlotOffer,
  VisitPlan,
} from "../booking-types.js";
import { clipMessage } from "./understanding.js";

/** Minutes a chosen slot stays reserved for this customer while they confirm. */
export const HOLD_MINUTES = 10;
/** Failed tries at one step after which every prompt offers the advisor. */
export const RETRIES_BEFORE_HUMAN_HINT = 2;

export interface InboundInput {
  conversationId: string;
  channel: Channel;
  externalId: string;
}

export interface InboundContext extends InboundInput {
  /** Time of the message being handled (ISO instant); actors use it as `now`. */
  now: string;
  lastText: string;
  intent: Intent;
  customer: CustomerProfile | null;
  /** A customer found by mobile, not yet verified by plate; plates are never shown to the chat. */
  candidate: { customerId: string; plates: string[] } | null;
  draft: RegistrationDraft;
  vehicleId: string | null;
  needText: string;
  mileageKm: number | null;
  mileageUnknown: boolean;
  plan: VisitPlan | null;
  wish: BookingTime | null;
  offers: SlotOffer[];
  offerKind: "exact" | "alternatives" | "earliest" | null;
  chosen: SlotOffer | null;
  hold: HoldResult | null;
  lastBooking: BookingResult | null;
  retries: number;
}

export type InboundEvent =
  | { type: "user.text"; text: string; messageId: string; at: string }
  | { type: "user.media"; kind: string; messageId: string; at: string };

export type InboundEmitted = { type: "reply"; text: string };

export type HandoverReason = "askHuman" | "complaint" | "comeback" | "stuck" | "noSlots";

/** Intents whose message describes no job, so its text is not added to the needs. */
export const NON_NEED_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "greeting",
  "thanks",
  "listBookings",
  "askHuman",
  "cancel",
  "reschedule",
]);

export const EMPTY_DRAFT: RegistrationDraft = { mobile: null, name: null, plate: null, model: null, vin: null };

/** Return the part of a text message the dialogue reads; media events have no text. */
export function textOf(event: InboundEvent): string {
  return event.type === "user.text" ? clipMessage(event.text).text : "";
}

export function intentOf(event: InboundEvent): Intent {
  return event.type === "user.text" ? classifyIntent(textOf(event)) : "none";
}

export function wishOf(event: InboundEvent, context: InboundContext): BookingTime | null {
  if (event.type !== "user.text") return null;
  return parseBookingTime(textOf(event), new Date(event.at ?? context.now));
}

/** Check whether the wish named only a day or part of day and the offers fall on that day, so none is "full". */
export function wishHasOpenWindow(context: InboundContext): boolean {
  return context.wish !== null && context.wish.time === undefined && context.offers[0]?.date === context.wish.date;
}

export function jobCodes(context: InboundContext): string[] {
  return (context.plan?.jobs ?? []).map((job) => job.code);
}

export function selectedPlate(context: InboundContext): string {
  const vehicle = context.customer?.vehicles.find((candidate) => candidate.id === context.vehicleId);
  return vehicle?.plate ?? context.draft.plate ?? "";
}
