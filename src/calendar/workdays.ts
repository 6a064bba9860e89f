import type { IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import {
  assertSpanCovered,
  dateAt,
  indexOf,
  KIND_MAKE_UP,
  KIND_WORKDAY,
  locate,
  lowerBound,
  yearAt,
} from "./calendar-index.js";
import type { CalendarOptions } from "./types.js";

/**
 * True when the date is an official working day: a weekday that is not a day off, or a weekend
 * day the notice makes a working day (调休上班).
 *
 * @example
 * ```ts
 * import { isWorkday } from "ducha/calendar";
 * isWorkday("2024-02-04"); //=> true (a Sunday worked for the Spring Festival)
 * isWorkday("2024-10-01"); //=> false (National Day)
 * isWorkday("2024-10-08"); //=> true
 * ```
 * @throws {DuchaError} `invalid_date` for a malformed date; `calendar_year_not_covered` for a
 * year the calendar has no data for.
 * @category Calendar
 */
export function isWorkday(date: IsoDate, options?: CalendarOptions): boolean {
  const index = indexOf(options);
  const kind = index.kinds[locate(index, date)];
  return kind === KIND_WORKDAY || kind === KIND_MAKE_UP;
}

/**
 * True when the date is a rest day: a weekend not worked, or an official day off.
 *
 * @example
 * ```ts
 * import { isRestDay } from "ducha/calendar";
 * isRestDay("2024-10-05"); //=> true
 * isRestDay("2024-10-12"); //=> false (a Saturday worked for National Day)
 * ```
 * @throws {DuchaError} `invalid_date`, `calendar_year_not_covered`
 * @category Calendar
 */
export function isRestDay(date: IsoDate, options?: CalendarOptions): boolean {
  return !isWorkday(date, options);
}

function assertSteps(n: unknown): asserts n is number {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `工作日天数必须是整数，收到${String(n)}`,
        en: `the number of working days must be an integer, got ${String(n)}`,
      },
      { n },
    );
  }
}

/**
 * The date `n` working days after `date`, counting from the next day, so the result is always a
 * working day; negative `n` counts back from the day before. `n = 0` returns `date` unchanged,
 * even on a rest day (use {@link nextWorkday} to roll forward).
 *
 * For n >= 0, `workdaysBetween(date, addWorkdays(date, n)) === n`; going back from a working
 * day, `workdaysBetween(addWorkdays(date, -n), date) === n`. Runs in O(log days): it never walks
 * day by day.
 *
 * @example
 * ```ts
 * import { addWorkdays } from "ducha/calendar";
 * addWorkdays("2024-09-30", 1); //=> "2024-10-08" (1-7 October are off)
 * addWorkdays("2024-10-08", -1); //=> "2024-09-30"
 * addWorkdays("2024-10-05", -1); //=> "2024-09-30"
 * addWorkdays("2024-10-05", 0); //=> "2024-10-05"
 * ```
 * @throws {DuchaError} `invalid_argument` when n is not an integer; `invalid_date`;
 * `calendar_year_not_covered` when the date, the result or any year between is not covered.
 * @category Calendar
 */
export function addWorkdays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  assertSteps(n);
  const index = indexOf(options);
  const s = locate(index, date);
  if (n === 0) return date;
  const { cum } = index;
  const total = cum.length - 1;
  const startYear = yearAt(index, s);
  if (n > 0) {
    const target = cum[s + 1]! + n;
    if (target > cum[total]!) {
      assertSpanCovered(index, startYear, index.lastYear + 1);
    }
    // First day j with workdays in [0, j] reaching the target: cum[j + 1] >= target.
    const j = lowerBound(cum, target, s + 2, total) - 1;
    assertSpanCovered(index, startYear, yearAt(index, j));
    return dateAt(index, j);
  }
  const target = cum[s]! + n;
  if (target < 0) assertSpanCovered(index, startYear, index.firstYear - 1);
  // The workday j with exactly `target` workdays before it: cum[j] = target, cum[j + 1] = target + 1.
  const j = lowerBound(cum, target + 1, 1, s) - 1;
  assertSpanCovered(index, startYear, yearAt(index, j));
  return dateAt(index, j);
}

/**
 * The first working day strictly after `date`: `addWorkdays(date, 1)`.
 *
 * @example
 * ```ts
 * import { nextWorkday } from "ducha/calendar";
 * nextWorkday("2024-02-09"); //=> "2024-02-18" (a Sunday worked after the Spring Festival)
 * ```
 * @throws {DuchaError} `invalid_date`, `calendar_year_not_covered`
 * @category Calendar
 */
export function nextWorkday(date: IsoDate, options?: CalendarOptions): IsoDate {
  return addWorkdays(date, 1, options);
}

/**
 * The number of working days in (start, end]: `start` excluded, `end` included. When `end` is
 * before `start` the result is minus the number of working days in (end, start], so
 * `workdaysBetween(a, b) + workdaysBetween(b, c) === workdaysBetween(a, c)` always holds.
 * O(1) after the calendar's one-time build.
 *
 * @example
 * ```ts
 * import { workdaysBetween } from "ducha/calendar";
 * workdaysBetween("2024-09-30", "2024-10-08"); //=> 1
 * workdaysBetween("2024-10-08", "2024-09-30"); //=> -1
 * workdaysBetween("2024-01-01", "2024-12-31"); //=> 251
 * ```
 * @throws {DuchaError} `invalid_date`; `calendar_year_not_covered` when either date or any year
 * between is not covered.
 * @category Calendar
 */
export function workdaysBetween(start: IsoDate, end: IsoDate, options?: CalendarOptions): number {
  const index = indexOf(options);
  const a = locate(index, start, "start");
  const b = locate(index, end, "end");
  assertSpanCovered(index, yearAt(index, a), yearAt(index, b));
  return index.cum[b + 1]! - index.cum[a + 1]!;
}
