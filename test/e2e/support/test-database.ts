/** Seeded SQLite files for end-to-end tests: one template per test file, one copy per test. */
import { access, copyFile } from "node:fs/promises";
import path from "node:path";

import { createApp } from "../../../src/app/create-app.js";
import { LogCapture } from "./log-capture.js";

/**
 * Copy a seeded template database to a new file in the same folder and return its url, so each test
 * starts from the same demo data without seeding again.
 */
export async function copyDatabase(templateFile: string, name: string): Promise<string> {
  const file = path.join(path.dirname(templateFile), `${name}.db`);
  await copyFile(templateFile, file);
  // Closing the last connection checkpoints the WAL into the main file. A leftover WAL is copied too.
  if (await exists(`${templateFile}-wal`)) await copyFile(`${templateFile}-wal`, `${file}-wal`);
  return `file:${file}`;
}

/** Create and seed a database file with the demo data as of `clock()`, then close it. */
export async function createTemplateDatabase(file: string, clock: () => Date): Promise<void> {
  const logs = new LogCapture();
  const app = await createApp({
    databaseUrl: `file:${file}`,
    logger: logs.logger,
    seedDemo: true,
    staffChannel: "wechat",
    clock,
  });
  await app.close();
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
