/**
 * Maintenance due rules: the package due now and the date the next one falls due. The rules (interval in
 * kilometres and months) are dealership data. A higher-priority package includes the lower ones, so a major
 * service also counts as the last minor service.
 */
import { addDays, daysBetween, daysInMonth, formatLocalDate, parseLocalDate } from "./time.js";
import type { LocalDate } from "./time.js";

/**
 * Dealership due rule, e.g. minor service 10 000 km / 12 months; major service 40 000 km / 48 months (higher
 * priority).
 */
export interface MaintenanceRule {
  serviceCode: string;
  intervalKm: number;
  intervalMonths: number;
  priority: number;
}

export interface ServiceHistoryEntry {
  date: LocalDate;
  mileageKm: number | null;
  serviceCodes: readonly string[];
}

export interface MaintenanceChoice {
  serviceCode: string;
  /** Simplified Chinese reason for the customer, e.g. "距上次保养已行驶约1.2万公里，已到1万公里的保养里程". */
  reason: string;
}

/** Days ahead in which a package that will fall due counts as due now. */
export const DEFAULT_DUE_HORIZON_DAYS = 30;
/**
 * Minimum days between the first and last known mileage for an average km/day, so one week's trip does not
 * skew it.
 */
const MIN_DAYS_FOR_KM_RATE = 30;
const KM_PER_WAN = 10_000;

interface RuleStatus {
  rule: MaintenanceRule;
  last: ServiceHistoryEntry | null;
  /** Kilometres since the last service of this rule (from 0 km without one); null when unknown. */
  drivenKm: number | null;
  kmDueNow: boolean;
  kmDueSoon: boolean;
  monthsDueDate: LocalDate | null;
  monthsDue: boolean;
}

/**
 * Choose which maintenance package is due, with a Chinese reason for the customer (e.g. "距上次保养已行驶约1.2万公里").
 * For each rule, the last history entry that included its serviceCode (or a higher-priority rule's, which
 * includes it) is the baseline. The rule is due when its interval in km (against currentMileageKm, when
 * known) or in months (against today) has passed or will pass within `horizonDays`. The result is the
 * highest-priority rule that is due, else the lowest-priority rule, because a customer asking for maintenance
 * always gets at least the minor service.
 *
 * Without any service of a rule in the history, its kilometres count from 0 and its months cannot pass. "Will
 * pass" for kilometres uses the average km/day of the known mileages. Throws when `rules` is empty.
 */
export function chooseMaintenance(
  rules: readonly MaintenanceRule[],
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
  horizonDays: number = DEFAULT_DUE_HORIZON_DAYS,
): MaintenanceChoice {
  const byPriority = sortByPriority(rules);
  const kmPerDay = averageKmPerDay(history, currentMileageKm, today);
  const horizonEnd = addDays(today, horizonDays);

  for (const rule of byPriority) {
    const status = ruleStatus(rule, rules, history, currentMileageKm, today, horizonEnd, kmPerDay);
    if (status.kmDueNow || status.kmDueSoon || status.monthsDue) {
      return { serviceCode: rule.serviceCode, reason: dueReason(status, today) };
    }
  }

  const lowest = byPriority[byPriority.length - 1];
  if (lowest === undefined)
    throw new Error("No maintenance rules given. Load the dealership's due rules first.");
  const reason =
    history.length === 0 ? "暂无保养记录，建议先做一次常规保养" : "尚未到保养周期，按常规保养安排";
  return { serviceCode: lowest.serviceCode, reason };
}

/**
 * Compute the date the next maintenance falls due, for proactive contact at N-15. Each rule's date is the
 * earlier of the km-based estimate (average km/day from history) and the months rule. The rule with the
 * earliest date wins, ties to the higher priority. The date is in the past when the package is overdue.
 * Returns null when no rule has a date: no service in the history and no km/day average.
 */
export function nextMaintenanceDue(
  rules: readonly MaintenanceRule[],
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
): { serviceCode: string; dueDate: LocalDate } | null {
  const kmPerDay = averageKmPerDay(history, currentMileageKm, today);
  const latest = latestMileage(history, currentMileageKm, today);
  let best: { serviceCode: string; dueDate: LocalDate } | null = null;

  for (const rule of sortByPriority(rules)) {
    const last = lastServiceOf(rule, rules, history);
    const dates: LocalDate[] = [];
    if (last !== null) dates.push(addMonths(last.date, rule.intervalMonths));

    const baselineKm = last === null ? 0 : last.mileageKm;
    if (baselineKm !== null && latest !== null) {
      const kmLeft = baselineKm + rule.intervalKm - latest.mileageKm;
      if (kmLeft <= 0) dates.push(latest.date);
      if (kmLeft > 0 && kmPerDay !== null) dates.push(addDays(latest.date, Math.ceil(kmLeft / kmPerDay)));
    }

    const dueDate = dates.sort()[0];
    if (dueDate === undefined) continue;
    // Rules come highest priority first, so only a strictly earlier date replaces the current choice.
    if (best === null || dueDate < best.dueDate) best = { serviceCode: rule.serviceCode, dueDate };
  }
  return best;
}

