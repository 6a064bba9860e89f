import type { Bilingual } from "../lang.js";
import type { RatePolicy } from "../metrics/policy.js";
import {
  pointsBetween,
  type ReportPercent,
  relativeChange,
  relativeShareChange,
} from "./_percent.js";
import { DEFAULT_REPORT_POLICY } from "./policy.js";
import { denominatorTally, petitionCounts, tallyCounts } from "./rates.js";
import type { Summary } from "./summary.js";

/**
 * A count before and after, its change, and the relative change in percent (signed string,
 * undefined from zero).
 *
 * @example
 * ```ts
 * import type { CountChange } from "ducha/report";
 * const done: CountChange = { before: 20, after: 26, change: 6, relative: "+30.00" };
 * ```
 * @category Report
 */
export interface CountChange {
  readonly before: number;
  readonly after: number;
  readonly change: number;
  /** (after − before) / before in percent, signed: `"+30.00"`; undefined when before is 0. */
  readonly relative: string | undefined;
}

/**
 * A share (completion or closure) before and after. `points` is the change in percentage points
 * (百分点), after − before; `relative` is the relative change of the share in percent. They are
 * different numbers: 50% → 60% is +10 points but +20%.
 *
 * @example
 * ```ts
 * import type { ShareChange } from "ducha/report";
 * const s: ShareChange = {
 *   before: { defined: true, percent: "50.00", text: "50.00%", fraction: "1/2" },
 *   after: { defined: true, percent: "60.00", text: "60.00%", fraction: "3/5" },
 *   points: "+10.00", relative: "+20.00",
 *   text: { "zh-CN": "提高10.00个百分点", en: "up 10.00 percentage points" },
 * };
 * ```
 * @category Report
 */
export interface ShareChange {
  readonly before: ReportPercent;
  readonly after: ReportPercent;
  /** Percentage points, signed: `"+10.00"`, `"-0.50"`, `"0.00"`; undefined without both shares. */
  readonly points: string | undefined;
  /** Relative change of the share in percent, signed; undefined without both shares or from 0. */
  readonly relative: string | undefined;
  /** The points change in words: 提高/下降X个百分点, 持平; "—" when undefined. */
  readonly text: Bilingual;
}

/**
 * The change between two summaries (e.g. two quarters of one city, or this year and last).
 *
 * @example
 * ```ts
 * import type { SummaryComparison } from "ducha/report";
 * type Shares = SummaryComparison["completionShare"];
 * ```
 * @category Report
 */
export interface SummaryComparison {
  readonly tasks: {
    readonly total: CountChange;
    readonly done: CountChange;
    readonly remaining: CountChange;
    readonly overdue: CountChange;
  };
  /** Completion share over the policy's denominator. */
  readonly completionShare: ShareChange;
  readonly petitions: {
    readonly transferred: CountChange;
    readonly closed: CountChange;
  };
  readonly closureShare: ShareChange;
  readonly accountability: { readonly people: CountChange };
}

/**
 * Compares two summaries under one policy: counts change as numbers, shares change in percentage
 * points (百分点), kept apart from the relative change in percent.
 *
 * @example
 * ```ts
 * import { emptySummary, compareSummaries, type Summary } from "ducha/report";
 * const at = (tasks: number, completed: number): Summary => {
 *   const s = emptySummary();
 *   return { ...s, tasks: { ...s.tasks, total: { ...s.tasks.total, tasks, completed } } };
 * };
 * const change = compareSummaries(at(9, 4), at(9, 6));
 * change.tasks.done.change; //=> 2
 * change.completionShare.points; //=> "+22.22"
 * change.completionShare.relative; //=> "+50.00"
 * change.completionShare.text["zh-CN"]; //=> "提高22.22个百分点"
 * ```
 * @category Report
 */
export function compareSummaries(
  before: Summary,
  after: Summary,
  policy: RatePolicy = after.policy ?? before.policy ?? DEFAULT_REPORT_POLICY,
): SummaryComparison {
  const { decimals, rounding } = policy;
  const count = (x: number, y: number): CountChange => ({
    before: x,
    after: y,
    change: y - x,
    relative: relativeChange(x, y, decimals, rounding),
  });
  const share = (
    x: readonly [number, number],
    y: readonly [number, number],
    bx: ReportPercent,
    by: ReportPercent,
  ): ShareChange => {
    const points = pointsBetween(x, y, decimals, rounding);
    return {
      before: bx,
      after: by,
      points,
      relative: relativeShareChange(x, y, decimals, rounding),
      text: pointsText(points),
    };
  };
  const t0 = tallyCounts(denominatorTally(before, policy), policy);
  const t1 = tallyCounts(denominatorTally(after, policy), policy);
  const all0 = tallyCounts(before.tasks.total, policy);
  const all1 = tallyCounts(after.tasks.total, policy);
  const p0 = petitionCounts(before, policy);
  const p1 = petitionCounts(after, policy);
  return {
    tasks: {
      total: count(all0.tasks, all1.tasks),
      done: count(all0.done, all1.done),
      remaining: count(all0.remaining, all1.remaining),
      overdue: count(all0.overdue, all1.overdue),
    },
    completionShare: share([t0.done, t0.tasks], [t1.done, t1.tasks], t0.rate, t1.rate),
    petitions: {
      transferred: count(p0.transferred, p1.transferred),
      closed: count(p0.closed, p1.closed),
    },
    closureShare: share([p0.closed, p0.transferred], [p1.closed, p1.transferred], p0.rate, p1.rate),
    accountability: { people: count(before.accountability.people, after.accountability.people) },
  };
}

function pointsText(points: string | undefined): Bilingual {
  if (points === undefined) return { "zh-CN": "—", en: "—" };
  if (points.startsWith("+")) {
    const n = points.slice(1);
    return { "zh-CN": `提高${n}个百分点`, en: `up ${n} percentage points` };
  }
  if (points.startsWith("-")) {
    const n = points.slice(1);
    return { "zh-CN": `下降${n}个百分点`, en: `down ${n} percentage points` };
  }
  return { "zh-CN": "持平", en: "unchanged" };
}
