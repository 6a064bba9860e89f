import * as z from "zod";
import {
  Count,
  DateRange,
  IsoDateString,
  Name,
  ProblemId,
  Region,
  TaskId,
  Text,
} from "./common.js";
import { TaskStatus, TimeLimitKind } from "./enums.js";

/**
 * A dated milestone of a measure, optionally with a percentage target
 * (e.g. "2023年12月底前，整改完成率达到90%以上").
 *
 * @example
 * ```ts
 * import { Milestone } from "ducha/model";
 * Milestone.parse({ date: "2023-12-31", goal: "整改完成率达到90%以上", percentTarget: 90 });
 * ```
 * @category Model
 */
export const Milestone = z.looseObject({
  date: IsoDateString,
  goal: Text.optional(),
  percentTarget: z.number().min(0).max(100).optional(),
});
/** @category Model */
export type Milestone = z.infer<typeof Milestone>;

/**
 * A deadline as the plan writes it (完成时限) and, where known, the last day it allows.
 * `originalDue` keeps the first due date once the deadline has been extended.
 *
 * @example
 * ```ts
 * import { TaskDeadline } from "ducha/model";
 * TaskDeadline.parse({ text: "2018年6月底前", due: "2018-06-30" });
 * ```
 * @category Model
 */
export const TaskDeadline = z.looseObject({
  text: Text,
  due: IsoDateString.optional(),
  originalDue: IsoDateString.optional(),
  originalText: Text.optional(),
});
/** @category Model */
export type TaskDeadline = z.infer<typeof TaskDeadline>;

/**
 * A numbered measure (整改措施) of a task, with its own deadline and milestones.
 *
 * @example
 * ```ts
 * import { Measure } from "ducha/model";
 * Measure.parse({ number: "四", text: "加快岱海电厂一期水改空工程实施" });
 * ```
 * @category Model
 */
export const Measure = z.looseObject({
  id: Name.optional(),
  number: Name.optional(),
  text: Text,
  deadline: TaskDeadline.optional(),
  milestones: z.array(Milestone).optional(),
  done: z.boolean().optional(),
});
/** @category Model */
export type Measure = z.infer<typeof Measure>;

const eventBase = {
  date: IsoDateString,
  actor: Name.optional(),
  note: Text.optional(),
};

/**
 * A dated event in a task's history. `extend_deadline` carries the new due date;
 * `report_completed` may carry the date the work was finished (not after the event);
 * `open_public_notice` carries the notice window's end.
 *
 * @example
 * ```ts
 * import { TaskEvent } from "ducha/model";
 * TaskEvent.parse({ type: "extend_deadline", date: "2018-06-20", due: "2018-12-31", text: "2018年底前" });
 * ```
 * @category Model
 */
export const TaskEvent = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("start"), ...eventBase }),
  z.looseObject({
    type: z.literal("report_progress"),
    ...eventBase,
    percentComplete: z.number().min(0).max(100).optional(),
  }),
  z.looseObject({
    type: z.literal("report_completed"),
    ...eventBase,
    completedDate: IsoDateString.optional(),
  }),
  z.looseObject({
    type: z.literal("report_basically_completed"),
    ...eventBase,
    completedDate: IsoDateString.optional(),
  }),
  z.looseObject({ type: z.literal("request_acceptance"), ...eventBase }),
  z.looseObject({
    type: z.literal("accept"),
    ...eventBase,
    units: z.array(Name).optional(),
    opinion: Text.optional(),
  }),
  z.looseObject({ type: z.literal("reject"), ...eventBase, opinion: Text.optional() }),
  z.looseObject({
    type: z.literal("open_public_notice"),
    ...eventBase,
    end: IsoDateString.optional(),
  }),
  z.looseObject({ type: z.literal("sign_off"), ...eventBase }),
  z.looseObject({ type: z.literal("relapse"), ...eventBase }),
  z.looseObject({
    type: z.literal("found_false"),
    ...eventBase,
    falseKind: z.enum(["false", "superficial", "pretended", "perfunctory"]).optional(),
  }),
  z.looseObject({
    type: z.literal("extend_deadline"),
    ...eventBase,
    due: IsoDateString,
    text: Text.optional(),
  }),
]);
/** @category Model */
export type TaskEvent = z.infer<typeof TaskEvent>;

/**
 * A rectification task (整改任务): the problems it answers, what is to be done, who leads and who
 * helps, its deadline, its status and the dated history that led there.
 *
 * @example
 * ```ts
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "c8", problemIds: ["c8"], title: "草原破坏较为严重问题",
 *   leadUnits: ["市农牧业局"], cooperatingUnits: ["各旗县市区党委、政府", "市发改委", "市国土局"],
 *   deadline: { text: "2018年6月底", due: "2018-06-30" }, timeLimitKind: "deadline",
 *   status: "in_progress", events: [{ type: "start", date: "2017-07-01" }],
 * });
 * task.leadUnits; //=> ["市农牧业局"]
 * ```
 * @category Model
 */
export const RectificationTask = z.looseObject({
  id: TaskId,
  problemIds: z.array(ProblemId),
  number: Name.optional(),
  title: Text,
  target: Text.optional(),
  measures: z.array(Measure).optional(),
  leadUnits: z.array(Name).optional(),
  cooperatingUnits: z.array(Name).optional(),
  responsibleUnits: z.array(Name).optional(),
  responsiblePerson: Name.optional(),
  acceptanceUnits: z.array(Name).optional(),
  regions: z.array(Region).optional(),
  deadline: TaskDeadline.optional(),
  timeLimitKind: TimeLimitKind.optional(),
  status: TaskStatus.optional(),
  events: z.array(TaskEvent).optional(),
  completedDate: IsoDateString.optional(),
  acceptedDate: IsoDateString.optional(),
  publicNotice: DateRange.optional(),
  requiresPublicNotice: z.boolean().optional(),
  signedOffDate: IsoDateString.optional(),
  progress: Text.optional(),
  percentComplete: z.number().min(0).max(100).optional(),
  relapseCount: Count.optional(),
  note: Text.optional(),
});
/** @category Model */
export type RectificationTask = z.infer<typeof RectificationTask>;
