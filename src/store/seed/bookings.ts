/**
 * Demo bookings on the next open weekdays, so the workshop board is not empty. Each booking respects the
 * booking rules: open day, inside opening hours, parts in stock, technicians with the skill who work that
 * weekday, one booking per bay at a time, drop-offs of one advisor at least 30 minutes apart.
 */
import { chinaHolidayDates } from "../../domain/china-holidays.js";
import { addDays, addMinutes, shanghaiDateOf, toShanghaiInstant, weekdayOf } from "../../domain/time.js";
import type { LocalDate, LocalTime } from "../../domain/time.js";
import type { Prisma } from "../generated/client.js";
import { partPriceFen } from "./parts.js";
import { serviceId, serviceSpec } from "./services.js";
import { DEMO_BAYS, DEMO_DEALERSHIP_ID, DEMO_TECHNICIANS } from "./workshop.js";

/** How far ahead the seed looks for open weekdays: longer than the longest holiday break (9 days). */
const MAX_LOOKAHEAD_DAYS = 30;
const BOOKING_DAY_COUNT = 3;
/** Time the advisor needs for the walk-around check and paperwork before and after the labour. */
const HANDOVER_MARGIN_MINUTES = 30;
const HANDOVER_STEP_MINUTES = 30;

interface BookingSpec {
  id: string;
  customerId: string;
  vehicleId: string;
  advisorId: string;
  source: "proactive" | "inbound" | "online";
  /** Index into the open weekdays found after `now`: 0 = the first. */
  day: number;
  dropOff: LocalTime;
  serviceCodes: readonly string[];
  customerNote?: string;
}

/** The advisor of each customer is the one demoPeople assigns: adv-((n - 1) mod 4 + 1) for cust-n. */
const BOOKING_SPECS: readonly BookingSpec[] = [
  {
    id: "bk-1",
    customerId: "cust-05",
    vehicleId: "veh-06",
    advisorId: "adv-1",
    source: "proactive",
    day: 0,
    dropOff: "09:00",
    serviceCodes: ["minor"],
  },
  {
    id: "bk-2",
    customerId: "cust-06",
    vehicleId: "veh-07",
    advisorId: "adv-2",
    source: "inbound",
    day: 0,
    dropOff: "09:30",
    serviceCodes: ["ac"],
    customerNote: "空调有异味",
  },
  {
    id: "bk-3",
    customerId: "cust-11",
    vehicleId: "veh-13",
    advisorId: "adv-3",
    source: "online",
    day: 0,
    dropOff: "14:00",
    serviceCodes: ["alignment"],
  },
  {
    id: "bk-4",
    customerId: "cust-12",
    vehicleId: "veh-14",
    advisorId: "adv-4",
    source: "proactive",
    day: 1,
    dropOff: "08:30",
    serviceCodes: ["major"],
  },
  {
    id: "bk-5",
    customerId: "cust-13",
    vehicleId: "veh-15",
    advisorId: "adv-1",
    source: "inbound",
    day: 1,
    dropOff: "10:00",
    serviceCodes: ["battery"],
    customerNote: "早上有时打不着火",
  },
  {
    id: "bk-6",
    customerId: "cust-18",
    vehicleId: "veh-21",
    advisorId: "adv-2",
    source: "inbound",
    day: 2,
    dropOff: "09:00",
    serviceCodes: ["scratch-repair"],
  },
  {
    id: "bk-7",
    customerId: "cust-20",
    vehicleId: "veh-24",
    advisorId: "adv-4",
    source: "online",
    day: 2,
    dropOff: "13:30",
    serviceCodes: ["inspection"],
    customerNote: "仪表盘亮了一个黄色故障灯",
  },
];

export interface DemoBookings {
  bookings: Prisma.BookingCreateManyInput[];
  jobs: Prisma.BookingJobCreateManyInput[];
}

