import { isIsoDate } from "../dates.js";
import { type Issue, issueFrom, type Result } from "../issue.js";
import type { TaskStatus } from "../model/enums.js";
import type { RectificationTask, TaskEvent } from "../model/task.js";
import { withEvent } from "./_effects.js";
import { LIFECYCLE_ISSUES } from "./issues.js";
import { currentStatus } from "./statusAt.js";
import { eventTarget, nextStatus } from "./transitions.js";

/**
 * Options of {@link applyEvent}.
 *
 * @example
 * ```ts
 * import type { ApplyEventOptions } from "ducha/lifecycle";
 * const options: ApplyEventOptions = { requirePublicNotice: false };
 * ```
 * @category Lifecycle
 */
export interface ApplyEventOptions {
  /**
   * Whether a task must go through a public notice (公示) before sign-off when the task itself
   * does not say (`requiresPublicNotice`). Default `true`: most local close-out rules require one.
   */
  readonly requirePublicNotice?: boolean;
}

// Statuses in which the current pass has not been accepted yet: a sign-off refused there is refused
// for want of acceptance. A signed-off task has been accepted; signing it off again is simply not
// allowed (`transition_not_allowed`).
const NOT_ACCEPTED: readonly TaskStatus[] = [
  "not_started",
  "in_progress",
  "completed",
  "basically_completed",
  "acceptance_requested",
  "relapsed",
];

/**
 * Applies one dated event to a task through the guarded lifecycle, returning a NEW task: status
 * moved by {@link TASK_TRANSITIONS}, the event appended and the dated fields updated
 * (`completedDate`, `acceptedDate`, `publicNotice`, `signedOffDate`, `percentComplete`,
 * `relapseCount`, `deadline`). The input is never changed.
 *
 * Guards, each returned as an issue of {@link LIFECYCLE_ISSUES}: the pair must be in the table
 * (`transition_not_allowed`, or `sign_off_without_acceptance`); no event may be dated before the
 * previous one (`event_before_previous`); a completion cannot be dated after its report
 * (`completion_after_event`); sign-off needs a finished public notice unless the task does not
 * require one (`public_notice_not_finished`); an extension must move the due date later
 * (`extension_not_later`), and keeps the first due date and text in `originalDue`/`originalText`.
 *
 * @example
 * ```ts
 * import { applyEvent } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "c8", problemIds: ["c8"], title: "草原破坏较为严重问题", status: "in_progress",
 *   deadline: { text: "2018年6月底", due: "2018-06-30" },
 *   events: [{ type: "start", date: "2017-07-01" }],
 * });
 * const result = applyEvent(task, {
 *   type: "extend_deadline", date: "2018-06-20", due: "2018-12-31", text: "2018年底前",
 * });
 * if (result.ok) result.value.deadline;
 * //=> { text: "2018年底前", due: "2018-12-31", originalDue: "2018-06-30", originalText: "2018年6月底" }
 * applyEvent(task, { type: "sign_off", date: "2018-07-01" }).issues[0]?.code;
 * //=> "sign_off_without_acceptance"
 * ```
 * @category Lifecycle
 */
export function applyEvent(
  task: RectificationTask,
  event: TaskEvent,
  options: ApplyEventOptions = {},
): Result<RectificationTask> {
  const index = task.events?.length ?? 0;
  const issues = guardIssues(task, event, ["events", index], options);
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };
  const from = currentStatus(task);
  const to = nextStatus(from, event.type) as TaskStatus;
  return { ok: true, value: withEvent(task, event, to), issues };
}

/**
 * Applies events one after another with {@link applyEvent}, stopping at the first that is
 * refused. Issue paths point at the event's place in the resulting `events` list.
 *
 * @example
 * ```ts
 * import { applyEvents } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({ id: "t1", problemIds: ["p1"], title: "岱海水位下降问题" });
 * const result = applyEvents(task, [
 *   { type: "start", date: "2017-07-01" },
 *   { type: "report_basically_completed", date: "2018-06-28" },
 *   { type: "report_completed", date: "2018-11-30" },
 * ]);
 * if (result.ok) result.value.status; //=> "completed"
 * ```
 * @category Lifecycle
 */
export function applyEvents(
  task: RectificationTask,
  events: readonly TaskEvent[],
  options: ApplyEventOptions = {},
): Result<RectificationTask> {
  let current = task;
  const issues: Issue[] = [];
  for (const event of events) {
    const result = applyEvent(current, event, options);
    issues.push(...result.issues);
    if (!result.ok) return { ok: false, issues };
    current = result.value;
  }
  return { ok: true, value: current, issues };
}

