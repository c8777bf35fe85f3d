import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readMigrationList, SchemaEngineError, withSchemaEngine } from "../../src/store/schema-engine.js";

const silentLogger = pino({ level: "silent" });

let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-engine-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("readMigrationList", () => {
  it("sorts folders and reads the lockfile", async () => {
    const dir = path.join(tempDir, "list");
    await mkdir(path.join(dir, "20260102000000_second"), { recursive: true });
    await mkdir(path.join(dir, "20260101000000_first"), { recursive: true });
    await writeFile(path.join(dir, "20260101000000_first", "migration.sql"), "SELECT 1;\n");
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "sqlite"\n');

    const list = await readMigrationList(dir);

    expect(list.baseDir).toBe(dir);
    expect(list.lockfile.content).toBe('provider = "sqlite"\n');
    expect(list.migrationDirectories.map((entry) => entry.path)).toEqual([
      "20260101000000_first",
      "20260102000000_second",
    ]);
    expect(list.migrationDirectories[0]?.migrationFile.content).toEqual({ tag: "ok", value: "SELECT 1;\n" });
    expect(list.migrationDirectories[1]?.migrationFile.content.tag).toBe("error");
  });
});

describe("withSchemaEngine", () => {
  it("closes its connections afterwards", async () => {
    const filePath = path.join(tempDir, "unlocked.db");
    const migrationsDir = path.join(tempDir, "unlocked-migrations");
    await mkdir(path.join(migrationsDir, "20260101000000_first"), { recursive: true });
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
    await writeFile(
      path.join(migrationsDir, "20260101000000_first", "migration.sql"),
      'CREATE TABLE "A" ("id" TEXT);\n',
    );
    const migrationsList = await readMigrationList(migrationsDir);

    const output = await withSchemaEngine(
      { provider: "sqlite", url: `file:${filePath}`, logger: silentLogger },
      "applyMigrations",
      (engine) =>
        engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
    );
    // An exclusive lock succeeds only when no other connection holds the file open in a transaction.
    const db = new Database(filePath);
    db.exec("BEGIN EXCLUSIVE; CREATE TABLE probe (id INTEGER); COMMIT;");
    db.close();

    expect(output.appliedMigrationNames).toEqual(["20260101000000_first"]);
  });

  // This test leaves the engine unusable, so it runs last in this file.
  it("reports a panic and refuses reuse", async () => {
    const url = `file:${path.join(tempDir, "panic.db")}`;

    const panicking = withSchemaEngine(
      { provider: "sqlite", url, logger: silentLogger },
      "debugPanic",
      async (engine) => engine.debugPanic(),
    );

    await expect(panicking).rejects.toBeInstanceOf(SchemaEngineError);
    await expect(panicking).rejects.toThrow(/panicked during debugPanic/);
    await expect(
      withSchemaEngine({ provider: "sqlite", url, logger: silentLogger }, "version", (engine) =>
        engine.version(),
      ),
    ).rejects.toThrow(/cannot be reused/);
  });
});
