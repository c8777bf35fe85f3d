/**
 * The outbox dispatcher: sends the rows of the OutboundMessage table through the channel adapters.
 * Messages to one recipient go out in the order they were queued; different recipients in parallel.
 * A failed send is retried with a capped exponential backoff, and after MAX_ATTEMPTS it is marked
 * "failed" and logged for a person to follow up.
 */
import type { Channel } from "../../flows/booking-types.js";
import type { Logger } from "../logger.js";
import { maskExternalId } from "../logger.js";
import type { OutboundRecord, OutboxStore } from "./ports.js";

export type MessageSender = (recipient: string, text: string, kind: string) => Promise<void>;

const MAX_ATTEMPTS = 5;
const BATCH_SIZE = 50;
const POLL_INTERVAL_MS = 1_000;
const INITIAL_RETRY_DELAY_MS = 1_000;
const MAX_RETRY_DELAY_MS = 60_000;

/** Error a sender throws to ask for a later retry after `retryAfterMs` (for example a rate limit). */
export class RetryLaterError extends Error {
  override name = "RetryLaterError";
  constructor(
    message: string,
    readonly retryAfterMs: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Compute the delay before retry number `attempt` (1-based): 1 s, 2 s, 4 s … capped at 60 s. */
export function retryDelayMs(attempt: number, error: unknown): number {
  if (error instanceof RetryLaterError) return Math.min(error.retryAfterMs, MAX_RETRY_DELAY_MS);
  return Math.min(INITIAL_RETRY_DELAY_MS * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

export class OutboxDispatcher {
  private readonly log: Logger;
  private readonly senders: Map<Channel, MessageSender>;
  private readonly notBefore = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private next: Promise<number> | null = null;

  constructor(
    private readonly store: OutboxStore,
    senders: Partial<Record<Channel, MessageSender>>,
    logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.log = logger.child({ module: "outbox" });
    this.senders = new Map(Object.entries(senders) as Array<[Channel, MessageSender]>);
  }

  /** Add or replace the sender of one channel, for a channel that connects after the dispatcher was built. */
  registerSender(channel: Channel, sender: MessageSender): void {
    this.senders.set(channel, sender);
    this.kick();
  }

  /** Remove the sender of a channel that went offline; its messages stay queued until a sender returns. */
  unregisterSender(channel: Channel): void {
    this.senders.delete(channel);
  }

  /** Recover messages interrupted by a crash, then poll for pending messages until `stop()`. */
  async start(): Promise<void> {
    const recovered = await this.store.recoverInterrupted();
    if (recovered > 0) {
      // NOTE: a crash between the channel's send and markSent leaves a row in "sending". It is sent
      // again here, so such a message can arrive twice; no chat channel offers an idempotency key.
      this.log.warn({ event: "outbox.recovered", count: recovered }, "re-queued messages interrupted by a crash");
    }
    this.timer = setInterval(() => this.kick(), POLL_INTERVAL_MS);
    this.timer.unref();
    this.log.info({ event: "outbox.start", channels: [...this.senders.keys()] }, "outbox dispatcher started");
    this.kick();
  }

  /** Stop polling and wait for the batch in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.log.info({ event: "outbox.stop" }, "outbox dispatcher stopped");
  }

  /** Send pending messages now, without waiting for the next poll. */
  kick(): void {
    void this.flush().catch((error: unknown) => {
      this.log.error({ event: "outbox.flush.failed", err: error }, "sending pending messages failed");
    });
  }

  /**
   * Send every pending message that is due; resolves with the number sent. Only one pass runs at a time: a
   * call during a pass waits for it and then runs one more pass, which sees rows queued meanwhile.
   */
  flush(): Promise<number> {
    if (this.running) {
      if (!this.next) {
        this.next = this.running.then(
          () => this.startPass(),
          () => this.startPass(),
        );
      }
      return this.next;
    }
    return this.startPass();
  }

  private startPass(): Promise<number> {
    this.next = null;
    const pass = this.sendPending().finally(() => {
      if (this.running === pass) this.running = null;
    });
    this.running = pass;
    return pass;
  }

  private async sendPending(): Promise<number> {
    let sent = 0;
    for (;;) {
      const pending = await this.store.listPending(BATCH_SIZE, [...this.senders.keys()]);
      const byRecipient = new Map<string, OutboundRecord[]>();
      for (const record of pending) {
        const key = `${record.channel}:${record.recipient}`;
        byRecipient.set(key, [...(byRecipient.get(key) ?? []), record]);
      }
      // A recipient whose oldest message waits for a retry delay waits as a whole, to keep the order.
      const due = [...byRecipient.values()].filter((records) => this.isDue(records[0] as OutboundRecord));
      if (due.length === 0) return sent;
      const results = await Promise.all(due.map((records) => this.sendInOrder(records)));
      const sentNow = results.reduce((total, count) => total + count, 0);
      sent += sentNow;
      if (sentNow === 0) return sent;
    }
  }

  private isDue(record: OutboundRecord): boolean {
    const due = this.notBefore.get(record.id);
    return due === undefined || due <= this.clock().getTime();
  }

  private async sendInOrder(records: OutboundRecord[]): Promise<number> {
    let sent = 0;
    for (const record of records) {
      // Stop at the first failure: later messages to this recipient wait for it.
      if (!(await this.sendOne(record))) return sent;
      sent += 1;
    }
    return sent;
  }

  private async sendOne(record: OutboundRecord): Promise<boolean> {
    const sender = this.senders.get(record.channel);
    const log = this.log.child({ outboundId: record.id, channel: record.channel, recipient: maskExternalId(record.recipient) });
    if (!sender) return false;
    // A row another pass or process already took is not sent again.
    if (!(await this.store.markSending(record.id))) return true;
    try {
      await sender(record.recipient, record.text, record.kind);
      await this.store.markSent(record.id, this.clock());
      this.notBefore.delete(record.id);
      return true;
    } catch (error) {
      const attempt = record.attempts + 1;
      const final = attempt >= MAX_ATTEMPTS;
      const delay = retryDelayMs(attempt, error);
      await this.store.markFailed(record.id, String(error instanceof Error ? error.message : error), final);
      if (final) {
        this.notBefore.delete(record.id);
        log.error({ event: "outbox.failed", attempt, err: error }, "message failed for good; needs a person");
      } else {
        this.notBefore.set(record.id, this.clock().getTime() + delay);
        log.warn({ event: "outbox.retry", attempt, delayMs: delay, err: error }, "send failed; will retry");
      }
      return false;
    }
  }
}
