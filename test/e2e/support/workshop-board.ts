/**
 * Direct writes to the workshop board of a test database, to set up a nearly full day before a chat starts.
 */
import { DEFAULT_BOARD_SETTINGS } from "../../../src/domain/board/types.js";
import { toShanghaiInstant, weekdayOf, type LocalDate } from "../../../src/domain/time.js";
import type { Db } from "../../../src/store/database.js";
import { INACTIVE_BOOKING_STATUSES } from "../../../src/store/workshop-repository.js";

const MAINTENANCE_SKILL = "maintenance";
/** Hour differences smaller than this are rounding noise of decimal hours. */
const EPSILON_HOURS = 1e-6;

/**
 * Book every maintenance technician on duty on `date` up to the board's load limit, except for `freeHours`
 * left in total, with one confirmed filler booking in the bodywork bay (so no general bay is taken).
 * Existing bookings on the day are counted. Throws when the day has less than `freeHours` of room.
 */
export async function fillMaintenanceCapacity(prisma: Db, date: LocalDate, freeHours: number): Promise<void> {
  // Step 1: the maintenance technicians on duty and their room below the load limit.
  const weekday = String(weekdayOf(date));
  const technicians = (
    await prisma.technician.findMany({
      where: { active: true },
      orderBy: { id: "asc" },
      select: { id: true, skills: true, dailyHours: true, workWeekdays: true },
    })
  ).filter(
    (technician) =>
      technician.skills.split(",").includes(MAINTENANCE_SKILL) &&
      technician.workWeekdays.split(",").includes(weekday),
  );
  const booked = await prisma.bookingJob.findMany({
    where: { workDate: date, booking: { status: { notIn: INACTIVE_BOOKING_STATUSES } } },
    select: { technicianId: true, labourHours: true },
  });
  const rooms = technicians.map((technician) => {
    const bookedHours = booked
      .filter((line) => line.technicianId === technician.id)
      .reduce((total, line) => total + line.labourHours, 0);
    return {
      technicianId: technician.id,
      roomHours: DEFAULT_BOARD_SETTINGS.technicianLoadLimit * technician.dailyHours - bookedHours,
    };
  });

  // Step 2: take all the room, except `freeHours` on the technician with the most room.
  const roomiest = [...rooms].sort((a, b) => b.roomHours - a.roomHours)[0];
  if (!roomiest || roomiest.roomHours + EPSILON_HOURS < freeHours) {
    throw new Error(
      `No maintenance technician has ${freeHours} h of room on ${date}. Pick a day with less booked work.`,
    );
  }
  const lines = rooms
    .map((room) => ({
      technicianId: room.technicianId,
      hours: room === roomiest ? room.roomHours - freeHours : room.roomHours,
    }))
    .filter((line) => line.hours > EPSILON_HOURS);

  // Step 3: one filler booking that carries those hours.
  const vehicle = await prisma.vehicle.findFirstOrThrow({
    where: { customerId: "cust-30" },
    select: { id: true, customerId: true },
  });
  const serviceItem = await prisma.serviceItem.findFirstOrThrow({
    where: { code: "major" },
    select: { id: true },
  });
  const bookingId = `e2e-filler-${date}`;
  await prisma.booking.create({
    data: {
      id: bookingId,
      dealershipId: "dealer-1",
      customerId: vehicle.customerId,
      vehicleId: vehicle.id,
      advisorId: "adv-4",
      bayId: "bay-5",
      source: "proactive",
      status: "confirmed",
      dropOffAt: toShanghaiInstant(date, "08:30"),
      handOverAt: toShanghaiInstant(date, "18:00"),
      labourHours: lines.reduce((total, line) => total + line.hours, 0),
      estimateFen: 0,
      requestKey: bookingId,
      jobs: {
        create: lines.map((line, index) => ({
          id: `${bookingId}-job-${index + 1}`,
          serviceItemId: serviceItem.id,
          technicianId: line.technicianId,
          workDate: date,
          labourHours: line.hours,
          labourFen: 0,
          partsFen: 0,
        })),
      },
    },
    select: { id: true },
  });
}
