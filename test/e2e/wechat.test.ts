/**
 * End-to-end tests of the WeChat channel: the real app (SQLite file, demo seed, booking dialogue, engine,
 * outbox) behind a real Wechaty bot on wechaty-puppet-mock. Every test copies a seeded template database,
 * so each starts from the same demo data. The clock is set to Monday 2026-12-07 09:00 in Shanghai, and
 * only the hold-expiry test moves it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { shanghaiDateOf } from "../../src/domain/time.js";
import { formatPlate } from "../../src/language/plate.js";
import { formatDateTime, messages } from "../../src/messages/zh-CN.js";
import { openDatabase } from "../../src/store/database.js";
import { CHEN, LIN, registrationAnswers, type NewCustomer } from "./support/customers.js";
import { copyDatabase, createTemplateDatabase } from "./support/test-database.js";
import type { WechatUser } from "./support/wechat-contacts.js";
import { WechatHarness } from "./support/wechat-harness.js";
import { fillMaintenanceCapacity } from "./support/workshop-board.js";

/** Monday 2026-12-07 09:00 in Shanghai, a normal working day. */
const MONDAY_9AM_MS = Date.parse("2026-12-07T09:00:00+08:00");
const WEDNESDAY = "2026-12-09";
const THURSDAY = "2026-12-10";
const MS_PER_MINUTE = 60_000;
/** Maintenance hours left free on a filled day: one 1-hour minor service fits, a second one does not. */
const LAST_VISIT_FREE_HOURS = 1.5;
/**
 * The demo customer 13800000001: one car (veh-01), due for a minor service and on the fuel pump recall.
 * The recall part arrives 4 days after the demo data's `now`, so the visit starts on Friday at the earliest.
 */
const OWN_CUSTOMER_MOBILE = "13800000001";
const RECALL_PART_DAY = "2026-12-11";
/** Time between Wechaty's start and the account's login after a restart, in ms. */
const LOGIN_DELAY_MS = 300;
/** One more minute than a slot hold lasts (10 minutes), so a hold taken before it has expired. */
const PAST_HOLD_MINUTES = 11;

const fixedClock = () => new Date(MONDAY_9AM_MS);

let tempDir = "";
let templateFile = "";
let harness: WechatHarness | null = null;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "e2e-wechat-"));
  templateFile = path.join(tempDir, "template.db");
  await createTemplateDatabase(templateFile, fixedClock);
});

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

/** Start the app and the bot on a fresh copy of the seeded database. */
async function startChat(name: string, clock: () => Date = fixedClock): Promise<WechatHarness> {
  harness = await WechatHarness.start({ databaseUrl: await copyDatabase(templateFile, name), clock });
  return harness;
}

/** Send the opening message and the registration answers one by one, and return the replies to each. */
async function register(user: WechatUser, customer: NewCustomer, opening: string): Promise<string[][]> {
  const replies = [await user.send(opening)];
  for (const answer of registrationAnswers(customer)) replies.push(await user.send(answer));
  return replies;
}

/** Read the dialogue state of a WeChat user's conversation from its persisted snapshot. */
async function persistedStep(chat: WechatHarness, user: WechatUser): Promise<unknown> {
  const conversation = await chat.app.prisma.conversation.findUniqueOrThrow({
    where: { channel_externalId: { channel: "wechat", externalId: user.id } },
    select: { snapshot: true },
  });
  return (JSON.parse(conversation.snapshot ?? "null") as { value?: unknown } | null)?.value;
}

function lastReply(replies: readonly string[]): string {
  return replies.at(-1) ?? "";
}

function confirmationIn(replies: readonly string[]): string {
  return replies.find((text) => text.includes("您的预约已确认")) ?? "";
}

