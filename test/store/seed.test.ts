import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chinaHolidayDates } from "../../src/domain/china-holidays.js";
import { addDays, shanghaiDateOf, shanghaiMinutesOf, weekdayOf } from "../../src/domain/time.js";
import { isValidPlate } from "../../src/language/plate.js";
import { isValidVin } from "../../src/language/vin.js";
import { openDatabase } from "../../src/store/database.js";
import type { OpenedDatabase } from "../../src/store/database.js";
import {
  DEMO_DEALERSHIP_ID,
  DEMO_DUE_CUSTOMER,
  DEMO_RECALL_ID,
  RECALL_PART_ARRIVAL_DAYS,
  seedDemoData,
} from "../../src/store/seed/index.js";
import { demoBookings } from "../../src/store/seed/bookings.js";

const silentLogger = pino({ level: "silent" });
/** A Friday evening in Shanghai (2026-12-04 20:00 +08:00), so the first open weekday is the Monday after. */
const NOW = new Date("2026-12-04T12:00:00.000Z");
const MS_PER_DAY = 86_400_000;
const OPEN_MINUTES = 8 * 60 + 30;
const CLOSE_MINUTES = 18 * 60;
const MIN_ADVISOR_GAP_MINUTES = 30;
const MAX_TECHNICIAN_LOAD_SHARE = 0.8;

let tempDir: string;
let db: OpenedDatabase;
let firstRun: { created: boolean };

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), "store-seed-"));
  db = await openDatabase({ url: `file:${path.join(tempDir, "seed.db")}`, logger: silentLogger });
  firstRun = await seedDemoData(db.prisma, NOW);
});

afterAll(async () => {
  await db.close();
  await rm(tempDir, { recursive: true, force: true });
});

async function countRows(): Promise<Record<string, number>> {
  const prisma = db.prisma;
  return {
    dealerships: await prisma.dealership.count(),
    advisors: await prisma.advisor.count(),
    technicians: await prisma.technician.count(),
    bays: await prisma.bay.count(),
    serviceItems: await prisma.serviceItem.count(),
    serviceItemParts: await prisma.serviceItemPart.count(),
    parts: await prisma.part.count(),
    maintenanceRules: await prisma.maintenanceRule.count(),
    recalls: await prisma.recall.count(),
    recallVehicles: await prisma.recallVehicle.count(),
    customers: await prisma.customer.count(),
    vehicles: await prisma.vehicle.count(),
    serviceRecords: await prisma.serviceRecord.count(),
    bookings: await prisma.booking.count(),
    bookingJobs: await prisma.bookingJob.count(),
  };
}

