/**
 * Applying and diffing the Prisma migrations in prisma/migrations with the WebAssembly schema engine. The
 * engine records applied migrations in `_prisma_migrations` as `prisma migrate deploy` does, so a machine
 * with the native engine can switch to the plain Prisma CLI on the same database.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { pino } from "pino";
import type { Logger } from "pino";

import { NO_SCHEMA_FILTER, readMigrationList, withSchemaEngine } from "./schema-engine.js";
import type { DatabaseProvider, MigrationList } from "./schema-engine.js";

/** The SQLite migrations folder of this repository, found from this file's location. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The Prisma schema of this repository. */
export const DEFAULT_SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

/** The shadow database and main connection used for diffs: an in-memory SQLite database. */
const IN_MEMORY_SQLITE_URL = ":memory:";

/** The last queued migration run per database url, so runs on one database in this process never overlap. */
const migrationQueues = new Map<string, Promise<unknown>>();

export interface ApplyMigrationsOptions {
  url: string;
  provider: DatabaseProvider;
  /** Defaults to DEFAULT_MIGRATIONS_DIR, which contains SQLite migrations only. */
  migrationsDir?: string;
  logger?: Logger;
}

/**
 * Apply every migration in `migrationsDir` that the database has not recorded yet, in folder-name order, and
 * return the names of the migrations applied by this call (empty when the database was up to date).
 * Throws a SchemaEngineError when a migration fails. The engine then records it as failed in
 * `_prisma_migrations`, and later calls fail until the database is repaired.
 * Calls for the same url in this process run one after another, because overlapping runs on one SQLite file
 * lock each other out and all fail.
 * NOTE: two processes that migrate the same SQLite file at the same moment can still fail that way.
 */
export function applyMigrations(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const previous = migrationQueues.get(options.url) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => applyMigrationsNow(options));
  migrationQueues.set(options.url, run);

  const forget = () => {
    if (migrationQueues.get(options.url) === run) migrationQueues.delete(options.url);
  };
  run.then(forget, forget);
  return run;
}

async function applyMigrationsNow(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const logger = (options.logger ?? pino()).child({ module: "store.migrate" });
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const startedAtMs = performance.now();

  const migrationsList = await readMigrationList(migrationsDir);
  assertLockfileMatches(migrationsList, options.provider);
  logger.info(
    { provider: options.provider, migrationsDir, migrations: migrationsList.migrationDirectories.length },
    "applying migrations",
  );

  const output = await withSchemaEngine(
    { provider: options.provider, url: options.url, logger },
    "applyMigrations",
    (engine) => engine.applyMigrations({ migrationsList, filters: NO_SCHEMA_FILTER }),
  );

  const applied = output.appliedMigrationNames;
  logger.info({ applied, durationMs: Math.round(performance.now() - startedAtMs) }, "migrations applied");
  return { applied };
}

/**
 * Fail early, with the fix, when the migrations folder was written for another database provider. The engine
 * also rejects this case, but its message does not name the folder.
 */
function assertLockfileMatches(migrationsList: MigrationList, provider: DatabaseProvider): void {
  const content = migrationsList.lockfile.content;
  if (content === null) return;

  const match = /^\s*provider\s*=\s*"([^"]+)"/m.exec(content);
  const lockedProvider = match?.[1];
  if (lockedProvider !== undefined && lockedProvider !== provider) {
    throw new Error(
      `Migrations in '${migrationsList.baseDir}' are for ${lockedProvider}, ` +
        `but the database is ${provider}. ` +
        `Pass a migrationsDir whose migration_lock.toml says provider = "${provider}".`,
    );
  }
}

export interface DiffSchemaOptions {
  /** Defaults to DEFAULT_MIGRATIONS_DIR. A missing folder counts as no migrations. */
  migrationsDir?: string;
  /** Defaults to DEFAULT_SCHEMA_PATH. */
  schemaPath?: string;
  logger?: Logger;
}

/**
 * Return the SQL that takes a database from the state the migrations produce to the state the Prisma schema
 * describes, or null when they already agree. The migrations are replayed in an in-memory SQLite shadow
 * database, so this supports SQLite schemas only and touches no real database.
 */
export async function diffMigrationsToSchema(options: DiffSchemaOptions = {}): Promise<string | null> {
  const logger = (options.logger ?? pino()).child({ module: "store.migrate" });
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;

  const schema = await readFile(schemaPath, "utf8");
  const migrationsList = await readMigrationList(migrationsDir).catch(() => null);
  const hasMigrations = migrationsList !== null && migrationsList.migrationDirectories.length > 0;

  const result = await withSchemaEngine(
    { provider: "sqlite", url: IN_MEMORY_SQLITE_URL, logger },
    "diff",
    (engine) =>
      engine.diff({
        from: hasMigrations ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
        script: true,
        // With exitCode set, the engine returns 2 for a non-empty diff and 0 for an empty one.
        exitCode: true,
        filters: NO_SCHEMA_FILTER,
      }),
  );

  if (result.exitCode === 0) return null;
  return result.stdout ?? "";
}
