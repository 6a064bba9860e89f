/**
 * The lifecycle of a rectification task as data: which event may happen in which status, and the
 * status it leads to. Everything else in `ducha/lifecycle` (guards, replay, diagrams, type-level
 * helpers) is derived from {@link TASK_TRANSITIONS}.
 *
 * @module
 */
import { DuchaError } from "../errors.js";
import type { TaskEventType, TaskStatus } from "../model/enums.js";

/**
 * The shape of a task transition table: for each status, the events allowed there and the
 * status each leads to. An event that is absent is not allowed in that status.
 *
 * @example
 * ```ts
 * import type { TaskTransitionTable } from "ducha/lifecycle";
 * const tiny: Pick<TaskTransitionTable, "not_started"> = { not_started: { start: "in_progress" } };
 * ```
 * @category Lifecycle
 */
export type TaskTransitionTable = {
  readonly [S in TaskStatus]: { readonly [E in TaskEventType]?: TaskStatus };
};

/**
 * The guarded lifecycle of a rectification task (拉条挂账、督办落实、办结销号), status × event →
 * next status.
 *
 * Why the table looks as it does:
 * - Work starts (`start`) and is reported on (`report_progress`) until it is reported done, in
 *   full (完成) or basically (基本完成); a basically completed task may later report full completion.
 * - Only a completed or basically completed task may ask for acceptance (验收); a rejection sends
 *   it back to work.
 * - After acceptance comes the public notice (公示) and then sign-off (销号). Signing off straight
 *   from `accepted` is in the table, but {@link applyEvent} allows it only when the task does not
 *   require a notice (`requiresPublicNotice: false` or the option `requirePublicNotice: false`),
 *   and a sign-off from `in_public_notice` only after the notice window has ended.
 * - A signed-off problem can come back (反弹); the relapsed task is worked again and may report
 *   completion directly, since the measures are usually known by then.
 * - False, superficial or perfunctory rectification (虚假/表面/敷衍整改) can be found at any point
 *   after completion was claimed, and sends the task back to `in_progress`.
 * - A deadline may be extended only while the work is still open (not started, in progress or
 *   relapsed): extending the deadline of work already reported done would rewrite history. The
 *   status does not change; {@link applyEvent} keeps the first due date in
 *   `deadline.originalDue`.
 *
 * @example
 * ```ts
 * import { TASK_TRANSITIONS } from "ducha/lifecycle";
 * TASK_TRANSITIONS.acceptance_requested.reject; //=> "in_progress"
 * ```
 * @category Lifecycle
 */
export const TASK_TRANSITIONS = {
  not_started: {
    start: "in_progress",
    extend_deadline: "not_started",
  },
  in_progress: {
    report_progress: "in_progress",
    report_completed: "completed",
    report_basically_completed: "basically_completed",
    extend_deadline: "in_progress",
  },
  completed: {
    request_acceptance: "acceptance_requested",
    found_false: "in_progress",
  },
  basically_completed: {
    report_completed: "completed",
    request_acceptance: "acceptance_requested",
    found_false: "in_progress",
  },
  acceptance_requested: {
    accept: "accepted",
    reject: "in_progress",
    found_false: "in_progress",
  },
  accepted: {
    open_public_notice: "in_public_notice",
    sign_off: "signed_off",
    found_false: "in_progress",
  },
  in_public_notice: {
    sign_off: "signed_off",
    found_false: "in_progress",
  },
  signed_off: {
    relapse: "relapsed",
    found_false: "in_progress",
  },
  relapsed: {
    start: "in_progress",
    report_progress: "in_progress",
    report_completed: "completed",
    report_basically_completed: "basically_completed",
    extend_deadline: "relapsed",
  },
} as const satisfies TaskTransitionTable;

/**
 * The type of {@link TASK_TRANSITIONS}, with every literal kept.
 *
 * @example
 * ```ts
 * import type { TaskTransitions } from "ducha/lifecycle";
 * const next: TaskTransitions["accepted"]["open_public_notice"] = "in_public_notice";
 * ```
 * @category Lifecycle
 */
export type TaskTransitions = typeof TASK_TRANSITIONS;

