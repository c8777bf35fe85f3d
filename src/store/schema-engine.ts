/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), run against a database through
 * a Prisma driver adapter. It applies and diffs migrations without the native schema-engine binary, which the
 * Prisma CLI would otherwise download at install time.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { Logger } from "pino";

export type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

/** Database kinds this project supports. The names match Prisma's `datasource.provider` values. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** How long a SQLite connection waits for another connection's write lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export const MIGRATION_LOCK_FILE = "migration_lock.toml";
export const MIGRATION_SCRIPT_FILE = "migration.sql";

/** Tables and enums managed outside Prisma: none in this project. */
export const NO_SCHEMA_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Module name under which the wasm file imports its JavaScript glue, as listed in its import section. */
const WASM_GLUE_MODULE_NAME = "./schema_engine_bg.js";

/** A failed schema-engine call, with the operation that failed and the engine's error as `cause`. */
export class SchemaEngineError extends Error {
  readonly operation: string;

  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SchemaEngineError";
    this.operation = operation;
  }
}

/**
 * Store for the message of a Rust panic inside the engine. The wasm glue calls
 * `global.PRISMA_WASM_PANIC_REGISTRY.set_message(...)` from its panic hook, so a registry must exist before
 * any engine call. The Prisma client runtime installs its own registry when it loads, which throws a
 * PrismaClientRustPanicError from the hook, and that one is kept.
 */
class WasmPanicRegistry {
  private message: string | null = null;

  set_message(message: string): void {
    this.message = message;
  }

  takeMessage(): string | null {
    const message = this.message;
    this.message = null;
    return message;
  }
}

declare global {
  // eslint-disable-next-line no-var
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

const panicRegistry = new WasmPanicRegistry();
let engineModule: Promise<typeof wasmGlue> | null = null;
/** Message of an engine panic in this process. A panic can leave the wasm memory inconsistent. */
let panicMessageSeen: string | null = null;

/**
 * Instantiate the engine's wasm once per process. Loading the bytes ourselves, instead of importing
 * "@prisma/schema-engine-wasm" (which imports the .wasm file as an ES module), avoids Node's
 * --experimental-wasm-modules flag.
 */
function loadEngineModule(): Promise<typeof wasmGlue> {
  if (panicMessageSeen !== null) {
    throw new SchemaEngineError(
      "load",
      `The schema engine panicked earlier in this process (${panicMessageSeen}) and cannot be reused. ` +
        "Restart the process.",
    );
  }
  if (engineModule === null) {
    engineModule = instantiateEngineModule().catch((error: unknown) => {
      engineModule = null;
      throw error;
    });
  }
  return engineModule;
}

async function instantiateEngineModule(): Promise<typeof wasmGlue> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

  // The package's "exports" map does not list the .wasm file, so locate it beside the glue module.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const bytes = await readFile(wasmPath);

  const { instance } = await WebAssembly.instantiate(bytes, { [WASM_GLUE_MODULE_NAME]: wasmGlue });
  wasmGlue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return wasmGlue;
}

/**
 * Create the Prisma driver adapter factory for a database url. SQLite urls are "file:<path>", where a
 * relative path resolves against the working directory. PostgreSQL urls are "postgres://" or "postgresql://".
 */
export function createAdapterFactory(
  provider: DatabaseProvider,
  url: string,
): SqlMigrationAwareDriverAdapterFactory {
  if (provider === "sqlite") {
    return new PrismaBetterSqlite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: url });
}

/**
 * Wrap an adapter factory so that every connection the engine opens can be closed afterwards: the engine does
 * not dispose its connections when it is freed, and an open SQLite connection keeps the file locked.
 */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  disposeAll(): Promise<void>;
} {
  const connections: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const connection = await factory.connect();
      connections.push(connection);
      return connection;
    },
    async connectToShadowDb() {
      const connection = await factory.connectToShadowDb();
      connections.push(connection);
      return factory.provider === "sqlite" ? acceptMultiStatementRaw(connection) : connection;
    },
  };

  async function disposeAll(): Promise<void> {
    const open = connections.splice(0);
    await Promise.all(open.map((connection) => connection.dispose()));
  }

  return { factory: tracked, disposeAll };
}

/**
 * Let `executeRaw` run a whole migration script on a SQLite shadow database.
 * NOTE: schema-engine-wasm 8.1.0-2.59be4fda replays each migration into the SQLite shadow database with one
 * `executeRaw` call, but the better-sqlite3 adapter (7.10.0) prepares a single statement and rejects the
 * script with "The supplied SQL string contains more than one statement". Such a call is retried as
 * `executeScript`, which runs every statement.
 */
