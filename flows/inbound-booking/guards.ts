/**
 * Guards of the inbound booking dialogue: predicates over the context and the current message.
 */
import { isAffirmative, isNegative, isSkip, parseChoice } from "../../src/language/answers.js";
import { findImpossibleDate } from "../../src/language/impossible-date.js";
import { parseMileage } from "../../src/language/mileage.js";
import { extractMobile } from "../../src/language/mobile.js";
import { extractPlate } from "../../src/language/plate.js";
import { extractVin } from "../../src/language/vin.js";
import type { SlotProposal } from "../booking-types.js";
import { intentOf, textOf, wishOf, type InboundContext, type InboundEvent } from "./context.js";
import { extractModel, extractName } from "./understanding.js";

interface GuardArgs {
  context: InboundContext;
  event: InboundEvent;
}

export const inboundGuards = {
    isFound: (_, params: { found: boolean }) => params.found,
    isComplaintOrComeback: ({ event }) => {
      const intent = intentOf(event);
      return intent === "complaint" || intent === "comeback";
    },
    wantsHuman: ({ event }) => intentOf(event) === "askHuman",
    wantsBookingList: ({ context, event }) => context.customer !== null && intentOf(event) === "listBookings",
    wantsChange: ({ event }) => {
      const intent = intentOf(event);
      return intent === "cancel" || intent === "reschedule";
    },
    asksPrice: ({ event }) => {
      const intent = intentOf(event);
      return intent === "askPrice" || intent === "askDuration";
    },
    isThanks: ({ event }) => intentOf(event) === "thanks",
    intentIsEscalation: ({ context }) => context.intent === "complaint" || context.intent === "comeback",
    intentIsPriceQuestion: ({ context }) => context.intent === "askPrice" || context.intent === "askDuration",
    intentIsHuman: ({ context }) => context.intent === "askHuman",
    intentIsBookingList: ({ context }) => context.intent === "listBookings",
    intentIsChange: ({ context }) => context.intent === "cancel" || context.intent === "reschedule",
    hasNothingToBook: ({ context }) =>
      context.needText === "" && context.wish === null && context.intent !== "book" && context.plan === null,
    hasDraftMobile: ({ context }) => context.draft.mobile !== null,
    textHasMobile: ({ event }) => event.type === "user.text" && extractMobile(textOf(event)) !== null,
    draftPlateMatchesCandidate: ({ context }) =>
      context.draft.plate !== null && (context.candidate?.plates ?? []).includes(context.draft.plate),
    textPlateMatchesCandidate: ({ context, event }) => {
      const plate = extractPlate(textOf(event));
      return plate !== null && (context.candidate?.plates ?? []).includes(plate);
    },
    isConsent: ({ event }) => isAffirmative(textOf(event)),
    isDecline: ({ event }) => isNegative(textOf(event)),
    textHasName: ({ event }) => extractName(textOf(event)) !== null,
    hasDraftName: ({ context }) => context.draft.name !== null,
    textHasPlate: ({ event }) => extractPlate(textOf(event)) !== null,
    hasDraftPlate: ({ context }) => context.draft.plate !== null,
    textHasModel: ({ event }) => extractModel(textOf(event)) !== null,
    textHasValidVin: ({ event }) => extractVin(textOf(event)) !== null,
    textLooksLikeVin: ({ event }) => /[A-Za-z0-9]{15,19}/.test(textOf(event)),
    isSkipReply: ({ event }) => isSkip(textOf(event)),
    hasVehicle: ({ context }) => context.vehicleId !== null,
    hasOneVehicle: ({ context }) => context.customer?.vehicles.length === 1,
    textPicksVehicle: ({ context, event }) => {
      const vehicles = context.customer?.vehicles ?? [];
      const plate = extractPlate(textOf(event));
      if (plate !== null && vehicles.some((vehicle) => vehicle.plate === plate)) return true;
      return parseChoice(textOf(event), vehicles.length) !== null;
    },
    draftPlatePicksVehicle: ({ context }) =>
      (context.customer?.vehicles ?? []).some((vehicle) => vehicle.plate === context.draft.plate),
    hasNeeds: ({ context }) => context.needText.trim() !== "",
    planNeedsMileage: ({ context }) =>
      context.plan?.needsMileage === true && context.mileageKm === null && !context.mileageUnknown,
    planHasNoJobs: ({ context }) => (context.plan?.jobs ?? []).every((job) => job.kind === "recall"),
    textHasMileage: ({ event }) => parseMileage(textOf(event), { expectingMileage: true }) !== null,
    hasUsableWish: ({ context }) => context.wish !== null && !context.wish.past,
    hasPastWish: ({ context }) => context.wish !== null && context.wish.past,
    textHasImpossibleDate: ({ event }) => findImpossibleDate(textOf(event)) !== null,
    textHasFutureWish: ({ context, event }) => {
      const wish = wishOf(event, context);
      return wish !== null && !wish.past;
    },
    textHasPastWish: ({ context, event }) => wishOf(event, context)?.past === true,
    proposalHasExact: (_, params: { proposal: SlotProposal }) => params.proposal.exact !== null,
    proposalHasAlternatives: (_, params: { proposal: SlotProposal }) => params.proposal.alternatives.length > 0,
    proposalHasEarliest: (_, params: { proposal: SlotProposal }) => params.proposal.earliest.length > 0,
    textPicksOffer: ({ context, event }) => parseChoice(textOf(event), context.offers.length) !== null,
    isSlotTaken: ({ event }) => {
      const error = (event as { error?: unknown }).error;
      return error instanceof Error && error.name === "SlotTakenError";
    },
    isAffirmativeReply: ({ event }) => isAffirmative(textOf(event)),
    isCancelReply: ({ event }) => isNegative(textOf(event)) || intentOf(event) === "cancel",
} satisfies Record<string, (args: GuardArgs, params: never) => boolean>;
