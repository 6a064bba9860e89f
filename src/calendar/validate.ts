/**
 * Checks calendar data supplied by the bundled years or by a user. Bad data here is API misuse
 * (the caller built the calendar), so it throws `DuchaError("invalid_calendar")`.
 *
 * @internal
 * @module
 */
import { isIsoDate, toDayNumber, weekdayOfDayNumber } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { CalendarYear } from "./types.js";

/** The longest run of days off any notice has had is 10 days (2020); 31 catches typos. */
const MAX_PERIOD_DAYS = 31;

function fail(path: string, zh: string, en: string, value?: unknown): never {
  throw new DuchaError(
    "invalid_calendar",
    { "zh-CN": `日历数据无效：${path}：${zh}`, en: `invalid calendar data at ${path}: ${en}` },
    { path, value },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkText(value: unknown, path: string): void {
  if (typeof value !== "string" || value.trim() === "") {
    fail(path, "必须是非空字符串", "must be a non-empty string", value);
  }
}

function checkName(value: unknown, path: string): void {
  if (!isRecord(value))
    fail(path, "必须是含 zh-CN 和 en 的名称", "must be a name with zh-CN and en");
  checkText(value["zh-CN"], `${path}.zh-CN`);
  checkText(value.en, `${path}.en`);
}

function checkNotice(value: unknown, path: string): void {
  if (!isRecord(value))
    fail(path, "必须是含 title 和 url 的通知", "must be a notice with title and url");
  checkText(value.title, `${path}.title`);
  if (typeof value.url !== "string" || !/^https?:\/\/\S+$/.test(value.url)) {
    fail(`${path}.url`, "必须是 http(s) 链接", "must be an http(s) link", value.url);
  }
  if (value.documentNumber !== undefined) checkText(value.documentNumber, `${path}.documentNumber`);
}

/** A date of a year's notice may fall in that year or, for New Year runs, the year before. */
function checkDate(value: unknown, year: number, path: string): number {
  if (!isIsoDate(value))
    fail(path, "必须是YYYY-MM-DD格式的有效日期", "must be a real YYYY-MM-DD date", value);
  const dateYear = Number(value.slice(0, 4));
  if (dateYear !== year && dateYear !== year - 1) {
    fail(
      path,
      `${value}不在${year - 1}年或${year}年内`,
      `${value} is not in ${year - 1} or ${year}`,
      value,
    );
  }
  return toDayNumber(value);
}

/**
 * Throws `invalid_calendar` unless `years` is a non-empty list of well-formed
 * {@link CalendarYear}s with distinct years and no date listed twice.
 *
 * @internal
 */
export function validateCalendarYears(
  years: unknown,
  path = "years",
): asserts years is readonly CalendarYear[] {
  if (!Array.isArray(years) || years.length === 0) {
    fail(path, "必须是至少含一个年度的数组", "must be an array of at least one year", years);
  }
  const seenYears = new Map<number, string>();
  const seenDates = new Map<number, string>();
  const claim = (dayNumber: number, where: string): void => {
    const earlier = seenDates.get(dayNumber);
    if (earlier !== undefined) {
      fail(where, `该日期已在${earlier}中列出`, `the date is already listed at ${earlier}`);
    }
    seenDates.set(dayNumber, where);
  };
  years.forEach((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(entry)) fail(at, "必须是年度数据对象", "must be a calendar year object", entry);
    const year = entry.year;
    if (typeof year !== "number" || !Number.isInteger(year) || year < 1001 || year > 9998) {
      fail(
        `${at}.year`,
        "必须是1001至9998之间的整数",
        "must be an integer from 1001 to 9998",
        year,
      );
    }
    const other = seenYears.get(year);
    if (other !== undefined)
      fail(`${at}.year`, `${year}年与${other}重复`, `${year} repeats ${other}`);
    seenYears.set(year, at);
    checkNotice(entry.notice, `${at}.notice`);
    if (!Array.isArray(entry.holidays)) fail(`${at}.holidays`, "必须是数组", "must be an array");
    if (!Array.isArray(entry.workdays)) fail(`${at}.workdays`, "必须是数组", "must be an array");
    entry.holidays.forEach((period: unknown, j) => {
      const where = `${at}.holidays[${j}]`;
      if (!isRecord(period)) fail(where, "必须是放假区间对象", "must be a holiday period object");
      checkName(period.name, `${where}.name`);
      const from = checkDate(period.from, year, `${where}.from`);
      const to = checkDate(period.to, year, `${where}.to`);
      if (to < from) fail(where, "to 早于 from", "to is before from");
      if (to - from + 1 > MAX_PERIOD_DAYS) {
        fail(
          where,
          `放假区间超过${MAX_PERIOD_DAYS}天`,
          `the period is longer than ${MAX_PERIOD_DAYS} days`,
        );
      }
      if (period.notice !== undefined) checkNotice(period.notice, `${where}.notice`);
      for (let d = from; d <= to; d++) claim(d, where);
    });
    entry.workdays.forEach((day: unknown, j) => {
      const where = `${at}.workdays[${j}]`;
      if (!isRecord(day)) fail(where, "必须是调休上班日对象", "must be a make-up workday object");
      checkName(day.name, `${where}.name`);
      const date = checkDate(day.date, year, `${where}.date`);
      if (weekdayOfDayNumber(date) < 6) {
        fail(
          `${where}.date`,
          `${String(day.date)}不是周六或周日，无需调休上班`,
          `${String(day.date)} is not a Saturday or Sunday, so it cannot be a make-up workday`,
          day.date,
        );
      }
      if (day.notice !== undefined) checkNotice(day.notice, `${where}.notice`);
      claim(date, where);
    });
  });
}