/** Build the demo bookings on the first three open weekdays after `now`'s Shanghai date. */
export function demoBookings(now: Date): DemoBookings {
  const days = nextOpenWeekdays(shanghaiDateOf(now), BOOKING_DAY_COUNT);
  const bayIntervals = new Map<string, Array<{ start: number; end: number }>>();
  const technicianHours = new Map<string, number>();
  const result: DemoBookings = { bookings: [], jobs: [] };

  for (const spec of BOOKING_SPECS) {
    const workDate = days[spec.day];
    if (workDate === undefined)
      throw new Error(
        `Booking ${spec.id} asks for open day ${spec.day}, but only ${days.length} were found.`,
      );

    // Step 1: job lines, each with a technician who has the skill and works that weekday.
    const jobs = spec.serviceCodes.map((code, index) => {
      const service = serviceSpec(code);
      const technicianId = pickTechnician(service.skill, workDate, technicianHours);
      technicianHours.set(
        `${technicianId}|${workDate}`,
        (technicianHours.get(`${technicianId}|${workDate}`) ?? 0) + service.labourHours,
      );
      const partsFen = service.parts.reduce((sum, part) => sum + partPriceFen(part.code) * part.quantity, 0);
      return {
        id: `${spec.id}-job-${index + 1}`,
        bookingId: spec.id,
        serviceItemId: serviceId(code),
        technicianId,
        workDate,
        labourHours: service.labourHours,
        labourFen: service.labourPriceFen,
        partsFen,
        partsReserved: service.parts.map((part) => `${part.code}*${part.quantity}`).join(","),
      };
    });

    // Step 2: drop-off and hand-over times, then a bay of the right kind that is free for that span.
    const labourHours = jobs.reduce((sum, job) => sum + job.labourHours, 0);
    const dropOffAt = toShanghaiInstant(workDate, spec.dropOff);
    const handOverAt = addMinutes(
      dropOffAt,
      roundUp(labourHours * 60 + HANDOVER_MARGIN_MINUTES, HANDOVER_STEP_MINUTES),
    );
    const bayKind = serviceSpec(spec.serviceCodes[0] ?? "").bayKind;
    const bayId = pickBay(bayKind, { start: dropOffAt.getTime(), end: handOverAt.getTime() }, bayIntervals);

    result.jobs.push(...jobs);
    result.bookings.push({
      id: spec.id,
      dealershipId: DEMO_DEALERSHIP_ID,
      customerId: spec.customerId,
      vehicleId: spec.vehicleId,
      advisorId: spec.advisorId,
      bayId,
      source: spec.source,
      status: "confirmed",
      dropOffAt,
      handOverAt,
      labourHours,
      estimateFen: jobs.reduce((sum, job) => sum + job.labourFen + job.partsFen, 0),
      customerNote: spec.customerNote ?? "",
      requestKey: `seed:${spec.id}`,
      createdAt: addMinutes(now, -24 * 60),
    });
  }
  return result;
}

/**
 * Return the first `count` Monday-to-Friday dates after `today` that are not public-holiday days off.
 * The workshop also opens at weekends, but the demo keeps its bookings on weekdays.
 */
function nextOpenWeekdays(today: LocalDate, count: number): LocalDate[] {
  const year = Number(today.slice(0, 4));
  const { closedDates } = chinaHolidayDates(year, year + 1);
  const days: LocalDate[] = [];
  for (let offset = 1; offset <= MAX_LOOKAHEAD_DAYS && days.length < count; offset += 1) {
    const date = addDays(today, offset);
    const weekday = weekdayOf(date);
    if (weekday >= 1 && weekday <= 5 && !closedDates.has(date)) days.push(date);
  }
  if (days.length < count) {
    throw new Error(
      `Found only ${days.length} open weekdays in the ${MAX_LOOKAHEAD_DAYS} days after ${today}, ` +
        `but the demo bookings need ${count}. Extend MAX_LOOKAHEAD_DAYS.`,
    );
  }
  return days;
}

/** Pick the least-loaded technician with the skill who works on the date's weekday. */
function pickTechnician(skill: string, date: LocalDate, bookedHours: ReadonlyMap<string, number>): string {
  const weekday = String(weekdayOf(date));
  const candidates = DEMO_TECHNICIANS.filter(
    (technician) =>
      technician.skills.split(",").includes(skill) &&
      (technician.workWeekdays ?? "").split(",").includes(weekday),
  );
  const sorted = [...candidates].sort(
    (a, b) => (bookedHours.get(`${a.id}|${date}`) ?? 0) - (bookedHours.get(`${b.id}|${date}`) ?? 0),
  );
  const chosen = sorted[0];
  if (chosen === undefined)
    throw new Error(`No demo technician with skill '${skill}' works on ${date}. Adjust DEMO_TECHNICIANS.`);
  return chosen.id;
}

/** Pick the first bay of the kind whose booked spans do not overlap `span`, and record the span. */
function pickBay(
  kind: string,
  span: { start: number; end: number },
  bayIntervals: Map<string, Array<{ start: number; end: number }>>,
): string {
  for (const bay of DEMO_BAYS) {
    if (!bay.kinds.split(",").includes(kind)) continue;
    const booked = bayIntervals.get(bay.id) ?? [];
    const overlaps = booked.some((interval) => interval.start < span.end && span.start < interval.end);
    if (overlaps) continue;
    bayIntervals.set(bay.id, [...booked, span]);
    return bay.id;
  }
  throw new Error(`No free demo bay of kind '${kind}' for a booking. Change the demo booking times.`);
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}
