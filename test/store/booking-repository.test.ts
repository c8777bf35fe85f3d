import { afterEach, describe, expect, it } from "vitest";

import { findSlotsOnDay } from "../../src/domain/board/slots.js";
import type { Slot } from "../../src/domain/board/types.js";
import { SlotTakenError, type CreateBookingCommand } from "../../src/store/booking-repository.js";
import { PrismaConversationStore } from "../../src/store/conversation-store.js";
import { createTestApp, TEST_NOW, type TestApp } from "../support/app.js";

let testApp: TestApp;

afterEach(async () => {
  await testApp?.dispose();
});

async function firstFreeSlot(current: TestApp): Promise<{ slot: Slot; jobs: Awaited<ReturnType<typeof jobsFor>> }> {
  const jobs = await jobsFor(current);
  const board = await current.app.workshop.loadBoard({ from: "2026-12-09", to: "2026-12-09" }, TEST_NOW);
  const slot = findSlotsOnDay(board, { advisorId: "adv-1", jobs }, "2026-12-09", TEST_NOW)[0];
  if (!slot) throw new Error("no free slot on 2026-12-09 in the demo board");
  return { slot, jobs };
}

async function jobsFor(current: TestApp) {
  const { catalogue } = await current.app.workshop.loadStatic();
  return catalogue.filter((item) => item.code === "svc-wiper-blades" || item.kind === "inspection").slice(0, 1);
}

async function commandFor(current: TestApp, customer: string, slot: Slot, jobs: CreateBookingCommand["jobs"]) {
  const conversation = await new PrismaConversationStore(current.app.prisma).openConversation("console", customer);
  const profile = await current.app.customers.findByMobile(customer);
  if (!profile) throw new Error(`demo customer ${customer} missing from the seed`);
  const customerRow = await current.app.customers.profile(profile.customerId);
  return {
    conversationId: conversation.id,
    requestKey: `${conversation.id}:test`,
    customerId: profile.customerId,
    vehicleId: customerRow.vehicles[0]?.id ?? "",
    source: "inbound" as const,
    slot,
    jobs,
    estimateFen: 1000,
    mileageKm: null,
    now: TEST_NOW,
    messagesFor: () => [],
  };
}

describe("BookingRepository", () => {
  it("gives the same slot to one customer", async () => {
    testApp = await createTestApp();
    const { slot, jobs } = await firstFreeSlot(testApp);
    const first = await commandFor(testApp, "13800000002", slot, jobs);
    const second = await commandFor(testApp, "13800000003", slot, jobs);

    const results = await Promise.allSettled([
      testApp.app.bookings.createBooking(first),
      testApp.app.bookings.createBooking(second),
    ]);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(SlotTakenError);
  });

  it("returns the first booking for a repeated request", async () => {
    testApp = await createTestApp();
    const { slot, jobs } = await firstFreeSlot(testApp);
    const command = await commandFor(testApp, "13800000002", slot, jobs);

    const first = await testApp.app.bookings.createBooking(command);
    const again = await testApp.app.bookings.createBooking(command);

    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.id).toBe(first.id);
  });

  it("rejects a hold on a booked slot", async () => {
    testApp = await createTestApp();
    const { slot, jobs } = await firstFreeSlot(testApp);
    await testApp.app.bookings.createBooking(await commandFor(testApp, "13800000002", slot, jobs));

    const hold = testApp.app.bookings.holdSlot({ conversationId: "other", slot, jobs, now: TEST_NOW, holdMinutes: 10 });

    await expect(hold).rejects.toBeInstanceOf(SlotTakenError);
  });

  it("keeps concurrent writes of a rolled-back booking", async () => {
    // Root cause: the better-sqlite3 adapter ran plain queries inside another caller's open transaction, so a
    // rollback also undid unrelated writes made meanwhile.
    testApp = await createTestApp();
    const { slot, jobs } = await firstFreeSlot(testApp);
    await testApp.app.bookings.createBooking(await commandFor(testApp, "13800000002", slot, jobs));
    const losing = await commandFor(testApp, "13800000003", slot, jobs);
    const customerId = losing.customerId;
    const before = await testApp.app.prisma.contactLog.count({ where: { customerId } });

    const writes = Array.from({ length: 30 }, (_, index) =>
      testApp.app.bookings.logContact({ customerId, at: TEST_NOW, outcome: "info", note: `write ${index}` }),
    );
    const results = await Promise.allSettled([testApp.app.bookings.createBooking(losing), ...writes]);

    expect(results[0]?.status).toBe("rejected");
    expect(await testApp.app.prisma.contactLog.count({ where: { customerId } })).toBe(before + 30);
  });
});
