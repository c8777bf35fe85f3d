import { afterEach, describe, expect, it } from "vitest";

import { createTestApp, say, TEST_NOW, type TestApp } from "../support/app.js";

const DEMO_MOBILE = "13800000001";
const DEMO_PLATE = "沪A5K281";

let testApp: TestApp;

afterEach(async () => {
  await testApp?.dispose();
});

async function loginAsDemoCustomer(current: TestApp): Promise<void> {
  const found = await current.app.customers.findByMobile(DEMO_MOBILE);
  if (!found) throw new Error("demo customer 13800000001 missing from the seed");
  await current.app.customers.linkIdentity("console", DEMO_MOBILE, found.customerId);
}

describe("ConversationEngine", () => {
  it("books through the whole stack", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);

    const offers = await say(testApp, DEMO_MOBILE, "我想后天上午10点做常规保养", "m1");
    const summary = await say(testApp, DEMO_MOBILE, "1", "m2");
    const confirmation = await say(testApp, DEMO_MOBILE, "确认", "m3");
    const listing = await say(testApp, DEMO_MOBILE, "我的预约", "m4");

    expect(offers.join("\n")).toContain("12月9日 周三");
    expect(summary.join("\n")).toContain("请确认预约信息");
    expect(confirmation.join("\n")).toContain("您的预约已确认");
    expect(confirmation.join("\n")).toContain("行驶证");
    expect(confirmation.join("\n")).toContain("13900000001");
    // The recall part arrives on 12-11, so the visit lands after the wished day.
    expect(listing.join("\n")).toContain("12月11日 周五");
    expect(listing.join("\n")).toContain("沪A·5K281");
    const bookings = await testApp.app.prisma.booking.findMany({ where: { customer: { mobile: DEMO_MOBILE } } });
    expect(bookings).toHaveLength(1);
    expect(bookings[0]?.status).toBe("requested");
  });

  it("handles a duplicate message once", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);
    await say(testApp, DEMO_MOBILE, "我想后天上午10点做常规保养", "m1");
    await say(testApp, DEMO_MOBILE, "1", "m2");

    const first = await say(testApp, DEMO_MOBILE, "确认", "m3");
    const outcome = await testApp.app.engine.handle({
      channel: "console",
      externalId: DEMO_MOBILE,
      messageId: "m3",
      at: TEST_NOW,
      kind: "text",
      text: "确认",
    });
    await testApp.app.outbox.flush();

    expect(first.join("\n")).toContain("您的预约已确认");
    expect(outcome).toBe("duplicate");
    const confirmations = await testApp.app.prisma.outboundMessage.count({ where: { kind: "confirmation" } });
    expect(confirmations).toBe(1);
    expect(await testApp.app.prisma.booking.count({ where: { customer: { mobile: DEMO_MOBILE } } })).toBe(1);
  });

  it("resumes after a restart", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);
    await say(testApp, DEMO_MOBILE, "我想后天上午10点做常规保养", "m1");

    testApp = await testApp.restart();
    const summary = await say(testApp, DEMO_MOBILE, "1", "m2");

    expect(summary.join("\n")).toContain("请确认预约信息");
  });

  it("keeps one conversation in order", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);

    // Sent without waiting: the engine must still handle them one after the other.
    const turns = [
      testApp.app.engine.handle({ channel: "console", externalId: DEMO_MOBILE, messageId: "a", at: TEST_NOW, kind: "text", text: "我想后天上午10点做常规保养" }),
      testApp.app.engine.handle({ channel: "console", externalId: DEMO_MOBILE, messageId: "b", at: TEST_NOW, kind: "text", text: "1" }),
      testApp.app.engine.handle({ channel: "console", externalId: DEMO_MOBILE, messageId: "c", at: TEST_NOW, kind: "text", text: "确认" }),
    ];
    const outcomes = await Promise.all(turns);
    await testApp.app.outbox.flush();

    expect(outcomes).toEqual(["handled", "handled", "handled"]);
    expect(testApp.app.engine.stateOf("console", DEMO_MOBILE)).toBe("dialogue.idle");
    expect(await testApp.app.prisma.booking.count({ where: { customer: { mobile: DEMO_MOBILE } } })).toBe(1);
  });

  it("serves parallel conversations separately", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);
    const other = await testApp.app.customers.findByMobile("13800000002");
    if (!other) throw new Error("demo customer 13800000002 missing from the seed");
    await testApp.app.customers.linkIdentity("console", "13800000002", other.customerId);

    const [first, second] = await Promise.all([
      say(testApp, DEMO_MOBILE, "你好", "x1"),
      say(testApp, "13800000002", "你好", "y1"),
    ]);

    expect(first.join("\n")).toContain("陈晓明");
    expect(second.join("\n")).not.toContain("陈晓明");
    expect(second.join("\n")).toContain("欢迎回来");
  });

  it("asks a stranger for text after garbage", async () => {
    testApp = await createTestApp();

    const greeting = await say(testApp, "guest-1", "🚗🚗🚗".repeat(4_000), "g1");
    const retry = await say(testApp, "guest-1", "asdf", "g2");

    expect(greeting.join("\n")).toContain("手机号");
    expect(retry.join("\n")).toContain("11位");
    expect(await testApp.app.prisma.customer.count({ where: { mobile: { startsWith: "guest" } } })).toBe(0);
  });

  it("verifies a known mobile by plate", async () => {
    testApp = await createTestApp();

    await say(testApp, "guest-2", "你好", "v1");
    const plateQuestion = await say(testApp, "guest-2", DEMO_MOBILE, "v2");
    const welcome = await say(testApp, "guest-2", DEMO_PLATE, "v3");

    expect(plateQuestion.join("\n")).toContain("车牌号");
    expect(plateQuestion.join("\n")).not.toContain("陈晓明");
    expect(welcome.join("\n")).toContain("陈晓明");
  });

  it("sends a complaint to manager and advisor", async () => {
    testApp = await createTestApp();
    await loginAsDemoCustomer(testApp);

    const reply = await say(testApp, DEMO_MOBILE, "上次保养完又漏油了，我要投诉", "c1");

    expect(reply.join("\n")).toContain("服务经理");
    const manager = testApp.sent.get("manager") ?? [];
    const advisor = testApp.sent.get("advisor:adv-1") ?? [];
    expect(manager).toHaveLength(1);
    expect(manager[0]).toContain("【客户投诉】");
    expect(advisor).toHaveLength(1);
    expect(advisor[0]).toContain("抄送");
  });
});
