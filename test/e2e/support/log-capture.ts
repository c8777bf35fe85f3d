/**
 * An in-memory pino destination. The end-to-end tests read the app's own log lines to learn when the
 * WeChat channel has finished with a message and with which outcome, without touching the code under test.
 */
import { pino, type Logger } from "pino";

export interface LogEntry {
  level: number;
  event?: string;
  module?: string;
  messageId?: string;
  outcome?: string;
  msg?: string;
  [field: string]: unknown;
}

/** Pino's numeric level for "error". */
const ERROR_LEVEL = 50;

export class LogCapture {
  readonly entries: LogEntry[] = [];
  /** A logger at level "debug" whose lines go to `entries` instead of stdout. */
  readonly logger: Logger;

  constructor() {
    this.logger = pino(
      { level: "debug", base: undefined },
      { write: (line: string) => void this.entries.push(JSON.parse(line) as LogEntry) },
    );
  }

  /** List the outcomes ("handled", "duplicate", "failed") the WeChat channel logged for one message id. */
  outcomesOf(messageId: string): string[] {
    return this.entries
      .filter((entry) => entry.event === "wechat.message" && entry.messageId === messageId)
      .map((entry) => String(entry.outcome));
  }

  /** List the entries logged at level "error" or above. */
  errors(): LogEntry[] {
    return this.entries.filter((entry) => entry.level >= ERROR_LEVEL);
  }
}
