/**
 * The plain-data summary of a ledger: counts only, so summaries of counties add up to a city's,
 * cities' to a province's, and rates are always taken from the counts.
 *
 * @module
 */
import type { IsoDate } from "../dates.js";
import type { RatePolicy } from "../metrics/policy.js";
import type { EnforcementOutcomes } from "../model/petition.js";

/**
 * The format tag of a {@link Summary}.
 *
 * @example
 * ```ts
 * import { SUMMARY_FORMAT } from "ducha/report";
 * SUMMARY_FORMAT; //=> "ducha/summary@1"
 * ```
 * @category Report
 */
export const SUMMARY_FORMAT = "ducha/summary@1";

/**
 * The key under which a summary counts records that do not say (no lead unit, no region, no
 * status...). Reports print it as 未明确 / "not recorded".
 *
 * @example
 * ```ts
 * import { NOT_RECORDED } from "ducha/report";
 * NOT_RECORDED; //=> ""
 * ```
 * @category Report
 */
export const NOT_RECORDED = "";

/**
 * Counts of a group of tasks, kept apart where publishers differ, so any rate policy can be
 * applied later: 完成 and 基本完成 separately, and overdue tasks by whether they are open or
 * only basically completed.
 *
 * @example
 * ```ts
 * import type { TaskTally } from "ducha/report";
 * const urumqi: TaskTally = {
 *   tasks: 9, completed: 6, basicallyCompleted: 0, overdue: 0, overdueBasicallyCompleted: 0,
 *   completedOnTime: 0, basicallyCompletedOnTime: 0,
 * };
 * ```
 * @category Report
 */
export interface TaskTally {
  /** Tasks in the group. */
  readonly tasks: number;
  /** Completed: 已完成, applied for or passed acceptance, in public notice, signed off. */
  readonly completed: number;
  /** Basically completed (基本完成). */
  readonly basicallyCompleted: number;
  /** Neither completed nor basically completed, and past the deadline in force on the date. */
  readonly overdue: number;
  /** Basically completed and past the deadline: overdue when 基本完成 does not count as done. */
  readonly overdueBasicallyCompleted: number;
  /** Completed no later than the deadline in force when it was completed. */
  readonly completedOnTime: number;
  /** Basically completed no later than the deadline. */
  readonly basicallyCompletedOnTime: number;
}

/** Counts by a key, as a plain object with its keys sorted. @category Report */
export type CountMap = Readonly<Record<string, number>>;
/** Task tallies by a key, as a plain object with its keys sorted. @category Report */
export type TallyMap = Readonly<Record<string, TaskTally>>;

/**
 * A mismatch between published parts and their total, e.g. 厅局级 + 县处级 + 乡科级 ≠ 共问责.
 *
 * @example
 * ```ts
 * import type { ConsistencyMismatch } from "ducha/report";
 * const m: ConsistencyMismatch = { id: "jl", field: "byRank", total: 118, sum: 117 };
 * ```
 * @category Report
 */
export interface ConsistencyMismatch {
  /** Id of the accountability record. */
  readonly id: string;
  /** The parts that do not add up. */
  readonly field: "byRank" | "bySanction";
  /** The published total (people). */
  readonly total: number;
  /** What the parts add up to. */
  readonly sum: number;
}

/**
 * The counts of a ledger on a date: tasks, petitions and accountability, grouped the ways reports
 * group them. JSON-serialisable; merge summaries with `mergeSummaries`.
 *
 * @example
 * ```ts
 * import { emptySummary } from "ducha/report";
 * emptySummary().tasks.total.tasks; //=> 0
 * ```
 * @category Report
 */
