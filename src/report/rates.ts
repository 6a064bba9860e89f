import type { RatePolicy } from "../metrics/policy.js";
import { percentOf, type ReportPercent } from "./_percent.js";
import { DEFAULT_REPORT_POLICY } from "./policy.js";
import type { Summary, TaskTally } from "./summary.js";

/**
 * A task tally read under a policy: how many are done, remaining and overdue, and the rate.
 *
 * @example
 * ```ts
 * import type { TallyCounts } from "ducha/report";
 * const row: TallyCounts = { tasks: 9, done: 6, remaining: 3, overdue: 0, onTime: 6,
 *   rate: { defined: true, percent: "66.67", text: "66.67%", fraction: "6/9" } };
 * ```
 * @category Report
 */
export interface TallyCounts {
  readonly tasks: number;
  readonly done: number;
  readonly remaining: number;
  readonly overdue: number;
  /** Done no later than the deadline. */
  readonly onTime: number;
  /** done / tasks at the policy's decimals; `defined: false` ("—") for no tasks. */
  readonly rate: ReportPercent;
}

/**
 * Reads a task tally under a rate policy: 基本完成 counts as done or not, and a basically
 * completed task past its deadline is overdue when it does not.
 *
 * @example
 * ```ts
 * import { tallyCounts, DEFAULT_REPORT_POLICY } from "ducha/report";
 * const tally = { tasks: 13, completed: 4, basicallyCompleted: 2, overdue: 0,
 *   overdueBasicallyCompleted: 0, completedOnTime: 4, basicallyCompletedOnTime: 2 };
 * tallyCounts(tally, { ...DEFAULT_REPORT_POLICY, decimals: 0 }).rate.text; //=> "46%"
 * tallyCounts(tally, { ...DEFAULT_REPORT_POLICY, basicallyCompletedCountsAsDone: false }).done; //=> 4
 * ```
 * @category Report
 */
export function tallyCounts(
  tally: TaskTally,
  policy: RatePolicy = DEFAULT_REPORT_POLICY,
): TallyCounts {
  const basic = policy.basicallyCompletedCountsAsDone;
  const done = tally.completed + (basic ? tally.basicallyCompleted : 0);
  return {
    tasks: tally.tasks,
    done,
    remaining: tally.tasks - done,
    overdue: tally.overdue + (basic ? 0 : tally.overdueBasicallyCompleted),
    onTime: tally.completedOnTime + (basic ? tally.basicallyCompletedOnTime : 0),
    rate: percentOf(done, tally.tasks, policy.decimals, policy.rounding),
  };
}

/**
 * Petition counts read under a policy: closed includes 阶段性办结 or not.
 *
 * @example
 * ```ts
 * import type { PetitionCounts } from "ducha/report";
 * const jilin: PetitionCounts = { transferred: 4704, closed: 4593, staged: 0, remaining: 111,
 *   rate: { defined: true, percent: "97.64", text: "97.64%", fraction: "4593/4704" } };
 * ```
 * @category Report
 */
export interface PetitionCounts {
  readonly transferred: number;
  /** Closed under the policy (with 阶段性办结 when it counts). */
  readonly closed: number;
  readonly staged: number;
  /** transferred − closed. */
  readonly remaining: number;
  readonly rate: ReportPercent;
}

/**
 * The rates of a summary under a policy, each taken from the counts: the task completion rate
 * over the policy's denominator (all tasks, due by the date, or due within the year) and the
 * petition closure rate.
 *
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { summarize, summaryRates } from "ducha/report";
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   petitionTallies: [{ id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4593 }],
 * });
 * summaryRates(summarize(ledger)).petitions.rate.text; //=> "97.64%"
 * ```
 * @category Report
 */
export function summaryRates(
  summary: Summary,
  policy: RatePolicy = summary.policy ?? DEFAULT_REPORT_POLICY,
): { readonly tasks: TallyCounts; readonly petitions: PetitionCounts } {
  const tasks = tallyCounts(denominatorTally(summary, policy), policy);
  return { tasks, petitions: petitionCounts(summary, policy) };
}

/** The tally a policy's denominator names. @internal */
export function denominatorTally(summary: Summary, policy: RatePolicy): TaskTally {
  if (policy.denominator === "due_by_as_of") return summary.tasks.dueByAsOf;
  if (policy.denominator === "due_within_year") return summary.tasks.dueWithinYear;
  return summary.tasks.total;
}

