/**
 * Structured logging with pino: one root logger, a child per module (`logger.child({ module })`).
 * Personal data is masked before it reaches a log line; see `maskMobile`, `maskVin` and `maskName`.
 */
import { pino, type Logger } from "pino";

export type { Logger };

/** Create the root logger. Level comes from LOG_LEVEL (default "info"); output is JSON on stderr. */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  return pino({ level, base: undefined }, options.destination ?? pino.destination(2));
}

/** Mask a mobile number for logs: "13800000001" → "138****0001". Other text keeps only its first 3 characters. */
export function maskMobile(mobile: string | null | undefined): string {
  if (!mobile) return "";
  if (/^\d{11}$/.test(mobile)) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  return `${mobile.slice(0, 3)}****`;
}

/** Mask a VIN for logs, keeping the manufacturer code and the last 4 characters: "LSV**********3294". */
export function maskVin(vin: string | null | undefined): string {
  if (!vin) return "";
  return `${vin.slice(0, 3)}${"*".repeat(Math.max(vin.length - 7, 0))}${vin.slice(-4)}`;
}

/** Mask a person's name for logs, keeping the family name: "张伟" → "张*". */
export function maskName(name: string | null | undefined): string {
  if (!name) return "";
  const chars = [...name];
  return `${chars[0]}${"*".repeat(Math.max(chars.length - 1, 1))}`;
}

/** Mask a chat identity that may be a mobile number (console users are keyed by mobile). */
export function maskExternalId(externalId: string): string {
  return /^\d{11}$/.test(externalId) ? maskMobile(externalId) : externalId;
}
