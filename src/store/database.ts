/**
 * Opening the application database: choose the driver adapter from the url, apply pending migrations, tune
 * SQLite for concurrent readers, and build the Prisma client.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";

import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pino } from "pino";
import type { Logger } from "pino";

import { PrismaClient } from "./generated/client.js";
import { applyMigrations } from "./migrate.js";
import { serializeSqliteAccess } from "./sqlite-serial.js";
import { createAdapterFactory, SQLITE_BUSY_TIMEOUT_MS } from "./schema-engine.js";
import type { DatabaseProvider } from "./schema-engine.js";

export { Prisma, PrismaClient } from "./generated/client.js";

/** A function that wraps the driver adapter factory of the application's client. */
export type AdapterWrapper = (factory: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;

/** The Prisma client type that repositories take in their constructor. */
export type Db = PrismaClient;

/** A SQLite file under ./data, relative to the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/booking.db";

export interface OpenDatabaseOptions {
  /** Defaults to DATABASE_URL from the environment, then DEFAULT_DATABASE_URL. */
  url?: string;
  logger?: Logger;
  /** Wrap the client's driver adapter factory, for example to count queries in a benchmark. */
  wrapAdapter?: AdapterWrapper;
}

export interface OpenedDatabase {
  prisma: PrismaClient;
  url: string;
  /** Disconnect the client. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Open the database at `url`, apply any pending migrations, and return a Prisma client built on the driver
 * adapter. For SQLite the file's folder is created, the journal is switched to WAL, and each connection waits
 * up to SQLITE_BUSY_TIMEOUT_MS for a lock. PostgreSQL urls are rejected until PostgreSQL migrations exist.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const url = options.url ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const baseLogger = options.logger ?? pino();
  const logger = baseLogger.child({ module: "store.database" });
  const provider = providerOfUrl(url);

  if (provider === "postgresql") {
    // TODO: PostgreSQL needs its own migrations folder and a client generated for the postgresql provider.
    // Until both exist, only SQLite can be opened.
    throw new Error(
      "Opening a PostgreSQL database is not supported yet: PostgreSQL migrations are not provided yet, " +
        "and prisma/migrations contains SQLite migrations only. " +
        `Use a SQLite url such as "${DEFAULT_DATABASE_URL}" in DATABASE_URL.`,
    );
  }

  // Step 1: create the folder of the SQLite file, which better-sqlite3 does not do.
  const filePath = sqliteFilePath(url);
  mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });

  // Step 2: bring the schema up to date before any query runs.
  await applyMigrations({ url, provider, logger: baseLogger });

  // Step 3: build the client and switch the file to WAL, so readers do not block the writer.
  // Step 3a: one SQLite connection serves every conversation, so its queries must not mix with open transactions.
  const factory = serializeSqliteAccess(createAdapterFactory(provider, url));
  const prisma = new PrismaClient({ adapter: options.wrapAdapter ? options.wrapAdapter(factory) : factory });
  let journalMode: string;
  try {
    journalMode = await setWalJournalMode(prisma, url);
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
  logger.info(
    { file: path.resolve(filePath), journalMode, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS },
    "database opened",
  );

  let closed = false;
  return {
    prisma,
    url,
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      logger.info({ file: path.resolve(filePath) }, "database closed");
    },
  };
}

/** Return the provider of a url: "file:…" is SQLite, "postgres://…" or "postgresql://…" is PostgreSQL. */
export function providerOfUrl(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `Unsupported database url '${redactUrl(url)}': expected "file:<path>" for SQLite or ` +
      '"postgresql://…" for PostgreSQL, for example "file:./data/booking.db".',
  );
}

/**
 * Return the file path of a SQLite url. Rejects in-memory databases, because the migrations and the client
 * would each get their own empty database, and query parameters, which the adapter would read as part of the
 * file name.
 */
function sqliteFilePath(url: string): string {
  const filePath = url.slice("file:".length);
  if (filePath === "" || filePath === ":memory:") {
    throw new Error(
      `Invalid SQLite url '${url}': an in-memory database cannot be migrated and queried through separate ` +
        "connections. Use a file, for example a temporary file in tests.",
    );
  }
  if (filePath.includes("?")) {
    throw new Error(
      `Invalid SQLite url '${url}': query parameters are not supported by the better-sqlite3 adapter. ` +
        "Remove everything from '?' on.",
    );
  }
  return filePath;
}

async function setWalJournalMode(prisma: PrismaClient, url: string): Promise<string> {
  // PRAGMA journal_mode returns a row, so it must run as a query, not through $executeRaw.
  const rows = await prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode = WAL");
  const journalMode = rows[0]?.journal_mode ?? "unknown";
  if (journalMode !== "wal") {
    throw new Error(
      `Switching '${url}' to WAL journal mode failed: SQLite kept '${journalMode}'. ` +
        "Check that the file is on a local file system that supports shared memory.",
    );
  }
  return journalMode;
}

/** Hide the password of a url before it goes into an error message. */
function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