describe("WeChat channel end to end", () => {
  it("books a new customer", async () => {
    const chat = await startChat("new-customer");
    const chen = chat.user(CHEN.wechatId, CHEN.name);

    const [greeting, mobile, consent, name, plate, model, vin, mileage] = await register(
      chen,
      CHEN,
      "你好，我想后天上午做个保养",
    );
    const summary = await chen.send("1");
    const confirmation = await chen.send("确认");

    expect(greeting).toEqual([messages.greetingStranger, messages.askMobile]);
    expect(mobile).toEqual([messages.offerDedicatedAdvisor]);
    expect(consent).toEqual([messages.askName]);
    expect(name).toEqual([messages.askPlate]);
    expect(plate).toEqual([messages.askModel]);
    expect(model).toEqual([messages.askVin]);
    expect(vin?.[0]).toContain(`登记完成，${CHEN.name}`);
    expect(vin?.[1]).toBe(messages.askMileage);
    expect(mileage?.join("\n")).toContain("小保养");
    expect(mileage?.join("\n")).toContain("12月9日 周三 上午");
    expect(lastReply(mileage ?? [])).toContain("1. 12月9日 周三");
    expect(summary[0]).toContain("请确认预约信息");

    const prisma = chat.app.prisma;
    const customer = await prisma.customer.findFirstOrThrow({
      where: { mobile: CHEN.mobile },
      select: { id: true, name: true, advisor: { select: { name: true, phone: true, wechatId: true } } },
    });
    const bookings = await prisma.booking.findMany({
      where: { customerId: customer.id },
      select: {
        status: true,
        dropOffAt: true,
        vehicle: { select: { plate: true } },
        bay: { select: { id: true } },
        jobs: {
          select: { serviceItem: { select: { code: true } }, technician: { select: { skills: true } } },
        },
      },
    });
    expect(customer.name).toBe(CHEN.name);
    expect(bookings).toHaveLength(1);
    const booking = bookings[0];
    if (booking === undefined) return;
    expect(booking.status).toBe("requested");
    expect(booking.vehicle.plate).toBe(CHEN.plate);
    expect(shanghaiDateOf(booking.dropOffAt)).toBe(WEDNESDAY);
    expect(booking.bay.id).toMatch(/^bay-/);
    expect(booking.jobs.map((job) => job.serviceItem.code)).toContain("minor");
    for (const job of booking.jobs) expect(job.technician.skills).toContain("maintenance");

    const confirmationText = confirmationIn(confirmation);
    expect(confirmationText).toContain(`${CHEN.name}您好，您的预约已确认`);
    expect(confirmationText).toContain(`入厂时间：${formatDateTime(booking.dropOffAt.toISOString())}`);
    const { name: advisorName, phone: advisorPhone } = customer.advisor;
    expect(confirmationText).toContain(`专属服务顾问：${advisorName}，电话 ${advisorPhone}`);
    expect(confirmationText).toContain("行驶证");
    expect(confirmationText).toContain("上海市闵行区星辰路188号");

    const advisor = chat.advisor(customer.advisor.wechatId ?? "");
    expect(advisor.inbox).toHaveLength(1);
    expect(advisor.inbox[0]).toContain(`【新预约】${CHEN.name}（${CHEN.mobile}）`);
    const notices = await prisma.outboundMessage.findMany({
      where: { kind: "advisor_notice" },
      select: { recipient: true, status: true },
    });
    expect(notices).toEqual([{ recipient: customer.advisor.wechatId, status: "sent" }]);
    expect(chat.logs.errors()).toEqual([]);
  });

  it("books an own customer after plate check", async () => {
    const chat = await startChat("own-customer");
    const prisma = chat.app.prisma;
    const owner = await prisma.customer.findFirstOrThrow({
      where: { mobile: OWN_CUSTOMER_MOBILE },
      select: { id: true, name: true, vehicles: { select: { plate: true } } },
    });
    const ownPlate = owner.vehicles[0]?.plate ?? "";
    const contact = chat.user("wxid-own-customer", owner.name);

    await contact.send("你好，我想后天上午做个保养");
    const mobileReply = await contact.send(OWN_CUSTOMER_MOBILE);
    const wrongPlateReply = await contact.send("沪Z99999");
    const plateReply = await contact.send(ownPlate);
    await contact.send("1");
    const confirmation = await contact.send("确认");
    const list = await contact.send("我的预约");

    expect(mobileReply).toEqual([messages.askPlateToVerify]);
    expect(wrongPlateReply).toEqual([messages.plateMismatch]);
    expect(plateReply[0]).toContain(`${owner.name}您好，欢迎回来`);
    expect(plateReply.join("\n")).toContain("燃油泵控制模块召回");
    expect(lastReply(plateReply)).toContain("1. 12月11日 周五");
    expect(confirmationIn(confirmation)).toContain(formatPlate(ownPlate));
    expect(confirmationIn(confirmation)).toContain("召回通知书");

    const identity = await prisma.channelIdentity.findUnique({
      where: { channel_externalId: { channel: "wechat", externalId: contact.id } },
      select: { customerId: true },
    });
    const booking = await prisma.booking.findFirstOrThrow({
      where: { customerId: owner.id, conversationId: { not: null } },
      select: {
        dropOffAt: true,
        status: true,
        jobs: { select: { serviceItem: { select: { kind: true } } } },
      },
    });
    expect(identity?.customerId).toBe(owner.id);
    expect(booking.status).toBe("requested");
    expect(shanghaiDateOf(booking.dropOffAt)).toBe(RECALL_PART_DAY);
    expect(booking.jobs.map((job) => job.serviceItem.kind)).toContain("recall");
    expect(list[0]).toContain("您的预约");
    const dropOff = formatDateTime(booking.dropOffAt.toISOString());
    expect(list[0]).toContain(`${dropOff} 入厂，${formatPlate(ownPlate)}`);
  });

  it("keeps two concurrent chats apart", async () => {
    const chat = await startChat("two-customers");
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    const lin = chat.user(LIN.wechatId, LIN.name);
    const scripts = [
      {
        user: chen,
        customer: CHEN,
        other: LIN,
        texts: ["你好，我想后天上午做个保养", ...registrationAnswers(CHEN), "1", "确认"],
      },
      {
        user: lin,
        customer: LIN,
        other: CHEN,
        texts: ["你好，我想大后天下午做个保养", ...registrationAnswers(LIN), "1", "确认"],
      },
    ];

    for (let step = 0; step < (scripts[0]?.texts.length ?? 0); step += 1) {
      await Promise.all(scripts.map((script) => script.user.send(script.texts[step] ?? "")));
    }

    const registrationPrompts = [
      messages.greetingStranger,
      messages.askMobile,
      messages.offerDedicatedAdvisor,
      messages.askName,
      messages.askPlate,
      messages.askModel,
      messages.askVin,
    ];
    for (const { user, customer, other } of scripts) {
      const everything = user.inbox.join("\n");
      expect(user.inbox.slice(0, registrationPrompts.length)).toEqual(registrationPrompts);
      expect(user.inbox.filter((text) => text.includes("登记完成"))).toHaveLength(1);
      expect(confirmationIn(user.inbox)).toContain(`${customer.name}您好，您的预约已确认`);
      expect(confirmationIn(user.inbox)).toContain(formatPlate(customer.plate));
      expect(everything).not.toContain(other.name);
      expect(everything).not.toContain(formatPlate(other.plate));
    }
    const bookings = await chat.app.prisma.booking.findMany({
      where: { customer: { mobile: { in: [CHEN.mobile, LIN.mobile] } } },
      select: { dropOffAt: true, customer: { select: { mobile: true } } },
    });
    const bookedDays = bookings.map((booking) => [
      booking.customer.mobile,
      shanghaiDateOf(booking.dropOffAt),
    ]);
    expect(bookedDays.sort()).toEqual([
      [CHEN.mobile, WEDNESDAY],
      [LIN.mobile, THURSDAY],
    ]);
  });

  it("gives the last free slot to one customer", async () => {
    const chat = await startChat("last-slot");
    await fillMaintenanceCapacity(chat.app.prisma, THURSDAY, LAST_VISIT_FREE_HOURS);
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    const lin = chat.user(LIN.wechatId, LIN.name);
    const chenReplies = await register(chen, CHEN, "你好，我想12月10日上午做个保养");
    const linReplies = await register(lin, LIN, "你好，我想12月10日上午做个保养");

    const picks = await Promise.all([chen.send("1"), lin.send("1")]);

    expect(lastReply(chenReplies.at(-1) ?? [])).toContain("1. 12月10日 周四");
    expect(lastReply(linReplies.at(-1) ?? [])).toContain("1. 12月10日 周四");
    const winners = picks.filter((replies) => replies.some((text) => text.includes("请确认预约信息")));
    const losers = picks.filter((replies) => replies.includes(messages.slotTaken));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const alternatives = lastReply(losers[0] ?? []);
    expect(alternatives).toContain("以下是3个工作日内可预约的时间");
    expect(alternatives).not.toContain("12月10日");

    const [winner, loser] = picks[0] === winners[0] ? [chen, lin] : [lin, chen];
    await winner.send("确认");
    await loser.send("1");
    await loser.send("确认");
    const bookings = await chat.app.prisma.booking.findMany({
      where: { conversationId: { not: null } },
      select: { dropOffAt: true, customer: { select: { name: true } } },
    });
    const bookedDays = bookings.map((booking) => [
      booking.customer.name,
      shanghaiDateOf(booking.dropOffAt),
    ]);
    expect(bookedDays).toHaveLength(2);
    expect(bookedDays).toContainEqual([winner.name, THURSDAY]);
    expect(bookedDays.find(([name]) => name === loser.name)?.[1]).not.toBe(THURSDAY);
  });

  it("rechecks the slot at confirmation", async () => {
    let nowMs = MONDAY_9AM_MS;
    const chat = await startChat("expired-hold", () => new Date(nowMs));
    await fillMaintenanceCapacity(chat.app.prisma, THURSDAY, LAST_VISIT_FREE_HOURS);
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    const lin = chat.user(LIN.wechatId, LIN.name);

    // Chen holds the last visit of Thursday and lets the hold expire. Lin then holds the same capacity.
    await register(chen, CHEN, "你好，我想12月10日上午做个保养");
    const chenSummary = await chen.send("1");
    nowMs += PAST_HOLD_MINUTES * MS_PER_MINUTE;
    await register(lin, LIN, "你好，我想12月10日上午做个保养");
    const linSummary = await lin.send("1");
    const [chenConfirm, linConfirm] = await Promise.all([chen.send("确认"), lin.send("确认")]);

    expect(chenSummary[0]).toContain("入厂：12月10日 周四");
    expect(linSummary[0]).toContain("入厂：12月10日 周四");
    expect(chenConfirm).toContain(messages.slotTaken);
    expect(lastReply(chenConfirm)).not.toContain("12月10日");
    expect(confirmationIn(linConfirm)).toContain("入厂时间：12月10日 周四");
    const bookings = await chat.app.prisma.booking.findMany({
      where: { conversationId: { not: null } },
      select: { customer: { select: { name: true } } },
    });
    expect(bookings.map((booking) => booking.customer.name)).toEqual([LIN.name]);
  });

  it("answers a re-delivered message once", async () => {
    const chat = await startChat("duplicate-text");
    const chen = chat.user(CHEN.wechatId, CHEN.name);

    const greeting = await chen.send("你好，我想后天上午做个保养", { messageId: "wx-dup-1", deliveries: 2 });

    expect(greeting).toEqual([messages.greetingStranger, messages.askMobile]);
    expect(chat.logs.outcomesOf("wx-dup-1")).toEqual(["handled", "duplicate"]);
    const inbound = await chat.app.prisma.inboundMessage.count({ where: { externalId: "wx-dup-1" } });
    expect(inbound).toBe(1);
  });

  it("books once for a duplicated 确认", async () => {
    const chat = await startChat("duplicate-confirm");
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    await register(chen, CHEN, "你好，我想后天上午做个保养");
    await chen.send("1");

    const confirmation = await chen.send("确认", { messageId: "wx-dup-confirm", deliveries: 2 });
    const inboxAfterConfirm = [...chen.inbox];
    chat.redeliver("wx-dup-confirm");
    await chat.settle("wx-dup-confirm", 3);

    expect(confirmation.filter((text) => text.includes("您的预约已确认"))).toHaveLength(1);
    expect(chat.logs.outcomesOf("wx-dup-confirm")).toEqual(["handled", "duplicate", "duplicate"]);
    expect(chen.inbox).toEqual(inboxAfterConfirm);
    const prisma = chat.app.prisma;
    const bookings = await prisma.booking.count({ where: { customer: { mobile: CHEN.mobile } } });
    const notices = await prisma.outboundMessage.count({ where: { kind: "advisor_notice" } });
    expect(bookings).toBe(1);
    expect(notices).toBe(1);
  });

  it("continues the dialogue after a restart", async () => {
    const chat = await startChat("restart");
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    const offers = lastReply((await register(chen, CHEN, "你好，我想后天上午做个保养")).at(-1) ?? []);

    await chat.restart();
    const summary = await chen.send("1");
    const confirmation = await chen.send("确认");

    expect(offers).toContain("1. 12月9日 周三");
    expect(summary[0]).toContain("请确认预约信息");
    expect(summary[0]).toContain("入厂：12月9日 周三");
    const restored = chat.logs.entries.filter(
      (entry) => entry.event === "actor.start" && entry.restored === true,
    );
    expect(restored).toHaveLength(1);
    expect(confirmationIn(confirmation)).toContain("入厂时间：12月9日 周三");
    const bookings = await chat.app.prisma.booking.count({ where: { customer: { mobile: CHEN.mobile } } });
    expect(bookings).toBe(1);
  });

  it("sends replies queued before a restart", async () => {
    const chat = await startChat("queued-restart");
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    await chen.send("你好，我想后天上午做个保养");
    const conversation = await chat.app.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalId: { channel: "wechat", externalId: chen.id } },
      select: { id: true },
    });

    // A process killed after committing a turn leaves its replies pending, or "sending" when it died
    // mid-send. After the restart the account logs in only a while after Wechaty started.
    await chat.restart({
      whileStopped: async () => {
        const database = await openDatabase({ url: chat.databaseUrl, logger: chat.logs.logger });
        await database.prisma.outboundMessage.createMany({
          data: ["pending", "sending"].map((status) => ({
            id: `queued-${status}`,
            conversationId: conversation.id,
            channel: "wechat",
            recipient: chen.id,
            kind: "reply",
            text: `${messages.askMobile}（${status}）`,
            dedupeKey: `queued-${status}`,
            status,
          })),
        });
        await database.close();
      },
      beforeLogin: () => new Promise((resolve) => setTimeout(resolve, LOGIN_DELAY_MS)),
    });
    await chat.waitForOutboxIdle();

    expect(chen.inbox.slice(2).sort()).toEqual([
      `${messages.askMobile}（pending）`,
      `${messages.askMobile}（sending）`,
    ]);
    const statuses = await chat.app.prisma.outboundMessage.findMany({
      where: { id: { startsWith: "queued-" } },
      select: { status: true, attempts: true },
    });
    expect(statuses).toEqual([
      { status: "sent", attempts: 1 },
      { status: "sent", attempts: 1 },
    ]);
  });

  it("ignores own, recalled and unmentioned messages", async () => {
    const chat = await startChat("ignored");
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    const lin = chat.user(LIN.wechatId, LIN.name);
    const room = chat.room("e2e-owners@chatroom", "车友群", [chen, lin]);

    const ownMessage = chat.sendAsBot(chen, "你好，我想后天上午做个保养");
    const recalled = chen.recallMessage();
    const unmentioned = room.post(chen, "我想后天上午做个保养");
    const mentionsOther = room.post(chen, "你的车保养了吗", lin);
    const mentionsBot = room.post(lin, "你好，我想后天上午做个保养", "bot");
    // The mentioned message went in last and takes a whole dialogue turn, so the channel has long finished
    // with the earlier ones when it settles.
    await chat.settle(mentionsBot);

    // Chen's chat shows the text sent from the bot's account on another device, and no reply to it.
    expect(chen.inbox).toEqual(["你好，我想后天上午做个保养"]);
    expect(room.posts).toHaveLength(2);
    expect(room.posts[0]).toContain(messages.greetingStranger);
    expect(room.posts[0]).toContain(`@${LIN.name}`);
    for (const ignored of [ownMessage, recalled, unmentioned, mentionsOther]) {
      expect(chat.logs.outcomesOf(ignored)).toEqual([]);
    }
    const conversations = await chat.app.prisma.conversation.findMany({ select: { externalId: true } });
    expect(conversations).toEqual([{ externalId: `${room.id}#${lin.id}` }]);
  });

  it.each(["image", "voice", "sticker"] as const)("answers media (%s) with the text hint", async (kind) => {
    const chat = await startChat(`media-${kind}`);
    const chen = chat.user(CHEN.wechatId, CHEN.name);
    await chen.send("你好，我想后天上午做个保养");
    const stepBefore = await persistedStep(chat, chen);

    const mediaReply = await chen.sendMedia(kind);
    const stepAfter = await persistedStep(chat, chen);
    const mobileReply = await chen.send(CHEN.mobile);

    expect(mediaReply).toEqual(["抱歉，我暂时只能识别文字消息，请用文字描述您的需求。"]);
    expect(stepBefore).toEqual({ dialogue: { registration: "askMobile" } });
    expect(stepAfter).toEqual(stepBefore);
    expect(mobileReply).toEqual([messages.offerDedicatedAdvisor]);
  });
});
