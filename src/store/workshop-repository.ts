/**
 * Reads the workshop board from the database: the dealership's calendar (weekly hours, public holidays and
 * its own calendar overrides), technicians, bays, service catalogue and parts, plus the bookings and live
 * holds that take capacity in a date range.
 *
 * The slow-changing part (calendar, people, bays, catalogue, rules) is cached for STATIC_CACHE_MS, so a
 * dialogue turn reads only bookings, holds and stock.
 */
import { pino } from "pino";
import type { Logger } from "pino";

import { openingMinutes } from "../domain/calendar.js";
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
import {
  addDays,
  addMinutes,
  parseLocalDate,
  shanghaiDateOf,
  toShanghaiInstant,
  weekdayOf,
  type LocalDate,
  type Weekday,
} from "../domain/time.js";
import type { Db } from "./database.js";

/** How long the static workshop data stays cached, in ms. */
const STATIC_CACHE_MS = 60_000;
/**
 * Days back from `now` in which an unclosed booking still counts as reserving its parts. A booking left open
 * longer is treated as stale, so forgotten records do not block stock for ever.
 */
const RESERVATION_LOOKBACK_DAYS = 7;
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
  | "bookingPart"
  | "slotHold"
  | "recall"
>;

export class WorkshopRepository {
  private cached: { data: WorkshopStatic; loadedAt: number } | null = null;
  /** Years last warned about, so the statute fallback is logged once per change, not once per cache reload. */
  private warnedFallbackYears = "";
  private readonly logger: Logger;

  /** Without a `logger`, logs go to a new pino logger on stdout. Both get a "store.workshop" child. */
  constructor(
    private readonly prisma: Db,
    readonly dealershipId: string,
    private readonly clock: () => number = Date.now,
    logger?: Logger,
  ) {
    this.logger = (logger ?? pino()).child({ module: "store.workshop" });
  }

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
    // Inside a transaction the cache must not refresh: the refresh would query outside the transaction and
    // wait for the SQLite connection that the transaction holds.
    const workshop = options.client && this.cached ? this.cached.data : await this.loadStatic();
    const start = toShanghaiInstant(addDays(range.from, -1));
    const end = toShanghaiInstant(addDays(range.to, 2));
    const reservationsFrom = addMinutes(now, -RESERVATION_LOOKBACK_DAYS * 24 * 60);