/**
 * Petition counts of a summary under a policy.
 *
 * @example
 * ```ts
 * import { emptySummary, petitionCounts } from "ducha/report";
 * petitionCounts(emptySummary()).rate.text; //=> "—"
 * ```
 * @category Report
 */
export function petitionCounts(
  summary: Summary,
  policy: RatePolicy = summary.policy ?? DEFAULT_REPORT_POLICY,
): PetitionCounts {
  const p = summary.petitions;
  const closed = p.closed + (policy.stagedClosureCountsAsClosed ? p.staged : 0);
  return {
    transferred: p.transferred,
    closed,
    staged: p.staged,
    remaining: p.transferred - closed,
    rate: percentOf(closed, p.transferred, policy.decimals, policy.rounding),
  };
}

/**
 * Verification counts of the cases and the two shares the bulletins publish: 属实率 (cases found
 * true, basically true or partly true, over cases with a verification result) and 不属实率 (cases
 * found not true over the same). Cases without a result are left out of both shares. Decimals and
 * rounding are the policy's.
 *
 * @example
 * ```ts
 * import { DEFAULT_REPORT_POLICY, emptySummary, verificationCounts } from "ducha/report";
 * // Hainan, 2023-12-23: 属实440件，部分属实779件，基本属实108件，不属实100件，不属实率7.01%
 * const base = emptySummary();
 * const summary = {
 *   ...base,
 *   petitions: { ...base.petitions, byVerification: { true: 440, partly_true: 779, basically_true: 108, false: 100 } },
 * };
 * verificationCounts(summary, { ...DEFAULT_REPORT_POLICY, decimals: 2 }).falseRate.text; //=> "7.01%"
 * ```
 * @category Report
 */
export function verificationCounts(
  summary: Summary,
  policy: RatePolicy = summary.policy ?? DEFAULT_REPORT_POLICY,
): VerificationCounts {
  const by = summary.petitions.byVerification;
  const count = (key: string) => (Object.hasOwn(by, key) ? (by[key] ?? 0) : 0);
  const isTrue = count("true");
  const basicallyTrue = count("basically_true");
  const partlyTrue = count("partly_true");
  const notTrue = count("false");
  const verified = isTrue + basicallyTrue + partlyTrue + notTrue;
  const found = isTrue + basicallyTrue + partlyTrue;
  return {
    verified,
    true: isTrue,
    basicallyTrue,
    partlyTrue,
    false: notTrue,
    trueRate: percentOf(found, verified, policy.decimals, policy.rounding),
    falseRate: percentOf(notTrue, verified, policy.decimals, policy.rounding),
  };
}

/**
 * What {@link verificationCounts} returns.
 *
 * @example
 * ```ts
 * import type { VerificationCounts } from "ducha/report";
 * const counts: Pick<VerificationCounts, "verified" | "false"> = { verified: 1427, false: 100 };
 * ```
 * @category Report
 */
export interface VerificationCounts {
  /** Cases with a verification result. */
  readonly verified: number;
  readonly true: number;
  readonly basicallyTrue: number;
  readonly partlyTrue: number;
  readonly false: number;
  /** 属实率: (属实 + 基本属实 + 部分属实) / verified. */
  readonly trueRate: ReportPercent;
  /** 不属实率: 不属实 / verified. */
  readonly falseRate: ReportPercent;
}

/**
 * Petition status counts and the closure rate (办结率) under the policy: {@link petitionCounts}
 * with the cases in handling (办理中) and those whose status is not recorded.
 *
 * @example
 * ```ts
 * import { emptySummary, petitionStatusCounts } from "ducha/report";
 * const base = emptySummary();
 * const s = { ...base, petitions: { ...base.petitions, transferred: 10, closed: 6, staged: 3, handling: 1 } };
 * petitionStatusCounts(s).handling; //=> 1
 * ```
 * @category Report
 */
export function petitionStatusCounts(
  summary: Summary,
  policy: RatePolicy = summary.policy ?? DEFAULT_REPORT_POLICY,
): PetitionCounts & { readonly handling: number; readonly unrecorded: number } {
  return {
    ...petitionCounts(summary, policy),
    handling: summary.petitions.handling,
    unrecorded: summary.petitions.unrecorded,
  };
}
