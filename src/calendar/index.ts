/**
 * ducha/calendar: the official Chinese working-day calendar (State Council holiday notices,
 * 2007-2026, with make-up workdays), working-day arithmetic and statutory time limits.
 *
 * @module ducha/calendar
 */

export type { CreateCalendarOptions } from "./calendar.js";
export { coveredYears, createCalendar, defaultCalendar, extendCalendar } from "./calendar.js";
export {
  CN_2007,
  CN_2008,
  CN_2009,
  CN_2010,
  CN_2011,
  CN_2012,
  CN_2013,
  CN_2014,
  CN_2015,
  CN_2016,
  CN_2017,
  CN_2018,
  CN_2019,
  CN_2020,
  CN_2021,
  CN_2022,
  CN_2023,
  CN_2024,
  CN_2025,
  CN_2026,
  CN_CALENDAR_YEARS,
} from "./data/index.js";
export type { DayInfo, DayKind } from "./day-info.js";
export { DAY_KIND_LABELS, dayInfo, holidayName } from "./day-info.js";
export type { DateWindow } from "./due.js";
export { daysRemaining, isOverdue, publicNoticeWindow, workdaysRemaining } from "./due.js";
export { FESTIVALS } from "./festivals.js";
export type {
  CountedFrom,
  DutyKind,
  RegimeVersion,
  RoundDates,
  StatutoryDuty,
  StatutoryOptions,
  TimeLimit,
} from "./statutory.js";
export {
  PETITION_FEEDBACK_LIMIT,
  PLAN_TIME_LIMITS,
  STATUTORY_RULES,
  statutoryDeadlines,
} from "./statutory.js";
export type { StatutoryRule } from "./statutoryRules.js";
export type {
  CalendarNotice,
  CalendarOptions,
  CalendarYear,
  HolidayPeriod,
  MakeUpWorkday,
  WorkCalendar,
} from "./types.js";
export { addWorkdays, isRestDay, isWorkday, nextWorkday, workdaysBetween } from "./workdays.js";
