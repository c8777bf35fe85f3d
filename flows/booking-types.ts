/**
 * Data that the booking dialogue exchanges with its invoked actors. Everything here is plain JSON
 * (instants as ISO strings), because the dialogue's context is persisted as a snapshot after each turn.
 */
import type { BookingTime } from "../src/language/datetime.js";

export type Channel = "console" | "wechat" | "telegram";

export interface AdvisorCard {
  id: string;
  name: string;
  phone: string;
}

export interface VehicleCard {
  id: string;
  plate: string;
  model: string;
  vin: string | null;
  mileageKm: number | null;
}

export interface CustomerProfile {
  id: string;
  name: string;
  mobile: string;
  advisor: AdvisorCard;
  vehicles: VehicleCard[];
}

/** A job line as the dialogue shows it: catalogue code, name, hours and price. */
export interface JobCard {
  code: string;
  name: string;
  kind: "maintenance" | "repair" | "inspection" | "recall";
  labourHours: number;
  totalFen: number;
}

export interface RecallCard {
  code: string;
  title: string;
  serviceCode: string;
}

export interface VisitPlan {
  jobs: JobCard[];
  recalls: RecallCard[];
  /** Total labour hours and estimate of all jobs, recall work included. */
  labourHours: number;
  estimateFen: number;
  /** Reason for the chosen maintenance package, shown to the customer when maintenance is among the jobs. */
  maintenanceReason: string | null;
  /** True when maintenance was asked for and the mileage is needed to choose the package. */
  needsMileage: boolean;
  /** True when the customer described a fault that no catalogue job matches, so an inspection was added. */
  addedInspection: boolean;
  /** Earliest drop-off the parts allow (ISO instant), when a part must be ordered first. */
  partsReadyAt: string | null;
}

export interface SlotOffer {
  date: string;
  dropOffAt: string;
  handOverAt: string;
  advisorId: string;
  bayId: string;
  labour: Array<{ technicianId: string; serviceCode: string; date: string; hours: number }>;
}

export interface SlotProposal {
  exact: SlotOffer | null;
  alternatives: SlotOffer[];
  /** When nothing fits near the wish: the earliest free slots at all (up to 3, spread out), else empty. */
  earliest: SlotOffer[];
  partsDelayUntil: string | null;
}

export interface HoldResult {
  holdId: string;
  expiresAt: string;
}

export interface BookingResult {
  bookingId: string;
  dropOffAt: string;
  handOverAt: string;
}

/** Everything the booking actor needs, taken from the dialogue's context so no profile is read again. */
export interface CreateBookingInput {
  conversationId: string;
  channel: Channel;
  externalId: string;
  requestKey: string;
  customer: CustomerProfile | null;
  vehicleId: string;
  slot: SlotOffer;
  jobCodes: string[];
  mileageKm: number | null;
  now: string;
}

export interface BookingListItem {
  bookingId: string;
  dropOffAt: string;
  handOverAt: string;
  plate: string;
  jobNames: string[];
  status: string;
  advisorName: string;
}

export interface RegistrationDraft {
  mobile: string | null;
  name: string | null;
  plate: string | null;
  model: string | null;
  vin: string | null;
}

export type { BookingTime };
