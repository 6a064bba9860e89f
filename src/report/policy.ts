/**
 * The rate rules a report applies to the raw counts of a summary. The shared `RatePolicy` of
 * `ducha/metrics` has the same field names; this local copy lets the report module stand alone.
 *
 * @module
 */

/**
 * How a percentage is rounded at its last decimal: `half-up` (what published figures follow),
 * `half-even`, `down` (towards zero) or `up` (away from zero).
 *
 * @example
 * ```ts
 * import type { ReportRounding } from "ducha/report";
 * const rounding: ReportRounding = "half-up";
 * ```
 * @category Report
 */
export type ReportRounding = "half-up" | "half-even" | "down" | "up";

/**
 * The rules behind a completion or closure rate: whether 基本完成 counts as done, whether 阶段性办结
 * counts as closed, which tasks form the denominator, and how the percentage is rounded.
 *
 * @example
 * ```ts
 * import type { ReportRatePolicy } from "ducha/report";
 * const jiangsu: ReportRatePolicy = {
 *   basicallyCompletedCountsAsDone: true, stagedClosureCountsAsClosed: false,
 *   denominator: "due_within_year", decimals: 0, rounding: "half-up",
 * };
 * ```
 * @category Report
 */
export interface ReportRatePolicy {
  /** Count 基本完成 as done, as national MEE statements do ("已完成或基本完成"). */
  readonly basicallyCompletedCountsAsDone: boolean;
  /** Count 阶段性办结 petitions as closed. */
  readonly stagedClosureCountsAsClosed: boolean;
  /**
   * Which tasks a completion rate is taken over: all, those due by the report date (到期应完成),
   * or those due by the end of the report date's year (今年底前应完成).
   */
  readonly denominator: "all" | "due_by_as_of" | "due_within_year";
  /** Decimals of the printed percentage (0-10). */
  readonly decimals: number;
  /** Rounding at the last decimal. */
  readonly rounding: ReportRounding;
}

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
export const DEFAULT_REPORT_POLICY: ReportRatePolicy = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 2,
  rounding: "half-up",
};
