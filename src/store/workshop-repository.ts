/**
 * Reads the workshop board from the database: the dealership's calendar, technicians, bays, service
 * catalogue and parts, plus the bookings and live holds that take capacity in a date range.
 *
 * The slow-changing part (calendar, people, bays, catalogue, rules) is cached for STATIC_CACHE_MS, so a
 * dialogue turn reads only bookings, holds and stock.
 */
import type { WorkshopCalendar, OpeningHours } from "../domain/calendar.js";
import { chinaHolidayDates } from "../domain/china-holidays.js";
import type { MaintenanceRule } from "../domain/maintenance.js";
import type { RecallCampaign } from "../domain/recall.js";
import {
  DEFAULT_BOARD_SETTINGS,
  type Bay,
  type Board,
  type BoardBooking,
  type PartRequirement,
  type PartStock,
  type ServiceItem,
  type Technician,
} from "../domain/board/types.js";
import { addDays, toShanghaiInstant, type LocalDate, type Weekday } from "../domain/time.js";
import type { Db } from "./database.js";

/** How long the static workshop data stays cached, in ms. */
const STATIC_CACHE_MS = 60_000;
/** Booking statuses that no longer take workshop capacity. */
export const INACTIVE_BOOKING_STATUSES = ["cancelled", "no_show", "completed"];

export interface DealershipInfo {
  id: string;
  name: string;
  address: string;
  phone: string;
  managerName: string;
  managerPhone: string;
}

export interface WorkshopStatic {
  dealership: DealershipInfo;
  calendar: WorkshopCalendar;
  technicians: Technician[];
  bays: Bay[];
  catalogue: ServiceItem[];
  maintenanceRules: MaintenanceRule[];
  minNoticeMinutes: number;
}

/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type DbClient = Pick<
  Db,
  | "dealership"
  | "technician"
  | "bay"
  | "serviceItem"
  | "part"
  | "maintenanceRule"
  | "booking"
  | "slotHold"
  | "recall"
>;

export class WorkshopRepository {
  private cached: { data: WorkshopStatic; loadedAt: number } | null = null;

