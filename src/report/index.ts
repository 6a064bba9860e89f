/**
 * Reports from a ledger: plain-data summaries that roll up from county to nation, comparisons,
 * report sentences in zh-CN and en, SVG charts and a completion forecast.
 *
 * @module ducha/report
 */

export type { ReportPercent } from "./_percent.js";
export { asOfPhrase } from "./asOfPhrase.js";
export type {
  CountChange,
  ShareChange,
  SummaryComparison,
} from "./compareSummaries.js";
export { compareSummaries } from "./compareSummaries.js";
export type { Forecast, ForecastOptions, TaskAtRisk } from "./forecast.js";
export { forecast } from "./forecast.js";
export { mergeSummaries } from "./mergeSummaries.js";
export { DEFAULT_REPORT_POLICY } from "./policy.js";
export type { PetitionCounts, TallyCounts, VerificationCounts } from "./rates.js";
export {
  petitionCounts,
  petitionStatusCounts,
  summaryRates,
  tallyCounts,
  verificationCounts,
} from "./rates.js";
export type { RenderChartOptions } from "./renderChart.js";
export { renderChart } from "./renderChart.js";
export type { RenderReportOptions } from "./renderReport.js";
export { renderReport, rowLabel } from "./renderReport.js";
export type { SummarizeOptions } from "./summarize.js";
export { summarize } from "./summarize.js";
export type {
  ConsistencyMismatch,
  CountMap,
  Summary,
  TallyMap,
  TaskTally,
} from "./summary.js";
export { emptySummary, emptyTally, NOT_RECORDED, SUMMARY_FORMAT } from "./summary.js";
export { DEFAULT_UNIT_ALIASES, normalizeUnitName } from "./unitName.js";
