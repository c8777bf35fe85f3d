/**
 * Entry point of `npm start`: opens (and on first start creates, migrates and seeds) the database, then
 * runs the console chat, and WeChat too when WECHATY_PUPPET is set.
 *
 *   npm start                       chat as a guest who is not yet a customer
 *   npm start -- --as 13800000001   chat as the demo customer with that mobile
 *   npm start -- --as new           chat as a brand-new stranger
 *   npm start -- --no-console       run channels only (WeChat), no console
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { pino } from "pino";

import type { Channel } from "../flows/booking-types.js";
import { createApp } from "./app/create-app.js";
import { createConsoleSender, runConsole } from "./channels/console.js";
import { startWechatChannel, type WechatChannel } from "./channels/wechat.js";
import { extractMobile } from "./language/mobile.js";
import { maskMobile, type Logger } from "./logger.js";

interface CliOptions {
  as: string | null;
  console: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { as: null, console: true };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "--as") {
      options.as = argv[index + 1] ?? null;
      index += 1;
    } else if (argument?.startsWith("--as=")) {
      options.as = argument.slice("--as=".length);
    } else if (argument === "--no-console") {
      options.console = false;
    } else if (argument === "--help" || argument === "-h") {
      process.stdout.write(
        "用法：npm start -- [--as <手机号>|--as new] [--no-console]\n" +
          "  --as <手机号>  以该演示客户的身份聊天，例如 --as 13800000001\n" +
          "  --as new       以全新的陌生客户身份聊天\n" +
          "  --no-console   不打开控制台聊天，只运行微信等渠道（需设置 WECHATY_PUPPET）\n",
      );
      process.exit(0);
    } else {
      process.stderr.write(`未知参数：${argument}。运行 npm start -- --help 查看用法。\n`);
      process.exit(2);
    }
  }
  return options;
}

/** Log to a file while the console chat owns the terminal, so log lines do not mix with the chat. */
function createMainLogger(useConsole: boolean): Logger {
  const level = process.env.LOG_LEVEL ?? "info";
  if (!useConsole) return pino({ level, base: undefined });
  const logFile = process.env.LOG_FILE ?? "./data/assistant.log";
  mkdirSync(path.dirname(path.resolve(logFile)), { recursive: true });
  return pino({ level, base: undefined }, pino.destination({ dest: logFile, sync: true }));
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const logger = createMainLogger(cli.console);
  const wechatEnabled = Boolean(process.env.WECHATY_PUPPET);
  const staffChannel: Channel = wechatEnabled ? "wechat" : "console";

  const app = await createApp({ logger, seedDemo: true, staffChannel });
  logger.info({ event: "app.start", staffChannel, wechat: wechatEnabled }, "assistant started");

  let wechat: WechatChannel | null = null;
  const shutdown = async (signal: string) => {
    logger.info({ event: "app.stop", signal }, "assistant stopping");
    await wechat?.stop();
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  if (wechatEnabled) {
    wechat = await startWechatChannel({ app, logger, puppet: process.env.WECHATY_PUPPET as string });
  }

  if (!cli.console) {
    await app.outbox.start();
    return;
  }

  // Step 1: decide who the console user is.
  let externalId = "guest";
  const interactive = Boolean(process.stdin.isTTY);
  if (cli.as === "new") {
    externalId = `guest-${randomUUID().slice(0, 8)}`;
  } else if (cli.as !== null) {
    const mobile = extractMobile(cli.as);
    const found = mobile ? await app.customers.findByMobile(mobile) : null;
    if (!mobile || !found) {
      process.stderr.write(`没有找到手机号为 ${cli.as} 的客户，将以新客户身份开始。\n`);
      externalId = mobile ?? `guest-${randomUUID().slice(0, 8)}`;
    } else {
      // The console stands for a logged-in customer, so the identity is trusted without plate check.
      await app.customers.linkIdentity("console", mobile, found.customerId);
      externalId = mobile;
      logger.info({ event: "console.as", mobile: maskMobile(mobile) }, "console linked to demo customer");
    }
  }

  // Step 2: chat.
  app.outbox.registerSender("console", createConsoleSender(externalId, process.stdout));
  await app.outbox.start();
  if (interactive) {
    process.stdout.write("已连接 24小时售后预约助手。输入消息后回车发送，输入 /退出 结束。\n\n");
  }
  await runConsole({ app, externalId, input: process.stdin, output: process.stdout, interactive, logger });
  await app.close();
  if (!wechatEnabled) process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write("请检查 DATABASE_URL 和 data/ 目录的写权限，详细日志见 data/assistant.log。\n");
  console.error(error);
  process.exit(1);
});