  constructor(
    private readonly prisma: Db,
    readonly dealershipId: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Return the calendar, technicians, bays, catalogue and rules, from the cache when fresh. */
  async loadStatic(): Promise<WorkshopStatic> {
    if (this.cached && this.clock() - this.cached.loadedAt < STATIC_CACHE_MS) return this.cached.data;
    const data = await this.readStatic();
    this.cached = { data, loadedAt: this.clock() };
    return data;
  }

  /** Drop the cache, for example after the dealership's data was edited. */
  invalidate(): void {
    this.cached = null;
  }

  /**
   * Build the board for drop-offs from `from` to `to` (inclusive Shanghai dates): bookings that overlap the
   * range (one day of margin each side, for multi-day visits), holds that have not expired at `now`, and
   * current stock. `excludeHoldOf` leaves out the hold of one conversation, so its own hold does not block it.
   */
  async loadBoard(
    range: { from: LocalDate; to: LocalDate },
    now: Date,
    options: { client?: DbClient; excludeHoldOf?: string | null } = {},
  ): Promise<Board> {
    const client = options.client ?? this.prisma;
    const excludeHoldOf = options.excludeHoldOf ?? null;
    const workshop = await this.loadStatic();
    const start = toShanghaiInstant(addDays(range.from, -1));
    const end = toShanghaiInstant(addDays(range.to, 2));

    const [bookings, holds, parts] = await Promise.all([
      client.booking.findMany({
        where: {
          dealershipId: this.dealershipId,
          status: { notIn: INACTIVE_BOOKING_STATUSES },
          dropOffAt: { lt: end },
          handOverAt: { gt: start },
        },
        select: {
          id: true,
          advisorId: true,
          bayId: true,
          dropOffAt: true,
          handOverAt: true,
          jobs: { select: { technicianId: true, workDate: true, labourHours: true, partsReserved: true } },
        },
      }),
      client.slotHold.findMany({
        where: {
          dealershipId: this.dealershipId,
          expiresAt: { gt: now },
          ...(excludeHoldOf ? { conversationId: { not: excludeHoldOf } } : {}),
        },
        select: {
          id: true,
          advisorId: true,
          bayId: true,
          dropOffAt: true,
          handOverAt: true,
          labour: true,
          parts: true,
        },
      }),
      client.part.findMany({
        where: { dealershipId: this.dealershipId },
        select: {
          code: true,
          name: true,
          priceFen: true,
          onHand: true,
          expectedArrivalAt: true,
          leadDays: true,
        },
      }),
    ]);

    // Parts reserved by every active booking count against stock, not only those inside the range.
    const reservations = await client.booking.findMany({
      where: {
        dealershipId: this.dealershipId,
        status: { notIn: INACTIVE_BOOKING_STATUSES },
        OR: [{ dropOffAt: { gte: end } }, { handOverAt: { lte: start } }],
        jobs: { some: { partsReserved: { not: "" } } },
      },
      select: { id: true, jobs: { select: { partsReserved: true } } },
    });

    const boardBookings: BoardBooking[] = bookings.map((booking) => ({
      id: booking.id,
      advisorId: booking.advisorId,
      bayId: booking.bayId,
      dropOffAt: booking.dropOffAt,
      handOverAt: booking.handOverAt,
      labour: booking.jobs.map((job) => ({
        technicianId: job.technicianId,
        date: job.workDate,
        hours: job.labourHours,
      })),
      parts: booking.jobs.flatMap((job) => parsePartList(job.partsReserved)),
    }));
    for (const hold of holds) {
      boardBookings.push({
        id: `hold:${hold.id}`,
        advisorId: hold.advisorId,
        bayId: hold.bayId,
        dropOffAt: hold.dropOffAt,
        handOverAt: hold.handOverAt,
        labour: parseLabourList(hold.labour),
        parts: parsePartList(hold.parts),
      });
    }
    // Bookings outside the range reserve parts but take no bay or technician time in it.
    for (const booking of reservations) {
      boardBookings.push({
        id: booking.id,
        advisorId: "",
        bayId: "",
        dropOffAt: new Date(0),
        handOverAt: new Date(0),
        labour: [],
        parts: booking.jobs.flatMap((job) => parsePartList(job.partsReserved)),
      });
    }

    return {
      calendar: workshop.calendar,
      technicians: workshop.technicians,
      bays: workshop.bays,
      bookings: boardBookings,
      parts: parts as PartStock[],
      settings: { ...DEFAULT_BOARD_SETTINGS, minNoticeMinutes: workshop.minNoticeMinutes },
    };
  }

  /** Load current parts stock and prices. */
  async loadParts(): Promise<PartStock[]> {
    return this.prisma.part.findMany({
      where: { dealershipId: this.dealershipId },
      select: {
        code: true,
        name: true,
        priceFen: true,
        onHand: true,
        expectedArrivalAt: true,
        leadDays: true,
      },
    });
  }

  /** Load the recall campaigns that list a VIN, with the VINs already completed. */
  async recallsForVin(vin: string): Promise<RecallCampaign[]> {
    const recalls = await this.prisma.recall.findMany({
      where: {
        dealershipId: this.dealershipId,
        active: true,
        vehicles: { some: { vin: vin.toUpperCase() } },
      },
      select: {
        code: true,
        title: true,
        serviceCode: true,
        active: true,
        vehicles: { where: { vin: vin.toUpperCase() }, select: { vin: true, completedAt: true } },
      },
    });
    return recalls.map((recall) => ({
      code: recall.code,
      title: recall.title,
      serviceCode: recall.serviceCode,
      active: recall.active,
      vins: new Set(recall.vehicles.map((vehicle) => vehicle.vin)),
      completedVins: new Set(
        recall.vehicles.filter((vehicle) => vehicle.completedAt).map((vehicle) => vehicle.vin),
      ),
    }));
  }

  private async readStatic(): Promise<WorkshopStatic> {
    const dealership = await this.prisma.dealership.findUnique({
      where: { id: this.dealershipId },
      select: {
        id: true,
        name: true,
        address: true,
        phone: true,
        managerName: true,
        managerPhone: true,
        weeklyHours: true,
        makeUpHours: true,
        minNoticeMinutes: true,
      },
    });
    if (!dealership) {
      throw new Error(
        `Dealership '${this.dealershipId}' not found. Seed the demo data or set DEALERSHIP_ID to an existing dealership.`,
      );
    }
    const [technicians, bays, items, rules] = await Promise.all([
      this.prisma.technician.findMany({
        where: { dealershipId: this.dealershipId, active: true },
        orderBy: { id: "asc" },
        select: { id: true, name: true, skills: true, dailyHours: true, workWeekdays: true },
      }),
      this.prisma.bay.findMany({
        where: { dealershipId: this.dealershipId, active: true },
        orderBy: { id: "asc" },
        select: { id: true, name: true, kinds: true },
      }),
      this.prisma.serviceItem.findMany({
        where: { dealershipId: this.dealershipId },
        orderBy: { code: "asc" },
        select: {
          code: true,
          name: true,
          kind: true,
          skill: true,
          bayKind: true,
          labourHours: true,
          labourPriceFen: true,
          keywords: true,
          parts: { select: { quantity: true, part: { select: { code: true } } } },
        },
      }),
      this.prisma.maintenanceRule.findMany({
        where: { dealershipId: this.dealershipId },
        select: { serviceCode: true, intervalKm: true, intervalMonths: true, priority: true },
      }),
    ]);

    const thisYear = new Date(this.clock()).getUTCFullYear();
    const holidays = chinaHolidayDates(thisYear - 1, thisYear + 1);
    return {
      dealership: {
        id: dealership.id,
        name: dealership.name,
        address: dealership.address,
        phone: dealership.phone,
        managerName: dealership.managerName,
        managerPhone: dealership.managerPhone,
      },
      calendar: {
        weeklyHours: parseWeeklyHours(dealership.weeklyHours),
        closedDates: holidays.closedDates,
        makeUpWorkdays: holidays.makeUpWorkdays,
        makeUpHours: parseHours(dealership.makeUpHours, "makeUpHours"),
      },
      technicians: technicians.map((technician) => ({
        id: technician.id,
        name: technician.name,
        skills: splitList(technician.skills),
        dailyHours: technician.dailyHours,
        workWeekdays: splitList(technician.workWeekdays).map((day) => Number(day) as Weekday),
      })),
      bays: bays.map((bay) => ({ id: bay.id, name: bay.name, kinds: splitList(bay.kinds) })),
      catalogue: items.map((item) => ({
        code: item.code,
        name: item.name,
        kind: item.kind as ServiceItem["kind"],
        skill: item.skill,
        bayKind: item.bayKind,
        labourHours: item.labourHours,
        labourPriceFen: item.labourPriceFen,
        keywords: splitList(item.keywords),
        parts: item.parts.map((line) => ({ partCode: line.part.code, quantity: line.quantity })),
      })),
      maintenanceRules: rules,
      minNoticeMinutes: dealership.minNoticeMinutes,
    };
  }
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** Parse "HH:mm-HH:mm" into opening hours. */
function parseHours(value: string, field: string): OpeningHours {
  const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(value.trim());
  if (!match) {
    throw new Error(
      `Invalid opening hours '${value}' in ${field}: expected "HH:mm-HH:mm", for example "08:30-18:00".`,
    );
  }
  return { open: match[1] as string, close: match[2] as string };
}

/** Parse "0=08:30-18:00;1=08:30-18:00;…" (0 = Sunday) into hours per weekday; a missing day is closed. */
export function parseWeeklyHours(value: string): Array<OpeningHours | null> {
  const week: Array<OpeningHours | null> = [null, null, null, null, null, null, null];
  for (const entry of value.split(";").filter((part) => part.trim() !== "")) {
    const [day, hours] = entry.split("=");
    const weekday = Number(day);
    if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6 || hours === undefined) {
      throw new Error(
        `Invalid weekly hours entry '${entry}': expected "<0-6>=HH:mm-HH:mm", for example "1=08:30-18:00".`,
      );
    }
    week[weekday] = parseHours(hours, "weeklyHours");
  }
  return week;
}

/** Parse "code*2,code2*1" into part requirements. */
export function parsePartList(value: string): PartRequirement[] {
  return splitList(value).map((entry) => {
    const [partCode, quantity] = entry.split("*");
    return { partCode: partCode as string, quantity: Number(quantity ?? 1) };
  });
}

/** Format part requirements as "code*2,code2*1". */
export function formatPartList(parts: readonly PartRequirement[]): string {
  return parts.map((part) => `${part.partCode}*${part.quantity}`).join(",");
}

/** Parse "technicianId|YYYY-MM-DD|hours;…" into labour lines. */
export function parseLabourList(
  value: string,
): Array<{ technicianId: string; date: LocalDate; hours: number }> {
  return value
    .split(";")
    .filter((entry) => entry !== "")
    .map((entry) => {
      const [technicianId, date, hours] = entry.split("|");
      return { technicianId: technicianId as string, date: date as string, hours: Number(hours) };
    });
}

/** Format labour lines as "technicianId|YYYY-MM-DD|hours;…". */
export function formatLabourList(
  labour: ReadonlyArray<{ technicianId: string; date: LocalDate; hours: number }>,
): string {
  return labour.map((line) => `${line.technicianId}|${line.date}|${line.hours}`).join(";");
}
