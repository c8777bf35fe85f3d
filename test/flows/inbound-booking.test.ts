import { describe, expect, it } from "vitest";
import { createActor, fromPromise, waitFor } from "xstate";

import type {
  BookingResult,
  CustomerProfile,
  HoldResult,
  SlotOffer,
  SlotProposal,
  VisitPlan,
} from "../../flows/booking-types.js";
import { inboundBookingMachine } from "../../flows/inbound-booking/machine.js";
import { HUMAN_HINT, messages } from "../../src/messages/zh-CN.js";

// Monday 2026-12-07 09:00 in Shanghai.
const NOW = "2026-12-07T01:00:00.000Z";

const CUSTOMER: CustomerProfile = {
  id: "cust-1",
  name: "王先生",
  mobile: "13800000001",
  advisor: { id: "adv-1", name: "李娜", phone: "13900000001" },
  vehicles: [{ id: "veh-1", plate: "沪A12345", model: "DS 7", vin: null, mileageKm: 32000 }],
};

const PLAN: VisitPlan = {
  jobs: [{ code: "svc-minor", name: "小保养", kind: "maintenance", labourHours: 1, totalFen: 58000 }],
  recalls: [],
  labourHours: 1,
  estimateFen: 58000,
  maintenanceReason: null,
  needsMileage: false,
  addedInspection: false,
  partsReadyAt: null,
};

function offer(time: string): SlotOffer {
  const dropOffAt = new Date(`2026-12-09T${time}:00+08:00`);
  return {
    date: "2026-12-09",
    dropOffAt: dropOffAt.toISOString(),
    handOverAt: new Date(dropOffAt.getTime() + 2 * 3_600_000).toISOString(),
    advisorId: "adv-1",
    bayId: "bay-1",
    labour: [{ technicianId: "tech-1", serviceCode: "svc-minor", date: "2026-12-09", hours: 1 }],
  };
}

interface Fakes {
  customer?: CustomerProfile | null;
  candidate?: { customerId: string; plates: string[] } | null;
  plan?: VisitPlan;
  proposal?: SlotProposal;
  holdError?: Error;
  calls: Record<string, unknown[]>;
}

function slotTaken(): Error {
  const error = new Error("taken");
  error.name = "SlotTakenError";
  return error;
}

function buildMachine(fakes: Fakes) {
  const record = (name: string, input: unknown) => {
    fakes.calls[name] = [...(fakes.calls[name] ?? []), input];
  };
  return inboundBookingMachine.provide({
    actors: {
      identifyCustomer: fromPromise(async ({ input }) => {
        record("identifyCustomer", input);
        return fakes.customer ?? null;
      }),
      findCustomerByMobile: fromPromise(async ({ input }) => {
        record("findCustomerByMobile", input);
        return fakes.candidate ?? null;
      }),
      linkIdentity: fromPromise(async ({ input }) => {
        record("linkIdentity", input);
        return CUSTOMER;
      }),
      registerCustomer: fromPromise(async ({ input }) => {
        record("registerCustomer", input);
        return { ...CUSTOMER, name: input.draft.name ?? "", mobile: input.draft.mobile ?? "" };
      }),
      planVisit: fromPromise(async ({ input }) => {
        record("planVisit", input);
        return fakes.plan ?? PLAN;
      }),
      proposeSlots: fromPromise(async ({ input }) => {
        record("proposeSlots", input);
        return fakes.proposal ?? { exact: offer("10:00"), alternatives: [offer("10:30")], earliest: [], partsDelayUntil: null };
      }),
      holdSlot: fromPromise(async ({ input }): Promise<HoldResult> => {
        record("holdSlot", input);
        if (fakes.holdError) {
          const error = fakes.holdError;
          delete fakes.holdError;
          throw error;
        }
        return { holdId: "hold-1", expiresAt: NOW };
      }),
      releaseHold: fromPromise(async ({ input }) => {
        record("releaseHold", input);
      }),
      createBooking: fromPromise(async ({ input }): Promise<BookingResult> => {
        record("createBooking", input);
        return { bookingId: "booking-1", dropOffAt: input.slot.dropOffAt, handOverAt: input.slot.handOverAt };
      }),
      listBookings: fromPromise(async ({ input }) => {
        record("listBookings", input);
        return [];
      }),
      requestHuman: fromPromise(async ({ input }) => {
        record("requestHuman", input);
        return { replyBy: "30分钟内" };
      }),
      quoteJobs: fromPromise(async ({ input }) => {
        record("quoteJobs", input);
        return fakes.plan ?? PLAN;
      }),
      escalateToManager: fromPromise(async ({ input }) => {
        record("escalateToManager", input);
        return { managerName: "赵经理", replyBy: "30分钟内" };
      }),
    },
  });
}

