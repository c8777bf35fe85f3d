/**
 * Mock WeChat contacts and groups that chat with the bot in end-to-end tests. Their messages enter through
 * the puppet exactly as the mock's own `contact.say().to()` sends them, and each records what the bot sends
 * back to it.
 */
import { types } from "wechaty";
import type { mock } from "wechaty-puppet-mock";

import type { WechatHarness } from "./wechat-harness.js";

/** The WeChat account the assistant runs on. */
export const BOT_ACCOUNT = { id: "wxid-dealer-assistant", name: "星辰售后助手" } as const;

/** Separator WeChat puts after an @mention (U+2005, four-per-em space). */
const MENTION_SEPARATOR = "\u2005";

export type MediaKind = "image" | "voice" | "sticker";

const MEDIA_TYPES: Record<MediaKind, types.Message> = {
  image: types.Message.Image,
  voice: types.Message.Audio,
  sticker: types.Message.Emoticon,
};

/** A WeChat contact chatting with the bot: a customer, or an advisor receiving notices. */
export class WechatUser {
  /** Texts the bot sent to this contact in private chat, oldest first. */
  readonly inbox: string[] = [];

  constructor(
    private readonly harness: WechatHarness,
    readonly id: string,
    readonly name: string,
  ) {}

  /**
   * Send a text to the bot, wait until it is handled and its replies are delivered, and return those replies.
   * With `deliveries` above 1 the puppet emits the same message id that many times in a row, as a puppet
   * may after a reconnect.
   */
  async send(text: string, options: { messageId?: string; deliveries?: number } = {}): Promise<string[]> {
    const before = this.inbox.length;
    const messageId = options.messageId ?? this.harness.nextMessageId();
    const deliveries = options.deliveries ?? 1;
    this.harness.deliver({
      id: messageId,
      talkerId: this.id,
      listenerId: BOT_ACCOUNT.id,
      text,
      timestamp: this.harness.clock().getTime(),
      type: types.Message.Text,
    });
    for (let copy = 1; copy < deliveries; copy += 1) this.harness.redeliver(messageId);
    await this.harness.settle(messageId, deliveries);
    return this.inbox.slice(before);
  }

  /** Send an image, voice message or sticker, and return the replies. */
  async sendMedia(kind: MediaKind): Promise<string[]> {
    const before = this.inbox.length;
    const messageId = this.harness.nextMessageId();
    this.harness.deliver({
      id: messageId,
      talkerId: this.id,
      listenerId: BOT_ACCOUNT.id,
      timestamp: this.harness.clock().getTime(),
      type: MEDIA_TYPES[kind],
    });
    await this.harness.settle(messageId);
    return this.inbox.slice(before);
  }

  /** Withdraw a message, so WeChat delivers a "recalled" notice. Returns its id without waiting. */
  recallMessage(): string {
    const messageId = this.harness.nextMessageId();
    this.harness.deliver({
      id: messageId,
      talkerId: this.id,
      listenerId: BOT_ACCOUNT.id,
      text: `${this.name}撤回了一条消息`,
      timestamp: this.harness.clock().getTime(),
      type: types.Message.Recalled,
    });
    return messageId;
  }

  /** Subscribe to a (new) mock contact of this user, after a start or a restart. */
  attach(contact: mock.ContactMock): void {
    asMessageSource(contact).on("message", (message) => {
      if (message.payload.talkerId !== BOT_ACCOUNT.id) return;
      if (!("listenerId" in message.payload) || message.payload.listenerId !== this.id) return;
      this.inbox.push(message.text() ?? "");
    });
  }
}

/** A WeChat group with the bot in it. */
export class WechatRoom {
  /** Texts the bot posted in the group, oldest first. */
  readonly posts: string[] = [];

  constructor(
    private readonly harness: WechatHarness,
    readonly id: string,
    readonly topic: string,
    readonly members: readonly WechatUser[],
  ) {}

  /**
   * Post a text as `member`, optionally @mentioning the bot or another member: the text then starts with
   * "@<name>" and the message carries the mentioned id, as WeChat sends an @mention. Returns the message id
   * without waiting for the bot.
   */
  post(member: WechatUser, text: string, mention: "bot" | WechatUser | null = null): string {
    const messageId = this.harness.nextMessageId();
    const mentioned = mention === "bot" ? BOT_ACCOUNT : mention;
    this.harness.deliver({
      id: messageId,
      talkerId: member.id,
      roomId: this.id,
      mentionIdList: mentioned ? [mentioned.id] : [],
      text: mentioned ? `@${mentioned.name}${MENTION_SEPARATOR}${text}` : text,
      timestamp: this.harness.clock().getTime(),
      type: types.Message.Text,
    });
    return messageId;
  }

  /** Subscribe to a (new) mock room, after a start or a restart. */
  attach(room: mock.RoomMock): void {
    asMessageSource(room).on("message", (message) => {
      if (message.payload.talkerId === BOT_ACCOUNT.id) this.posts.push(message.text() ?? "");
    });
  }
}

/** The "message" event of a mock contact or room, which emits every message it takes part in. */
interface MessageSource {
  on(event: "message", listener: (message: mock.MessageMock) => void): unknown;
}

/**
 * Type a mock contact or room as the event emitter it is at run time. NOTE: the typings of
 * wechaty-puppet-mock 1.19 take their event methods from typed-emitter's default export, which NodeNext
 * resolves to the whole CommonJS module in an ESM project, so `on` is missing from the declared classes.
 */
function asMessageSource(emitter: mock.ContactMock | mock.RoomMock): MessageSource {
  return emitter as unknown as MessageSource;
}
