/**
 * Generate the Prisma client into src/store/generated, offline, and only when its inputs changed.
 *
 * Runs from `postinstall` and `pretest`. The inputs are prisma/schema.prisma, prisma.config.ts and the
 * installed versions of prisma and @prisma/client. Their SHA-256 is stored in
 * src/store/generated/.inputs-hash, and a matching hash skips generation silently.
 *
 * `prisma generate` needs no schema engine, but the Prisma CLI (7.10) downloads the native schema-engine
 * binary before any command unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and this network
 * cannot reach the download host. When the variable is unset, it is set to this script's own path. The
 * file exists, and since it is not an executable, a command that really tried to start the engine would
 * fail at once.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const scriptPath = fileURLToPath(import.meta.url);
const rootDir = path.resolve(path.dirname(scriptPath), "..");
const outputDir = path.join(rootDir, "src/store/generated");
const hashPath = path.join(outputDir, ".inputs-hash");
const clientEntryPath = path.join(outputDir, "client.ts");
const prismaCliPath = path.join(rootDir, "node_modules/prisma/build/index.js");

const INPUT_FILES = [
  "prisma/schema.prisma",
  "prisma.config.ts",
  "node_modules/prisma/package.json",
  "node_modules/@prisma/client/package.json",
];

function fail(message) {
  console.error(`prisma-generate: ${message}`);
  process.exit(1);
}

function hashInputs() {
  const hash = createHash("sha256");
  for (const relativePath of INPUT_FILES) {
    const absolutePath = path.join(rootDir, relativePath);
    if (!existsSync(absolutePath)) {
      fail(`missing ${relativePath}. Run \`npm install\` in ${rootDir} first.`);
    }
    hash.update(`${relativePath}\n`);
    hash.update(readFileSync(absolutePath));
  }
  return hash.digest("hex");
}

function readStoredHash() {
  if (!existsSync(hashPath) || !existsSync(clientEntryPath)) return null;
  return readFileSync(hashPath, "utf8").trim();
}

const inputsHash = hashInputs();
if (readStoredHash() === inputsHash) process.exit(0);

const startedAtMs = Date.now();
const result = spawnSync(process.execPath, [prismaCliPath, "generate"], {
  cwd: rootDir,
  encoding: "utf8",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? scriptPath,
    // Prisma's update check and usage report would otherwise contact Prisma's servers.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});

if (result.error || result.status !== 0) {
  process.stderr.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  const reason = result.error ? result.error.message : `exit code ${result.status}`;
  fail(
    `\`prisma generate\` failed (${reason}). Fix the error printed above, usually in prisma/schema.prisma, ` +
      "then run `node scripts/prisma-generate.mjs` again.",
  );
}
if (!existsSync(clientEntryPath)) {
  fail(
    `\`prisma generate\` succeeded but wrote no ${path.relative(rootDir, clientEntryPath)}. ` +
      "Check the generator output path in prisma/schema.prisma.",
  );
}

writeFileSync(hashPath, `${inputsHash}\n`);
console.log(
  `prisma-generate: generated the Prisma client into src/store/generated in ${Date.now() - startedAtMs} ms.`,
);
