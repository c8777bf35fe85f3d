/**
 * The real application behind a real Wechaty bot on wechaty-puppet-mock, for end-to-end tests. Customers
 * and advisors are mock WeChat contacts (see wechat-contacts.ts), and the harness can restart app and bot
 * on the same database.
 */
import { types, type payloads } from "wechaty";
import { PuppetMock, mock } from "wechaty-puppet-mock";

import { createApp, type App } from "../../../src/app/create-app.js";
import { startWechatChannel, type WechatChannel } from "../../../src/channels/wechat.js";
import { DEMO_ADVISORS } from "../../../src/store/seed/index.js";
import { LogCapture } from "./log-capture.js";
import { waitUntil } from "./wait.js";
import { BOT_ACCOUNT, WechatRoom, WechatUser } from "./wechat-contacts.js";

interface Session {
  app: App;
  channel: WechatChannel;
  mocker: mock.Mocker;
  puppet: PuppetMock;
}

export interface RestartHooks {
  whileStopped?: () => Promise<void>;
  beforeLogin?: () => Promise<void>;
}

export interface HarnessOptions {
  /** A SQLite url ("file:/tmp/…/x.db"). The demo data is seeded unless the file already has it. */
  databaseUrl: string;
  clock: () => Date;
}

export class WechatHarness {
  readonly logs = new LogCapture();
  private session: Session | null = null;
  private readonly users = new Map<string, WechatUser>();
  private readonly rooms = new Map<string, WechatRoom>();
  private messageSequence = 0;

  private constructor(private readonly options: HarnessOptions) {}

  /** Build the app, start Wechaty on a fresh mock puppet, log the bot in and start the outbox. */
  static async start(options: HarnessOptions): Promise<WechatHarness> {
    const harness = new WechatHarness(options);
    for (const advisor of DEMO_ADVISORS) {
      if (!advisor.wechatId) continue;
      harness.users.set(advisor.wechatId, new WechatUser(harness, advisor.wechatId, advisor.name));
    }
    await harness.startSession();
    return harness;
  }

  get databaseUrl(): string {
    return this.options.databaseUrl;
  }

  get app(): App {
    return this.current().app;
  }

  get channel(): WechatChannel {
    return this.current().channel;
  }

  clock(): Date {
    return this.options.clock();
  }

  /** Create a WeChat contact that is a friend of the bot. */
  user(id: string, name: string): WechatUser {
    if (this.users.has(id)) {
      throw new Error(`WeChat user '${id}' already exists in this test. Use another id.`);
    }
    const user = new WechatUser(this, id, name);
    this.users.set(id, user);
    user.attach(this.current().mocker.createContact({ id, name }));
    return user;
  }

  /** Return the WeChat user of a demo advisor, found by the advisor's `wechatId`. */
  advisor(wechatId: string): WechatUser {
    const advisor = this.users.get(wechatId);
    if (!advisor) {
      throw new Error(`No demo advisor has wechatId '${wechatId}'. Check DEMO_ADVISORS in the seed.`);
    }
    return advisor;
  }

  /** Create a WeChat group of the bot and `members`, with an id ending in "@chatroom" as WeChat's do. */
  room(id: string, topic: string, members: readonly WechatUser[]): WechatRoom {
    if (!id.endsWith("@chatroom")) {
      throw new Error(`Invalid room id '${id}': it must end in "@chatroom", as the mock puppet expects.`);
    }
    const room = new WechatRoom(this, id, topic, members);
    this.rooms.set(id, room);
    room.attach(this.createMockRoom(this.current().mocker, room));
    return room;
  }

  /** Return a message id unique within this harness, across restarts. */
  nextMessageId(): string {
    this.messageSequence += 1;
    return `wx-msg-${this.messageSequence}`;
  }

  /** Put a message into the mock puppet's store and emit it, the two steps of the mock's own `say().to()`. */
  deliver(payload: payloads.Message): void {
    const { mocker, puppet } = this.current();
    mocker.MessageMock.create(payload);
    puppet.emit("message", { messageId: payload.id });
  }