export interface Summary {
  readonly format: typeof SUMMARY_FORMAT;
  /** The date the counts hold on; absent when none was known (then nothing is overdue). */
  readonly asOf?: IsoDate;
  /**
   * The rate policy given to `summarize`, used by `summaryRates`, `petitionCounts`,
   * `compareSummaries` and `renderReport` when they are not given one. It changes no count.
   */
  readonly policy?: RatePolicy;
  readonly tasks: {
    readonly total: TaskTally;
    /** Tasks by status on the date (or as recorded), {@link NOT_RECORDED} when unknown. */
    readonly byStatus: CountMap;
    /** Tasks due on or before the date (到期应完成). */
    readonly dueByAsOf: TaskTally;
    /** Tasks due on or before 31 December of the date's year (今年底前应完成). */
    readonly dueWithinYear: TaskTally;
    /** By inspection round (from the task's problems). */
    readonly byRound: TallyMap;
    /** By region name (the task's regions, else its problems'). */
    readonly byRegion: TallyMap;
    /** By province: 6-digit code `XX0000` from the regions' division codes. */
    readonly byProvince: TallyMap;
    /** By city (prefecture): 6-digit code `XXXX00`. */
    readonly byCity: TallyMap;
    /** By lead unit, names normalised; a task counts once under each of its lead units. */
    readonly byLeadUnit: TallyMap;
    /** By category of the task's problems. */
    readonly byCategory: TallyMap;
    /** By domain of the task's problems. */
    readonly byDomain: TallyMap;
  };
  readonly petitions: {
    /** Cases transferred (转办/交办): cases on the ledger plus published tallies. */
    readonly transferred: number;
    readonly closed: number;
    /** Closed for this stage (阶段性办结). */
    readonly staged: number;
    readonly handling: number;
    /** Cases whose status is not given (tallies that publish only transferred and closed). */
    readonly unrecorded: number;
    /**
     * Of `unrecorded`, the cases on the ledger whose own status (办结情况) is not filled in, as
     * opposed to what a tally leaves unsplit; present only when there are some. Report sentences
     * say these are without a status, never that they are in progress.
     */
    readonly statusless?: number;
    /** Cases by verification result. */
    readonly byVerification: CountMap;
    /** Cases by batch number (第X批). */
    readonly byBatch: CountMap;
    /**
     * Batches published in tallies without numbers. A roll-up keeps the largest: places inspected
     * by one group receive the same numbered batches.
     */
    readonly tallyBatches: number;
    /** Cases by region name as written ("XX市XX区"); absent in summaries made before 0.2. */
    readonly byRegion?: CountMap;
    /** Cases by pollution type; a case counts once under each of its types. */
    readonly byPollutionType?: CountMap;
    /** Cases marked `duplicateOf` another: left out of every other count. */
    readonly duplicates?: number;
    /** The enforcement outcomes of the cases added up (fines exact to the fen). */
    readonly outcomes?: EnforcementOutcomes;
    /** Outcomes by region name. */
    readonly outcomesByRegion?: Readonly<Record<string, EnforcementOutcomes>>;
    /** Outcomes by batch number. */
    readonly outcomesByBatch?: Readonly<Record<string, EnforcementOutcomes>>;
  };
  readonly accountability: {
    /** People held accountable (问责). */
    readonly people: number;
    readonly byRank: CountMap;
    /** People by sanction; one person may have several. */
    readonly bySanction: CountMap;
    /** Problems handed over for accountability (移交责任追究问题). */
    readonly handedOverProblems: number;
  };
  /** Published totals whose parts do not add up, sorted. */
  readonly accountabilityConsistency: readonly ConsistencyMismatch[];
}

/**
 * A task tally of zeros.
 *
 * @example
 * ```ts
 * import { emptyTally } from "ducha/report";
 * emptyTally().tasks; //=> 0
 * ```
 * @category Report
 */
export function emptyTally(): TaskTally {
  return {
    tasks: 0,
    completed: 0,
    basicallyCompleted: 0,
    overdue: 0,
    overdueBasicallyCompleted: 0,
    completedOnTime: 0,
    basicallyCompletedOnTime: 0,
  };
}

/**
 * The summary of nothing: the identity of `mergeSummaries`.
 *
 * @example
 * ```ts
 * import { emptySummary, mergeSummaries } from "ducha/report";
 * mergeSummaries(emptySummary(), emptySummary()).petitions.transferred; //=> 0
 * ```
 * @category Report
 */
export function emptySummary(): Summary {
  return {
    format: SUMMARY_FORMAT,
    tasks: {
      total: emptyTally(),
      byStatus: {},
      dueByAsOf: emptyTally(),
      dueWithinYear: emptyTally(),
      byRound: {},
      byRegion: {},
      byProvince: {},
      byCity: {},
      byLeadUnit: {},
      byCategory: {},
      byDomain: {},
    },
    petitions: {
      transferred: 0,
      closed: 0,
      staged: 0,
      handling: 0,
      unrecorded: 0,
      byVerification: {},
      byBatch: {},
      tallyBatches: 0,
    },
    accountability: { people: 0, byRank: {}, bySanction: {}, handedOverProblems: 0 },
    accountabilityConsistency: [],
  };
}
