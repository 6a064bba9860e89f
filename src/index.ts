/**
 * ducha: typed validators and calculators for China's ecological and environmental inspection
 * rectification (督察整改).
 *
 * @module ducha
 */

export { normalizeText, parseChineseNumber, toSimplified } from "./_lib/text.js";
export * from "./audit/index.js";
export * from "./calendar/index.js";
export type { IsoDate } from "./dates.js";
export {
  addDays,
  assertIsoDate,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoDateParts,
  isoWeekday,
  toDayNumber,
} from "./dates.js";
export * from "./deadlines/index.js";
export type { DuchaErrorCode } from "./errors.js";
export { DuchaError } from "./errors.js";
export type {
  AnyIssueTemplate,
  Issue,
  IssueParams,
  IssuePath,
  IssueTemplate,
  Result,
  Severity,
} from "./issue.js";
export { defineIssues, formatIssue, formatPath, hasNoErrors, issueFrom } from "./issue.js";
export type { Bilingual, Lang } from "./lang.js";
export { LANGS } from "./lang.js";
export { LEDGER_ISSUES } from "./ledger/issues.js";
export { parseLedger } from "./ledger/parseLedger.js";
export * from "./lifecycle/index.js";
export * from "./metrics/index.js";
export * from "./model/index.js";
export * from "./outcomes/index.js";
export * from "./report/index.js";
export * from "./rounds/index.js";
export * from "./validation/index.js";
