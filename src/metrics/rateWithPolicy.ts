import { type Issue, issueFrom, type Result } from "../issue.js";
import { checkCount } from "./_counts.js";
import { type CompletionRate, completionRate } from "./completionRate.js";
import { METRICS_ISSUES } from "./issues.js";
import {
  DEFAULT_RATE_POLICY,
  definePolicy,
  type RateDenominator,
  type RatePolicy,
} from "./policy.js";

/**
 * The raw counts behind a rate, kept apart so that any policy can be applied to them: `done`
 * (已完成 / 已办结), optional `basicallyCompleted` (基本完成) and `staged` (阶段性办结), and the
 * denominators `total` (all), `dueByAsOf` (到期应完成) and `dueWithinYear` (年内应完成). When a due
 * denominator is used, the numerator counts must be taken within the same tasks.
 *
 * @example
 * ```ts
 * import type { RateCounts } from "ducha/metrics";
 * const hainan: RateCounts = { done: 492, staged: 291, total: 1427 };
 * ```
 * @category Metrics
 */
export interface RateCounts {
  readonly done: number;
  readonly basicallyCompleted?: number;
  readonly staged?: number;
  readonly total: number;
  readonly dueByAsOf?: number;
  readonly dueWithinYear?: number;
}

/** Which count field each policy denominator reads. */
const DENOMINATOR_FIELD = {
  all: "total",
  due_by_as_of: "dueByAsOf",
  due_within_year: "dueWithinYear",
} as const satisfies Record<RateDenominator, keyof RateCounts>;

/**
 * Applies a {@link RatePolicy} to raw counts: the numerator is `done`, plus `basicallyCompleted`
 * and `staged` when the policy counts them, over the policy's denominator, printed with the
 * policy's decimals and rounding. Missing optional numerator counts are taken as 0; a missing
 * denominator gives the issue `denominator_missing`; bad counts give the issues of
 * {@link completionRate}.
 *
 * @param counts - The raw counts.
 * @param policy - Defaults to {@link DEFAULT_RATE_POLICY}; validated like {@link definePolicy}.
 * @throws {DuchaError} `invalid_argument` when the policy is not valid.
 * @example
 * ```ts
 * import { HAINAN_DAILY_PETITION_POLICY, JIANGSU_2022_PETITION_POLICY, rateWithPolicy } from "ducha/metrics";
 * // Hainan Daily counts 阶段性办结: "办结率54.9%"
 * const hainan = rateWithPolicy({ done: 492, staged: 291, total: 1427 }, HAINAN_DAILY_PETITION_POLICY);
 * if (hainan.ok) hainan.value.text; //=> "54.9%"
 * // Jiangsu does not: "办结率达81%"
 * const jiangsu = rateWithPolicy({ done: 2750, staged: 660, total: 3411 }, JIANGSU_2022_PETITION_POLICY);
 * if (jiangsu.ok) jiangsu.value.text; //=> "81%"
 * ```
 * @category Metrics
 */
export function rateWithPolicy(
  counts: RateCounts,
  policy: RatePolicy = DEFAULT_RATE_POLICY,
): Result<CompletionRate> {
  const checked = definePolicy(policy);
  const field = DENOMINATOR_FIELD[checked.denominator];
  const parts: (keyof RateCounts)[] = ["done"];
  if (checked.basicallyCompletedCountsAsDone) parts.push("basicallyCompleted");
  if (checked.stagedClosureCountsAsClosed) parts.push("staged");

  const issues: Issue[] = [];
  let numerator = 0;
  for (const part of parts) {
    const value = counts[part];
    if (value === undefined && part !== "done") continue;
    const found = checkCount(value, part, [part]);
    issues.push(...found);
    if (found.length === 0) numerator += value as number;
  }
  const denominator = counts[field];
  if (denominator === undefined) {
    issues.push(issueFrom(METRICS_ISSUES, "denominator_missing", [field], { field }));
  } else {
    issues.push(...checkCount(denominator, field, [field]));
  }
  if (issues.length > 0) return { ok: false, issues };

  const options = { decimals: checked.decimals, rounding: checked.rounding };
  // Counts, decimals and rounding are checked above, so only done > total can fail here, and
  // completionRate reports it at ["done"] with the summed numerator and the chosen denominator.
  return completionRate(numerator, denominator as number, options);
}
