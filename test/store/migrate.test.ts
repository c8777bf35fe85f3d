import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../../src/store/migrate.js";
import { readMigrationList, SchemaEngineError } from "../../src/store/schema-engine.js";

const silentLogger = pino({ level: "silent" });

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
  logs: string | null;
}

let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-migrate-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

function readMigrationRows(filePath: string): MigrationRow[] {
  const db = new Database(filePath, { readonly: true });
  try {
    return db.prepare("SELECT * FROM _prisma_migrations ORDER BY started_at").all() as MigrationRow[];
  } finally {
    db.close();
  }
}

function readTableNames(filePath: string): string[] {
  const db = new Database(filePath, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
      name: string;
    }>;
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

async function writeMigrations(
  dir: string,
  provider: string,
  scripts: Record<string, string>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  for (const [folder, sql] of Object.entries(scripts)) {
    await mkdir(path.join(dir, folder), { recursive: true });
    await writeFile(path.join(dir, folder, "migration.sql"), sql);
  }
}

describe("applyMigrations", () => {
  it("applies every migration to a fresh file", async () => {
    const filePath = path.join(tempDir, "fresh.db");
    const expected = (await readMigrationList(DEFAULT_MIGRATIONS_DIR)).migrationDirectories.map(
      (dir) => dir.path,
    );

    const result = await applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      logger: silentLogger,
    });

    expect(expected.length).toBeGreaterThan(0);
    expect(result.applied).toEqual(expected);
    expect(readTableNames(filePath)).toEqual(
      expect.arrayContaining(["Dealership", "Booking", "OutboundMessage"]),
    );
  });

  it("records rows as migrate deploy does", async () => {
    const filePath = path.join(tempDir, "recorded.db");

    const { applied } = await applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      logger: silentLogger,
    });
    const rows = readMigrationRows(filePath);

    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    for (const row of rows) {
      const script = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing on a second run", async () => {
    const filePath = path.join(tempDir, "twice.db");
    await applyMigrations({ url: `file:${filePath}`, provider: "sqlite", logger: silentLogger });
    const rowsBefore = readMigrationRows(filePath);

    const second = await applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      logger: silentLogger,
    });

    expect(second.applied).toEqual([]);
    expect(readMigrationRows(filePath)).toEqual(rowsBefore);
  });

  it("serialises concurrent runs on one file", async () => {
    const url = `file:${path.join(tempDir, "concurrent.db")}`;

    const results = await Promise.all(
      [1, 2, 3].map(() => applyMigrations({ url, provider: "sqlite", logger: silentLogger })),
    );

    const migrationCount = (await readMigrationList(DEFAULT_MIGRATIONS_DIR)).migrationDirectories.length;
    expect(results.map((result) => result.applied.length)).toEqual([migrationCount, 0, 0]);
  });

  it("applies only a newly added migration", async () => {
    const migrationsDir = path.join(tempDir, "growing-migrations");
    const filePath = path.join(tempDir, "growing.db");
    await writeMigrations(migrationsDir, "sqlite", {
      "20260101000000_first": 'CREATE TABLE "First" ("id" TEXT NOT NULL PRIMARY KEY);\n',
    });
    await applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      migrationsDir,
      logger: silentLogger,
    });

    await writeMigrations(migrationsDir, "sqlite", {
      "20260102000000_second": 'CREATE TABLE "Second" ("id" TEXT NOT NULL PRIMARY KEY);\n',
    });
    const result = await applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      migrationsDir,
      logger: silentLogger,
    });

    expect(result.applied).toEqual(["20260102000000_second"]);
    expect(readTableNames(filePath)).toEqual(expect.arrayContaining(["First", "Second"]));
  });

  it("records a failing migration as unfinished", async () => {
    const migrationsDir = path.join(tempDir, "failing-migrations");
    const filePath = path.join(tempDir, "failing.db");
    await writeMigrations(migrationsDir, "sqlite", {
      "20260101000000_first": 'CREATE TABLE "Twice" ("id" TEXT NOT NULL PRIMARY KEY);\n',
      "20260102000000_again": 'CREATE TABLE "Twice" ("id" TEXT NOT NULL PRIMARY KEY);\n',
    });

    const attempt = applyMigrations({
      url: `file:${filePath}`,
      provider: "sqlite",
      migrationsDir,
      logger: silentLogger,
    });

    await expect(attempt).rejects.toBeInstanceOf(SchemaEngineError);
    await expect(attempt).rejects.toThrow(/table "Twice" already exists/);
    const failed = readMigrationRows(filePath).find((row) => row.migration_name === "20260102000000_again");
    expect(failed?.finished_at).toBeNull();
    expect(failed?.logs).toContain("already exists");
  });

  it("rejects a lockfile of another provider", async () => {
    const migrationsDir = path.join(tempDir, "postgres-migrations");
    await writeMigrations(migrationsDir, "postgresql", {
      "20260101000000_first": 'CREATE TABLE "A" ("id" TEXT);\n',
    });

    const attempt = applyMigrations({
      url: `file:${path.join(tempDir, "mismatch.db")}`,
      provider: "sqlite",
      migrationsDir,
      logger: silentLogger,
    });

    await expect(attempt).rejects.toThrow(/are for postgresql, but the database is sqlite/);
  });

  it("rejects a missing migrations folder", async () => {
    const migrationsDir = path.join(tempDir, "does-not-exist");

    const attempt = applyMigrations({
      url: `file:${path.join(tempDir, "missing.db")}`,
      provider: "sqlite",
      migrationsDir,
      logger: silentLogger,
    });

    await expect(attempt).rejects.toThrow(/Reading the migrations folder .* failed/);
  });
});
