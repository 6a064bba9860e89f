import { addDays } from "../../src/dates.js";
import { applyEvent } from "../../src/lifecycle/applyEvent.js";
import { TASK_TRANSITIONS } from "../../src/lifecycle/transitions.js";
import type { TaskEventType, TaskStatus } from "../../src/model/enums.js";
import { RectificationTask, type TaskEvent } from "../../src/model/task.js";

/** Ulanqab's common problem c8 (seed 001): lead unit 市农牧业局, due 2018年6月底. */
export const grassland = (extra: Record<string, unknown> = {}): RectificationTask =>
  RectificationTask.parse({
    id: "c8",
    problemIds: ["c8"],
    title: "草原破坏较为严重问题",
    leadUnits: ["市农牧业局"],
    cooperatingUnits: ["各旗县市区党委、政府", "市发改委", "市国土局"],
    deadline: { text: "2018年6月底", due: "2018-06-30" },
    timeLimitKind: "deadline",
    ...extra,
  });

/** A valid event of a type on a date, for a task whose current due date is `due`. */
export function eventOf(type: TaskEventType, date: string, due = "2018-06-30"): TaskEvent {
  switch (type) {
    case "extend_deadline":
      return { type, date, due: addDays(due > date ? due : date, 30), text: "延期" };
    case "open_public_notice":
      return { type, date, end: addDays(date, 10) };
    default:
      return { type, date } as TaskEvent;
  }
}

/** The date an event of this type may carry after the task's last event. */
export function nextDate(task: RectificationTask, type: TaskEventType, gap: number): string {
  const last = task.events?.at(-1)?.date ?? "2017-07-01";
  const date = addDays(last, gap);
  if (type === "sign_off" && task.publicNotice && date <= task.publicNotice.end) {
    return addDays(task.publicNotice.end, 1);
  }
  return date;
}

/** Shortest event path from not_started to every status, read from the table. */
export function pathsTo(): Map<TaskStatus, TaskEventType[]> {
  const paths = new Map<TaskStatus, TaskEventType[]>([["not_started", []]]);
  const queue: TaskStatus[] = ["not_started"];
  while (queue.length > 0) {
    const from = queue.shift() as TaskStatus;
    const row: Partial<Record<TaskEventType, TaskStatus>> = TASK_TRANSITIONS[from];
    for (const [event, to] of Object.entries(row) as [TaskEventType, TaskStatus][]) {
      if (paths.has(to)) continue;
      paths.set(to, [...(paths.get(from) ?? []), event]);
      queue.push(to);
    }
  }
  return paths;
}

/** Applies events built with {@link eventOf}, 15 days apart; throws if one is refused. */
export function drive(task: RectificationTask, types: readonly TaskEventType[]): RectificationTask {
  let current = task;
  for (const type of types) {
    const date = nextDate(current, type, 15);
    const result = applyEvent(current, eventOf(type, date, current.deadline?.due), {
      requirePublicNotice: false,
    });
    if (!result.ok) throw new Error(`${type}: ${result.issues[0]?.message.en}`);
    current = result.value;
  }
  return current;
}
