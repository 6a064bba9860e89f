import { CN_CALENDAR_YEARS } from "./data/index.js";
import type {
  CalendarNotice,
  CalendarYear,
  HolidayPeriod,
  MakeUpWorkday,
  WorkCalendar,
} from "./types.js";
import { validateCalendarYears } from "./validate.js";

function copyNotice(notice: CalendarNotice): CalendarNotice {
  return Object.freeze({ ...notice });
}

/** Copies and freezes a year so later changes to the caller's objects cannot reach the index. */
function copyYear(year: CalendarYear): CalendarYear {
  const holidays = year.holidays.map(
    (p): HolidayPeriod =>
      Object.freeze({
        name: Object.freeze({ ...p.name }),
        from: p.from,
        to: p.to,
        ...(p.notice ? { notice: copyNotice(p.notice) } : {}),
      }),
  );
  const workdays = year.workdays.map(
    (d): MakeUpWorkday =>
      Object.freeze({
        name: Object.freeze({ ...d.name }),
        date: d.date,
        ...(d.notice ? { notice: copyNotice(d.notice) } : {}),
      }),
  );
  return Object.freeze({
    year: year.year,
    notice: copyNotice(year.notice),
    holidays: Object.freeze(holidays),
    workdays: Object.freeze(workdays),
  });
}

/**
 * Options of {@link createCalendar}: a `base` calendar whose years are kept unless the new data
 * gives the same year.
 *
 * @example
 * ```ts
 * import { defaultCalendar, type CreateCalendarOptions } from "ducha/calendar";
 * const options: CreateCalendarOptions = { base: defaultCalendar() };
 * ```
 * @category Calendar
 */
export interface CreateCalendarOptions {
  readonly base?: WorkCalendar;
}

/**
 * Builds a validated working-day calendar from years of data (a new notice, a local arrangement),
 * optionally on top of a `base` calendar: a year given here replaces the base's year.
 * The inputs are copied, never changed.
 *
 * @example
 * ```ts
 * import { createCalendar, coveredYears, isWorkday, CN_2024 } from "ducha/calendar";
 * const only2024 = createCalendar([CN_2024]);
 * coveredYears(only2024); //=> [2024]
 * isWorkday("2024-09-29", { calendar: only2024 }); //=> true
 * ```
 * @throws {DuchaError} `invalid_calendar` when the data is malformed: a bad date, a make-up
 * workday that is not a weekend, a year given twice, a date listed twice.
 * @category Calendar
 */
export function createCalendar(
  years: readonly CalendarYear[],
  options: CreateCalendarOptions = {},
): WorkCalendar {
  validateCalendarYears(years, "years");
  const given = new Set(years.map((y) => y.year));
  const kept = (options.base?.years ?? []).filter((y) => !given.has(y.year));
  const merged = [...kept, ...years].sort((a, b) => a.year - b.year);
  // Checked again as a whole: a replaced year can clash with a neighbour's New Year dates.
  validateCalendarYears(merged, "calendar");
  return Object.freeze({ years: Object.freeze(merged.map(copyYear)) });
}

/**
 * Adds or replaces years of a calendar: `createCalendar(years, { base })`.
 *
 * @example
 * ```ts
 * import { extendCalendar, defaultCalendar, coveredYears } from "ducha/calendar";
 * const withLocal2027 = extendCalendar(defaultCalendar(), {
 *   year: 2027,
 *   notice: { title: "本地2027年节假日安排（示例）", url: "https://example.org/2027" },
 *   holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
 *   workdays: [],
 * });
 * coveredYears(withLocal2027).at(-1); //=> 2027
 * ```
 * @throws {DuchaError} `invalid_calendar` when the data is malformed.
 * @category Calendar
 */
export function extendCalendar(base: WorkCalendar, ...years: CalendarYear[]): WorkCalendar {
  return createCalendar(years, { base });
}

let bundled: WorkCalendar | undefined;

/**
 * The bundled official calendar (2007-2026), built on first use and cached, so importing the
 * module costs nothing.
 *
 * @example
 * ```ts
 * import { defaultCalendar } from "ducha/calendar";
 * defaultCalendar().years[0]?.year; //=> 2007
 * defaultCalendar() === defaultCalendar(); //=> true
 * ```
 * @category Calendar
 */
export function defaultCalendar(): WorkCalendar {
  bundled ??= createCalendar(CN_CALENDAR_YEARS);
  return bundled;
}

/**
 * The years a calendar covers, oldest first.
 *
 * @example
 * ```ts
 * import { coveredYears, defaultCalendar } from "ducha/calendar";
 * coveredYears(defaultCalendar()).length; //=> 20
 * ```
 * @category Calendar
 */
export function coveredYears(calendar: WorkCalendar = defaultCalendar()): number[] {
  return calendar.years.map((y) => y.year);
}
