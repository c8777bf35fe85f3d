import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_SCHEMA_PATH, diffMigrationsToSchema } from "../../src/store/migrate.js";

const silentLogger = pino({ level: "silent" });

let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-drift-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("diffMigrationsToSchema", () => {
  it("finds no drift in the repository", async () => {
    const sql = await diffMigrationsToSchema({ logger: silentLogger });

    expect(
      sql,
      "prisma/schema.prisma changed without a migration: run `npx tsx scripts/migrate-dev.ts <name>`",
    ).toBeNull();
  });

  it("reports a field missing from migrations", async () => {
    const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
    const changedSchema = schema.replace(
      /model Bay \{\n/,
      "model Bay {\n  floor         Int      @default(1)\n",
    );
    const schemaPath = path.join(tempDir, "changed.prisma");
    await writeFile(schemaPath, changedSchema);

    const sql = await diffMigrationsToSchema({ schemaPath, logger: silentLogger });

    expect(changedSchema).not.toBe(schema);
    expect(sql).toContain('"floor" INTEGER NOT NULL DEFAULT 1');
  });

  it("creates every table without migrations", async () => {
    const sql = await diffMigrationsToSchema({
      migrationsDir: path.join(tempDir, "no-migrations"),
      logger: silentLogger,
    });

    expect(sql).toContain('CREATE TABLE "Dealership"');
    expect(sql).toContain('CREATE TABLE "OutboundMessage"');
  });
});