    const [bookings, holds, parts, reservations] = await Promise.all([
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
          jobs: { select: { technicianId: true, workDate: true, labourHours: true } },
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
      // Parts reserved by every open booking, summed per part in SQL: stock is shared by all days.
      client.bookingPart.groupBy({
        by: ["partCode"],
        where: {
          booking: {
            dealershipId: this.dealershipId,
            status: { notIn: INACTIVE_BOOKING_STATUSES },
            handOverAt: { gt: reservationsFrom },
          },
        },
        _sum: { quantity: true },
      }),
    ]);

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
      // Their parts are counted once, in the reservation totals below.
      parts: [],
    }));
    if (reservations.length > 0) {
      boardBookings.push({
        id: "open-booking-part-reservations",
        advisorId: "",
        bayId: "",
        dropOffAt: new Date(0),
        handOverAt: new Date(0),
        labour: [],
        parts: reservations.map((row) => ({ partCode: row.partCode, quantity: row._sum.quantity ?? 0 })),
      });
    }
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
    const [calendar, technicians, bays, items, rules] = await Promise.all([
      this.readCalendar(dealership),
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

    return {
      dealership: {
        id: dealership.id,
        name: dealership.name,
        address: dealership.address,
        phone: dealership.phone,
        managerName: dealership.managerName,
        managerPhone: dealership.managerPhone,
      },
      calendar,
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

  /**
   * Build the calendar from last year to next year (Shanghai years): weekly hours, public holidays and the
   * dealership's calendar overrides. Warns when a year falls back to the statutory days off, and skips an
   * invalid override with an error log, so one bad row cannot stop booking.
   */
  private async readCalendar(dealership: {
    weeklyHours: string;
    makeUpHours: string;
  }): Promise<WorkshopCalendar> {
    const thisYear = Number(shanghaiDateOf(new Date(this.clock())).slice(0, 4));
    const holidays = chinaHolidayDates(thisYear - 1, thisYear + 1);
    const fallbackYears = holidays.yearsFromStatute.join(",");
    if (holidays.yearsFromStatute.length > 0 && fallbackYears !== this.warnedFallbackYears) {
      this.warnedFallbackYears = fallbackYears;
      this.logger.warn(
        {
          event: "calendar.statutoryFallback",
          dealershipId: this.dealershipId,
          years: holidays.yearsFromStatute,
        },
        `No published public-holiday arrangement for ${holidays.yearsFromStatute.join(", ")}: only the ` +
          "statutory days off are closed, and no make-up working days are known. Update the chinese-days " +
          "package once the State Council publishes the arrangement.",
      );
    }

    const weeklyHours = parseWeeklyHours(dealership.weeklyHours);
    const makeUpHours = parseHours(dealership.makeUpHours, "makeUpHours");
    const rows = await this.prisma.calendarOverride.findMany({
      where: {
        dealershipId: this.dealershipId,
        date: { gte: `${thisYear - 1}-01-01`, lte: `${thisYear + 1}-12-31` },
      },
      orderBy: { date: "asc" },
      select: { id: true, date: true, open: true, openTime: true, closeTime: true },
    });

    const overrides = new Map<LocalDate, OpeningHours | null>();
    for (const row of rows) {
      try {
        overrides.set(row.date, overrideHours(row, weeklyHours, makeUpHours));
      } catch (error) {
        this.logger.error(
          {
            event: "calendar.invalidOverride",
            dealershipId: this.dealershipId,
            overrideId: row.id,
            date: row.date,
            err: error,
          },
          "calendar override skipped",
        );
      }
    }

    return {
      weeklyHours,
      closedDates: holidays.closedDates,
      makeUpWorkdays: holidays.makeUpWorkdays,
      makeUpHours,
      overrides,
    };
  }
}

/**
 * Return the opening hours that a calendar override sets, or null when it closes the day. An open override
 * without times keeps that weekday's hours, or takes `makeUpHours` on a weekday the workshop is closed.
 * Throws on a malformed date, on only one of the two times, or on a closing time not after the opening time.
 */
function overrideHours(
  row: { id: string; date: string; open: boolean; openTime: string | null; closeTime: string | null },
  weeklyHours: ReadonlyArray<OpeningHours | null>,
  makeUpHours: OpeningHours,
): OpeningHours | null {
  const invalid = (reason: string, cause?: unknown): Error =>
    new Error(`Invalid calendar override '${row.id}' on '${row.date}': ${reason}`, { cause });

  try {
    parseLocalDate(row.date);
  } catch (error) {
    throw invalid('expected the date as YYYY-MM-DD, for example "2027-01-02".', error);
  }
  if (!row.open) return null;
  if (row.openTime === null && row.closeTime === null) return weeklyHours[weekdayOf(row.date)] ?? makeUpHours;
  if (row.openTime === null || row.closeTime === null) {
    const setTime = row.openTime === null ? "closeTime" : "openTime";
    throw invalid(`${setTime} is set alone. Set both times, for example "09:00" and "16:00", or neither.`);
  }

  const hours = { open: row.openTime, close: row.closeTime };
  try {
    openingMinutes(hours);
  } catch (error) {
    throw invalid(`${(error as Error).message} Correct openTime and closeTime.`, error);
  }
  return hours;
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

/** Sum part requirements into one entry per part code, in order of first appearance. */
export function totalPartsByCode(parts: readonly PartRequirement[]): PartRequirement[] {
  const totals = new Map<string, number>();
  for (const part of parts) totals.set(part.partCode, (totals.get(part.partCode) ?? 0) + part.quantity);
  return [...totals].map(([partCode, quantity]) => ({ partCode, quantity }));
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
