/**
 * The inbound booking dialogue (被动预约): one actor per conversation, from the first message to a
 * confirmed booking. Waiting states carry the tag "waiting": the conversation engine persists the
 * snapshot there and sends the replies that the machine emitted during the turn.
 *
 * I/O runs in invoked actors (see actors.ts) whose implementations arrive through `machine.provide(...)`.
 */
import { and, assertEvent, assign, emit, enqueueActions, not, setup } from "xstate";

import { shanghaiDateOf } from "../../src/domain/time.js";
import { parseBookingTime } from "../../src/language/datetime.js";
import { classifyIntent, type Intent } from "../../src/language/intent.js";
import { parseMileage } from "../../src/language/mileage.js";
import { extractMobile } from "../../src/language/mobile.js";
import { extractPlate } from "../../src/language/plate.js";
import { parseChoice } from "../../src/language/answers.js";
import { findImpossibleDate } from "../../src/language/impossible-date.js";
import { describeVinProblem, extractVin } from "../../src/language/vin.js";
import { messages } from "../../src/messages/zh-CN.js";
import type { BookingResult, CustomerProfile, HoldResult, SlotOffer, SlotProposal, VisitPlan } from "../booking-types.js";
import { inboundActors } from "./actors.js";
import {
  EMPTY_DRAFT,
  HOLD_MINUTES,
  NON_NEED_INTENTS,
  RETRIES_BEFORE_HUMAN_HINT,
  jobCodes,
  selectedPlate,
  textOf,
  wishHasOpenWindow,
  wishOf,
  type HandoverReason,
  type InboundContext,
  type InboundEmitted,
  type InboundEvent,
  type InboundInput,
} from "./context.js";
import { inboundGuards } from "./guards.js";
import { clipMessage, extractModel, extractName } from "./understanding.js";

export {
  HOLD_MINUTES,
  type HandoverReason,
  type InboundContext,
  type InboundEmitted,
  type InboundEvent,
  type InboundInput,
};

/** Most slots offered at once. */
const MAX_OFFERS = 3;

/** Count a failed try at the current step and repeat its prompt, offering the advisor after repeated failures. */
function enqueueRetry(
  enqueue: { assign: (update: Partial<InboundContext>) => void; emit: (event: InboundEmitted) => void },
  context: InboundContext,
  prompt: string,
): void {
  const failures = context.retries + 1;
  enqueue.assign({ retries: failures });
  const text = failures >= RETRIES_BEFORE_HUMAN_HINT ? messages.retryWithHuman(prompt) : prompt;
  enqueue.emit({ type: "reply", text });
}

/**
 * Requests a known customer may make at any waiting step: a complaint or comeback goes to the service
 * manager, "人工" brings in the advisor, and "我的预约" lists bookings. Each returns to the step it left.
 */
const CUSTOMER_COMMANDS = [
  { guard: "isComplaintOrComeback", target: "#inboundBooking.escalating", actions: "recordTurn" },
  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
  { guard: "wantsBookingList", target: "#inboundBooking.listingBookings", actions: "recordTurn" },
] as const;

/**
 * A request to change or cancel an existing booking, at a step where no new booking is pending. The advisor
 * handles those, so the customer is told how to reach them and stays at the step.
 */
const CHANGE_REQUEST = {
  guard: and(["wantsChange", not("textHasFutureWish")]),
  actions: ["recordTurn", "sayChangeViaAdvisor"],
} as const;

