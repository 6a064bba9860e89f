import type { RatePolicy } from "../metrics/policy.js";

/**
 * The policy reports use unless told otherwise: two decimals rounded half-up (97.64%),
 * 基本完成 counted as done, 阶段性办结 not counted as closed, all tasks as the denominator.
 *
 * @example
 * ```ts
 * import { DEFAULT_REPORT_POLICY } from "ducha/report";
 * DEFAULT_REPORT_POLICY.decimals; //=> 2
 * ```
 * @category Report
 */
export const DEFAULT_REPORT_POLICY: RatePolicy = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 2,
  rounding: "half-up",
};
