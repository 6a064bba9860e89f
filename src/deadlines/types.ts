import type { IsoDate } from "../dates.js";
import type { IssuePath } from "../issue.js";

/**
 * What a deadline text says: a `date` to finish by, `immediate` (立行立改), a standing
 * `long_term` obligation (长期坚持, 持续推进, 按序时进度推进, or open-ended "2020年1月以后"),
 * a `recurring` duty (每年, 每季度...) or a `range` (a window with a start and an end).
 *
 * @example
 * ```ts
 * import type { DeadlineKind } from "ducha/deadlines";
 * const kind: DeadlineKind = "immediate";
 * ```
 * @category Deadlines
 */
export type DeadlineKind = "date" | "immediate" | "long_term" | "recurring" | "range";

/**
 * How often a recurring duty comes back: 每年 / 每季度 / 每月 / 每周.
 *
 * @example
 * ```ts
 * import type { Recurrence } from "ducha/deadlines";
 * const every: Recurrence = "quarterly";
 * ```
 * @category Deadlines
 */
export type Recurrence = "yearly" | "quarterly" | "monthly" | "weekly";

/**
 * A deadline read from the free text of a plan (完成时限 / 整改时限).
 *
 * - `due`: the last day by which the work must be done, where the text gives one (inclusive).
 * - `start`: the first day of a `range`, or of an open-ended `long_term` obligation.
 * - `longTermAfter`: a standing obligation follows the deadline ("…，并长期坚持"). Always false
 *   for `long_term` and `recurring`, which are standing obligations themselves.
 * - `recurrence`: set for `recurring` only.
 * - `percentTarget`: a completion-rate target paired with the deadline ("…达到90%以上" → 90).
 * - `text`: the text as it was given.
 *
 * @example
 * ```ts
 * import type { Deadline } from "ducha/deadlines";
 * const deadline: Deadline = {
 *   kind: "date", due: "2025-12-31", longTermAfter: true, text: "2025年底前，并长期坚持",
 * };
 * ```
 * @category Deadlines
 */
export interface Deadline {
  readonly kind: DeadlineKind;
  readonly due?: IsoDate;
  readonly start?: IsoDate;
  readonly longTermAfter: boolean;
  readonly recurrence?: Recurrence;
  readonly percentTarget?: number;
  readonly text: string;
}

/**
 * Options of {@link parseDeadline}: `anchor`, an ISO date that gives the year of texts without
 * one ("今年底前", "9月底前", "年内", "上半年"), usually the plan's date; `path`, where the text sits
 * in a larger document, copied into the issues.
 *
 * @example
 * ```ts
 * import type { ParseDeadlineOptions } from "ducha/deadlines";
 * const options: ParseDeadlineOptions = { anchor: "2017-06-15", path: ["tasks", 3, "deadline"] };
 * ```
 * @category Deadlines
 */
export interface ParseDeadlineOptions {
  readonly anchor?: IsoDate;
  readonly path?: IssuePath;
}
