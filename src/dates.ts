/**
 * Plain calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic goes through day numbers
 * (days since 1970-01-01) computed with `Date.UTC`, so no result depends on the host time zone.
 *
 * @module
 */
import { isRealIsoDate } from "./_lib/isoDate.js";
import { DuchaError } from "./errors.js";

/**
 * A calendar date written `YYYY-MM-DD` (years 1000-9999). At the type level it is a plain
 * string, so literals can be passed directly; {@link isIsoDate} checks it at run time.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "ducha";
 * const due: IsoDate = "2018-06-30";
 * ```
 * @category Dates
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/**
 * The number of days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "ducha";
 * daysInMonth(2024, 2); //=> 29
 * ```
 * @category Dates
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for Gregorian leap years.
 *
 * @example
 * ```ts
 * import { isLeapYear } from "ducha";
 * isLeapYear(2000); //=> true
 * isLeapYear(1900); //=> false
 * ```
 * @category Dates
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * True when the value is a real calendar date written `YYYY-MM-DD` (so `2023-02-30` is false).
 *
 * @example
 * ```ts
 * import { isIsoDate } from "ducha";
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2023-02-30"); //=> false
 * ```
 * @category Dates
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isRealIsoDate(value);
}

/**
 * Splits an ISO date into numbers; throws `DuchaError("invalid_date")` when it is not one.
 *
 * @example
 * ```ts
 * import { isoDateParts } from "ducha";
 * isoDateParts("2018-06-30"); //=> { year: 2018, month: 6, day: 30 }
 * ```
 * @category Dates
 */
export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(date);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Throws `DuchaError` with code `invalid_date` unless the value is a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { assertIsoDate } from "ducha";
 * assertIsoDate("2024-01-31"); // passes
 * ```
 * @throws {DuchaError} `invalid_date`
 * @category Dates
 */
export function assertIsoDate(value: unknown, name = "date"): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new DuchaError(
      "invalid_date",
      {
        "zh-CN": `${name}必须是YYYY-MM-DD格式的有效日期，收到${shown}`,
        en: `${name} must be a real date written YYYY-MM-DD, got ${shown}`,
      },
      { name, value },
    );
  }
}

/**
 * Days since 1970-01-01 for an ISO date (negative before it).
 *
 * @example
 * ```ts
 * import { toDayNumber } from "ducha";
 * toDayNumber("1970-01-02"); //=> 1
 * ```
 * @category Dates
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  return dayNumberOf(year, month, day);
}

/** Day number from parts that are already known to be valid. @internal */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The ISO date of a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from "ducha";
 * fromDayNumber(1); //=> "1970-01-02"
 * ```
 * @category Dates
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * @example
 * ```ts
 * import { addDays } from "ducha";
 * addDays("2024-02-28", 2); //=> "2024-03-01"
 * ```
 * @category Dates
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new DuchaError("invalid_argument", {
      "zh-CN": `天数必须是整数，收到${days}`,
      en: `days must be an integer, got ${days}`,
    });
  }
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from `start` to `end` (negative when `end` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from "ducha";
 * daysBetween("2022-03-25", "2022-04-25"); //=> 31
 * ```
 * @category Dates
 */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start);
}

/**
 * The last day of the month of a year, as an ISO date.
 *
 * @example
 * ```ts
 * import { endOfMonth } from "ducha";
 * endOfMonth(2018, 6); //=> "2018-06-30"
 * ```
 * @category Dates
 */
export function endOfMonth(year: number, month: number): IsoDate {
  return `${year}-${month < 10 ? "0" : ""}${month}-${daysInMonth(year, month)}`;
}

/**
 * ISO day of week: 1 = Monday ... 7 = Sunday.
 *
 * @example
 * ```ts
 * import { isoWeekday } from "ducha";
 * isoWeekday("2024-10-01"); //=> 2
 * ```
 * @category Dates
 */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** ISO weekday of a day number; 1970-01-01 was a Thursday. @internal */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * Compares two ISO dates: negative, zero or positive, for sorting.
 *
 * @example
 * ```ts
 * import { compareIsoDates } from "ducha";
 * ["2024-03-01", "2023-12-31"].sort(compareIsoDates); //=> ["2023-12-31", "2024-03-01"]
 * ```
 * @category Dates
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