function ruleStatus(
  rule: MaintenanceRule,
  rules: readonly MaintenanceRule[],
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
  horizonEnd: LocalDate,
  kmPerDay: number | null,
): RuleStatus {
  const last = lastServiceOf(rule, rules, history);
  const baselineKm = last === null ? 0 : last.mileageKm;
  const drivenKm = currentMileageKm !== null && baselineKm !== null ? currentMileageKm - baselineKm : null;
  const kmDueNow = drivenKm !== null && drivenKm >= rule.intervalKm;
  const horizonDays = daysBetween(today, horizonEnd);
  const kmDueSoon =
    !kmDueNow &&
    drivenKm !== null &&
    kmPerDay !== null &&
    drivenKm + kmPerDay * horizonDays >= rule.intervalKm;

  const monthsDueDate = last === null ? null : addMonths(last.date, rule.intervalMonths);
  const monthsDue = monthsDueDate !== null && monthsDueDate <= horizonEnd;
  return { rule, last, drivenKm, kmDueNow, kmDueSoon, monthsDueDate, monthsDue };
}

function dueReason(status: RuleStatus, today: LocalDate): string {
  const { rule, last, drivenKm, monthsDueDate } = status;
  const interval = formatKm(rule.intervalKm);
  if (status.kmDueNow && drivenKm !== null) {
    if (last === null) return `当前里程约${formatKm(drivenKm)}，已到${interval}的保养里程`;
    return `距上次保养已行驶约${formatKm(drivenKm)}，已到${interval}的保养里程`;
  }
  if (status.kmDueSoon && drivenKm !== null) {
    return `距上次保养已行驶约${formatKm(drivenKm)}，近期将达到${interval}的保养里程`;
  }
  if (monthsDueDate !== null && monthsDueDate <= today) {
    return `距上次保养已满${rule.intervalMonths}个月`;
  }
  return `距上次保养将于${formatChineseDate(monthsDueDate ?? today)}满${rule.intervalMonths}个月`;
}

/**
 * Return the latest entry that includes the rule's service or a higher-priority one; later in the list wins a
 * tie.
 */
function lastServiceOf(
  rule: MaintenanceRule,
  rules: readonly MaintenanceRule[],
  history: readonly ServiceHistoryEntry[],
): ServiceHistoryEntry | null {
  const coveringCodes = new Set(
    rules.filter((other) => other.priority > rule.priority).map((other) => other.serviceCode),
  );
  coveringCodes.add(rule.serviceCode);

  let last: ServiceHistoryEntry | null = null;
  for (const entry of history) {
    if (!entry.serviceCodes.some((code) => coveringCodes.has(code))) continue;
    if (last === null || entry.date >= last.date) last = entry;
  }
  return last;
}

/**
 * Average km/day between the earliest and latest known mileage (history, and today's when known); null if
 * unknown.
 */
function averageKmPerDay(
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
): number | null {
  const points = mileagePoints(history, currentMileageKm, today);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return null;

  const days = daysBetween(first.date, last.date);
  const km = last.mileageKm - first.mileageKm;
  if (days < MIN_DAYS_FOR_KM_RATE || km <= 0) return null;
  return km / days;
}

function latestMileage(
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
): { date: LocalDate; mileageKm: number } | null {
  const points = mileagePoints(history, currentMileageKm, today);
  return points[points.length - 1] ?? null;
}

function mileagePoints(
  history: readonly ServiceHistoryEntry[],
  currentMileageKm: number | null,
  today: LocalDate,
): Array<{ date: LocalDate; mileageKm: number }> {
  const points: Array<{ date: LocalDate; mileageKm: number }> = [];
  for (const entry of history) {
    if (entry.mileageKm !== null) points.push({ date: entry.date, mileageKm: entry.mileageKm });
  }
  if (currentMileageKm !== null) points.push({ date: today, mileageKm: currentMileageKm });
  return points.sort((a, b) => daysBetween(b.date, a.date));
}

function sortByPriority(rules: readonly MaintenanceRule[]): MaintenanceRule[] {
  if (rules.length === 0) {
    throw new Error(
      "No maintenance rules given. Load the dealership's due rules (interval km and months) first.",
    );
  }
  return [...rules].sort((a, b) => b.priority - a.priority);
}

/** Add calendar months, clamping to the month's last day. ("2026-01-31", 1) → "2026-02-28". */
function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatLocalDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Format kilometres for customers: 12 000 → "1.2万公里", 10 000 → "1万公里", 9 460 → "9500公里". */
function formatKm(km: number): string {
  if (km >= KM_PER_WAN) {
    const wan = Math.round(km / 1_000) / 10;
    return `${wan}万公里`;
  }
  return `${Math.round(km / 100) * 100}公里`;
}

function formatChineseDate(date: LocalDate): string {
  const [year, month, day] = parseLocalDate(date);
  return `${year}年${month}月${day}日`;
}
