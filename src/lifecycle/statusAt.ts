import { assertIsoDate, type IsoDate } from "../dates.js";
import type { TaskEventType, TaskStatus } from "../model/enums.js";
import type { RectificationTask } from "../model/task.js";

/** The status each event leaves a task in; `undefined` means the status does not change. */
const STATUS_AFTER: Readonly<Record<TaskEventType, TaskStatus | undefined>> = {
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
 * The status a task had on a past date, rebuilt from its dated events (an event dated on `date`
 * counts). Before the first event the task was `not_started`; a task without events keeps its
 * recorded status.
 *
 * @example
 * ```ts
 * import { statusAt, RectificationTask } from "ducha";
 * const task = RectificationTask.parse({
 *   id: "t1", problemIds: ["p1"], title: "油气回收治理工作滞后问题", status: "signed_off",
 *   events: [
 *     { type: "start", date: "2017-03-01" },
 *     { type: "report_completed", date: "2017-09-20" },
 *     { type: "sign_off", date: "2017-12-15" },
 *   ],
 * });
 * statusAt(task, "2017-09-30"); //=> "completed"
 * statusAt(task, "2017-12-15"); //=> "signed_off"
 * ```
 * @category Lifecycle
 */
export function statusAt(task: RectificationTask, date: IsoDate): TaskStatus | undefined {
  assertIsoDate(date);
  const events = task.events;
  if (!events || events.length === 0) return task.status;
  let status: TaskStatus = "not_started";
  for (const event of events) {
    if (event.date > date) continue;
    status = STATUS_AFTER[event.type] ?? status;
  }
  return status;
}
