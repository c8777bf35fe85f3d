/**
 * The console channel: the person at the keyboard is a customer. Each line is one message. On a
 * terminal it shows a prompt; with piped input it reads one message per line, prints every reply, and
 * returns when the input ends, so a whole conversation can be scripted.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";

import type { App } from "../app/create-app.js";
import type { Logger } from "../logger.js";
import { messages } from "../messages/zh-CN.js";

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
/** Characters of a piped message echoed back; a longer one is shortened in the echo only. */
const MAX_ECHO_CHARS = 200;
const QUIT_COMMANDS = new Set(["/quit", "/退出"]);

/** Send console replies to the output: the customer's own, and staff notices marked as such. */
export function createConsoleSender(externalId: string, output: NodeJS.WritableStream) {
  return async (recipient: string, text: string): Promise<void> => {
    const prefix = recipient === externalId ? CUSTOMER_PREFIX : `〔仅演示显示：发给 ${staffLabel(recipient)} 的通知〕\n`;
    output.write(`${prefix}${text}\n\n`);
  };
}

/** Describe a staff recipient id for the demo console: "advisor:adv-1" → "服务顾问 adv-1". */
function staffLabel(recipient: string): string {
  if (recipient.startsWith("advisor:")) return `服务顾问 ${recipient.slice("advisor:".length)}`;
  if (recipient === "manager") return "服务经理";
  return recipient;
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
    if (QUIT_COMMANDS.has(text)) break;
    sequence += 1;
    if (!options.interactive) {
      const chars = [...text];
      const echo = chars.length > MAX_ECHO_CHARS ? `${chars.slice(0, MAX_ECHO_CHARS).join("")}…（共${chars.length}字）` : text;
      options.output.write(`我：${echo}\n`);
    }
    try {
      await options.app.engine.handle({
        channel: "console",
        externalId: options.externalId,
        messageId: `console-${sessionId}-${sequence}`,
        at: clock(),
        kind: "text",
        text,
      });
      await options.app.outbox.flush();
    } catch (error) {
      log.error({ event: "console.message.failed", sequence, err: error }, "handling a console message failed");
      options.output.write(`${CUSTOMER_PREFIX}${messages.systemError}\n\n`);
    }
    prompt();
  }
  reader.close();
  log.info({ event: "console.stop", messages: sequence }, "console chat ended");
}
