import * as z from "zod";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";
import { MAX_DECIMALS, ROUNDING_MODES } from "./rounding.js";

/**
 * Which tasks a rate is taken over: all tasks on the ledger (`all`), those whose deadline has
 * passed by the report date (`due_by_as_of`, "到期应完成"), or those due within the report's year
 * (`due_within_year`, "今年底前应完成").
 *
 * @example
 * ```ts
 * import { RATE_DENOMINATORS } from "ducha/metrics";
 * RATE_DENOMINATORS; //=> ["all", "due_by_as_of", "due_within_year"]
 * ```
 * @category Metrics
 */
export const RATE_DENOMINATORS = ["all", "due_by_as_of", "due_within_year"] as const;

/**
 * One of {@link RATE_DENOMINATORS}.
 *
 * @example
 * ```ts
 * import type { RateDenominator } from "ducha/metrics";
 * const denominator: RateDenominator = "due_by_as_of";
 * ```
 * @category Metrics
 */
export type RateDenominator = (typeof RATE_DENOMINATORS)[number];

/**
 * A label for each denominator in zh-CN and en.
 *
 * @example
 * ```ts
 * import { RATE_DENOMINATOR_LABELS } from "ducha/metrics";
 * RATE_DENOMINATOR_LABELS.due_by_as_of["zh-CN"]; //=> "到期应完成数"
 * ```
 * @category Metrics
 */
export const RATE_DENOMINATOR_LABELS: Readonly<Record<RateDenominator, Bilingual>> = {
  all: { "zh-CN": "全部任务数", en: "all tasks" },
  due_by_as_of: { "zh-CN": "到期应完成数", en: "tasks due by the report date" },
  due_within_year: { "zh-CN": "年内应完成数", en: "tasks due within the year" },
};

/**
 * A rate policy as data: whether 基本完成 counts as done, whether 阶段性办结 counts as closed,
 * which denominator is used, and how the percentage is rounded. Publishers differ on each point
 * (domain brief §6), so ducha stores raw counts and applies an explicit policy. The zod schema
 * and its type share the name; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { RatePolicy } from "ducha/metrics";
 * RatePolicy.safeParse({
 *   basicallyCompletedCountsAsDone: true,
 *   stagedClosureCountsAsClosed: false,
 *   denominator: "all",
 *   decimals: 1,
 *   rounding: "half-up",
 * }).success; //=> true
 * ```
 * @category Metrics
 */
export const RatePolicy = z.strictObject({
  basicallyCompletedCountsAsDone: z.boolean(),
  stagedClosureCountsAsClosed: z.boolean(),
  denominator: z.enum(RATE_DENOMINATORS),
  decimals: z.int().min(0).max(MAX_DECIMALS),
  rounding: z.enum(ROUNDING_MODES),
});

/**
 * The type of a {@link RatePolicy} value.
 *
 * @example
 * ```ts
 * import type { RatePolicy } from "ducha/metrics";
 * const policy: RatePolicy = {
 *   basicallyCompletedCountsAsDone: true,
 *   stagedClosureCountsAsClosed: false,
 *   denominator: "all",
 *   decimals: 1,
 *   rounding: "half-up",
 * };
 * ```
 * @category Metrics
 */
export type RatePolicy = z.infer<typeof RatePolicy>;

/**
 * The policy used when none is given.
 *
 * - **基本完成 counts as done.** National and MEE statements count "已完成或基本完成" together
 *   (8 provinces, 2019: "已完成或基本完成274项"; Jilin 2023: "已经完成或基本完成26项"), and Jiangsu's
 *   "整改完成率46%" counts "已基本完成6项" in its numerator. No known publisher excludes it.
 * - **阶段性办结 does not count as closed.** A staged closure is by name not a closure; Jiangsu's
 *   "办结率达81%" leaves the 660 staged cases out (2750/3411). Hainan's "办结率54.9%" counts them,
 *   and {@link HAINAN_DAILY_PETITION_POLICY} says so explicitly.
 * - **Denominator `all`**: the plain reading of "完成率" when no "到期" qualifier is given
 *   (2164 tasks, "完成率近60%").
 * - **1 decimal, half-up**: detailed reports print one decimal (98.5%, 97.1%, 97.5%, 98.7%,
 *   54.9%); headlines use whole numbers, which a named policy can ask for.
 *
 * @example
 * ```ts
 * import { DEFAULT_RATE_POLICY } from "ducha/metrics";
 * DEFAULT_RATE_POLICY.basicallyCompletedCountsAsDone; //=> true
 * DEFAULT_RATE_POLICY.stagedClosureCountsAsClosed; //=> false
 * ```
 * @category Metrics
 */
