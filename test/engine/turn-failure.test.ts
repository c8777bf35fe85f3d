import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { fromPromise } from "xstate";

import type { CustomerProfile } from "../../flows/booking-types.js";
import { inboundBookingMachine } from "../../flows/inbound-booking/machine.js";
import { ConversationEngine } from "../../src/engine/conversation-engine.js";
import type { ConversationStore, TurnCommit } from "../../src/engine/ports.js";
import { messages } from "../../src/messages/zh-CN.js";

/** A store in memory whose next commit can be made to fail once. */
class FlakyStore implements ConversationStore {
  readonly commits: TurnCommit[] = [];
  readonly handled = new Set<string>();
  failNextCommit = false;

  async openConversation() {
    return { id: "conv-1", snapshot: null };
  }

  async admitInbound(_conversationId: string, messageId: string) {
    return this.handled.has(messageId) ? ("duplicate" as const) : ("new" as const);
  }

  async commitTurn(commit: TurnCommit) {
    if (this.failNextCommit) {
      this.failNextCommit = false;
      throw new Error("disk full");
    }
    this.commits.push(commit);
    this.handled.add(commit.messageId);
  }
}

function engineWith(store: FlakyStore): ConversationEngine {
  const machine = inboundBookingMachine.provide({
    actors: { identifyCustomer: fromPromise(async (): Promise<CustomerProfile | null> => null) },
  });
  return new ConversationEngine({ machine, store, logger: pino({ level: "silent" }) });
}

const AT = new Date("2026-12-07T01:00:00.000Z");

describe("ConversationEngine failures", () => {
  it("apologises when a turn cannot commit", async () => {
    const store = new FlakyStore();
    const engine = engineWith(store);
    store.failNextCommit = true;

    const first = await engine.handle({ channel: "console", externalId: "g", messageId: "m1", at: AT, kind: "text", text: "你好" });

    expect(first).toBe("failed");
    expect(store.commits).toHaveLength(1);
    expect(store.commits[0]?.snapshot).toBeNull();
    expect(store.commits[0]?.replies).toEqual([messages.systemError]);
  });

  it("redoes a turn whose failure was not recorded", async () => {
    const store = new FlakyStore();
    const engine = engineWith(store);
    const originalCommit = store.commitTurn.bind(store);
    let calls = 0;
    store.commitTurn = async (commit) => {
      calls += 1;
      // Both the turn and its failure record fail the first time.
      if (calls <= 2) throw new Error("database locked");
      return originalCommit(commit);
    };

    const first = await engine.handle({ channel: "console", externalId: "g", messageId: "m1", at: AT, kind: "text", text: "你好" });
    const again = await engine.handle({ channel: "console", externalId: "g", messageId: "m1", at: AT, kind: "text", text: "你好" });

    expect(first).toBe("failed");
    expect(again).toBe("handled");
    expect(store.commits.at(-1)?.replies.join("\n")).toContain("手机号");
  });
});
