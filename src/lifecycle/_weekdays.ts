/**
 * FALLBACK working-day arithmetic: Monday to Friday only, no public holidays and no make-up
 * working days (调休). It exists so `warnings` can run before the official calendar is wired in;
 * pass the calendar's own function as `workdaysBetween` for real figures.
 *
 * @module
 */
import { toDayNumber, weekdayOfDayNumber } from "../dates.js";

/**
 * Weekdays (Monday to Friday) `d` with `start < d <= end`: the working days left from `start`
 * until `end`, counting `end` and not `start`. Negative when `end` is before `start`.
 * Holidays and make-up days are ignored; this is a fallback, not the official calendar.
 */
export function weekdaysBetween(start: string, end: string): number {
  const a = toDayNumber(start);
  const b = toDayNumber(end);
  if (b < a) return -weekdaysBetween(end, start);
  const days = b - a;
  let count = Math.floor(days / 7) * 5;
  for (let d = a + Math.floor(days / 7) * 7 + 1; d <= b; d++) {
    if (weekdayOfDayNumber(d) <= 5) count++;
  }
  return count;
}
