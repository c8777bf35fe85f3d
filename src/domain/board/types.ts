/**
 * Data of the workshop board: technicians, bays, service items, parts stock, existing bookings and the
 * settings of the capacity rules. Money is integer fen, hours are decimal hours, instants are UTC `Date`s and
 * calendar dates are Asia/Shanghai `LocalDate`s.
 */
import type { WorkshopCalendar } from "../calendar.js";
import type { LocalDate, LocalTime, Weekday } from "../time.js";

export interface Technician {
  id: string;
  name: string;
  skills: readonly string[];
  dailyHours: number;
  workWeekdays: readonly Weekday[];
}

export interface Bay {
  id: string;
  name: string;
  /** Work the bay is equipped for, e.g. "general", "lift", "alignment", "bodywork". */
  kinds: readonly string[];
}

export interface PartRequirement {
  partCode: string;
  quantity: number;
}

export interface ServiceItem {
  code: string;
  name: string;
  kind: "maintenance" | "repair" | "inspection" | "recall";
  /**
   * Technician skill needed, e.g. "maintenance", "electrical", "chassis", "engine", "bodywork", "diagnosis".
   */
  skill: string;
  /** Bay kind needed, e.g. "lift". */
  bayKind: string;
  labourHours: number;
  /** Labour price of the whole job line, in fen. */
  labourPriceFen: number;
  parts: readonly PartRequirement[];
  /** Chinese words a customer might use for this job, e.g. ["机油", "小保养"]. */
  keywords: readonly string[];
}

export interface PartStock {
  code: string;
  name: string;
  priceFen: number;
  onHand: number;
  expectedArrivalAt: Date | null;
  /** Days an order takes to arrive when no arrival date is known. */
  leadDays: number;
}

/** An existing booking or a live 10-minute hold; both take capacity the same way. */
export interface BoardBooking {
  id: string;
  advisorId: string;
  bayId: string;
  dropOffAt: Date;
  handOverAt: Date;
  labour: ReadonlyArray<{ technicianId: string; date: LocalDate; hours: number }>;
  /** Parts reserved from stock by this booking. */
  parts: readonly PartRequirement[];
}

export interface BoardSettings {
  /** Minimum time between `now` and a drop-off. Default 120. */
  minNoticeMinutes: number;
  /** Drop-off grid step from opening time, so 30 gives :00/:30 times for an 08:30 opening. Default 30. */
  slotStepMinutes: number;
  /** Minimum gap between two drop-offs of one advisor. Default 30. */
  advisorSpacingMinutes: number;
  /** Maximum share of a technician's daily hours that bookings may take, 0..1. Default 0.8. */
  technicianLoadLimit: number;
  /** Walk-around check between drop-off and the start of work. Default 15. */
  checkInMinutes: number;
  /** Road test, wash and paperwork between the end of work and hand-over. Default 30. */
  handOverBufferMinutes: number;
}

export const DEFAULT_BOARD_SETTINGS: BoardSettings = {
  minNoticeMinutes: 120,
  slotStepMinutes: 30,
  advisorSpacingMinutes: 30,
  technicianLoadLimit: 0.8,
  checkInMinutes: 15,
  handOverBufferMinutes: 30,
};

export interface Board {
  calendar: WorkshopCalendar;
  technicians: readonly Technician[];
  bays: readonly Bay[];
  bookings: readonly BoardBooking[];
  parts: readonly PartStock[];
  settings: BoardSettings;
}

export interface VisitRequest {
  advisorId: string;
  jobs: readonly ServiceItem[];
}

export interface SlotLabour {
  technicianId: string;
  serviceCode: string;
  date: LocalDate;
  hours: number;
}

export interface Slot {
  /** Drop-off date. A multi-day visit hands over on a later date. */
  date: LocalDate;
  dropOffAt: Date;
  handOverAt: Date;
  advisorId: string;
  bayId: string;
  labour: ReadonlyArray<SlotLabour>;
}

export type PartOfDay = "morning" | "noon" | "afternoon" | "evening";

export interface Wish {
  date: LocalDate;
  time?: LocalTime;
  partOfDay?: PartOfDay;
}
