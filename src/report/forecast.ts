import { Decimal } from "decimal.js";
import {
  addDays,
  assertIsoDate,
  daysBetween,
  daysInMonth,
  type IsoDate,
  isoDateParts,
} from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";
import type { RatePolicy } from "../metrics/policy.js";
import type { Ledger } from "../model/ledger.js";
import { completionDate, countsAsDone, donenessOf, dueOn, statusOn } from "./_taskFacts.js";
import { DEFAULT_REPORT_POLICY } from "./policy.js";

/**
 * Options of {@link forecast}.
 *
 * @example
 * ```ts
 * import type { ForecastOptions } from "ducha/report";
 * const options: ForecastOptions = { asOf: "2024-06-30", months: 6 };
 * ```
 * @category Report
 */
export interface ForecastOptions {
  /** The date to project from. */
  readonly asOf: IsoDate;
  /** Length of the window the pace is measured over, in months (1-120); 6 unless given. */
  readonly months?: number;
  /** Whether 基本完成 counts as done; {@link DEFAULT_REPORT_POLICY} unless given. */
  readonly policy?: RatePolicy;
}

/**
 * A task that will not be done by its deadline at the current pace.
 *
 * @example
 * ```ts
 * import type { TaskAtRisk } from "ducha/report";
 * const late: TaskAtRisk = { taskId: "t7", title: "黑臭水体治理", due: "2024-09-30",
 *   projected: "2024-12-29", reason: "will_miss" };
 * ```
 * @category Report
 */
export interface TaskAtRisk {
  readonly taskId: string;
  readonly title: string;
  /** The deadline in force on the date. */
  readonly due: IsoDate;
  /** When it would be done at the pace, in deadline order; undefined when the pace is zero. */
  readonly projected: IsoDate | undefined;
  /** `overdue`: already past its deadline; `will_miss`: projected after its deadline. */
  readonly reason: "overdue" | "will_miss";
}

/**
 * What the pace of the last months says about the remaining tasks.
 *
 * @example
 * ```ts
 * import type { Forecast } from "ducha/report";
 * type When = Forecast["projectedCompletion"];
 * ```
 * @category Report
 */
export interface Forecast {
  readonly asOf: IsoDate;
  /** First day of the window: the day after the same date `months` earlier. */
  readonly windowStart: IsoDate;
  readonly months: number;
  /** Tasks that became done within the window (and are still done on the date). */
  readonly completedInWindow: number;
  /** Completions per month over the window, two decimals: `"0.50"`. */
  readonly pacePerMonth: string;
  /** Tasks not done on the date. */
  readonly remaining: number;
  /** Tasks done on the date with no completion date, so left out of the pace. */
  readonly undatedCompletions: number;
  /**
   * The day the last remaining task would be done at the pace; the date itself when nothing
   * remains; undefined when the pace is zero (then the tasks would never be done).
   */
  readonly projectedCompletion: IsoDate | undefined;
  /** Tasks past their deadline or projected to miss it, in deadline order. */
  readonly atRisk: readonly TaskAtRisk[];
  /** The projection in words. */
  readonly message: Bilingual;
}

/**
 * Projects when the remaining tasks would be done at the pace of the last `months` months
 * (completions read from events or `completedDate`), and which tasks would miss their deadline.
 * The remaining tasks are assumed to be finished in deadline order, one every `1 / pace` months.
 * A zero pace has no completion date, and the message says so.
 *
 * @throws {DuchaError} `invalid_date` for a bad `asOf`; `invalid_argument` for `months` outside
 * 1-120.
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { forecast } from "ducha/report";
 * const done = (id: string, date: string) => ({
 *   id, problemIds: ["p"], title: id, status: "completed",
 *   events: [{ type: "report_completed", date }],
 * });
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   tasks: [
 *     done("t1", "2024-02-10"), done("t2", "2024-04-10"), done("t3", "2024-06-10"),
 *     { id: "t4", problemIds: ["p"], title: "t4", status: "in_progress",
 *       deadline: { text: "2024年12月底前", due: "2024-12-31" } },
 *   ],
 * });
 * const f = forecast(ledger, { asOf: "2024-06-30" });
 * f.pacePerMonth; //=> "0.50"
 * f.projectedCompletion; //=> "2024-08-30"
 * f.atRisk; //=> []
 * ```
 * @category Report
 */