function startDialogue(fakes: Fakes, snapshot?: unknown) {
  const machine = buildMachine(fakes);
  const input = { conversationId: "conv-1", channel: "console" as const, externalId: "13800000001" };
  const actor = snapshot
    ? createActor(machine, { input, snapshot: snapshot as never })
    : createActor(machine, { input });
  const replies: string[] = [];
  actor.on("reply", (event) => replies.push(event.text));
  actor.start();
  let sequence = 0;

  async function say(text: string): Promise<string[]> {
    const before = replies.length;
    sequence += 1;
    actor.send({ type: "user.text", text, messageId: `m${sequence}`, at: NOW });
    await waitFor(actor, (state) => state.hasTag("waiting"), { timeout: 2_000 });
    return replies.slice(before);
  }
  return { actor, say, replies };
}

describe("inboundBookingMachine", () => {
  it("books an own customer from one message", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);

    const first = await say("我想后天上午10点做常规保养");
    expect(first[0]).toContain("王先生您好");
    expect(first.join("\n")).toContain("12月9日 周三 10:00");
    expect(actor.getSnapshot().value).toEqual({ dialogue: "offering" });

    const summary = await say("1");
    expect(summary.join("\n")).toContain("请确认预约信息");
    expect(actor.getSnapshot().value).toEqual({ dialogue: "confirming" });

    await say("确认");
    expect(fakes.calls.createBooking).toHaveLength(1);
    expect(fakes.calls.createBooking?.[0]).toMatchObject({
      customer: { id: "cust-1" },
      vehicleId: "veh-1",
      jobCodes: ["svc-minor"],
      requestKey: "conv-1:hold-1",
    });
    expect(actor.getSnapshot().value).toEqual({ dialogue: "idle" });
  });

  it("asks only for the missing time", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);

    const first = await say("我想做个保养");

    expect(first.join("\n")).toContain(messages.askTime);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
    expect(fakes.calls.planVisit).toHaveLength(1);
  });

  it("registers a stranger step by step", async () => {
    const fakes: Fakes = { customer: null, calls: {} };
    const { actor, say } = startDialogue(fakes);

    expect((await say("你好")).join("\n")).toContain(messages.askMobile);
    expect((await say("13912345678")).join("\n")).toContain("一对一专属服务顾问");
    expect((await say("同意")).join("\n")).toContain(messages.askName);
    expect((await say("我叫张伟")).join("\n")).toContain(messages.askPlate);
    expect((await say("沪A·54321")).join("\n")).toContain(messages.askModel);
    expect((await say("DS 7")).join("\n")).toContain("车架号");
    const registered = await say("跳过");

    expect(registered.join("\n")).toContain("登记完成");
    expect(fakes.calls.registerCustomer?.[0]).toMatchObject({
      draft: { mobile: "13912345678", name: "张伟", plate: "沪A54321", model: "DS 7", vin: null },
    });
    expect(actor.getSnapshot().value).toEqual({ dialogue: "idle" });
  });

  it("verifies a known mobile by plate", async () => {
    const fakes: Fakes = { customer: null, candidate: { customerId: "cust-1", plates: ["沪A12345"] }, calls: {} };
    const { actor, say } = startDialogue(fakes);

    await say("13800000001");
    const mismatch = await say("沪B99999");
    const linked = await say("沪A12345");

    expect(mismatch.join("\n")).toContain(messages.plateMismatch);
    expect(linked.join("\n")).toContain("欢迎回来");
    expect(fakes.calls.linkIdentity).toHaveLength(1);
    expect(actor.getSnapshot().context.customer?.id).toBe("cust-1");
  });

  it("offers the advisor after two failed tries", async () => {
    const fakes: Fakes = { customer: null, calls: {} };
    const { say } = startDialogue(fakes);
    await say("你好");

    const firstFailure = await say("🚗🚗🚗");
    const secondFailure = await say("asdfgh");

    expect(firstFailure.join("\n")).not.toContain(HUMAN_HINT);
    expect(secondFailure.join("\n")).toContain(HUMAN_HINT);
  });

  it("answers media without changing step", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say, replies } = startDialogue(fakes);
    await say("我想做个保养");

    actor.send({ type: "user.media", kind: "image", messageId: "img-1", at: NOW });

    expect(replies[replies.length - 1]).toBe(messages.mediaNotSupported);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
  });

  it("re-proposes when the held slot is taken", async () => {
    const fakes: Fakes = { customer: CUSTOMER, holdError: slotTaken(), calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("后天上午10点保养");

    const reply = await say("1");

    expect(reply.join("\n")).toContain(messages.slotTaken);
    expect(fakes.calls.proposeSlots).toHaveLength(2);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "offering" });
  });

  it("escalates a complaint and resumes", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("我想做个保养");

    const reply = await say("上次保养完又漏油了，我要投诉");

    expect(reply.join("\n")).toContain("服务经理赵经理");
    expect(fakes.calls.escalateToManager).toHaveLength(1);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
  });

  it("lists bookings on request", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { say } = startDialogue(fakes);

    const reply = await say("我的预约");

    expect(reply.join("\n")).toContain(messages.noBookings);
    expect(fakes.calls.listBookings).toHaveLength(1);
  });

  it("resumes from a persisted snapshot", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const first = startDialogue(fakes);
    await first.say("后天上午10点保养");
    const persisted = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
    first.actor.stop();

    const second = startDialogue(fakes, persisted);
    const reply = await second.say("1");

    expect(reply.join("\n")).toContain("请确认预约信息");
    expect(second.actor.getSnapshot().value).toEqual({ dialogue: "confirming" });
  });

  it("rejects a past date politely", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("我想做个保养");

    const reply = await say("12月1号");

    expect(reply.join("\n")).toContain("已经过去了");
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
  });
});