function guardIssues(
  task: RectificationTask,
  event: TaskEvent,
  path: readonly (string | number)[],
  options: ApplyEventOptions,
): Issue[] {
  const issues: Issue[] = [];
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const from = currentStatus(task);
  const to = eventTarget(event.type);

  if (!isIsoDate(event.date)) {
    issues.push(
      issueFrom(LIFECYCLE_ISSUES, "invalid_event_date", at("date"), {
        field: "date",
        received: String(event.date),
      }),
    );
    return issues;
  }

  if (nextStatus(from, event.type) === undefined) {
    if (event.type === "sign_off" && NOT_ACCEPTED.includes(from)) {
      issues.push(issueFrom(LIFECYCLE_ISSUES, "sign_off_without_acceptance", at("type"), { from }));
    } else {
      issues.push(
        issueFrom(LIFECYCLE_ISSUES, "transition_not_allowed", at("type"), {
          from,
          event: event.type,
          ...(to !== undefined ? { to } : {}),
        }),
      );
    }
  }

  const previous = latestEventDate(task);
  if (previous !== undefined && event.date < previous) {
    issues.push(
      issueFrom(LIFECYCLE_ISSUES, "event_before_previous", at("date"), {
        date: event.date,
        previous,
      }),
    );
  }

  switch (event.type) {
    case "report_completed":
    case "report_basically_completed":
      issues.push(...completionIssues(event.date, event.completedDate, at("completedDate")));
      break;
    case "open_public_notice":
      issues.push(...noticeEndIssues(event.date, event.end, at("end")));
      break;
    case "sign_off":
      issues.push(...signOffIssues(task, from, event.date, at("date"), options));
      break;
    case "extend_deadline":
      issues.push(...extensionIssues(task, event.due, at("due")));
      break;
    default:
      break;
  }
  return issues;
}

function latestEventDate(task: RectificationTask): string | undefined {
  let latest: string | undefined;
  for (const event of task.events ?? []) {
    if (latest === undefined || event.date > latest) latest = event.date;
  }
  return latest;
}

function completionIssues(
  date: string,
  completedDate: string | undefined,
  path: (string | number)[],
): Issue[] {
  if (completedDate === undefined) return [];
  if (!isIsoDate(completedDate)) {
    return [
      issueFrom(LIFECYCLE_ISSUES, "invalid_event_date", path, {
        field: "completedDate",
        received: String(completedDate),
      }),
    ];
  }
  if (completedDate > date) {
    return [issueFrom(LIFECYCLE_ISSUES, "completion_after_event", path, { completedDate, date })];
  }
  return [];
}

function noticeEndIssues(date: string, end: string | undefined, path: (string | number)[]) {
  if (end === undefined) {
    return [issueFrom(LIFECYCLE_ISSUES, "public_notice_end_unknown", path, { date })];
  }
  if (!isIsoDate(end)) {
    return [
      issueFrom(LIFECYCLE_ISSUES, "invalid_event_date", path, { field: "end", received: end }),
    ];
  }
  if (end < date) {
    return [
      issueFrom(LIFECYCLE_ISSUES, "dates_out_of_order", path, {
        field: "end",
        date: end,
        earlierField: "date",
        earlier: date,
      }),
    ];
  }
  return [];
}

function signOffIssues(
  task: RectificationTask,
  from: TaskStatus,
  date: string,
  path: (string | number)[],
  options: ApplyEventOptions,
): Issue[] {
  if (from === "accepted") {
    const required = task.requiresPublicNotice ?? options.requirePublicNotice ?? true;
    return required
      ? [issueFrom(LIFECYCLE_ISSUES, "public_notice_not_finished", path, { date })]
      : [];
  }
  if (from !== "in_public_notice") return [];
  const end = task.publicNotice?.end;
  if (end === undefined) {
    return [issueFrom(LIFECYCLE_ISSUES, "public_notice_end_unknown", path, { date })];
  }
  return date > end
    ? []
    : [issueFrom(LIFECYCLE_ISSUES, "public_notice_not_finished", path, { date, end })];
}

function extensionIssues(task: RectificationTask, due: string, path: (string | number)[]) {
  if (!isIsoDate(due)) {
    return [
      issueFrom(LIFECYCLE_ISSUES, "invalid_event_date", path, { field: "due", received: due }),
    ];
  }
  const current = task.deadline?.due;
  if (current !== undefined && due <= current) {
    return [issueFrom(LIFECYCLE_ISSUES, "extension_not_later", path, { due, current })];
  }
  return [];
}
