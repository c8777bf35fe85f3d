/**
 * Assignment of new customers to service advisors (服务顾问) by that day's workload.
 */
import { compareIds } from "./board/board-index.js";

export interface AdvisorLoad {
  advisorId: string;
  active: boolean;
  /** Bookings the advisor already has that day. */
  bookedCount: number;
  /** Labour hours of those bookings. */
  bookedHours: number;
}

/**
 * Pick the advisor for a new customer: the active advisor with the fewest booked hours that day, then fewest
 * bookings, then id order. Throws when no advisor is active, naming the dealership situation.
 */
export function pickLeastLoadedAdvisor(loads: readonly AdvisorLoad[]): string {
  const active = loads.filter((load) => load.active);
  if (active.length === 0) {
    throw new Error(
      `No active service advisor among ${loads.length} advisor(s): ` +
        "the dealership has nobody to take new customers. " +
        "Mark at least one advisor active, or hand the customer to the service manager.",
    );
  }

  const chosen = active.reduce((best, load) => (compareLoads(load, best) < 0 ? load : best));
  return chosen.advisorId;
}

function compareLoads(a: AdvisorLoad, b: AdvisorLoad): number {
  return (
    a.bookedHours - b.bookedHours || a.bookedCount - b.bookedCount || compareIds(a.advisorId, b.advisorId)
  );
}
