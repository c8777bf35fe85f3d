/**
 * Builds the application apart from starting it: database, repositories, the booking dialogue with its
 * store-backed actors, the conversation engine and the outbox. Channels attach senders afterwards.
 */
import type { Channel } from "../../flows/booking-types.js";
import { inboundBookingMachine, type InboundBookingMachine } from "../../flows/inbound-booking/machine.js";
import { ConversationEngine } from "../engine/conversation-engine.js";
import { OutboxDispatcher, type MessageSender } from "../engine/outbox.js";
import type { Logger } from "../logger.js";
import { BookingRepository } from "../store/booking-repository.js";
import { PrismaConversationStore, PrismaOutboxStore } from "../store/conversation-store.js";
import { CustomerRepository } from "../store/customer-repository.js";
import { openDatabase, type AdapterWrapper, type Db } from "../store/database.js";
import { DEMO_DEALERSHIP_ID, seedDemoData } from "../store/seed/index.js";
import { WorkshopRepository } from "../store/workshop-repository.js";
import { createBookingActors } from "./booking-actors.js";

export interface AppOptions {
  /** Database url; defaults to DATABASE_URL, then the SQLite file ./data/booking.db. */
  databaseUrl?: string;
  logger: Logger;
  /** Load the demo dealership on first start. */
  seedDemo?: boolean;
  dealershipId?: string;
  /** Channel on which advisors and the service manager receive notices. */
  staffChannel: Channel;
  /** Recipient id of the service manager on the staff channel. */
  managerRecipient?: string;
  senders?: Partial<Record<Channel, MessageSender>>;
  /** Wrap the database driver adapter, for example to count queries in a benchmark. */
  wrapAdapter?: AdapterWrapper;
  /** Clock for the demo seed and the outbox; the dialogue takes `now` from each message. */
  clock?: () => Date;
}

export interface App {
  prisma: Db;
  engine: ConversationEngine;
  outbox: OutboxDispatcher;
  workshop: WorkshopRepository;
  customers: CustomerRepository;
  bookings: BookingRepository;
  machine: InboundBookingMachine;
  close(): Promise<void>;
}

/** Open the database, seed it when asked, and wire the dialogue, engine and outbox. */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger;
  const database = await openDatabase({
    ...(options.databaseUrl ? { url: options.databaseUrl } : {}),
    ...(options.wrapAdapter ? { wrapAdapter: options.wrapAdapter } : {}),
    logger,
  });
  const prisma = database.prisma;

  if (options.seedDemo) {
    const seeded = await seedDemoData(prisma, clock());
    if (seeded.created) logger.info({ event: "seed.created" }, "demo dealership data loaded");
  }

  const dealershipId = options.dealershipId ?? DEMO_DEALERSHIP_ID;
  const workshop = new WorkshopRepository(prisma, dealershipId, () => clock().getTime(), logger);
  const customers = new CustomerRepository(prisma, dealershipId);
  const bookings = new BookingRepository(prisma, workshop);
  const staffChannel = options.staffChannel;

  const machine = inboundBookingMachine.provide({
    actors: createBookingActors({
      workshop,
      customers,
      bookings,
      staffChannel,
      advisorRecipient: (advisor) => {
        if (staffChannel === "wechat" && advisor.wechatId) return advisor.wechatId;
        if (staffChannel === "telegram" && advisor.telegramId) return advisor.telegramId;
        return `advisor:${advisor.id}`;
      },
      managerRecipient: options.managerRecipient ?? "manager",
      logger,
    }),
  });

  const outbox = new OutboxDispatcher(new PrismaOutboxStore(prisma), options.senders ?? {}, logger, clock);
  const engine = new ConversationEngine({
    machine,
    store: new PrismaConversationStore(prisma),
    logger,
    onRepliesQueued: () => outbox.kick(),
  });

  return {
    prisma,
    engine,
    outbox,
    workshop,
    customers,
    bookings,
    machine,
    async close() {
      await engine.drain();
      engine.stop();
      await outbox.stop();
      await database.close();
    },
  };
}