export function forecast(ledger: Ledger, options: ForecastOptions): Forecast {
  const asOf = options.asOf;
  assertIsoDate(asOf, "asOf");
  const months = options.months ?? 6;
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `months须为1至120的整数，收到${months}`,
        en: `months must be a whole number 1-120, got ${months}`,
      },
      { months },
    );
  }
  const basic = (options.policy ?? DEFAULT_REPORT_POLICY).basicallyCompletedCountsAsDone;
  const windowStart = addDays(monthsBefore(asOf, months), 1);
  const windowDays = daysBetween(windowStart, asOf) + 1;

  let completedInWindow = 0;
  let undatedCompletions = 0;
  const open: { taskId: string; title: string; due: IsoDate | undefined }[] = [];
  for (const task of ledger.tasks) {
    if (countsAsDone(donenessOf(statusOn(task, asOf)), basic)) {
      const when = completionDate(task, asOf, basic);
      if (when === undefined) undatedCompletions += 1;
      else if (when >= windowStart) completedInWindow += 1;
    } else {
      open.push({ taskId: task.id, title: task.title, due: dueOn(task, asOf) });
    }
  }
  // Deadline order; tasks without a deadline last, then by id, so the result is stable.
  open.sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === undefined) return 1;
      if (b.due === undefined) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0;
  });

  const D = Decimal.clone({ precision: 40 });
  const pace = new D(completedInWindow).dividedBy(months);
  // The k-th remaining task is done k · windowDays / completedInWindow days after asOf.
  const projectedFor = (k: number): IsoDate | undefined =>
    completedInWindow === 0
      ? undefined
      : addDays(asOf, new D(k).times(windowDays).dividedBy(completedInWindow).ceil().toNumber());
  const atRisk: TaskAtRisk[] = [];
  open.forEach((task, i) => {
    if (task.due === undefined) return;
    const projected = projectedFor(i + 1);
    const common = { taskId: task.taskId, title: task.title, due: task.due, projected };
    if (task.due < asOf) atRisk.push({ ...common, reason: "overdue" });
    else if (projected === undefined || projected > task.due)
      atRisk.push({ ...common, reason: "will_miss" });
  });
  const remaining = open.length;
  const projectedCompletion = remaining === 0 ? asOf : projectedFor(remaining);
  const pacePerMonth = pace.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return {
    asOf,
    windowStart,
    months,
    completedInWindow,
    pacePerMonth,
    remaining,
    undatedCompletions,
    projectedCompletion,
    atRisk,
    message: messageOf(remaining, months, pacePerMonth, projectedCompletion, atRisk.length),
  };
}

/** The same day `months` months earlier, clamped to the month's end (08-31 − 6 → 02-28/29). */
function monthsBefore(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function messageOf(
  remaining: number,
  months: number,
  pace: string,
  projected: IsoDate | undefined,
  risks: number,
): Bilingual {
  if (remaining === 0) {
    return { "zh-CN": "整改任务已全部完成。", en: "All rectification tasks are done." };
  }
  if (projected === undefined) {
    return {
      "zh-CN": `近${months}个月没有完成整改任务，按此进度其余${remaining}项任务无法完成。`,
      en: `No task was completed in the last ${months} months; at this pace the remaining ${remaining} will never be done.`,
    };
  }
  const risk = {
    "zh-CN": risks > 0 ? `，其中${risks}项将超过或已超过整改时限` : "",
    en: risks > 0 ? `; ${risks} will miss or have missed their deadline` : "",
  };
  return {
    "zh-CN": `按近${months}个月每月完成${pace}项的进度，其余${remaining}项任务预计于${projected}前完成${risk["zh-CN"]}。`,
    en: `At the pace of the last ${months} months (${pace} a month), the remaining ${remaining} would be done by ${projected}${risk.en}.`,
  };
}