function acceptMultiStatementRaw(connection: SqlDriverAdapter): SqlDriverAdapter {
  async function executeRaw(query: SqlQuery): Promise<number> {
    try {
      return await connection.executeRaw(query);
    } catch (error) {
      const isMultiStatement = error instanceof Error && error.message.includes("more than one statement");
      if (!isMultiStatement || query.args.length > 0) throw error;
      await connection.executeScript(query.sql);
      return 0;
    }
  }

  return new Proxy(connection, {
    get(target, property) {
      if (property === "executeRaw") return executeRaw;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export interface SchemaEngineOptions {
  provider: DatabaseProvider;
  url: string;
  logger: Logger;
}

/**
 * Start a schema engine on the database at `url`, run `work` with it, then free the engine and close every
 * connection it opened. Engine failures are rethrown as SchemaEngineError with the engine's error as `cause`.
 */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  operation: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadEngineModule();
  const connections = trackConnections(createAdapterFactory(options.provider, options.url));
  const forwardEngineLog = (line: string) => logEngineLine(options.logger, line);

  let engine: SchemaEngine | null = null;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: undefined },
      forwardEngineLog,
      bindMigrationAwareSqlAdapterFactory(connections.factory),
    );
    return await work(engine);
  } catch (error) {
    throw toSchemaEngineError(operation, error);
  } finally {
    releaseEngine(engine, options.logger);
    await connections.disposeAll().catch((error: unknown) => {
      options.logger.warn({ err: error, operation }, "closing schema engine connections failed");
    });
  }
}

/** Free the engine without letting a failure there hide the error of the operation itself. */
function releaseEngine(engine: SchemaEngine | null, logger: Logger): void {
  if (engine === null || panicMessageSeen !== null) return;
  try {
    engine.free();
  } catch (error) {
    logger.warn({ err: error }, "freeing the schema engine failed");
  }
}

function toSchemaEngineError(operation: string, error: unknown): SchemaEngineError {
  if (error instanceof SchemaEngineError) return error;

  const isPanic =
    error instanceof WebAssembly.RuntimeError ||
    (error instanceof Error && error.name === "PrismaClientRustPanicError");
  if (isPanic) {
    panicMessageSeen = panicRegistry.takeMessage() ?? error.message;
    return new SchemaEngineError(
      operation,
      `Schema engine panicked during ${operation}: ${panicMessageSeen}`,
      {
        cause: error,
      },
    );
  }

  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === "object" && error !== null && "code" in error ? ` (${String(error.code)})` : "";
  return new SchemaEngineError(operation, `Schema engine ${operation} failed${code}: ${message}`, {
    cause: error,
  });
}

/** Forward one JSON log line of the engine to pino at debug level. */
function logEngineLine(logger: Logger, line: string): void {
  try {
    const parsed = JSON.parse(line) as { level?: string; fields?: Record<string, unknown>; target?: string };
    logger.debug({ engineLevel: parsed.level, target: parsed.target, ...parsed.fields }, "schema engine log");
  } catch {
    logger.debug({ line }, "schema engine log");
  }
}

/**
 * Read a Prisma migrations folder (`<dir>/<timestamp>_<name>/migration.sql` plus `migration_lock.toml`) into
 * the engine's input shape, with folders sorted by name, which puts them in timestamp order.
 * Throws when the folder does not exist. A folder without migration.sql is passed on as an error entry,
 * and the engine reports it.
 */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);

  let entries;
  try {
    entries = await readdir(baseDir, { withFileTypes: true });
  } catch (error) {
    throw new Error(
      `Reading the migrations folder '${baseDir}' failed. ` +
        "Pass the folder that contains the <timestamp>_<name> " +
        "migration folders, or create the first migration with `npx tsx scripts/migrate-dev.ts init`.",
      { cause: error },
    );
  }

  const lockContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(() => null);
  const folderNames = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const migrationDirectories: MigrationDirectory[] = [];
  for (const folderName of folderNames) {
    const scriptPath = path.join(baseDir, folderName, MIGRATION_SCRIPT_FILE);
    const content = await readFile(scriptPath, "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: folderName, migrationFile: { path: MIGRATION_SCRIPT_FILE, content } });
  }

  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
