import type { Result } from "../issue.js";
import { checkCounts } from "./_counts.js";
import { fractionString, percentOf, reducedRatio, roundToString } from "./_exact.js";
import {
  assertDecimals,
  assertRoundingMode,
  DEFAULT_ROUNDING,
  type RoundingMode,
} from "./rounding.js";

/**
 * How a rate is printed: `decimals` (0–10, default 2) and `rounding` (default `"half-up"`).
 *
 * @example
 * ```ts
 * import type { RateOptions } from "ducha/metrics";
 * const options: RateOptions = { decimals: 1, rounding: "half-up" };
 * ```
 * @category Metrics
 */
export interface RateOptions {
  readonly decimals?: number;
  readonly rounding?: RoundingMode;
}

/**
 * A rate with a non-zero total. `fraction` is done/total as a plain decimal string (exact when
 * `fractionExact`, otherwise rounded half-up to 30 significant digits); `ratio` is the same
 * fraction in lowest terms (4593/4704 is "1531/1568"); `percent` is 100·done/total rounded to `decimals` in `rounding`, and
 * `text` is `percent` followed by "%".
 *
 * @example
 * ```ts
 * import { completionRate, type DefinedRate } from "ducha/metrics";
 * const result = completionRate(4593, 4704);
 * if (result.ok && result.value.defined) {
 *   const rate: DefinedRate = result.value;
 *   rate.ratio; //=> "1531/1568"
 *   rate.fraction; //=> "0.976403061224489795918367346939"
 * }
 * ```
 * @category Metrics
 */
export interface DefinedRate {
  readonly defined: true;
  readonly done: number;
  readonly total: number;
  readonly ratio: string;
  readonly fraction: string;
  readonly fractionExact: boolean;
  readonly percent: string;
  readonly text: string;
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

/**
 * The rate of 0 out of 0: undefined, never NaN. `text` is an em dash "—" so that tables stay
 * printable.
 *
 * @example
 * ```ts
 * import { completionRate } from "ducha/metrics";
 * const result = completionRate(0, 0);
 * if (result.ok && !result.value.defined) result.value.reason; //=> "zero_total"
 * ```
 * @category Metrics
 */
export interface UndefinedRate {
  readonly defined: false;
  readonly done: 0;
  readonly total: 0;
  readonly reason: "zero_total";
  readonly text: "—";
  readonly decimals: number;
  readonly rounding: RoundingMode;
}

/**
 * A completion rate: {@link DefinedRate} or, for a zero total, {@link UndefinedRate}.
 *
 * @example
 * ```ts
 * import { completionRate, type CompletionRate } from "ducha/metrics";
 * const result = completionRate(135, 137, { decimals: 1 });
 * if (result.ok) {
 *   const rate: CompletionRate = result.value;
 *   rate.text; //=> "98.5%"
 * }
 * ```
 * @category Metrics
 */
export type CompletionRate = DefinedRate | UndefinedRate;

/**
 * Computes done/total exactly with decimal.js and prints it as a percentage rounded to `decimals`
 * (default 2) in `rounding` (default `"half-up"`, as published Chinese figures are).
 *
 * Counts are data: a negative, fractional, non-finite, non-number or unsafe-integer count, or
 * done > total, gives `{ ok: false, issues }` with codes `count_negative`, `count_not_integer`,
 * `count_not_finite`, `count_not_number`, `count_too_large` or `done_exceeds_total`. A zero total
 * gives an {@link UndefinedRate} (`ok: true`, `defined: false`).
 *
 * @param done - How many were done (the numerator).
 * @param total - How many there are (the denominator).
 * @param options - `decimals` (integer 0–10) and `rounding` mode.
 * @throws {DuchaError} `invalid_argument` when `decimals` or `rounding` is not valid (API misuse).
 * @example
 * ```ts
 * import { completionRate } from "ducha/metrics";
 * // Jilin, 2023: 4704 petitions, 4593 closed, "结案销号率97.64%"
 * const jilin = completionRate(4593, 4704);
 * if (jilin.ok && jilin.value.defined) jilin.value.percent; //=> "97.64"
 * // Jiangsu, 2022: "办结率达81%"
 * const jiangsu = completionRate(2750, 3411, { decimals: 0 });
 * if (jiangsu.ok) jiangsu.value.text; //=> "81%"
 * completionRate(0, 0).ok; //=> true
 * completionRate(-1, 10).issues[0]?.code; //=> "count_negative"
 * ```
 * @category Metrics
 */
export function completionRate(
  done: number,
  total: number,
  options: RateOptions = {},
): Result<CompletionRate> {
  const decimals = assertDecimals(options.decimals ?? 2);
  const rounding = assertRoundingMode(options.rounding ?? DEFAULT_ROUNDING);
  const issues = checkCounts(done, total);
  if (issues.length > 0) return { ok: false, issues };
  if (total === 0) {
    const value: UndefinedRate = {
      defined: false,
      done: 0,
      total: 0,
      reason: "zero_total",
      text: "—",
      decimals,
      rounding,
    };
    return { ok: true, value, issues: [] };
  }
  const fraction = fractionString(done, total);
  const percent = roundToString(percentOf(done, total), decimals, rounding);
  const value: DefinedRate = {
    defined: true,
    done,
    total,
    ratio: reducedRatio(done, total),
    fraction: fraction.text,
    fractionExact: fraction.exact,
    percent,
    text: `${percent}%`,
    decimals,
    rounding,
  };
  return { ok: true, value, issues: [] };
}
