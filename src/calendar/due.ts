/**
 * Windows and countdowns measured on the working-day calendar.
 *
 * @module
 */
import { assertIsoDate, daysBetween, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { CalendarOptions } from "./types.js";
import { addWorkdays, isWorkday, workdaysBetween } from "./workdays.js";

/**
 * A window of dates, both ends included.
 *
 * @example
 * ```ts
 * import type { DateWindow } from "ducha/calendar";
 * const window: DateWindow = { start: "2025-06-09", end: "2025-06-20" };
 * ```
 * @category Calendar
 */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The window of a public notice (公示) lasting `workingDays` working days from `start`: `start`
 * counts as the first day when it is a working day, and `end` is the last working day.
 *
 * @example
 * ```ts
 * import { publicNoticeWindow } from "ducha/calendar";
 * // Suzhou 2024 published "2024年9月29日至2024年10月9日，共10个工作日"; 29 September was a
 * // make-up workday, but 1-7 October were off, so 10 working days end on 16 October.
 * publicNoticeWindow("2024-09-29", 10); //=> { start: "2024-09-29", end: "2024-10-16" }
 * publicNoticeWindow("2025-06-09", 10); //=> { start: "2025-06-09", end: "2025-06-20" }
 * ```
 * @throws {DuchaError} `invalid_argument` unless workingDays is a positive integer;
 * `invalid_date`; `calendar_year_not_covered`.
 * @category Calendar
 */
export function publicNoticeWindow(
  start: IsoDate,
  workingDays: number,
  options?: CalendarOptions,
): DateWindow {
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `公示期工作日数必须是正整数，收到${String(workingDays)}`,
        en: `the notice period must be a positive whole number of working days, got ${String(workingDays)}`,
      },
      { workingDays },
    );
  }
  const steps = isWorkday(start, options) ? workingDays - 1 : workingDays;
  return { start, end: addWorkdays(start, steps, options) };
}

/**
 * Calendar days from `asOf` to `due`: 0 on the due date, negative once it has passed.
 *
 * @example
 * ```ts
 * import { daysRemaining } from "ducha/calendar";
 * daysRemaining("2024-12-31", "2024-12-01"); //=> 30
 * daysRemaining("2024-12-31", "2025-01-02"); //=> -2
 * ```
 * @throws {DuchaError} `invalid_date`
 * @category Calendar
 */
export function daysRemaining(due: IsoDate, asOf: IsoDate): number {
  assertIsoDate(due, "due");
  assertIsoDate(asOf, "asOf");
  return daysBetween(asOf, due);
}

/**
 * Working days left: the working days in (asOf, due], negative once `due` has passed
 * (see `workdaysBetween`).
 *
 * @example
 * ```ts
 * import { workdaysRemaining } from "ducha/calendar";
 * workdaysRemaining("2024-10-09", "2024-09-27"); //=> 4
 * ```
 * @throws {DuchaError} `invalid_date`, `calendar_year_not_covered`
 * @category Calendar
 */
export function workdaysRemaining(due: IsoDate, asOf: IsoDate, options?: CalendarOptions): number {
  assertIsoDate(due, "due");
  assertIsoDate(asOf, "asOf");
  return workdaysBetween(asOf, due, options);
}

/**
 * True when `asOf` is after `due`; on the due date itself the duty is not yet overdue.
 *
 * @example
 * ```ts
 * import { isOverdue } from "ducha/calendar";
 * isOverdue("2024-12-31", "2024-12-31"); //=> false
 * isOverdue("2024-12-31", "2025-01-01"); //=> true
 * ```
 * @throws {DuchaError} `invalid_date`
 * @category Calendar
 */
export function isOverdue(due: IsoDate, asOf: IsoDate): boolean {
  assertIsoDate(due, "due");
  assertIsoDate(asOf, "asOf");
  return asOf > due;
}
