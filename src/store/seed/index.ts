/**
 * Demo data for a fresh database: one dealership with its advisors, technicians, bays, catalogue, parts,
 * maintenance rules and a recall, 30 customers with vehicles and service history, and a few confirmed
 * bookings. All ids are stable strings: dealer-1, adv-1, tech-3, bay-2, svc-minor, part-oil-5w30, cust-01,
 * veh-01, bk-1.
 */
import type { PartRequirement } from "../../domain/board/types.js";
import type { PrismaClient } from "../generated/client.js";
import { parsePartList, totalPartsByCode } from "../workshop-repository.js";
import { demoBookings } from "./bookings.js";
import { demoPeople } from "./customers.js";
import { demoParts } from "./parts.js";
import { DEMO_MAINTENANCE_RULES, demoServiceItemParts, demoServiceItems } from "./services.js";
import {
  DEMO_ADVISORS,
  DEMO_BAYS,
  DEMO_DEALERSHIP_ID,
  DEMO_TECHNICIANS,
  demoDealership,
} from "./workshop.js";

export {
  DEMO_ADVISORS,
  DEMO_BAYS,
  DEMO_DEALERSHIP_ID,
  DEMO_TECHNICIANS,
  DEMO_WEEKLY_HOURS,
} from "./workshop.js";
export { DEMO_CUSTOMER_COUNT, DEMO_DUE_CUSTOMER, DEMO_RECALL_CODE, DEMO_RECALL_ID } from "./customers.js";
export { DEMO_MAINTENANCE_RULES, DEMO_SERVICES } from "./services.js";
export { RECALL_PART_ARRIVAL_DAYS } from "./parts.js";
export { vinCheckDigit, withVinCheckDigit } from "./vin.js";

/** Prisma's interactive transactions time out after 5 s by default, and the seed writes ~300 rows. */
const SEED_TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * Insert the demo data in one transaction, with dates relative to `now` (service history before it, bookings
 * on the next open weekdays after its Asia/Shanghai date). Does nothing and returns `{ created: false }`
 * when the demo dealership already exists.
 */
export async function seedDemoData(prisma: PrismaClient, now: Date): Promise<{ created: boolean }> {
  const people = demoPeople(now);
  const { bookings, jobs } = demoBookings(now);

  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.dealership.findUnique({
        where: { id: DEMO_DEALERSHIP_ID },
        select: { id: true },
      });
      if (existing !== null) return { created: false };

      // Step 1: the workshop and its catalogue.
      await tx.dealership.create({ data: demoDealership(now) });
      await tx.advisor.createMany({ data: [...DEMO_ADVISORS] });
      await tx.technician.createMany({ data: [...DEMO_TECHNICIANS] });
      await tx.bay.createMany({ data: [...DEMO_BAYS] });
      await tx.part.createMany({ data: demoParts(now) });
      await tx.serviceItem.createMany({ data: demoServiceItems() });
      await tx.serviceItemPart.createMany({ data: demoServiceItemParts() });
      await tx.maintenanceRule.createMany({ data: [...DEMO_MAINTENANCE_RULES] });

      // Step 2: customers, their vehicles and history, and the recall list.
      await tx.customer.createMany({ data: people.customers });
      await tx.vehicle.createMany({ data: people.vehicles });
      await tx.serviceRecord.createMany({ data: people.serviceRecords });
      await tx.recall.create({ data: people.recall });
      await tx.recallVehicle.createMany({ data: people.recallVehicles });

      // Step 3: the bookings already on the board.
      await tx.booking.createMany({ data: bookings });
      await tx.bookingJob.createMany({ data: jobs });
      await tx.bookingPart.createMany({ data: bookingPartsOf(jobs) });
      return { created: true };
    },
    { timeout: SEED_TRANSACTION_TIMEOUT_MS },
  );
}

/** Sum the parts each seeded booking's job lines reserve into one row per booking and part code. */
function bookingPartsOf(jobs: ReadonlyArray<{ bookingId: string; partsReserved?: string }>) {
  const partsByBooking = new Map<string, PartRequirement[]>();
  for (const job of jobs) {
    const parts = partsByBooking.get(job.bookingId) ?? [];
    parts.push(...parsePartList(job.partsReserved ?? ""));
    partsByBooking.set(job.bookingId, parts);
  }
  return [...partsByBooking].flatMap(([bookingId, parts]) =>
    totalPartsByCode(parts).map((part) => ({ bookingId, ...part })),
  );
}
