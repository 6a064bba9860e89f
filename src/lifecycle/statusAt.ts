import { assertIsoDate, type IsoDate } from "../dates.js";
import type { TaskStatus } from "../model/enums.js";
import type { RectificationTask, TaskEvent } from "../model/task.js";
import { eventTarget, nextStatus } from "./transitions.js";

/**
 * The events of a task up to and including `date`, in date order (events on the same date keep
 * their recorded order).
 *
 * @example
 * ```ts
 * import { historyAt } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "t1", problemIds: ["p1"], title: "油气回收治理工作滞后问题",
 *   events: [{ type: "start", date: "2017-03-01" }, { type: "report_completed", date: "2017-09-20" }],
 * });
 * historyAt(task, "2017-06-30").map((event) => event.type); //=> ["start"]
 * ```
 * @throws {DuchaError} `invalid_date` when `date` is not a real `YYYY-MM-DD` date.
 * @category Lifecycle
 */
export function historyAt(task: RectificationTask, date: IsoDate): TaskEvent[] {
  assertIsoDate(date);
  return sortedEvents(task).filter((event) => event.date <= date);
}

/** Events in date order; `Array.prototype.sort` is stable, so same-day events keep their order. */
export function sortedEvents(task: RectificationTask): TaskEvent[] {
  return [...(task.events ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True when the events are already in date order, as ledgers record them nearly always. */
function inDateOrder(events: readonly TaskEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i]!.date < events[i - 1]!.date) return false;
  return true;
}

/**
 * One replay step. A pair the table allows moves as the table says; a pair it does not (a
 * history with gaps, such as a sign-off recorded without the acceptance before it) is taken at
 * its word and moves to the status the event always leads to. {@link applyEvents} reports such
 * gaps instead.
 */
export function replayStep(status: TaskStatus, event: TaskEvent): TaskStatus {
  return nextStatus(status, event.type) ?? eventTarget(event.type) ?? status;
}

/**
 * The status a task had on a past date, rebuilt by replaying its dated events through
 * {@link TASK_TRANSITIONS} in date order (an event dated on `date` counts; same-day events keep
 * their recorded order). Before the first event the task was `not_started`; a task without
 * events keeps its recorded status.
 *
 * @example
 * ```ts
 * import { statusAt } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "t1", problemIds: ["p1"], title: "油气回收治理工作滞后问题", status: "signed_off",
 *   requiresPublicNotice: false,
 *   events: [
 *     { type: "start", date: "2017-03-01" },
 *     { type: "report_completed", date: "2017-09-20" },
 *     { type: "request_acceptance", date: "2017-10-10" },
 *     { type: "accept", date: "2017-11-30" },
 *     { type: "sign_off", date: "2017-12-15" },
 *   ],
 * });
 * statusAt(task, "2017-02-28"); //=> "not_started"
 * statusAt(task, "2017-09-30"); //=> "completed"
 * statusAt(task, "2017-12-15"); //=> "signed_off"
 * ```
 * @throws {DuchaError} `invalid_date` when `date` is not a real `YYYY-MM-DD` date.
 * @category Lifecycle
 */
export function statusAt(task: RectificationTask, date: IsoDate): TaskStatus | undefined {
  assertIsoDate(date);
  return replayStatus(task, date);
}

/**
 * {@link statusAt} for a date already known to be valid: the hot path of validation and
 * summaries, which call it once per task. Events already in date order (the usual case) are
 * replayed in place, without the sorted copy.
 *
 * @internal
 */
export function replayStatus(task: RectificationTask, date: IsoDate): TaskStatus | undefined {
  const events = task.events;
  if (!events || events.length === 0) return task.status;
  const ordered = inDateOrder(events) ? events : sortedEvents(task);
  let status: TaskStatus = "not_started";
  for (let i = 0; i < ordered.length; i++) {
    const event = ordered[i]!;
    if (event.date > date) break;
    status = replayStep(status, event);
  }
  return status;
}

/** The status a task is in now: the recorded one, else the replay of all its events. */
export function currentStatus(task: RectificationTask): TaskStatus {
  if (task.status !== undefined) return task.status;
  let status: TaskStatus = "not_started";
  for (const event of sortedEvents(task)) status = replayStep(status, event);
  return status;
}
