import { assertIsoDate, type IsoDate } from "../dates.js";
import type { TaskEventType, TaskStatus } from "../model/enums.js";
import type { RectificationTask, TaskDeadline } from "../model/task.js";
import { withEvent } from "./_effects.js";
import { replayStep, sortedEvents } from "./statusAt.js";

type Rebuilt =
  | "completedDate"
  | "acceptedDate"
  | "publicNotice"
  | "signedOffDate"
  | "percentComplete"
  | "relapseCount"
  | "deadline";

const UNDO: readonly TaskEventType[] = ["reject", "found_false", "relapse"];

// Which events set (or clear) each field: a field is rebuilt from the history only when some
// event touches it, so values recorded without an event behind them are not thrown away.
const TOUCHED_BY: Readonly<Record<Rebuilt, readonly TaskEventType[]>> = {
  completedDate: ["report_completed", "report_basically_completed", ...UNDO],
  acceptedDate: ["accept", ...UNDO],
  publicNotice: ["open_public_notice", ...UNDO],
  signedOffDate: ["sign_off", ...UNDO],
  percentComplete: ["report_progress"],
  relapseCount: ["relapse"],
  deadline: ["extend_deadline"],
};

// Dated fields recorded without events: shown only once their date has come.
const DATED: readonly ("completedDate" | "acceptedDate" | "signedOffDate")[] = [
  "completedDate",
  "acceptedDate",
  "signedOffDate",
];

/**
 * The task as it stood on `date`: status rebuilt as {@link statusAt} does, only the events up to
 * that date, the deadline in force then (extensions dated later are undone, the first due date
 * restored from `deadline.originalDue`), and `completedDate`, `acceptedDate`, `publicNotice`,
 * `signedOffDate`, `percentComplete` and `relapseCount` as those events left them. Fields no
 * event touches are kept as recorded, the dated ones only once their date has come.
 *
 * @example
 * ```ts
 * import { taskAt } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "c8", problemIds: ["c8"], title: "草原破坏较为严重问题", status: "completed",
 *   deadline: { text: "2018年底前", due: "2018-12-31", originalDue: "2018-06-30", originalText: "2018年6月底" },
 *   completedDate: "2018-11-30",
 *   events: [
 *     { type: "start", date: "2017-07-01" },
 *     { type: "extend_deadline", date: "2018-06-20", due: "2018-12-31", text: "2018年底前" },
 *     { type: "report_completed", date: "2018-11-30" },
 *   ],
 * });
 * const then = taskAt(task, "2018-06-01");
 * then.status; //=> "in_progress"
 * then.deadline; //=> { text: "2018年6月底", due: "2018-06-30" }
 * then.completedDate; //=> undefined
 * ```
 * @throws {DuchaError} `invalid_date` when `date` is not a real `YYYY-MM-DD` date.
 * @category Lifecycle
 */
export function taskAt(task: RectificationTask, date: IsoDate): RectificationTask {
  assertIsoDate(date);
  const history = sortedEvents(task);
  const touched = new Set(history.map((event) => event.type));
  const rebuilt = (Object.keys(TOUCHED_BY) as Rebuilt[]).filter((field) =>
    TOUCHED_BY[field].some((type) => touched.has(type)),
  );

  let current: RectificationTask = { ...task };
  for (const field of rebuilt) delete current[field];
  if (rebuilt.includes("deadline") && task.deadline) {
    current.deadline = firstDeadline(task.deadline);
  }
  for (const field of DATED) {
    const value = current[field];
    if (value !== undefined && value > date) delete current[field];
  }
  if (current.publicNotice && current.publicNotice.start > date) delete current.publicNotice;
  if (history.length === 0) return current;

  let status: TaskStatus = "not_started";
  current = { ...current, status, events: [] };
  for (const event of history) {
    if (event.date > date) break;
    status = replayStep(status, event);
    current = withEvent(current, event, status);
  }
  return current;
}

/** The deadline before any extension, as far as the record keeps it. */
function firstDeadline(deadline: TaskDeadline): TaskDeadline {
  const { originalDue, originalText, due: _due, ...rest } = deadline;
  return {
    ...rest,
    text: originalText ?? deadline.text,
    ...(originalDue !== undefined ? { due: originalDue } : {}),
  };
}
