/**
 * Deadlines of rectification plans: reading the free text of 完成时限 / 整改时限, writing it
 * back, and the plan's time-limit types.
 *
 * @module ducha/deadlines
 */
export { formatDeadline } from "./formatDeadline.js";
export type { DeadlineIssueCode } from "./issues.js";
export { deadlineIssues } from "./issues.js";
export { parseDeadline } from "./parseDeadline.js";
export type { TimeLimitKind } from "./timeLimitKind.js";
export { deadlineKindLabels, timeLimitKindLabels, timeLimitKindOf } from "./timeLimitKind.js";
export type { Deadline, DeadlineKind, ParseDeadlineOptions, Recurrence } from "./types.js";
