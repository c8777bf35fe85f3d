import { randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";

import { OutboxDispatcher, RetryLaterError, retryDelayMs } from "../../src/engine/outbox.js";
import { PrismaOutboxStore } from "../../src/store/conversation-store.js";
import { createTestApp, TEST_NOW, type TestApp } from "../support/app.js";

let testApp: TestApp;

afterEach(async () => {
  await testApp?.dispose();
});

async function queue(current: TestApp, recipient: string, texts: string[]): Promise<void> {
  for (const [index, text] of texts.entries()) {
    await current.app.prisma.outboundMessage.create({
      data: {
        id: randomUUID(),
        channel: "wechat",
        recipient,
        kind: "reply",
        text,
        dedupeKey: `${recipient}:${text}`,
        createdAt: new Date(TEST_NOW.getTime() + index),
      },
    });
  }
}

function dispatcherWith(current: TestApp, send: (recipient: string, text: string) => Promise<void>, clock: () => Date) {
  return new OutboxDispatcher(new PrismaOutboxStore(current.app.prisma), { wechat: send }, pino({ level: "silent" }), clock);
}

describe("OutboxDispatcher", () => {
  it("sends once under concurrent flushes", async () => {
    testApp = await createTestApp();
    await queue(testApp, "alice", ["一", "二", "三"]);
    const delivered: string[] = [];
    const dispatcher = dispatcherWith(testApp, async (_recipient, text) => {
      delivered.push(text);
    }, () => TEST_NOW);

    await Promise.all([dispatcher.flush(), dispatcher.flush(), dispatcher.flush()]);

    expect(delivered).toEqual(["一", "二", "三"]);
  });

  it("retries in order after a failure", async () => {
    testApp = await createTestApp();
    await queue(testApp, "bob", ["第一条", "第二条"]);
    let now = TEST_NOW.getTime();
    let failures = 1;
    const delivered: string[] = [];
    const dispatcher = dispatcherWith(testApp, async (_recipient, text) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error("network down");
      }
      delivered.push(text);
    }, () => new Date(now));

    await dispatcher.flush();
    const afterFailure = [...delivered];
    await dispatcher.flush();
    const beforeDelay = [...delivered];
    now += retryDelayMs(1, new Error("x"));
    await dispatcher.flush();

    expect(afterFailure).toEqual([]);
    expect(beforeDelay).toEqual([]);
    expect(delivered).toEqual(["第一条", "第二条"]);
  });

  it("marks a message failed after five attempts", async () => {
    testApp = await createTestApp();
    await queue(testApp, "carol", ["发不出去"]);
    let now = TEST_NOW.getTime();
    const dispatcher = dispatcherWith(testApp, async () => {
      throw new Error("blocked");
    }, () => new Date(now));

    for (let attempt = 0; attempt < 6; attempt += 1) {
      await dispatcher.flush();
      now += 120_000;
    }

    const row = await testApp.app.prisma.outboundMessage.findFirstOrThrow({ where: { recipient: "carol" } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(5);
    expect(row.lastError).toBe("blocked");
  });

  it("honours a retry-after delay", () => {
    expect(retryDelayMs(1, new RetryLaterError("rate limited", 7_000))).toBe(7_000);
    expect(retryDelayMs(3, new Error("x"))).toBe(4_000);
    expect(retryDelayMs(20, new Error("x"))).toBe(60_000);
  });

  it("re-queues messages interrupted by a crash", async () => {
    testApp = await createTestApp();
    await queue(testApp, "dave", ["中断的消息"]);
    await testApp.app.prisma.outboundMessage.updateMany({ where: { recipient: "dave" }, data: { status: "sending" } });
    const delivered: string[] = [];
    const dispatcher = dispatcherWith(testApp, async (_recipient, text) => {
      delivered.push(text);
    }, () => TEST_NOW);

    await dispatcher.start();
    await dispatcher.flush();
    await dispatcher.stop();

    expect(delivered).toEqual(["中断的消息"]);
  });
});

describe("OutboxDispatcher senders", () => {
  it("keeps messages queued while a channel is offline", async () => {
    testApp = await createTestApp();
    await queue(testApp, "erin", ["等上线再发"]);
    const delivered: string[] = [];
    const dispatcher = dispatcherWith(testApp, async (_recipient, text) => {
      delivered.push(text);
    }, () => TEST_NOW);

    dispatcher.unregisterSender("wechat");
    await dispatcher.flush();
    const whileOffline = [...delivered];
    const row = await testApp.app.prisma.outboundMessage.findFirstOrThrow({ where: { recipient: "erin" } });
    dispatcher.registerSender("wechat", async (_recipient, text) => {
      delivered.push(text);
    });
    await dispatcher.flush();

    expect(whileOffline).toEqual([]);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(0);
    expect(delivered).toEqual(["等上线再发"]);
  });
});
