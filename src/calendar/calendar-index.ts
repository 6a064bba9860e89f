/**
 * The lookup structure behind every calendar function, built once per calendar object and kept
 * in a WeakMap: a day-kind array and a running count of workdays, so that a lookup is O(1) and
 * counting or stepping over n workdays is a binary search, never a walk.
 *
 * @internal
 * @module
 */
import { isRealIsoDate } from "../_lib/isoDate.js";
import {
  assertIsoDate,
  dayNumberOf,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
} from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";
import { defaultCalendar } from "./calendar.js";
import type { CalendarNotice, CalendarOptions, WorkCalendar } from "./types.js";
import { validateCalendarYears } from "./validate.js";

/** Day kinds, stored one byte per day. */
export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_MAKE_UP = 3;

/** What the notice says about a listed date. @internal */
export interface ListedDay {
  readonly name: Bilingual;
  readonly notice: CalendarNotice;
}

/** @internal */
export interface CalendarIndex {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day number of 1 January of `firstYear`; day index i is day number origin + i. */
  readonly origin: number;
  readonly covered: readonly boolean[];
  /** Day index of 1 January of each year from `firstYear` on. */
  readonly yearStarts: Int32Array;
  readonly kinds: Uint8Array;
  /** cum[i] = workdays among day indexes [0, i); length = days + 1. */
  readonly cum: Int32Array;
  readonly listed: ReadonlyMap<number, ListedDay>;
}

const cache = new WeakMap<WorkCalendar, CalendarIndex>();

function build(calendar: WorkCalendar): CalendarIndex {
  validateCalendarYears(calendar.years, "calendar.years");
  const years = calendar.years.map((y) => y.year);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const origin = dayNumberOf(firstYear, 1, 1);
  const days = dayNumberOf(lastYear + 1, 1, 1) - origin;
  const covered = Array.from({ length: lastYear - firstYear + 1 }, () => false);
  for (const y of years) covered[y - firstYear] = true;
  const kinds = new Uint8Array(days);
  for (let i = 0; i < days; i++) {
    kinds[i] = weekdayOfDayNumber(origin + i) >= 6 ? KIND_WEEKEND : KIND_WORKDAY;
  }
  const listed = new Map<number, ListedDay>();
  const mark = (dayNumber: number, kind: number, day: ListedDay): void => {
    const i = dayNumber - origin;
    if (i < 0 || i >= days) return; // e.g. 2006-12-30 of the 2007 notice: outside the calendar
    kinds[i] = kind;
    listed.set(i, day);
  };
  for (const year of calendar.years) {
    for (const period of year.holidays) {
      const day = { name: period.name, notice: period.notice ?? year.notice };
      const to = toDayNumber(period.to);
      for (let d = toDayNumber(period.from); d <= to; d++) mark(d, KIND_HOLIDAY, day);
    }
    for (const workday of year.workdays) {
      const day = { name: workday.name, notice: workday.notice ?? year.notice };
      mark(toDayNumber(workday.date), KIND_MAKE_UP, day);
    }
  }
  const cum = new Int32Array(days + 1);
  for (let y = firstYear; y <= lastYear; y++) {
    const start = dayNumberOf(y, 1, 1) - origin;
    const end = dayNumberOf(y + 1, 1, 1) - origin;
    // Days of an uncovered year in the middle count as no workdays; any range that reaches
    // them throws before the count is used.
    const inCoveredYear = covered[y - firstYear] === true;
    for (let i = start; i < end; i++) {
      const works = inCoveredYear && (kinds[i] === KIND_WORKDAY || kinds[i] === KIND_MAKE_UP);
      cum[i + 1] = cum[i]! + (works ? 1 : 0);
    }
  }
  const yearStarts = new Int32Array(lastYear - firstYear + 1);
  for (let y = firstYear; y <= lastYear; y++)
    yearStarts[y - firstYear] = dayNumberOf(y, 1, 1) - origin;
  return { firstYear, lastYear, origin, covered, yearStarts, kinds, cum, listed };
}

/** The index of the calendar in the options, or of the bundled one. @internal */
export function indexOf(options: CalendarOptions | undefined): CalendarIndex {
  const calendar = options?.calendar ?? defaultCalendar();
  let index = cache.get(calendar);
  if (index === undefined) {
    index = build(calendar);
    cache.set(calendar, index);
  }
  return index;
}

/** True when the calendar holds data for the year. @internal */
export function covers(index: CalendarIndex, year: number): boolean {
  return index.covered[year - index.firstYear] === true;
}

function describeCoverage(index: CalendarIndex): string {
  const parts: string[] = [];
  let start: number | undefined;
  for (let y = index.firstYear; y <= index.lastYear + 1; y++) {
    if (covers(index, y)) start ??= y;
    else if (start !== undefined) {
      parts.push(start === y - 1 ? String(start) : `${start}-${y - 1}`);
      start = undefined;
    }
  }
  return parts.join(", ");
}

/** The `calendar_year_not_covered` error for a year. @internal */
export function notCovered(index: CalendarIndex, year: number): DuchaError {
  const coverage = describeCoverage(index);
  return new DuchaError(
    "calendar_year_not_covered",
    {
      "zh-CN": `工作日日历未覆盖${year}年（现有数据：${coverage}年），不能推算。请用 extendCalendar() 加入${year}年国务院办公厅节假日安排通知（或本地安排）的数据，或升级 ducha。`,
      en: `the working-day calendar does not cover ${year} (it covers ${coverage}), so no answer is guessed; add the ${year} State Council holiday notice (or a local arrangement) with extendCalendar(), or upgrade ducha`,
    },
    { year, coverage },
  );
}

/** Days before the first of each month in a common year (index 1-12). */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The day index of a date, after checking it is a real date in a covered year. @internal */
export function locate(index: CalendarIndex, date: unknown, name = "date"): number {
  // Hot path (every isWorkday call): a real date in a covered year, located by arithmetic on
  // its digits, with no regular expression and no Date. Anything else takes the checked path
  // below, which throws the right error.
  if (isRealIsoDate(date)) {
    const year = digits(date, 0, 4);
    const offset = year - index.firstYear;
    if (index.covered[offset] === true) {
      const month = digits(date, 5, 2);
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      return (
        index.yearStarts[offset]! +
        DAYS_BEFORE_MONTH[month]! +
        (leap && month > 2 ? 1 : 0) +
        digits(date, 8, 2) -
        1
      );
    }
  }
  assertIsoDate(date, name);
  const year = Number(date.slice(0, 4));
  if (!covers(index, year)) throw notCovered(index, year);
  return dayNumberOf(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) - index.origin;
}

/** The number written by `length` ASCII digits from `start` (already checked to be digits). */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** The date of a day index. @internal */
export function dateAt(index: CalendarIndex, i: number): string {
  return fromDayNumber(index.origin + i);
}

/** The year of a day index (the index lies inside the calendar's span). @internal */
export function yearAt(index: CalendarIndex, i: number): number {
  return Number(dateAt(index, i).slice(0, 4));
}

/** Throws for the first uncovered year met going from year `from` to year `to` (either way). @internal */
export function assertSpanCovered(index: CalendarIndex, from: number, to: number): void {
  const step = to >= from ? 1 : -1;
  for (let y = from; y !== to + step; y += step) {
    if (!covers(index, y)) throw notCovered(index, y);
  }
}

/** Smallest k in [lo, hi] with cum[k] >= target; the caller ensures cum[hi] >= target. @internal */
export function lowerBound(cum: Int32Array, target: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (cum[mid]! >= target) b = mid;
    else a = mid + 1;
  }
  return a;
}
