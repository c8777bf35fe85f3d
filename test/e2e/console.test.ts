import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const directory = mkdtempSync(path.join(tmpdir(), "booking-console-"));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Run `npm start`'s entry point with piped input, as the README shows, and return what it printed. */
function runConsole(args: string[], lines: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(directory, "console.db")}`,
        LOG_FILE: path.join(directory, "assistant.log"),
        WECHATY_PUPPET: "",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${lines.join("\n")}\n`);
  });
}

describe("console chat", () => {
  it("books as the demo customer", async () => {
    const result = await runConsole(
      ["--as", "13800000001"],
      ["你好", "我想下周三上午做常规保养", "1", "确认", "我的预约"],
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("陈晓明您好");
    expect(result.stdout).toContain("您的预约已确认");
    expect(result.stdout).toContain("请携带：行驶证、保养手册");
    expect(result.stdout).toContain("【新预约】");
    expect(result.stdout).toMatch(/您的预约：\n1\. .*入厂，沪A·5K281/);
  }, 90_000);

  it("registers and books a stranger", async () => {
    const result = await runConsole(
      ["--as", "new"],
      ["你好，我想下周四下午做保养", "13912345678", "同意", "刘强", "沪B·D12345", "DS 9", "跳过", "3万2", "1", "确认"],
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("一对一专属服务顾问");
    expect(result.stdout).toContain("登记完成，刘强");
    expect(result.stdout).toContain("刘强您好，您的预约已确认");
  }, 90_000);

  it("shows the booking after a restart", async () => {
    const result = await runConsole(["--as", "13800000001"], ["我的预约"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/您的预约：\n1\. .*沪A·5K281/);
  }, 90_000);
});
