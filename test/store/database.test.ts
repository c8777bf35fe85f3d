import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { openDatabase, providerOfUrl } from "../../src/store/database.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../src/store/schema-engine.js";

const silentLogger = pino({ level: "silent" });

let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-database-"));
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("openDatabase", () => {
  it("creates the folder and the schema", async () => {
    const filePath = path.join(tempDir, "nested", "folder", "booking.db");

    const db = await openDatabase({ url: `file:${filePath}`, logger: silentLogger });
    const dealerships = await db.prisma.dealership.count();
    await db.close();

    expect(existsSync(filePath)).toBe(true);
    expect(dealerships).toBe(0);
  });

  it("sets WAL, busy timeout and foreign keys", async () => {
    const db = await openDatabase({ url: `file:${path.join(tempDir, "pragmas.db")}`, logger: silentLogger });

    const [journal] = await db.prisma.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode");
    const [busy] = await db.prisma.$queryRawUnsafe<Array<{ timeout: bigint }>>("PRAGMA busy_timeout");
    const [foreignKeys] =
      await db.prisma.$queryRawUnsafe<Array<{ foreign_keys: bigint }>>("PRAGMA foreign_keys");
    await db.close();

    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    expect(Number(foreignKeys?.foreign_keys)).toBe(1);
  });

  it("keeps data across reopen", async () => {
    const url = `file:${path.join(tempDir, "reopen.db")}`;
    const first = await openDatabase({ url, logger: silentLogger });
    await first.prisma.conversation.create({
      data: { id: "conv-1", channel: "console", externalId: "13800000001" },
    });
    await first.close();

    const second = await openDatabase({ url, logger: silentLogger });
    const conversation = await second.prisma.conversation.findUnique({ where: { id: "conv-1" } });
    await second.close();

    expect(conversation?.externalId).toBe("13800000001");
  });

  it("closes twice without error", async () => {
    const db = await openDatabase({ url: `file:${path.join(tempDir, "close.db")}`, logger: silentLogger });

    await db.close();

    await expect(db.close()).resolves.toBeUndefined();
  });

  it("reads DATABASE_URL when no url given", async () => {
    const url = `file:${path.join(tempDir, "from-env.db")}`;
    vi.stubEnv("DATABASE_URL", url);

    const db = await openDatabase({ logger: silentLogger });
    await db.close();

    expect(db.url).toBe(url);
    expect(existsSync(path.join(tempDir, "from-env.db"))).toBe(true);
  });

  it.each([
    ["postgresql://booking:secret@127.0.0.1:5432/booking", /PostgreSQL migrations are not provided yet/],
    ["file::memory:", /in-memory database cannot be migrated/],
    ["file:./data/booking.db?mode=ro", /query parameters are not supported/],
    ["mysql://127.0.0.1/booking", /Unsupported database url/],
  ])("rejects %s", async (url, message) => {
    await expect(openDatabase({ url, logger: silentLogger })).rejects.toThrow(message);
  });
});

describe("providerOfUrl", () => {
  it.each([
    ["file:./data/booking.db", "sqlite"],
    ["file:/var/lib/booking/booking.db", "sqlite"],
    ["postgres://127.0.0.1/booking", "postgresql"],
    ["postgresql://127.0.0.1/booking", "postgresql"],
  ])("maps %s to %s", (url, provider) => {
    expect(providerOfUrl(url)).toBe(provider);
  });

  it("hides the password in errors", () => {
    expect(() => providerOfUrl("mysql://booking:secret@127.0.0.1/booking")).toThrow(
      /booking:\*\*\*@127\.0\.0\.1/,
    );
    expect(() => providerOfUrl("mysql://booking:secret@127.0.0.1/booking")).not.toThrow(/secret/);
  });
});