/**
 * The events allowed in status `S`, read from the table at compile time.
 *
 * @example
 * ```ts
 * import type { AllowedEvent } from "ducha/lifecycle";
 * const event: AllowedEvent<"signed_off"> = "relapse";
 * ```
 * @category Lifecycle
 */
export type AllowedEvent<S extends TaskStatus> = keyof TaskTransitions[S] & TaskEventType;

/**
 * The status event `E` leads to from status `S`, read from the table at compile time.
 *
 * @example
 * ```ts
 * import type { NextStatus } from "ducha/lifecycle";
 * const next: NextStatus<"acceptance_requested", "reject"> = "in_progress";
 * ```
 * @category Lifecycle
 */
export type NextStatus<S extends TaskStatus, E extends AllowedEvent<S>> = TaskTransitions[S][E];

/**
 * The next status for a legal (status, event) pair, typed from the table so an illegal pair does
 * not compile. Guards that need the task (public notice, dates) are {@link applyEvent}'s job.
 *
 * @example
 * ```ts
 * import { transition } from "ducha/lifecycle";
 * transition("acceptance_requested", "accept"); //=> "accepted"
 * ```
 * @throws {DuchaError} `transition_not_allowed` when the types were bypassed with a cast.
 * @category Lifecycle
 */
export function transition<S extends TaskStatus, E extends AllowedEvent<S>>(
  status: S,
  event: E,
): NextStatus<S, E> {
  const next = nextStatus(status, event);
  if (next === undefined) {
    throw new DuchaError(
      "transition_not_allowed",
      {
        "zh-CN": `状态${String(status)}下不允许事件${String(event)}`,
        en: `event ${String(event)} is not allowed in status ${String(status)}`,
      },
      { from: status, event },
    );
  }
  return next as NextStatus<S, E>;
}

/**
 * The next status for any (status, event) pair, or `undefined` when the table does not allow it.
 *
 * @example
 * ```ts
 * import { nextStatus } from "ducha/lifecycle";
 * nextStatus("in_progress", "sign_off"); //=> undefined
 * ```
 * @category Lifecycle
 */
export function nextStatus(status: TaskStatus, event: TaskEventType): TaskStatus | undefined {
  const row: { readonly [E in TaskEventType]?: TaskStatus } | undefined = TASK_TRANSITIONS[status];
  return row?.[event];
}

/**
 * The status an event usually leads to, whatever the status before it (`undefined` for
 * `extend_deadline`, which keeps the status). Used when replaying data whose history has gaps.
 *
 * @example
 * ```ts
 * import { eventTarget } from "ducha/lifecycle";
 * eventTarget("found_false"); //=> "in_progress"
 * ```
 * @category Lifecycle
 */
export function eventTarget(event: TaskEventType): TaskStatus | undefined {
  return EVENT_TARGET[event];
}

// Every event except extend_deadline leads to one status wherever it is allowed (checked in tests).
const EVENT_TARGET: Readonly<Record<TaskEventType, TaskStatus | undefined>> = {
  start: "in_progress",
  report_progress: "in_progress",
  report_completed: "completed",
  report_basically_completed: "basically_completed",
  request_acceptance: "acceptance_requested",
  accept: "accepted",
  reject: "in_progress",
  open_public_notice: "in_public_notice",
  sign_off: "signed_off",
  relapse: "relapsed",
  found_false: "in_progress",
  extend_deadline: undefined,
};

/**
 * Statuses in which the work counts as done for warnings: completion was reported and has not
 * been undone (by rejection, a finding of false rectification or a relapse).
 *
 * @example
 * ```ts
 * import { DONE_STATUSES } from "ducha/lifecycle";
 * DONE_STATUSES.includes("acceptance_requested"); //=> true
 * ```
 * @category Lifecycle
 */
export const DONE_STATUSES: readonly TaskStatus[] = [
  "completed",
  "basically_completed",
  "acceptance_requested",
  "accepted",
  "in_public_notice",
  "signed_off",
];

/**
 * True when the status counts as done (see {@link DONE_STATUSES}).
 *
 * @example
 * ```ts
 * import { isDoneStatus } from "ducha/lifecycle";
 * isDoneStatus("relapsed"); //=> false
 * ```
 * @category Lifecycle
 */
export function isDoneStatus(status: TaskStatus | undefined): boolean {
  return status !== undefined && DONE_STATUSES.includes(status);
}
