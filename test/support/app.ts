/**
 * Test helpers: a real app on a fresh SQLite file in a temporary folder, and a console-style conversation
 * driver that collects what the outbox sends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";

import { createApp, type App } from "../../src/app/create-app.js";
import { toShanghaiInstant } from "../../src/domain/time.js";

/** Monday 2026-12-07 09:00 in Shanghai: an ordinary working day. */
export const TEST_NOW = toShanghaiInstant("2026-12-07", "09:00");

export interface TestApp {
  app: App;
  databaseUrl: string;
  /** Messages the outbox sent, by recipient. */
  sent: Map<string, string[]>;
  /** Build a new app on the same database file, as after a restart. */
  restart(): Promise<TestApp>;
  dispose(): Promise<void>;
}

/** Create an app on a new SQLite file with the demo data, sending console messages into `sent`. */
export async function createTestApp(options: { directory?: string; now?: Date } = {}): Promise<TestApp> {
  const directory = options.directory ?? mkdtempSync(path.join(tmpdir(), "booking-test-"));
  const now = options.now ?? TEST_NOW;
  const databaseUrl = `file:${path.join(directory, "test.db")}`;
  const sent = new Map<string, string[]>();
  const app = await createApp({
    databaseUrl,
    logger: pino({ level: "silent" }),
    seedDemo: true,
    staffChannel: "console",
    clock: () => now,
    senders: {
      console: async (recipient, text) => {
        sent.set(recipient, [...(sent.get(recipient) ?? []), text]);
      },
    },
  });
  let disposed = false;
  const testApp: TestApp = {
    app,
    databaseUrl,
    sent,
    async restart() {
      await app.close();
      disposed = true;
      return createTestApp({ directory, now });
    },
    async dispose() {
      if (!disposed) await app.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** Send one console message and wait until its replies went out; returns the replies to that user. */
export async function say(
  testApp: TestApp,
  externalId: string,
  text: string,
  messageId: string,
  at: Date = TEST_NOW,
): Promise<string[]> {
  const before = testApp.sent.get(externalId)?.length ?? 0;
  await testApp.app.engine.handle({ channel: "console", externalId, messageId, at, kind: "text", text });
  await testApp.app.outbox.flush();
  return (testApp.sent.get(externalId) ?? []).slice(before);
}