describe("seedDemoData", () => {
  it("creates the promised counts", async () => {
    const counts = await countRows();

    expect(firstRun.created).toBe(true);
    expect(counts.dealerships).toBe(1);
    expect(counts.advisors).toBe(4);
    expect(counts.technicians).toBe(6);
    expect(counts.bays).toBe(5);
    expect(counts.serviceItems).toBe(14);
    expect(counts.parts).toBe(20);
    expect(counts.maintenanceRules).toBe(2);
    expect(counts.recalls).toBe(1);
    expect(counts.customers).toBe(30);
    expect(counts.vehicles).toBeGreaterThanOrEqual(30);
    expect(counts.serviceRecords).toBeGreaterThan(30);
    expect(counts.bookings).toBeGreaterThanOrEqual(3);
  });

  it("changes nothing on a second run", async () => {
    const before = await countRows();

    const secondRun = await seedDemoData(db.prisma, addDaysToInstant(NOW, 3));

    expect(secondRun.created).toBe(false);
    expect(await countRows()).toEqual(before);
  });

  it("gives customer 13800000001 one due vehicle", async () => {
    const customer = await db.prisma.customer.findUnique({
      where: { dealershipId_mobile: { dealershipId: DEMO_DEALERSHIP_ID, mobile: "13800000001" } },
      include: { vehicles: { include: { history: true } }, advisor: true },
    });
    const vehicle = customer?.vehicles[0];
    const lastMinor = vehicle?.history
      .filter((record) => record.serviceCodes.split(",").includes("minor"))
      .map((record) => record.date)
      .sort()
      .at(-1);

    expect(customer?.id).toBe(DEMO_DUE_CUSTOMER.id);
    expect(customer?.vehicles).toHaveLength(1);
    expect(customer?.advisor.id).toBe(DEMO_DUE_CUSTOMER.advisorId);
    expect(customer?.consentAt).not.toBeNull();
    expect(lastMinor).toBe(addDays(shanghaiDateOf(NOW), -350));
  });

  it("stores valid, unique plates, VINs and mobiles", async () => {
    const vehicles = await db.prisma.vehicle.findMany();
    const customers = await db.prisma.customer.findMany({ orderBy: { mobile: "asc" } });
    const vins = vehicles.flatMap((vehicle) => (vehicle.vin === null ? [] : [vehicle.vin]));

    expect(vehicles.filter((vehicle) => !isValidPlate(vehicle.plate)).map((v) => v.plate)).toEqual([]);
    expect(vehicles.some((vehicle) => vehicle.plate.length === 8)).toBe(true);
    expect(vins.filter((vin) => !isValidVin(vin))).toEqual([]);
    expect(vins.length).toBeGreaterThan(vehicles.length / 2);
    expect(new Set(vins).size).toBe(vins.length);
    expect(new Set(vehicles.map((vehicle) => vehicle.plate)).size).toBe(vehicles.length);
    expect(customers[0]?.mobile).toBe("13800000001");
    expect(customers.at(-1)?.mobile).toBe("13800000030");
  });

  it("dates history before now", async () => {
    const records = await db.prisma.serviceRecord.findMany();
    const today = shanghaiDateOf(NOW);

    expect(records.filter((record) => record.date >= today)).toEqual([]);
  });

  it("stocks out some parts", async () => {
    const outOfStock = await db.prisma.part.findMany({ where: { onHand: 0 } });
    const onOrder = outOfStock.filter((part) => part.expectedArrivalAt !== null);

    expect(outOfStock.length).toBeGreaterThanOrEqual(2);
    expect(outOfStock.every((part) => part.leadDays >= 3 && part.leadDays <= 7)).toBe(true);
    expect(onOrder).toHaveLength(1);
    expect(onOrder[0]?.expectedArrivalAt?.getTime()).toBe(
      NOW.getTime() + RECALL_PART_ARRIVAL_DAYS * MS_PER_DAY,
    );
  });

  it("lists recall VINs with one completed", async () => {
    const recall = await db.prisma.recall.findUnique({
      where: { id: DEMO_RECALL_ID },
      include: { vehicles: true },
    });
    const vins = recall?.vehicles.map((entry) => entry.vin) ?? [];
    const customerVehicles = await db.prisma.vehicle.findMany({ where: { vin: { in: vins } } });
    const recallJob = await db.prisma.serviceItem.findUnique({
      where: { dealershipId_code: { dealershipId: DEMO_DEALERSHIP_ID, code: recall?.serviceCode ?? "" } },
    });

    expect(vins).toHaveLength(8);
    expect(vins.filter((vin) => !isValidVin(vin))).toEqual([]);
    expect(recall?.vehicles.filter((entry) => entry.completedAt !== null)).toHaveLength(1);
    expect(customerVehicles.length).toBeGreaterThanOrEqual(2);
    expect(customerVehicles.length).toBeLessThan(vins.length);
    expect(recallJob?.kind).toBe("recall");
    expect(recallJob?.labourPriceFen).toBe(0);
  });

  it("links catalogue parts and rules", async () => {
    const minor = await db.prisma.serviceItem.findUnique({
      where: { id: "svc-minor" },
      include: { parts: true },
    });
    const major = await db.prisma.serviceItem.findUnique({
      where: { id: "svc-major" },
      include: { parts: true },
    });
    const rules = await db.prisma.maintenanceRule.findMany({ orderBy: { priority: "asc" } });

    expect(minor?.parts.map((part) => part.partId).sort()).toEqual(["part-oil-5w30", "part-oil-filter"]);
    expect(major?.parts).toHaveLength(5);
    expect(
      rules.map((rule) => [rule.serviceCode, rule.intervalKm, rule.intervalMonths, rule.priority]),
    ).toEqual([
      ["minor", 10_000, 12, 1],
      ["major", 40_000, 48, 2],
    ]);
  });
});