export const inboundBookingMachine = setup({
  types: {
    context: {} as InboundContext,
    events: {} as InboundEvent,
    input: {} as InboundInput,
    emitted: {} as InboundEmitted,
  },
  actors: inboundActors,
  guards: inboundGuards,
  actions: {
    recordTurn: enqueueActions(({ enqueue, event }) => {
      if (event.type !== "user.text" && event.type !== "user.media") return;
      const clipped = event.type === "user.text" ? clipMessage(event.text) : { text: "", clipped: false };
      enqueue.assign({ now: event.at, lastText: clipped.text });
      if (clipped.clipped) enqueue.emit({ type: "reply", text: messages.tooLong });
    }),
    absorbMessage: assign(({ context, event }) => {
      assertEvent(event, "user.text");
      const text = clipMessage(event.text).text;
      const wish = parseBookingTime(text, new Date(event.at));
      const mileage = parseMileage(text);
      const intent = classifyIntent(text);
      // Emoji, stickers typed as text and punctuation describe no job either.
      const describesNeeds = !NON_NEED_INTENTS.has(intent) && /[\p{L}\p{N}]/u.test(text);
      let needText = context.needText;
      if (describesNeeds) needText = needText === "" ? text : `${needText}\n${text}`;
      return {
        intent,
        needText,
        // A date that does not exist is not replaced by a guess: the time question will follow.
        wish: findImpossibleDate(text) ? null : (wish ?? context.wish),
        mileageKm: mileage ?? context.mileageKm,
        draft: {
          ...context.draft,
          mobile: context.draft.mobile ?? extractMobile(text),
          plate: context.draft.plate ?? extractPlate(text),
        },
      };
    }),
    clearIntent: assign({ intent: "none" as Intent }),
    startNewRequest: assign({
      needText: "",
      wish: null,
      plan: null,
      offers: [],
      offerKind: null,
      chosen: null,
      hold: null,
      mileageUnknown: false,
      vehicleId: ({ context }) => (context.customer?.vehicles.length === 1 ? context.vehicleId : null),
    }),
    resetRetries: assign({ retries: 0 }),
    retryStep: enqueueActions(({ context, enqueue }, params: { message: string }) => {
      enqueueRetry(enqueue, context, params.message);
    }),
    rejectVin: enqueueActions(({ context, enqueue, event }) => {
      const candidate = (/[A-Za-z0-9]{15,19}/.exec(textOf(event)) ?? [""])[0];
      const problem = describeVinProblem(candidate) ?? "格式不正确";
      enqueueRetry(enqueue, context, messages.invalidVin(problem));
    }),
    rejectVehicleChoice: enqueueActions(({ context, enqueue }) => {
      enqueueRetry(enqueue, context, messages.invalidVehicleChoice(context.customer?.vehicles.length ?? 0));
    }),
    rejectPastWish: enqueueActions(({ context, enqueue }) => {
      enqueueRetry(enqueue, context, context.wish ? messages.pastTime(context.wish, context.now) : messages.invalidTime);
    }),
    rejectImpossibleDate: enqueueActions(({ context, enqueue, event }) => {
      const impossible = findImpossibleDate(textOf(event));
      const prompt = impossible ? messages.impossibleDate(impossible.month, impossible.day) : messages.invalidTime;
      enqueueRetry(enqueue, context, prompt);
    }),
    rejectSlotChoice: enqueueActions(({ context, enqueue }) => {
      enqueueRetry(enqueue, context, messages.invalidSlotChoice(context.offers.length));
    }),
    askNeedsAgain: enqueueActions(({ context, enqueue }) => {
      enqueueRetry(enqueue, context, `没能确定您需要的项目。${messages.askNeeds}`);
    }),
    say: emit((_, params: { text: string }) => ({ type: "reply" as const, text: params.text })),
    sayGreetingKnown: emit(({ context }) => ({
      type: "reply" as const,
      text: context.customer ? messages.greetingKnown(context.customer.name, context.customer.advisor) : "",
    })),
    sayRegistered: emit(({ context }) => ({
      type: "reply" as const,
      text: context.customer ? messages.registered(context.customer.name, context.customer.advisor) : "",
    })),
    sayChangeViaAdvisor: emit(({ context }) => ({
      type: "reply" as const,
      text: context.customer ? messages.changeViaAdvisor(context.customer.advisor) : messages.askMobile,
    })),
    sayPrice: emit(({ context }) => ({
      type: "reply" as const,
      text: context.plan && context.plan.jobs.length > 0 ? messages.priceAnswer(context.plan) : messages.priceNeedsJobs,
    })),
    sayPlan: enqueueActions(({ context, enqueue }) => {
      if (!context.plan) return;
      if (context.plan.recalls.length > 0) {
        enqueue.emit({ type: "reply", text: messages.recallNotice(context.plan.recalls) });
      }
      enqueue.emit({ type: "reply", text: messages.planSummary(context.plan) });
    }),
    sayCheckingWish: emit(({ context }) => ({
      type: "reply" as const,
      text: context.wish ? messages.checkingWish(context.wish, context.now) : "",
    })),
    sayPastWish: emit(({ context }) => ({
      type: "reply" as const,
      text: context.wish ? messages.pastTime(context.wish, context.now) : messages.invalidTime,
    })),
    sayOffers: emit(({ context }) => {
      let text: string;
      const partsReadyAt = context.plan?.partsReadyAt ?? null;
      const wishBeforeParts =
        partsReadyAt !== null && context.wish !== null && context.wish.date <= shanghaiDateOf(new Date(partsReadyAt));
      if (context.offerKind !== "exact" && wishBeforeParts && partsReadyAt !== null) {
        text = `${messages.offerAfterParts(context.offers, partsReadyAt)}\n${messages.offerFooter}`;
      } else if (context.offerKind === "earliest") {
        text = messages.offerEarliest(context.offers);
      } else if (context.offerKind === "alternatives" && !wishHasOpenWindow(context)) {
        text = `${messages.offerAlternatives(context.offers)}\n${messages.offerFooter}`;
      } else {
        text = `${messages.offerExact(context.offers)}\n${messages.offerFooter}`;
      }
      return { type: "reply" as const, text };
    }),
    saySummary: emit(({ context }) => ({
      type: "reply" as const,
      text:
        context.plan && context.chosen && context.customer
          ? messages.summary({
              plan: context.plan,
              slot: context.chosen,
              advisor: context.customer.advisor,
              plate: selectedPlate(context),
              holdMinutes: HOLD_MINUTES,
            })
          : messages.systemError,
    })),
    recordMobile: assign(({ context, event }) => ({
      draft: { ...context.draft, mobile: extractMobile(textOf(event)) },
    })),
    recordCandidate: assign((_, params: { candidate: { customerId: string; plates: string[] } | null }) => ({
      candidate: params.candidate,
    })),
    recordPlate: assign(({ context, event }) => ({ draft: { ...context.draft, plate: extractPlate(textOf(event)) } })),
    recordName: assign(({ context, event }) => ({ draft: { ...context.draft, name: extractName(textOf(event)) } })),
    recordModel: assign(({ context, event }) => ({ draft: { ...context.draft, model: extractModel(textOf(event)) } })),
    recordVin: assign(({ context, event }) => ({ draft: { ...context.draft, vin: extractVin(textOf(event)) } })),
    recordCustomer: assign((_, params: { customer: CustomerProfile | null }) => ({
      customer: params.customer,
      candidate: null,
    })),
    pickOnlyVehicle: assign(({ context }) => ({ vehicleId: context.customer?.vehicles[0]?.id ?? null })),
    pickVehicleFromDraft: assign(({ context }) => ({
      vehicleId: context.customer?.vehicles.find((vehicle) => vehicle.plate === context.draft.plate)?.id ?? null,
    })),
    pickVehicleFromText: assign(({ context, event }) => {
      const vehicles = context.customer?.vehicles ?? [];
      const plate = extractPlate(textOf(event));
      const byPlate = vehicles.find((vehicle) => vehicle.plate === plate);
      if (byPlate) return { vehicleId: byPlate.id };
      const choice = parseChoice(textOf(event), vehicles.length);
      return { vehicleId: choice === null ? null : (vehicles[choice - 1]?.id ?? null) };
    }),
    recordMileage: assign(({ event }) => ({
      mileageKm: parseMileage(textOf(event), { expectingMileage: true }),
    })),
    markMileageUnknown: assign({ mileageUnknown: true }),
    recordPlan: assign((_, params: { plan: VisitPlan }) => ({ plan: params.plan })),
    recordWishFromText: assign(({ context, event }) => ({ wish: wishOf(event, context) })),
    recordExactOffers: assign((_, params: { proposal: SlotProposal }) => {
      const offers = [params.proposal.exact, ...params.proposal.alternatives].filter(
        (slot): slot is SlotOffer => slot !== null,
      );
      return { offers: offers.slice(0, MAX_OFFERS), offerKind: "exact" as const };
    }),
    recordAlternativeOffers: assign((_, params: { proposal: SlotProposal }) => ({
      offers: params.proposal.alternatives.slice(0, MAX_OFFERS),
      offerKind: "alternatives" as const,
    })),
    recordEarliestOffer: assign((_, params: { proposal: SlotProposal }) => ({
      offers: params.proposal.earliest.slice(0, MAX_OFFERS),
      offerKind: "earliest" as const,
    })),
    recordChosenOffer: assign(({ context, event }) => {
      const choice = parseChoice(textOf(event), context.offers.length);
      return { chosen: choice === null ? null : (context.offers[choice - 1] ?? null) };
    }),
    recordHold: assign((_, params: { hold: HoldResult }) => ({ hold: params.hold })),
    recordBooking: assign((_, params: { booking: BookingResult }) => ({ lastBooking: params.booking })),
  },
}).createMachine({
  id: "inboundBooking",
  context: ({ input }) => ({
    ...input,
    now: new Date(0).toISOString(),
    lastText: "",
    intent: "none",
    customer: null,
    candidate: null,
    draft: EMPTY_DRAFT,
    vehicleId: null,
    needText: "",
    mileageKm: null,
    mileageUnknown: false,
    plan: null,
    wish: null,
    offers: [],
    offerKind: null,
    chosen: null,
    hold: null,
    lastBooking: null,
    retries: 0,
  }),
  initial: "dialogue",
  on: {
    "user.media": {
      actions: ["recordTurn", { type: "say", params: { text: messages.mediaNotSupported } }],
    },
  },
  states: {
    dialogue: {
      initial: "start",
      states: {
        history: { type: "history", history: "deep" },

        start: {
          tags: ["waiting"],
          on: {
            "user.text": { target: "identifying", actions: ["recordTurn", "absorbMessage"] },
          },
        },

        identifying: {
          invoke: {
            src: "identifyCustomer",
            input: ({ context }) => ({ channel: context.channel, externalId: context.externalId }),
            onDone: [
              {
                guard: { type: "isFound", params: ({ event }) => ({ found: event.output !== null }) },
                target: "routing",
                actions: [{ type: "recordCustomer", params: ({ event }) => ({ customer: event.output }) }, "sayGreetingKnown"],
              },
              {
                guard: "intentIsPriceQuestion",
                target: "quoting",
                actions: { type: "say", params: { text: messages.greetingStranger } },
              },
              {
                target: "registration",
                actions: { type: "say", params: { text: messages.greetingStranger } },
              },
            ],
            onError: { target: "start", actions: { type: "say", params: { text: messages.systemError } } },
          },
        },

        // A stranger's price or duration question is answered from the catalogue before registration.
        quoting: {
          invoke: {
            src: "quoteJobs",
            input: ({ context }) => ({ text: context.needText }),
            onDone: {
              target: "registration",
              actions: emit(({ event }) => ({
                type: "reply" as const,
                text: event.output ? messages.strangerQuote(event.output) : messages.priceNeedsJobs,
              })),
            },
            onError: { target: "registration" },
          },
        },

        registration: {
          initial: "checkingMobile",
          states: {
            checkingMobile: {
              always: [{ guard: "hasDraftMobile", target: "lookingUp" }, { target: "askMobile" }],
            },
            askMobile: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askMobile } }],
              on: {
                "user.text": [
                  { guard: "isComplaintOrComeback", target: "#inboundBooking.escalating", actions: "recordTurn" },
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "textHasMobile", target: "lookingUp", actions: ["recordTurn", "recordMobile"] },
                  { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidMobile } }] },
                ],
              },
            },
            lookingUp: {
              invoke: {
                src: "findCustomerByMobile",
                input: ({ context }) => ({ mobile: context.draft.mobile ?? "" }),
                onDone: [
                  {
                    guard: { type: "isFound", params: ({ event }) => ({ found: event.output !== null }) },
                    target: "checkingPlate",
                    actions: { type: "recordCandidate", params: ({ event }) => ({ candidate: event.output }) },
                  },
                  { target: "offerService" },
                ],
                onError: { target: "askMobile", actions: { type: "say", params: { text: messages.systemError } } },
              },
            },
            checkingPlate: {
              always: [{ guard: "draftPlateMatchesCandidate", target: "linking" }, { target: "verifyPlate" }],
            },
            verifyPlate: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askPlateToVerify } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  {
                    guard: "textPlateMatchesCandidate",
                    target: "linking",
                    actions: ["recordTurn", "recordPlate"],
                  },
                  { actions: ["recordTurn", { type: "retryStep", params: { message: messages.plateMismatch } }] },
                ],
              },
            },
            linking: {
              invoke: {
                src: "linkIdentity",
                input: ({ context }) => ({
                  channel: context.channel,
                  externalId: context.externalId,
                  customerId: context.candidate?.customerId ?? "",
                }),
                onDone: {
                  target: "#inboundBooking.dialogue.routing",
                  actions: [{ type: "recordCustomer", params: ({ event }) => ({ customer: event.output }) }, "sayGreetingKnown"],
                },
                onError: { target: "verifyPlate", actions: { type: "say", params: { text: messages.systemError } } },
              },
            },
            offerService: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.offerDedicatedAdvisor } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "isConsent", target: "checkingName", actions: "recordTurn" },
                  {
                    guard: "isDecline",
                    actions: ["recordTurn", { type: "say", params: { text: messages.consentDeclined } }],
                  },
                  {
                    actions: [
                      "recordTurn",
                      { type: "retryStep", params: { message: "请回复“同意”或“不同意”。" } },
                    ],
                  },
                ],
              },
            },
            checkingName: {
              always: [{ guard: "hasDraftName", target: "checkingPlateForNew" }, { target: "askName" }],
            },
            askName: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askName } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "textHasName", target: "checkingPlateForNew", actions: ["recordTurn", "recordName"] },
                  { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidName } }] },
                ],
              },
            },
            checkingPlateForNew: {
              always: [{ guard: "hasDraftPlate", target: "askModel" }, { target: "askPlate" }],
            },
            askPlate: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askPlate } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "textHasPlate", target: "askModel", actions: ["recordTurn", "recordPlate"] },
                  { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidPlate } }] },
                ],
              },
            },
            askModel: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askModel } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "textHasModel", target: "askVin", actions: ["recordTurn", "recordModel"] },
                  { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidModel } }] },
                ],
              },
            },
            askVin: {
              tags: ["waiting"],
              entry: ["resetRetries", { type: "say", params: { text: messages.askVin } }],
              on: {
                "user.text": [
                  { guard: "wantsHuman", target: "#inboundBooking.handingOver", actions: "recordTurn" },
                  { guard: "isSkipReply", target: "registering", actions: "recordTurn" },
                  { guard: "textHasValidVin", target: "registering", actions: ["recordTurn", "recordVin"] },
                  { guard: "textLooksLikeVin", actions: ["recordTurn", "rejectVin"] },
                  {
                    actions: [
                      "recordTurn",
                      { type: "retryStep", params: { message: messages.invalidVin("需要17位字母和数字") } },
                    ],
                  },
                ],
              },
            },
            registering: {
              invoke: {
                src: "registerCustomer",
                input: ({ context }) => ({
                  channel: context.channel,
                  externalId: context.externalId,
                  draft: context.draft,
                  now: context.now,
                }),
                onDone: {
                  target: "#inboundBooking.dialogue.routing",
                  actions: [{ type: "recordCustomer", params: ({ event }) => ({ customer: event.output }) }, "sayRegistered"],
                },
                onError: { target: "askVin", actions: { type: "say", params: { text: messages.systemError } } },
              },
            },
          },
        },

        // Decide what the customer's latest request needs, once we know who they are.
        routing: {
          always: [
            { guard: "intentIsEscalation", target: "#inboundBooking.escalating" },
            { guard: "intentIsHuman", target: "#inboundBooking.handingOver" },
            { guard: "intentIsBookingList", target: "#inboundBooking.listingBookings" },
            { guard: "intentIsChange", target: "idle", actions: ["clearIntent", "sayChangeViaAdvisor"] },
            { guard: "hasNothingToBook", target: "idle" },
            { target: "choosingVehicle" },
          ],
        },

        idle: {
          tags: ["waiting"],
          entry: [
            "resetRetries",
            "clearIntent",
            { type: "say", params: { text: "请问有什么可以帮您？可以直接告诉我想做的项目和时间，例如“后天上午做保养”；查看预约请回复“我的预约”。" } },
          ],
          on: {
            "user.text": [
              { guard: "isThanks", actions: ["recordTurn", { type: "say", params: { text: messages.thanks } }] },
              { target: "routing", actions: ["recordTurn", "startNewRequest", "absorbMessage"] },
            ],
          },
        },

        choosingVehicle: {
          always: [
            { guard: "hasVehicle", target: "checkingNeeds" },
            { guard: "hasOneVehicle", target: "checkingNeeds", actions: "pickOnlyVehicle" },
            { guard: "draftPlatePicksVehicle", target: "checkingNeeds", actions: "pickVehicleFromDraft" },
            { target: "askVehicle" },
          ],
        },
        askVehicle: {
          tags: ["waiting"],
          entry: [
            "resetRetries",
            emit(({ context }) => ({ type: "reply" as const, text: messages.askVehicle(context.customer?.vehicles ?? []) })),
          ],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              CHANGE_REQUEST,
              { guard: "textPicksVehicle", target: "checkingNeeds", actions: ["recordTurn", "pickVehicleFromText"] },
              { actions: ["recordTurn", "rejectVehicleChoice"] },
            ],
          },
        },

        checkingNeeds: {
          always: [{ guard: "hasNeeds", target: "planning" }, { target: "askNeeds" }],
        },
        askNeeds: {
          tags: ["waiting"],
          entry: ["resetRetries", { type: "say", params: { text: messages.askNeeds } }],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              CHANGE_REQUEST,
              { target: "planning", actions: ["recordTurn", "absorbMessage"] },
            ],
          },
        },

        planning: {
          invoke: {
            src: "planVisit",
            input: ({ context }) => ({
              customerId: context.customer?.id ?? "",
              vehicleId: context.vehicleId ?? "",
              needText: context.needText,
              mileageKm: context.mileageKm,
              now: context.now,
            }),
            onDone: {
              target: "checkingPlan",
              actions: { type: "recordPlan", params: ({ event }) => ({ plan: event.output }) },
            },
            onError: { target: "askNeeds", actions: { type: "say", params: { text: messages.systemError } } },
          },
        },
        checkingPlan: {
          always: [
            { guard: "planNeedsMileage", target: "askMileage" },
            { guard: "planHasNoJobs", target: "askNeedsAgain" },
            { target: "checkingWish", actions: "sayPlan" },
          ],
        },
        askNeedsAgain: {
          tags: ["waiting"],
          entry: "askNeedsAgain",
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              CHANGE_REQUEST,
              { target: "planning", actions: ["recordTurn", "absorbMessage"] },
            ],
          },
        },
        askMileage: {
          tags: ["waiting"],
          entry: ["resetRetries", { type: "say", params: { text: messages.askMileage } }],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              CHANGE_REQUEST,
              { guard: "textHasMileage", target: "planning", actions: ["recordTurn", "recordMileage"] },
              { guard: "isSkipReply", target: "planning", actions: ["recordTurn", "markMileageUnknown"] },
              { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidMileage } }] },
            ],
          },
        },

        checkingWish: {
          always: [
            { guard: "hasUsableWish", target: "proposing", actions: "sayCheckingWish" },
            { guard: "hasPastWish", target: "askTime", actions: "sayPastWish" },
            { target: "askTime" },
          ],
        },
        askTime: {
          tags: ["waiting"],
          entry: ["resetRetries", { type: "say", params: { text: messages.askTime } }],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              CHANGE_REQUEST,
              { guard: "textHasImpossibleDate", actions: ["recordTurn", "rejectImpossibleDate"] },
              {
                guard: "textHasFutureWish",
                target: "proposing",
                actions: ["recordTurn", "recordWishFromText", "sayCheckingWish"],
              },
              {
                guard: "textHasPastWish",
                actions: ["recordTurn", "recordWishFromText", "rejectPastWish"],
              },
              { guard: "asksPrice", actions: ["recordTurn", "sayPrice"] },
              { actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidTime } }] },
            ],
          },
        },

        proposing: {
          invoke: {
            src: "proposeSlots",
            input: ({ context }) => ({
              advisorId: context.customer?.advisor.id ?? "",
              vehicleId: context.vehicleId ?? "",
              jobCodes: jobCodes(context),
              wish: context.wish ?? { date: shanghaiDateOf(new Date(context.now)), past: false },
              now: context.now,
            }),
            onDone: [
              {
                guard: { type: "proposalHasExact", params: ({ event }) => ({ proposal: event.output }) },
                target: "offering",
                actions: { type: "recordExactOffers", params: ({ event }) => ({ proposal: event.output }) },
              },
              {
                guard: { type: "proposalHasAlternatives", params: ({ event }) => ({ proposal: event.output }) },
                target: "offering",
                actions: { type: "recordAlternativeOffers", params: ({ event }) => ({ proposal: event.output }) },
              },
              {
                guard: { type: "proposalHasEarliest", params: ({ event }) => ({ proposal: event.output }) },
                target: "offering",
                actions: { type: "recordEarliestOffer", params: ({ event }) => ({ proposal: event.output }) },
              },
              { target: "askTime", actions: { type: "say", params: { text: messages.noSlotsAtAll } } },
            ],
            onError: { target: "askTime", actions: { type: "say", params: { text: messages.systemError } } },
          },
        },
        offering: {
          tags: ["waiting"],
          entry: ["resetRetries", "sayOffers"],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              { guard: "textPicksOffer", target: "holding", actions: ["recordTurn", "recordChosenOffer"] },
              { guard: "textHasImpossibleDate", actions: ["recordTurn", "rejectImpossibleDate"] },
              {
                guard: "textHasFutureWish",
                target: "proposing",
                actions: ["recordTurn", "recordWishFromText", "sayCheckingWish"],
              },
              { guard: "textHasPastWish", actions: ["recordTurn", "recordWishFromText", "rejectPastWish"] },
              {
                guard: "isCancelReply",
                target: "idle",
                actions: ["recordTurn", { type: "say", params: { text: messages.holdDropped } }, "startNewRequest"],
              },
              { guard: "asksPrice", actions: ["recordTurn", "sayPrice"] },
              { actions: ["recordTurn", "rejectSlotChoice"] },
            ],
          },
        },
        holding: {
          invoke: {
            src: "holdSlot",
            input: ({ context }) => ({
              conversationId: context.conversationId,
              slot: context.chosen as SlotOffer,
              jobCodes: jobCodes(context),
              now: context.now,
              holdMinutes: HOLD_MINUTES,
            }),
            onDone: {
              target: "confirming",
              actions: { type: "recordHold", params: ({ event }) => ({ hold: event.output }) },
            },
            onError: [
              {
                guard: "isSlotTaken",
                target: "proposing",
                actions: { type: "say", params: { text: messages.slotTaken } },
              },
              { target: "offering", actions: { type: "say", params: { text: messages.systemError } } },
            ],
          },
        },
        confirming: {
          tags: ["waiting"],
          entry: ["resetRetries", "saySummary"],
          on: {
            "user.text": [
              ...CUSTOMER_COMMANDS,
              { guard: "isAffirmativeReply", target: "booking", actions: "recordTurn" },
              { guard: "isCancelReply", target: "releasing", actions: "recordTurn" },
              { guard: "textHasImpossibleDate", actions: ["recordTurn", "rejectImpossibleDate"] },
              {
                guard: "textHasFutureWish",
                target: "proposing",
                actions: ["recordTurn", "recordWishFromText", "sayCheckingWish"],
              },
              { guard: "textPicksOffer", target: "holding", actions: ["recordTurn", "recordChosenOffer"] },
              { guard: "asksPrice", actions: ["recordTurn", "sayPrice"] },
              {
                actions: ["recordTurn", { type: "retryStep", params: { message: messages.invalidConfirmation } }],
              },
            ],
          },
        },
        releasing: {
          invoke: {
            src: "releaseHold",
            input: ({ context }) => ({ conversationId: context.conversationId }),
            onDone: {
              target: "idle",
              actions: [
                { type: "say", params: { text: messages.holdDropped } },
                "startNewRequest",
              ],
            },
            onError: { target: "idle", actions: ["startNewRequest"] },
          },
        },
        booking: {
          invoke: {
            src: "createBooking",
            input: ({ context }) => ({
              conversationId: context.conversationId,
              channel: context.channel,
              externalId: context.externalId,
              requestKey: `${context.conversationId}:${context.hold?.holdId ?? context.now}`,
              customer: context.customer,
              vehicleId: context.vehicleId ?? "",
              slot: context.chosen as SlotOffer,
              jobCodes: jobCodes(context),
              mileageKm: context.mileageKm,
              now: context.now,
            }),
            onDone: {
              target: "idle",
              actions: [{ type: "recordBooking", params: ({ event }) => ({ booking: event.output }) }, "startNewRequest"],
            },
            onError: [
              {
                guard: "isSlotTaken",
                target: "proposing",
                actions: { type: "say", params: { text: messages.slotTaken } },
              },
              { target: "confirming", actions: { type: "say", params: { text: messages.systemError } } },
            ],
          },
        },
      },
    },

    listingBookings: {
      invoke: {
        src: "listBookings",
        input: ({ context }) => ({ customerId: context.customer?.id ?? "", now: context.now }),
        onDone: {
          target: "dialogue.history",
          actions: [
            "clearIntent",
            emit(({ event }) => ({
              type: "reply" as const,
              text: event.output.length === 0 ? messages.noBookings : messages.bookingList(event.output),
            })),
          ],
        },
        onError: {
          target: "dialogue.history",
          actions: ["clearIntent", { type: "say", params: { text: messages.systemError } }],
        },
      },
    },

    handingOver: {
      invoke: {
        src: "requestHuman",
        input: ({ context }) => ({
          conversationId: context.conversationId,
          customerId: context.customer?.id ?? null,
          reason: "askHuman" as const,
          text: context.lastText,
          now: context.now,
        }),
        onDone: {
          target: "dialogue.history",
          actions: [
            "clearIntent",
            emit(({ context, event }) => ({
              type: "reply" as const,
              text: context.customer
                ? messages.humanRequested(context.customer.advisor, event.output.replyBy)
                : messages.humanRequestedNoAdvisor(event.output.replyBy),
            })),
          ],
        },
        onError: {
          target: "dialogue.history",
          actions: ["clearIntent", { type: "say", params: { text: messages.systemError } }],
        },
      },
    },

    escalating: {
      invoke: {
        src: "escalateToManager",
        input: ({ context }) => ({
          conversationId: context.conversationId,
          customerId: context.customer?.id ?? null,
          reason: (classifyIntent(context.lastText) === "comeback" ? "comeback" : "complaint") as HandoverReason,
          text: context.lastText,
          now: context.now,
        }),
        onDone: {
          target: "dialogue.history",
          actions: [
            "clearIntent",
            emit(({ event }) => ({
              type: "reply" as const,
              text: messages.escalated(event.output.managerName, event.output.replyBy),
            })),
          ],
        },
        onError: {
          target: "dialogue.history",
          actions: ["clearIntent", { type: "say", params: { text: messages.systemError } }],
        },
      },
    },
  },
});

export type InboundBookingMachine = typeof inboundBookingMachine;