  /** Emit an already delivered message id again, as a puppet may after a reconnect. */
  redeliver(messageId: string): void {
    this.current().puppet.emit("message", { messageId });
  }

  /** Send a text from the bot's own account to `user`, as another device logged into that account would. */
  sendAsBot(user: WechatUser, text: string): string {
    const messageId = this.nextMessageId();
    this.deliver({
      id: messageId,
      talkerId: BOT_ACCOUNT.id,
      listenerId: user.id,
      text,
      timestamp: this.clock().getTime(),
      type: types.Message.Text,
    });
    return messageId;
  }

  /**
   * Wait until the WeChat channel has finished `deliveries` deliveries of a message (its log line carries
   * the outcome) and the outbox has sent everything queued so far.
   */
  async settle(messageId: string, deliveries = 1): Promise<void> {
    await waitUntil(
      `${deliveries} handled deliveries of WeChat message '${messageId}'`,
      () => this.logs.outcomesOf(messageId).length >= deliveries,
    );
    await this.waitForOutboxIdle();
  }

  /**
   * Wait until no outbound message is in flight or waiting for its first try. Messages waiting for a retry
   * are left out, because the test clock is fixed and their retry time never comes.
   */
  async waitForOutboxIdle(): Promise<void> {
    const prisma = this.current().app.prisma;
    await waitUntil("the outbox to send every queued message", async () => {
      const busy = await prisma.outboundMessage.count({
        where: { OR: [{ status: "sending" }, { status: "pending", attempts: 0 }] },
      });
      return busy === 0;
    });
  }

  /**
   * Stop bot and app, then build both again on the same database with a new mock puppet and the same
   * contacts. `whileStopped` runs in between, for example to leave rows as a crash would. `beforeLogin`
   * runs after Wechaty started and before the account logs in, because a real login takes a while.
   */
  async restart(hooks: RestartHooks = {}): Promise<void> {
    await this.stop();
    await hooks.whileStopped?.();
    await this.startSession(hooks.beforeLogin);
  }

  /** Close the app (draining the engine and the outbox while the bot can still send), then stop the bot. */
  async stop(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = null;
    await session.app.close();
    await session.channel.stop();
  }

  private current(): Session {
    if (!this.session) throw new Error("The WeChat harness is stopped. Call start() or restart() first.");
    return this.session;
  }

  private async startSession(beforeLogin?: () => Promise<void>): Promise<void> {
    // Step 1: the app on the test's own SQLite file.
    const logger = this.logs.logger;
    const app = await createApp({
      databaseUrl: this.options.databaseUrl,
      logger,
      seedDemo: true,
      staffChannel: "wechat",
      clock: this.options.clock,
    });

    // Step 2: the mock WeChat world: the bot's account, the advisors, and every contact and group so far.
    const mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    mocker.createContact({ id: BOT_ACCOUNT.id, name: BOT_ACCOUNT.name });
    for (const user of this.users.values()) {
      user.attach(mocker.createContact({ id: user.id, name: user.name }));
    }
    for (const room of this.rooms.values()) room.attach(this.createMockRoom(mocker, room));

    // Step 3: Wechaty on the mock puppet, logged in as the bot's account.
    const channel = await startWechatChannel({
      app,
      logger,
      puppet,
      clock: this.options.clock,
      name: "e2e-wechat",
    });
    await beforeLogin?.();
    const loggedIn = new Promise<void>((resolve) => channel.bot.once("login", () => resolve()));
    mocker.login(mocker.ContactMock.load(BOT_ACCOUNT.id));
    await loggedIn;
    await app.outbox.start();
    this.session = { app, channel, mocker, puppet };
  }

  private createMockRoom(mocker: mock.Mocker, room: WechatRoom): mock.RoomMock {
    return mocker.createRoom({
      id: room.id,
      topic: room.topic,
      memberIdList: [BOT_ACCOUNT.id, ...room.members.map((member) => member.id)],
      adminIdList: [],
    });
  }
}
