/**
 * The shapes of calendar data: one {@link CalendarYear} per State Council notice year, and the
 * {@link WorkCalendar} built from them.
 *
 * @module
 */
import type { IsoDate } from "../dates.js";
import type { Bilingual } from "../lang.js";

/**
 * The official notice a calendar entry comes from: its title, a link to the original and,
 * where known, its document number (文号).
 *
 * @example
 * ```ts
 * import type { CalendarNotice } from "ducha/calendar";
 * const notice: CalendarNotice = {
 *   title: "国务院办公厅关于2024年部分节假日安排的通知",
 *   url: "https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
 *   documentNumber: "国办发明电〔2023〕7号",
 * };
 * ```
 * @category Calendar
 */
export interface CalendarNotice {
  readonly title: string;
  readonly url: string;
  readonly documentNumber?: string;
}

/**
 * A run of official days off (放假) for one festival, `from` and `to` inclusive, as the notice
 * states them. `notice` is set when the run comes from a notice other than the year's own
 * (the 2020 Spring Festival extension, the 2015 Victory Day holiday).
 *
 * @example
 * ```ts
 * import type { HolidayPeriod } from "ducha/calendar";
 * const nationalDay: HolidayPeriod = {
 *   name: { "zh-CN": "国庆节", en: "National Day" },
 *   from: "2024-10-01",
 *   to: "2024-10-07",
 * };
 * ```
 * @category Calendar
 */
export interface HolidayPeriod {
  readonly name: Bilingual;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly notice?: CalendarNotice;
}

/**
 * A Saturday or Sunday that is a working day (调休上班), named after the festival it pays for.
 *
 * @example
 * ```ts
 * import type { MakeUpWorkday } from "ducha/calendar";
 * const day: MakeUpWorkday = {
 *   name: { "zh-CN": "春节", en: "Spring Festival" },
 *   date: "2024-02-04",
 * };
 * ```
 * @category Calendar
 */
export interface MakeUpWorkday {
  readonly name: Bilingual;
  readonly date: IsoDate;
  readonly notice?: CalendarNotice;
}

/**
 * One year of the official arrangement: the notice, its days off and its make-up workdays.
 * Dates may fall in the year before (a New Year holiday that starts on 30 December), never after.
 * Weekends not listed as make-up workdays are rest days; weekdays not listed as days off are
 * working days.
 *
 * @example
 * ```ts
 * import type { CalendarYear } from "ducha/calendar";
 * const local2027: CalendarYear = {
 *   year: 2027,
 *   notice: { title: "某地2027年节假日安排", url: "https://example.org/2027" },
 *   holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
 *   workdays: [],
 * };
 * ```
 * @category Calendar
 */
export interface CalendarYear {
  readonly year: number;
  readonly notice: CalendarNotice;
  readonly holidays: readonly HolidayPeriod[];
  readonly workdays: readonly MakeUpWorkday[];
}

/**
 * A validated set of {@link CalendarYear}s, sorted by year, made by `createCalendar` or
 * `extendCalendar`. Only the years it holds are covered; any other year throws
 * `calendar_year_not_covered`.
 *
 * @example
 * ```ts
 * import { coveredYears, defaultCalendar } from "ducha/calendar";
 * const calendar = defaultCalendar();
 * coveredYears(calendar).at(-1); //=> 2026
 * ```
 * @category Calendar
 */
export interface WorkCalendar {
  readonly years: readonly CalendarYear[];
}

/**
 * Options shared by the calendar functions: the calendar to use, the bundled
 * official one by default.
 *
 * @example
 * ```ts
 * import { defaultCalendar, isWorkday, type CalendarOptions } from "ducha/calendar";
 * const options: CalendarOptions = { calendar: defaultCalendar() };
 * isWorkday("2024-02-04", options); //=> true
 * ```
 * @category Calendar
 */
export interface CalendarOptions {
  readonly calendar?: WorkCalendar;
}
