/**
 * ducha/metrics: exact completion rates with explicit rounding, rate policies as data, approximate
 * wording both ways (近六成 ⇄ [55, 60)) and comparisons in percentage points.
 *
 * @module ducha/metrics
 */

export type { RateRange, RateWording, ReadRate } from "./approximate.js";
export {
  APPROXIMATE_TOLERANCE,
  describeApproximately,
  rangeContains,
  readApproximate,
} from "./approximate.js";
export type {
  ChangeDirection,
  CompareOptions,
  Measurement,
  RateChange,
  RateComparison,
} from "./compare.js";
export { compareRates } from "./compare.js";
export type { CompletionRate, DefinedRate, RateOptions, UndefinedRate } from "./completionRate.js";
export { completionRate } from "./completionRate.js";
export { METRICS_ISSUES } from "./issues.js";
export type { RateDenominator } from "./policy.js";
export {
  DEFAULT_RATE_POLICY,
  definePolicy,
  HAINAN_2022_MEASURE_POLICY,
  HAINAN_DAILY_PETITION_POLICY,
  JIANGSU_2022_PETITION_POLICY,
  JIANGSU_2022_TASK_POLICY,
  JILIN_2023_PETITION_POLICY,
  NATIONAL_MEE_POLICY,
  RATE_DENOMINATOR_LABELS,
  RATE_DENOMINATORS,
  RatePolicy,
} from "./policy.js";
export type { RateCounts } from "./rateWithPolicy.js";
export { rateWithPolicy } from "./rateWithPolicy.js";
export type { RoundingMode } from "./rounding.js";
export {
  assertDecimals,
  assertRoundingMode,
  DECIMAL_ROUNDING,
  DEFAULT_ROUNDING,
  isRoundingMode,
  MAX_DECIMALS,
  ROUNDING_LABELS,
  ROUNDING_MODES,
} from "./rounding.js";
