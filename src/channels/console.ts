/**
 * The console channel: the person at the keyboard is a customer. Each line is one message. On a
 * terminal it shows a prompt; with piped input it reads one message per line, prints every reply, and
 * returns when the input ends, so a whole conversation can be scripted.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";

import type { App } from "../app/create-app.js";
import type { Logger } from "../logger.js";

export interface ConsoleOptions {
  app: App;
  /** Chat identity of this console user: a demo customer's mobile, or a guest id. */
  externalId: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  logger: Logger;
  clock?: () => Date;
}

const CUSTOMER_PREFIX = "助手：";
const STAFF_PREFIX = "〔通知服务顾问/经理，仅演示显示〕";

/** Send console replies to the output: the customer's own, and staff notices marked as such. */
export function createConsoleSender(externalId: string, output: NodeJS.WritableStream) {
  return async (recipient: string, text: string): Promise<void> => {
    const prefix = recipient === externalId ? CUSTOMER_PREFIX : `${STAFF_PREFIX}\n`;
    output.write(`${prefix}${text}\n\n`);
  };
}

/** Run the chat until the input ends (piped) or the user quits (terminal). */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const clock = options.clock ?? (() => new Date());
  const log = options.logger.child({ module: "console" });
  // Message ids must be unique across restarts, because handled ids are remembered to drop duplicates.
  const sessionId = randomUUID().slice(0, 8);
  let sequence = 0;

  const reader = createInterface({ input: options.input, terminal: options.interactive });
  const prompt = () => {
    if (options.interactive) options.output.write("我：");
  };
  log.info({ event: "console.start", interactive: options.interactive }, "console chat started");
  prompt();

  for await (const line of reader) {
    const text = line.trim();
    if (text === "") {
      prompt();
      continue;
    }
    if (options.interactive && (text === "/quit" || text === "/退出")) break;
    sequence += 1;
    if (!options.interactive) options.output.write(`我：${text}\n`);
    await options.app.engine.handle({
      channel: "console",
      externalId: options.externalId,
      messageId: `console-${sessionId}-${sequence}`,
      at: clock(),
      kind: "text",
      text,
    });
    await options.app.outbox.flush();
    prompt();
  }
  reader.close();
  log.info({ event: "console.stop", messages: sequence }, "console chat ended");
}
