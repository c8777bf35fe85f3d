import { describe, expect, it } from "vitest";

import { findSlotsOnDay, isSlotFree, withoutBooking } from "../../src/domain/board/slots.js";
import {
  MONDAY,
  PREVIOUS_FRIDAY_NOW,
  at,
  makeBoard,
  makeBooking,
  makeJob,
  makeRequest,
  makeTechnician,
} from "./fixtures.js";
import type { Board, BoardBooking, Slot } from "../../src/domain/board/types.js";

/**
 * Return the first free Monday slot of the default 1-hour visit on a board, failing the test when there is
 * none.
 */
function firstMondaySlot(board: Board): Slot {
  const [slot] = findSlotsOnDay(board, makeRequest(), MONDAY, PREVIOUS_FRIDAY_NOW);
  if (slot === undefined) throw new Error("Fixture board has no free Monday slot; check makeBoard defaults.");
  return slot;
}

/** Turn a slot into a hold on the board, as the booking flow does while the customer confirms. */
function holdFor(slot: Slot, id: string): BoardBooking {
  return makeBooking({
    id,
    advisorId: slot.advisorId,
    bayId: slot.bayId,
    dropOffAt: slot.dropOffAt,
    handOverAt: slot.handOverAt,
    labour: slot.labour.map(({ technicianId, date, hours }) => ({ technicianId, date, hours })),
  });
}

/** Change made to the board or the slot between the search and the confirmation. */
type Change = (board: Board, slot: Slot) => { board: Board; slot?: Slot };

describe("isSlotFree", () => {
  it.each<{ case: string; change: Change; now: Date; free: boolean }>([
    { case: "unchanged board", change: (board: Board) => ({ board }), now: PREVIOUS_FRIDAY_NOW, free: true },
    {
      case: "bay taken meanwhile",
      change: (board: Board, slot: Slot) => ({
        board: {
          ...board,
          bookings: [
            makeBooking({
              id: "OTHER",
              advisorId: "A2",
              bayId: slot.bayId,
              dropOffAt: slot.dropOffAt,
              handOverAt: slot.handOverAt,
            }),
          ],
        },
      }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "technician filled meanwhile",
      change: (board: Board) => ({
        board: {
          ...board,
          bookings: [makeBooking({ labour: [{ technicianId: "T1", date: MONDAY, hours: 6 }] })],
        },
      }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "advisor busy meanwhile",
      change: (board: Board, slot: Slot) => ({
        board: {
          ...board,
          bookings: [makeBooking({ advisorId: slot.advisorId, dropOffAt: slot.dropOffAt })],
        },
      }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "inside notice now",
      change: (board: Board) => ({ board }),
      now: at(MONDAY, "07:00"),
      free: false,
    },
    {
      case: "other advisor's slot",
      change: (board: Board, slot: Slot) => ({ board, slot: { ...slot, advisorId: "A2" } }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "hand-over too early",
      change: (board: Board, slot: Slot) => ({ board, slot: { ...slot, handOverAt: at(MONDAY, "09:30") } }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "labour missing",
      change: (board: Board, slot: Slot) => ({ board, slot: { ...slot, labour: [] } }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "unskilled technician",
      change: (board: Board, slot: Slot) => ({
        board: {
          ...board,
          technicians: [...board.technicians, makeTechnician({ id: "T2", skills: ["bodywork"] })],
        },
        slot: { ...slot, labour: slot.labour.map((line) => ({ ...line, technicianId: "T2" })) },
      }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
    {
      case: "unknown bay",
      change: (board: Board, slot: Slot) => ({ board, slot: { ...slot, bayId: "B404" } }),
      now: PREVIOUS_FRIDAY_NOW,
      free: false,
    },
  ])("returns $free for $case", ({ change, now, free }) => {
    const board = makeBoard();
    const slot = firstMondaySlot(board);
    const changed = change(board, slot);

    expect(isSlotFree(changed.board, makeRequest(), changed.slot ?? slot, now)).toBe(free);
  });

  it("conflicts with its own hold", () => {
    const board = makeBoard();
    const slot = firstMondaySlot(board);
    const held = { ...board, bookings: [holdFor(slot, "HOLD-1")] };

    expect(isSlotFree(held, makeRequest(), slot, PREVIOUS_FRIDAY_NOW)).toBe(false);
    expect(isSlotFree(withoutBooking(held, "HOLD-1"), makeRequest(), slot, PREVIOUS_FRIDAY_NOW)).toBe(true);
  });

  it("accepts multi-day slot", () => {
    const technicians = [makeTechnician({ id: "T1" }), makeTechnician({ id: "T2" })];
    const board = makeBoard({ technicians });
    const request = makeRequest([makeJob({ labourHours: 12 })]);
    const [slot] = findSlotsOnDay(board, request, MONDAY, PREVIOUS_FRIDAY_NOW);

    expect(slot).toBeDefined();
    expect(isSlotFree(board, request, slot as Slot, PREVIOUS_FRIDAY_NOW)).toBe(true);
  });

  it("rejects other job list", () => {
    const board = makeBoard();
    const slot = firstMondaySlot(board);
    const longerRequest = makeRequest([makeJob({ labourHours: 2 })]);

    expect(isSlotFree(board, longerRequest, slot, PREVIOUS_FRIDAY_NOW)).toBe(false);
  });
});
