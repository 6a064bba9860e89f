/**
 * Facts about one task on a date that summaries, charts and forecasts share: how done it is,
 * when it became so, and which deadline was in force.
 *
 * @module
 * @internal
 */
import type { IsoDate } from "../dates.js";
import { statusAt } from "../lifecycle/statusAt.js";
import { eventTarget } from "../lifecycle/transitions.js";
import type { TaskStatus } from "../model/enums.js";
import type { RectificationTask, TaskEvent } from "../model/task.js";

/** How far a status counts towards completion. */
export type Doneness = "done" | "basically" | "open";

/** Every status as done, basically done or open: data, so a new status must be placed here. */
export const DONENESS: Readonly<Record<TaskStatus, Doneness>> = {
  not_started: "open",
  in_progress: "open",
  completed: "done",
  basically_completed: "basically",
  acceptance_requested: "done",
  accepted: "done",
  in_public_notice: "done",
  signed_off: "done",
  relapsed: "open",
};

/** True when the doneness counts as done under the rule for 基本完成. */
export function countsAsDone(doneness: Doneness, basicallyCounts: boolean): boolean {
  return doneness === "done" || (doneness === "basically" && basicallyCounts);
}

/** The status on the date (from events) or, with no date, the recorded status. */
export function statusOn(
  task: RectificationTask,
  date: IsoDate | undefined,
): TaskStatus | undefined {
  return date === undefined ? task.status : statusAt(task, date);
}

/** Doneness of a status; a task without status is open. */
export function donenessOf(status: TaskStatus | undefined): Doneness {
  return status === undefined ? "open" : DONENESS[status];
}

/**
 * The date a task last became done (or basically done) on or before `date` and stayed so, read
 * from its events in order (a `report_completed` event's own `completedDate` wins); without
 * events, `completedDate`. Undefined when it is not done on the date or the date is unknown.
 */
export function completionDate(
  task: RectificationTask,
  date: IsoDate | undefined,
  basicallyCounts: boolean,
): IsoDate | undefined {
  const events = task.events ?? [];
  if (events.length === 0) {
    const done = countsAsDone(donenessOf(task.status), basicallyCounts);
    const at = task.completedDate;
    return done && at !== undefined && (date === undefined || at <= date) ? at : undefined;
  }
  let since: IsoDate | undefined;
  let done = false;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TaskEvent;
    if (date !== undefined && event.date > date) continue;
    if (event.type === "extend_deadline") continue;
    // Wherever an event is allowed it leads to its target status (tests/lifecycle checks this
    // of the transition table), so the status after it is its target, whatever came before.
    const nowDone = countsAsDone(donenessOf(eventTarget(event.type)), basicallyCounts);
    if (nowDone && !done) {
      const finished = "completedDate" in event ? event.completedDate : undefined;
      since = typeof finished === "string" && finished <= event.date ? finished : event.date;
    }
    if (!nowDone) since = undefined;
    done = nowDone;
  }
  return done ? since : undefined;
}

/**
 * The deadline in force on a date: the original due date moved by every `extend_deadline` event
 * dated on or before it. Without a date, the recorded due date.
 */
export function dueOn(task: RectificationTask, date: IsoDate | undefined): IsoDate | undefined {
  const deadline = task.deadline;
  const events = task.events;
  if (date === undefined || events === undefined) return deadline?.due;
  let due = deadline?.originalDue ?? deadline?.due;
  let extended = false;
  // A loop, not filter: this runs for every task of a summary, and few have extensions.
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.type !== "extend_deadline") continue;
    extended = true;
    if (event.date <= date) due = event.due;
  }
  return extended ? due : deadline?.due;
}

/** True when the task has an `extend_deadline` event (then {@link dueOn} depends on the date). */
export function isExtended(task: RectificationTask): boolean {
  const events = task.events;
  if (events === undefined) return false;
  for (let i = 0; i < events.length; i++) {
    if ((events[i] as TaskEvent).type === "extend_deadline") return true;
  }
  return false;
}