describe("seedDemoData bookings", () => {
  it("belong to the customer's vehicle and advisor", async () => {
    const bookings = await db.prisma.booking.findMany({ include: { customer: true, vehicle: true } });

    for (const booking of bookings) {
      expect(booking.vehicle.customerId, booking.id).toBe(booking.customerId);
      expect(booking.advisorId, booking.id).toBe(booking.customer.advisorId);
      expect(booking.status, booking.id).toBe("confirmed");
    }
  });

  it("fall on open weekdays within hours", async () => {
    const bookings = await db.prisma.booking.findMany();
    const { closedDates } = chinaHolidayDates(2026, 2027);
    const earliest = NOW.getTime() + 120 * 60_000;

    for (const booking of bookings) {
      const date = shanghaiDateOf(booking.dropOffAt);
      const weekday = weekdayOf(date);
      expect(weekday, `${booking.id} on ${date}`).toBeGreaterThanOrEqual(1);
      expect(weekday, `${booking.id} on ${date}`).toBeLessThanOrEqual(5);
      expect(closedDates.has(date), `${booking.id} on ${date}`).toBe(false);
      expect(booking.dropOffAt.getTime(), booking.id).toBeGreaterThanOrEqual(earliest);
      expect(shanghaiDateOf(booking.handOverAt), booking.id).toBe(date);
      expect(shanghaiMinutesOf(booking.dropOffAt), booking.id).toBeGreaterThanOrEqual(OPEN_MINUTES);
      expect(shanghaiMinutesOf(booking.handOverAt), booking.id).toBeLessThanOrEqual(CLOSE_MINUTES);
      expect(daysAfterNow(booking.dropOffAt), booking.id).toBeLessThanOrEqual(10);
    }
  });

  it("space one advisor's drop-offs", async () => {
    const bookings = await db.prisma.booking.findMany({ orderBy: { dropOffAt: "asc" } });

    for (const [index, booking] of bookings.entries()) {
      for (const other of bookings.slice(index + 1)) {
        if (other.advisorId !== booking.advisorId) continue;
        const gapMinutes = Math.abs(other.dropOffAt.getTime() - booking.dropOffAt.getTime()) / 60_000;
        expect(gapMinutes, `${booking.id} and ${other.id}`).toBeGreaterThanOrEqual(MIN_ADVISOR_GAP_MINUTES);
      }
    }
  });

  it("never share a bay at once", async () => {
    const bookings = await db.prisma.booking.findMany();

    for (const [index, booking] of bookings.entries()) {
      for (const other of bookings.slice(index + 1)) {
        if (other.bayId !== booking.bayId) continue;
        const overlaps = booking.dropOffAt < other.handOverAt && other.dropOffAt < booking.handOverAt;
        expect(overlaps, `${booking.id} and ${other.id} in ${booking.bayId}`).toBe(false);
      }
    }
  });

  it("use skilled, rostered, unsaturated technicians", async () => {
    const jobs = await db.prisma.bookingJob.findMany({ include: { technician: true, serviceItem: true } });
    const hoursByTechnicianDay = new Map<string, { hours: number; dailyHours: number }>();

    for (const job of jobs) {
      expect(job.technician.skills.split(","), job.id).toContain(job.serviceItem.skill);
      expect(job.technician.workWeekdays.split(","), job.id).toContain(String(weekdayOf(job.workDate)));
      const key = `${job.technicianId}|${job.workDate}`;
      const load = hoursByTechnicianDay.get(key) ?? { hours: 0, dailyHours: job.technician.dailyHours };
      hoursByTechnicianDay.set(key, { ...load, hours: load.hours + job.labourHours });
    }
    for (const [key, load] of hoursByTechnicianDay) {
      expect(load.hours, key).toBeLessThanOrEqual(load.dailyHours * MAX_TECHNICIAN_LOAD_SHARE);
    }
  });

  it("reserve only parts in stock", async () => {
    const jobs = await db.prisma.bookingJob.findMany({
      include: { serviceItem: { include: { parts: { include: { part: true } } } } },
    });

    for (const job of jobs) {
      for (const line of job.serviceItem.parts) {
        expect(line.part.onHand, `${job.id} needs ${line.part.code}`).toBeGreaterThanOrEqual(line.quantity);
      }
    }
  });

  it("sum the estimate from job lines", async () => {
    const bookings = await db.prisma.booking.findMany({ include: { jobs: true } });

    for (const booking of bookings) {
      const total = booking.jobs.reduce((sum, job) => sum + job.labourFen + job.partsFen, 0);
      expect(booking.jobs.length, booking.id).toBeGreaterThan(0);
      expect(booking.estimateFen, booking.id).toBe(total);
    }
  });
});

function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * MS_PER_DAY);
}

function daysAfterNow(instant: Date): number {
  return (instant.getTime() - NOW.getTime()) / MS_PER_DAY;
}

describe("demoBookings", () => {
  it.each([
    ["before the National Day break", "2026-09-30T02:00:00.000Z", "2026-10-08"],
    ["before the Spring Festival break", "2026-02-13T02:00:00.000Z", "2026-02-24"],
    ["on an ordinary Friday", "2026-12-04T12:00:00.000Z", "2026-12-07"],
  ])("skips closed days %s", (_case, nowIso, firstDay) => {
    const now = new Date(nowIso);
    const { closedDates } = chinaHolidayDates(2026, 2027);

    const { bookings } = demoBookings(now);
    const dates = bookings.map((booking) => shanghaiDateOf(booking.dropOffAt as Date));

    expect(dates.slice().sort()[0]).toBe(firstDay);
    expect(dates.filter((date) => closedDates.has(date))).toEqual([]);
    expect(dates.filter((date) => weekdayOf(date) === 0 || weekdayOf(date) === 6)).toEqual([]);
  });
});
