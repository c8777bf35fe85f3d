/**
 * The WeChat channel through Wechaty. It turns WeChat messages into engine messages and sends outbox rows
 * back as WeChat messages; it decides nothing about the dialogue.
 *
 * The puppet comes from WECHATY_PUPPET (for example "wechaty-puppet-service" with a WeCom token, the
 * account-safe choice for a dealership) or is passed in as an instance, as the tests do with the mock puppet.
 */
import { WechatyBuilder, types, type Wechaty } from "wechaty";
import type { Message } from "wechaty";

import type { App } from "../app/create-app.js";
import type { InboundMessage } from "../engine/conversation-engine.js";
import type { Logger } from "../logger.js";

/** Separator between room id and member id in the external id of a group-chat conversation. */
const ROOM_MEMBER_SEPARATOR = "#";

const MEDIA_KINDS = new Map<number, string>([
  [types.Message.Image, "image"],
  [types.Message.Audio, "voice"],
  [types.Message.Video, "video"],
  [types.Message.Emoticon, "sticker"],
  [types.Message.Attachment, "file"],
  [types.Message.Contact, "contact"],
  [types.Message.Location, "location"],
  [types.Message.MiniProgram, "miniProgram"],
  [types.Message.Url, "link"],
]);

/** Notices that need no reply: a message the sender withdrew, and group system notes. */
const IGNORED_TYPES = new Set<number>([types.Message.Recalled, types.Message.GroupNote]);

export interface WechatChannelOptions {
  app: App;
  logger: Logger;
  /** A puppet module name (WECHATY_PUPPET) or a puppet instance. */
  puppet: string | NonNullable<Parameters<typeof WechatyBuilder.build>[0]>["puppet"];
  /** Name of the Wechaty instance; also names its memory-card file for a live puppet. */
  name?: string;
  clock?: () => Date;
}

export interface WechatChannel {
  bot: Wechaty;
  stop(): Promise<void>;
}

/** Start Wechaty, route its messages to the engine, and register the WeChat sender at each login. */
export async function startWechatChannel(options: WechatChannelOptions): Promise<WechatChannel> {
  const clock = options.clock ?? (() => new Date());
  const log = options.logger.child({ module: "wechat" });
  const bot = WechatyBuilder.build({
    name: options.name ?? "dealer-booking-assistant",
    puppet: options.puppet as never,
  });

  bot.on("message", (message) => {
    void handleMessage(message).catch((error: unknown) => {
      log.error({ event: "wechat.message.failed", messageId: message.id, err: error }, "handling a WeChat message failed");
    });
  });
  bot.on("error", (error) => log.error({ event: "wechat.error", err: error }, "Wechaty reported an error"));
  bot.on("login", (user) => {
    log.info({ event: "wechat.login", userId: user.id }, "WeChat account logged in");
    // The puppet can send only while logged in. A sender registered earlier would fail every queued
    // message until the login (a QR scan may take minutes), and the outbox gives up after a few failures.
    options.app.outbox.registerSender("wechat", sendText);
  });
  bot.on("logout", (user) => {
    log.warn({ event: "wechat.logout", userId: user.id }, "WeChat account logged out; replies wait for the next login");
    options.app.outbox.unregisterSender("wechat");
  });
  bot.on("scan", (_qrcode, status) => log.info({ event: "wechat.scan", status }, "waiting for QR code scan"));

  async function handleMessage(message: Message): Promise<void> {
    // Step 1: drop what is not a customer talking to us.
    if (message.self()) return;
    if (IGNORED_TYPES.has(message.type())) return;
    const room = message.room();
    if (room && !(await message.mentionSelf())) return;
    const talker = message.talker();
    if (talker.type() === types.Contact.Official) return;

    // Step 2: translate into an engine message.
    const externalId = room ? `${room.id}${ROOM_MEMBER_SEPARATOR}${talker.id}` : talker.id;
    const base = { channel: "wechat" as const, externalId, messageId: message.id, at: clock() };
    let inbound: InboundMessage;
    if (message.type() === types.Message.Text) {
      const text = room ? await message.mentionText() : message.text();
      inbound = { ...base, kind: "text", text };
    } else {
      inbound = { ...base, kind: "media", mediaKind: MEDIA_KINDS.get(message.type()) ?? "other" };
    }
    const outcome = await options.app.engine.handle(inbound);
    log.debug({ event: "wechat.message", messageId: message.id, outcome }, "WeChat message handled");
  }

  async function sendText(recipient: string, text: string): Promise<void> {
    const [roomId, memberId] = recipient.split(ROOM_MEMBER_SEPARATOR);
    if (memberId !== undefined && roomId) {
      const room = await bot.Room.find({ id: roomId });
      const member = await bot.Contact.find({ id: memberId });
      if (!room) throw new Error(`WeChat room '${roomId}' not found; the bot may have left it.`);
      await (member ? room.say(text, member) : room.say(text));
      return;
    }
    const contact = await bot.Contact.find({ id: recipient });
    if (!contact) throw new Error(`WeChat contact '${recipient}' not found; check the id or the bot's friend list.`);
    await contact.say(text);
  }

  await bot.start();
  log.info({ event: "wechat.start" }, "WeChat channel started");
  return {
    bot,
    async stop() {
      await bot.stop();
      log.info({ event: "wechat.stop" }, "WeChat channel stopped");
    },
  };
}
