/**
 * Create the next Prisma migration from changes to prisma/schema.prisma.
 *
 * Usage: npx tsx scripts/migrate-dev.ts <name>
 *
 * The script replays prisma/migrations in an in-memory SQLite database, diffs the result against the schema
 * with the WebAssembly schema engine, and writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with
 * the SQL exactly as the engine produces it. It applies nothing: openDatabase() applies new migrations when
 * the app next opens the database. Run `node scripts/prisma-generate.mjs` afterwards to regenerate the
 * client.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { pino } from "pino";

import { DEFAULT_MIGRATIONS_DIR, diffMigrationsToSchema } from "../src/store/migrate.js";
import { MIGRATION_LOCK_FILE, MIGRATION_SCRIPT_FILE } from "../src/store/schema-engine.js";

const LOCKFILE_CONTENT =
  "# Written by scripts/migrate-dev.ts. Prisma checks that the migrations below match this provider.\n" +
  'provider = "sqlite"\n';

/** Turn "Add booking notes" into "add_booking_notes": lowercase words joined by underscores. */
function toMigrationName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Format an instant as Prisma's migration folder prefix, UTC "YYYYMMDDHHmmss". */
function migrationTimestamp(instant: Date): string {
  return instant.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function existingMigrationFolders(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function writeLockfileIfMissing(migrationsDir: string): Promise<void> {
  try {
    await writeFile(path.join(migrationsDir, MIGRATION_LOCK_FILE), LOCKFILE_CONTENT, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

async function main(): Promise<number> {
  const rawName = process.argv[2];
  const name = toMigrationName(rawName ?? "");
  if (name === "") {
    console.error(
      `Invalid migration name '${rawName ?? ""}'. ` +
        'Usage: npx tsx scripts/migrate-dev.ts <name>, for example "add_booking_notes".',
    );
    return 2;
  }

  const logger = pino({ level: "warn" });
  const sql = await diffMigrationsToSchema({ logger });
  if (sql === null) {
    console.log("No migration created: prisma/migrations already matches prisma/schema.prisma.");
    return 0;
  }

  const migrationsDir = DEFAULT_MIGRATIONS_DIR;
  const folders = await existingMigrationFolders(migrationsDir);
  const folderName = `${migrationTimestamp(new Date())}_${name}`;
  const latest = folders.at(-1);
  if (latest !== undefined && folderName <= latest) {
    console.error(
      `New migration '${folderName}' would sort before or equal to the latest migration '${latest}', ` +
        "so it would " +
        "be applied in the wrong order. Check the system clock, then run the script again.",
    );
    return 1;
  }

  const folderPath = path.join(migrationsDir, folderName);
  await mkdir(folderPath, { recursive: true });
  await writeFile(path.join(folderPath, MIGRATION_SCRIPT_FILE), sql);
  await writeLockfileIfMissing(migrationsDir);

  console.log(`Created ${path.relative(process.cwd(), path.join(folderPath, MIGRATION_SCRIPT_FILE))}.`);
  console.log("Review the SQL, then regenerate the client with: node scripts/prisma-generate.mjs");
  return 0;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error("Creating the migration failed:", error);
    process.exitCode = 1;
  },
);
