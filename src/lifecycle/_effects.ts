/**
 * What an event does to a task's fields, shared by {@link applyEvent} (checked) and
 * {@link taskAt} (replay). Private to the module.
 *
 * @module
 */
import type { TaskStatus } from "../model/enums.js";
import type { RectificationTask, TaskDeadline, TaskEvent } from "../model/task.js";

/** Fields that describe the current pass through the lifecycle; their history is in `events`. */
export const CYCLE_FIELDS = [
  "completedDate",
  "acceptedDate",
  "publicNotice",
  "signedOffDate",
] as const;

type CycleField = (typeof CYCLE_FIELDS)[number];

/** A copy of the task without the given fields (the index signature defeats `Omit`). */
export function without(task: RectificationTask, keys: readonly CycleField[]): RectificationTask {
  const copy = { ...task };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The deadline after an extension: the first due date and text are kept once, never overwritten. */
export function extendedDeadline(
  deadline: TaskDeadline | undefined,
  due: string,
  text: string | undefined,
): TaskDeadline {
  if (!deadline) return { text: text ?? due, due };
  const originalDue = deadline.originalDue ?? deadline.due;
  return {
    ...deadline,
    text: text ?? due,
    due,
    ...(originalDue !== undefined ? { originalDue } : {}),
    originalText: deadline.originalText ?? deadline.text,
  };
}

/**
 * The task after `event`, now in `status`: the event appended and the dated fields updated.
 * Going back to work (rejection, false rectification, relapse) clears the fields of the pass
 * that was undone.
 */
export function withEvent(
  task: RectificationTask,
  event: TaskEvent,
  status: TaskStatus,
): RectificationTask {
  let next: RectificationTask = { ...task, status, events: [...(task.events ?? []), event] };
  switch (event.type) {
    case "report_progress":
      if (event.percentComplete !== undefined) next.percentComplete = event.percentComplete;
      break;
    case "report_completed":
    case "report_basically_completed":
      next.completedDate = event.completedDate ?? event.date;
      break;
    case "accept":
      next.acceptedDate = event.date;
      break;
    case "open_public_notice":
      next = without(next, ["publicNotice"]);
      if (event.end !== undefined) next.publicNotice = { start: event.date, end: event.end };
      break;
    case "sign_off":
      next.signedOffDate = event.date;
      break;
    case "relapse":
      next = without(next, CYCLE_FIELDS);
      next.relapseCount = (task.relapseCount ?? 0) + 1;
      break;
    case "reject":
    case "found_false":
      next = without(next, CYCLE_FIELDS);
      break;
    case "extend_deadline":
      next.deadline = extendedDeadline(task.deadline, event.due, event.text);
      break;
    default:
      break;
  }
  return next;
}
