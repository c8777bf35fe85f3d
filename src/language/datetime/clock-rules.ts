/**
 * Clock-time rules: which hour a spoken hour means, with or without a part-of-day word.
 * Minutes count from Shanghai midnight.
 */

/** Part of day that a booking can name. */
export type PartOfDay = "morning" | "noon" | "afternoon" | "evening";

/** Part-of-day words as parsed: the four booking parts, plus 凌晨 (small hours), which fixes AM only. */
export type DayPeriod = PartOfDay | "smallHours";

/** Workshop opening time that a bare hour is read against: 08:30. */
export const OPENING_MINUTES = 8 * 60 + 30;

/** Workshop closing time that a bare hour is read against: 18:00. */
export const CLOSING_MINUTES = 18 * 60;

/**
 * Minute of the day at which each part of day is over, for the `past` flag. 今天上午 in a message
 * sent at 12:00 or later points before now.
 */
export const PART_OF_DAY_END_MINUTES: Record<PartOfDay, number> = {
  morning: 12 * 60,
  noon: 14 * 60,
  afternoon: 18 * 60,
  evening: 24 * 60,
};

/**
 * Return the 24-hour hour that a spoken hour means, or null when it names no bookable hour.
 * Hours 0 and 13-23 are already 24-hour. A part-of-day word fixes AM or PM: 下午3点 = 15,
 * 中午1点 = 13, 上午12点 = 12. Without one, the hour (1-12) is read inside workshop hours
 * (08:30-18:00), taking whichever of AM or PM lies closer to them: 3点 = 15, 9点 = 9, 8点 = 8
 * (30 minutes before opening beats 20:00), 6点 = 18, 7点 = 19 (60 minutes after closing beats
 * 90 minutes before opening).
 */
export function resolveSpokenHour(hour: number, minute: number, period?: DayPeriod): number | null {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return null;
  if (hour === 0 || hour > 12) return hour;

  switch (period) {
    case "morning":
      return hour;
    case "smallHours":
      return hour === 12 ? 0 : hour;
    case "noon":
      return hour <= 5 ? hour + 12 : hour;
    case "afternoon":
      return hour === 12 ? 12 : hour + 12;
    case "evening":
      // 晚上12点 is midnight, the start of the next day: no hour on the named date fits.
      return hour === 12 ? null : hour + 12;
    case undefined:
      return closestToOpeningHours(hour, minute);
  }
}

/** Return whichever of hour (AM) or hour + 12 (PM) lies closer to workshop hours; 12 stays 12. */
function closestToOpeningHours(hour: number, minute: number): number {
  if (hour === 12) return 12;

  const amDistance = distanceToOpeningHours(hour * 60 + minute);
  const pmDistance = distanceToOpeningHours((hour + 12) * 60 + minute);
  return amDistance <= pmDistance ? hour : hour + 12;
}

function distanceToOpeningHours(minutes: number): number {
  if (minutes < OPENING_MINUTES) return OPENING_MINUTES - minutes;
  if (minutes > CLOSING_MINUTES) return minutes - CLOSING_MINUTES;
  return 0;
}

/** Check whether a 24-hour hour lies in a part of day, so that a later part word can keep or drop a time. */
export function isHourInPart(hour: number, part: DayPeriod): boolean {
  switch (part) {
    case "smallHours":
      return hour < 6;
    case "morning":
      return hour < 12;
    case "noon":
      return hour >= 11 && hour < 14;
    case "afternoon":
      return hour >= 12 && hour < 19;
    case "evening":
      return hour >= 17;
  }
}
