/**
 * The slot search over one board for one visit: the board is indexed once, then each day's candidate drop-off
 * times are checked against notice, parts, advisor spacing, bays and technician capacity.
 */
import { openingHoursOn, openingMinutes } from "../calendar.js";
import { compareIds, indexBoard, isAdvisorFree, isBayFree } from "./board-index.js";
import { assignTechnicians } from "./labour.js";
import { partsReadyAtWithReserved } from "./parts.js";
import { fitsOneDay, instantOn, labourMinutesOf, planVisit, sameDayHandOverMinutes } from "./timeline.js";
import type { BoardIndex } from "./board-index.js";
import type { Bay, Board, Slot, SlotLabour, VisitRequest } from "./types.js";
import type { LocalDate } from "../time.js";

const MS_PER_MINUTE = 60_000;

export interface SlotSearch {
  board: Board;
  request: VisitRequest;
  index: BoardIndex;
  /** Earliest allowed drop-off (epoch ms): the later of `now` + minimum notice and the parts' arrival. */
  earliestDropOffMs: number;
  /** Arrival of missing parts, or null when every part is in stock. */
  partsReadyAt: Date | null;
  /** Bays whose kinds cover every job, fewest kinds first (so versatile bays stay free), then id order. */
  bays: readonly Bay[];
  labourMinutes: number;
}

/** Index the board and work out the visit's constraints that do not depend on the day. */
export function createSlotSearch(board: Board, request: VisitRequest, now: Date): SlotSearch {
  validateRequest(board, request);

  const index = indexBoard(board);
  const readyAt = partsReadyAtWithReserved(board, request, now, index.reservedParts);
  const noticeMs = now.getTime() + board.settings.minNoticeMinutes * MS_PER_MINUTE;
  const earliestDropOffMs = Math.max(noticeMs, readyAt?.getTime() ?? noticeMs);

  const bayKinds = new Set(request.jobs.map((job) => job.bayKind));
  const bays = board.bays
    .filter((bay) => [...bayKinds].every((kind) => bay.kinds.includes(kind)))
    .sort((a, b) => a.kinds.length - b.kinds.length || compareIds(a.id, b.id));

  return {
    board,
    request,
    index,
    earliestDropOffMs,
    partsReadyAt: readyAt,
    bays,
    labourMinutes: labourMinutesOf(request.jobs),
  };
}

/**
 * List the free slots on one day, earliest first: one per drop-off time on the grid from opening, with the
 * first free bay. A visit too long for one day gets at most one slot, at opening time.
 */
export function slotsOnDay(search: SlotSearch, date: LocalDate): Slot[] {
  const { board, request, index } = search;
  const hours = openingHoursOn(board.calendar, date);
  if (hours === null || search.bays.length === 0) return [];

  const { openMinutes, closeMinutes } = openingMinutes(hours);
  if (!fitsOneDay(board.settings, search.labourMinutes, openMinutes, closeMinutes)) {
    const slot = slotAt(search, date, openMinutes);
    return slot === null ? [] : [slot];
  }

  // Technician capacity is counted per day, so one assignment serves every drop-off time of a same-day visit.
  const plan = planVisit(board.calendar, board.settings, request.jobs, date, openMinutes);
  const portions = plan?.days[0]?.portions;
  if (portions === undefined) return [];
  const labour = assignTechnicians(board, index, date, portions);
  if (labour === null) return [];

  const slots: Slot[] = [];
  for (let minutes = openMinutes; minutes < closeMinutes; minutes += board.settings.slotStepMinutes) {
    const handOverMinutes = sameDayHandOverMinutes(board.settings, search.labourMinutes, minutes);
    if (handOverMinutes > closeMinutes) break;

    const dropOffAt = instantOn(date, minutes);
    const handOverAt = instantOn(date, handOverMinutes);
    if (!isDropOffAllowed(search, dropOffAt)) continue;
    const bayId = firstFreeBayId(search, dropOffAt, handOverAt);
    if (bayId === null) continue;

    slots.push({
      date,
      dropOffAt,
      handOverAt,
      advisorId: request.advisorId,
      bayId,
      labour: labour.map(copyLabour),
    });
  }
  return slots;
}

/**
 * Return the slot for a drop-off at `minutes` after Shanghai midnight on `date`, or null when it is not free.
 */
export function slotAt(search: SlotSearch, date: LocalDate, minutes: number): Slot | null {
  const { board, request, index } = search;
  const plan = planVisit(board.calendar, board.settings, request.jobs, date, minutes);
  if (plan === null || !isDropOffAllowed(search, plan.dropOffAt)) return null;

  const bayId = firstFreeBayId(search, plan.dropOffAt, plan.handOverAt);
  if (bayId === null) return null;

  const labour: SlotLabour[] = [];
  for (const day of plan.days) {
    const dayLabour = assignTechnicians(board, index, day.date, day.portions);
    if (dayLabour === null) return null;
    labour.push(...dayLabour);
  }
  return {
    date,
    dropOffAt: plan.dropOffAt,
    handOverAt: plan.handOverAt,
    advisorId: request.advisorId,
    bayId,
    labour,
  };
}

/** Check the drop-off against the minimum notice, the parts' arrival and the advisor's spacing. */
export function isDropOffAllowed(search: SlotSearch, dropOffAt: Date): boolean {
  const dropOffMs = dropOffAt.getTime();
  if (dropOffMs < search.earliestDropOffMs) return false;

  const spacingMinutes = search.board.settings.advisorSpacingMinutes;
  return isAdvisorFree(search.index, search.request.advisorId, dropOffMs, spacingMinutes);
}

/** Return the first eligible bay with no hold between drop-off and hand-over, or null when none is free. */
export function firstFreeBayId(search: SlotSearch, dropOffAt: Date, handOverAt: Date): string | null {
  const range = { startMs: dropOffAt.getTime(), endMs: handOverAt.getTime() };
  const bay = search.bays.find((candidate) => isBayFree(search.index, candidate.id, range));
  return bay?.id ?? null;
}

function copyLabour(line: SlotLabour): SlotLabour {
  return { ...line };
}

function validateRequest(board: Board, request: VisitRequest): void {
  if (request.jobs.length === 0) {
    throw new Error(
      `Visit request for advisor '${request.advisorId}' has no jobs. ` +
        "Add at least one service item, e.g. the inspection job for an unclear fault.",
    );
  }
  const step = board.settings.slotStepMinutes;
  if (!Number.isInteger(step) || step <= 0) {
    throw new RangeError(
      `Invalid slotStepMinutes ${step}: expected a whole number of minutes above 0, e.g. 30.`,
    );
  }
  const badJob = request.jobs.find((job) => !Number.isFinite(job.labourHours) || job.labourHours < 0);
  if (badJob !== undefined) {
    throw new RangeError(
      `Invalid labourHours ${badJob.labourHours} on service item '${badJob.code}': ` +
        "expected a number of hours, 0 or more.",
    );
  }
}