export const DEFAULT_RATE_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 1,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * National statements by MEE and Xinhua: "已完成或基本完成" counted together, over all tasks, whole
 * percentages ("总体完成率达79%", end 2023, 2164 second-round tasks; "已完成1275项，完成率近60%").
 * Source: farmer.com.cn 2024-02-14; 羊城晚报 2023-02-10 (domain brief §6).
 *
 * @example
 * ```ts
 * import { NATIONAL_MEE_POLICY } from "ducha/metrics";
 * NATIONAL_MEE_POLICY.decimals; //=> 0
 * ```
 * @category Metrics
 */
export const NATIONAL_MEE_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 0,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Jiangsu, 2022, tasks: "整改完成率46%" is 6/13, where the 6 are "已基本完成" and the 13 are the
 * tasks due this year; whole percentages. Source: ourjiangsu.com 2022-09-27 (domain brief §6).
 *
 * @example
 * ```ts
 * import { JIANGSU_2022_TASK_POLICY } from "ducha/metrics";
 * JIANGSU_2022_TASK_POLICY.denominator; //=> "due_within_year"
 * ```
 * @category Metrics
 */
export const JIANGSU_2022_TASK_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "due_within_year",
  decimals: 0,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Jiangsu, 2022, petitions: "办结率达81%" is 2750/3411, leaving out the 660 阶段性办结 cases; whole
 * percentages. Source: ourjiangsu.com 2022-09-27 (domain brief §6).
 *
 * @example
 * ```ts
 * import { JIANGSU_2022_PETITION_POLICY } from "ducha/metrics";
 * JIANGSU_2022_PETITION_POLICY.stagedClosureCountsAsClosed; //=> false
 * ```
 * @category Metrics
 */
export const JIANGSU_2022_PETITION_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 0,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Hainan Daily (海南日报), petitions: "办结率54.9%" is (492 已办结 + 291 阶段性办结)/1427, so staged
 * closures count as closed; one decimal. Source: daluzixun.com, repost of 海南日报 (domain brief
 * §6).
 *
 * @example
 * ```ts
 * import { HAINAN_DAILY_PETITION_POLICY } from "ducha/metrics";
 * HAINAN_DAILY_PETITION_POLICY.stagedClosureCountsAsClosed; //=> true
 * ```
 * @category Metrics
 */
export const HAINAN_DAILY_PETITION_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: true,
  denominator: "all",
  decimals: 1,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Hainan, 2022, measures: "按期完成率98.5%" is 135/137 "到期应完成整改措施", so the denominator is
 * what was due by the report date; one decimal. Source: tongren.gov.cn (domain brief §6, §8.2).
 *
 * @example
 * ```ts
 * import { HAINAN_2022_MEASURE_POLICY } from "ducha/metrics";
 * HAINAN_2022_MEASURE_POLICY.denominator; //=> "due_by_as_of"
 * ```
 * @category Metrics
 */
export const HAINAN_2022_MEASURE_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "due_by_as_of",
  decimals: 1,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Jilin, 2023, petitions: "结案销号率97.64%" is 4593/4704 over all cases; two decimals, the only
 * two-decimal closure rate among the sources. Source: seed report 002 (Jilin, 2023-05-10).
 *
 * @example
 * ```ts
 * import { JILIN_2023_PETITION_POLICY } from "ducha/metrics";
 * JILIN_2023_PETITION_POLICY.decimals; //=> 2
 * ```
 * @category Metrics
 */
export const JILIN_2023_PETITION_POLICY = {
  basicallyCompletedCountsAsDone: true,
  stagedClosureCountsAsClosed: false,
  denominator: "all",
  decimals: 2,
  rounding: "half-up",
} as const satisfies RatePolicy;

/**
 * Builds a policy from the fields given, filling the rest from {@link DEFAULT_RATE_POLICY}, and
 * validates it with the {@link RatePolicy} schema. The result is a new plain object.
 *
 * @param partial - The fields to override; unknown keys are rejected.
 * @throws {DuchaError} `invalid_argument` when the argument is not an object or a field is not
 *   valid (the zod issues are in `details.issues`).
 * @example
 * ```ts
 * import { definePolicy } from "ducha/metrics";
 * const headline = definePolicy({ decimals: 0 });
 * headline.decimals; //=> 0
 * headline.denominator; //=> "all"
 * ```
 * @category Metrics
 */
export function definePolicy(partial: Partial<RatePolicy> = {}): RatePolicy {
  if (partial === null || typeof partial !== "object" || Array.isArray(partial)) {
    throw new DuchaError(
      "invalid_argument",
      { "zh-CN": "比率口径须为对象", en: "a rate policy must be an object" },
      { policy: partial },
    );
  }
  const parsed = RatePolicy.safeParse({ ...DEFAULT_RATE_POLICY, ...partial });
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((issue) => issue.path.join(".") || "(root)").join(", ");
  throw new DuchaError(
    "invalid_argument",
    { "zh-CN": `比率口径无效：${where}`, en: `invalid rate policy: ${where}` },
    { issues: parsed.error.issues },
  );
}