describe("inboundBookingMachine dates", () => {
  it("names an impossible date", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("我想做个保养");

    const reply = await say("2月30号上午");

    expect(reply.join("\n")).toContain("2月没有30号");
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
    expect(fakes.calls.proposeSlots).toBeUndefined();
  });
});

describe("inboundBookingMachine replies", () => {
  it("hands over on a bare 人工", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("我想做个保养");

    const reply = await say("人工");

    expect(reply.join("\n")).toContain("已通知您的专属服务顾问李娜");
    expect(fakes.calls.requestHuman).toHaveLength(1);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
  });

  it("drops the request on 取消 while offering", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("后天上午10点保养");

    const reply = await say("取消");

    expect(reply.join("\n")).toContain(messages.holdDropped);
    expect(actor.getSnapshot().value).toEqual({ dialogue: "idle" });
    expect(fakes.calls.holdSlot).toBeUndefined();
  });

  it("treats an emoji as no request", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("你好");

    const reply = await say("😊");

    expect(reply.join("\n")).toContain("请问有什么可以帮您");
    expect(fakes.calls.planVisit).toBeUndefined();
    expect(actor.getSnapshot().value).toEqual({ dialogue: "idle" });
  });

  it("asks for a full name after 姓刘", async () => {
    const fakes: Fakes = { customer: null, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("13912345678");
    await say("同意");

    const reply = await say("姓刘");

    expect(reply.join("\n")).toContain(messages.invalidName);
    expect(actor.getSnapshot().value).toEqual({ dialogue: { registration: "askName" } });
  });

  it("points a change request to the advisor", async () => {
    const fakes: Fakes = { customer: CUSTOMER, calls: {} };
    const { actor, say } = startDialogue(fakes);
    await say("我想做个保养");

    const reply = await say("我想改时间");

    expect(reply.join("\n")).toContain("专属服务顾问李娜");
    expect(actor.getSnapshot().value).toEqual({ dialogue: "askTime" });
  });
});

describe("inboundBookingMachine strangers", () => {
  it("quotes a price before registration", async () => {
    const fakes: Fakes = { customer: null, calls: {} };
    const { actor, say } = startDialogue(fakes);

    const reply = await say("换刹车片多少钱");

    expect(reply.join("\n")).toContain("参考价格");
    expect(reply.join("\n")).toContain("580元");
    expect(reply.join("\n")).toContain(messages.askMobile);
    expect(fakes.calls.quoteJobs?.[0]).toEqual({ text: "换刹车片多少钱" });
    expect(actor.getSnapshot().value).toEqual({ dialogue: { registration: "askMobile" } });
  });
});
