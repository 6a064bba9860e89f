import { defineIssues } from "../issue.js";

/**
 * Issues the lifecycle guards return ({@link applyEvent}, {@link applyPetitionEvent}), in zh-CN
 * and en, with stable codes.
 *
 * @example
 * ```ts
 * import { LIFECYCLE_ISSUES } from "ducha/lifecycle";
 * LIFECYCLE_ISSUES.transition_not_allowed.en({ from: "in_progress", event: "sign_off" });
 * //=> "event sign_off is not allowed in status in_progress"
 * ```
 * @category Lifecycle
 */
export const LIFECYCLE_ISSUES = defineIssues({
  transition_not_allowed: {
    severity: "error",
    "zh-CN": (p: { from: string; to?: string; event: string }) =>
      `状态“${p.from}”下不允许事件“${p.event}”${p.to ? `（该事件通常转入“${p.to}”）` : ""}`,
    en: (p: { from: string; to?: string; event: string }) =>
      `event ${p.event} is not allowed in status ${p.from}${p.to ? ` (it leads to ${p.to})` : ""}`,
  },
  invalid_event_date: {
    severity: "error",
    "zh-CN": (p: { field: string; received: string }) =>
      `事件的${p.field}“${p.received}”不是有效的YYYY-MM-DD日期`,
    en: (p: { field: string; received: string }) =>
      `the event's ${p.field} ${JSON.stringify(p.received)} is not a real date written YYYY-MM-DD`,
  },
  event_before_previous: {
    severity: "error",
    "zh-CN": (p: { date: string; previous: string }) =>
      `事件日期${p.date}早于此前最后一个事件的日期${p.previous}`,
    en: (p: { date: string; previous: string }) =>
      `the event is dated ${p.date}, before the previous event (${p.previous})`,
  },
  completion_after_event: {
    severity: "error",
    "zh-CN": (p: { completedDate: string; date: string }) =>
      `完成日期${p.completedDate}晚于报告日期${p.date}`,
    en: (p: { completedDate: string; date: string }) =>
      `the completion date ${p.completedDate} is after the report's date ${p.date}`,
  },
  sign_off_without_acceptance: {
    severity: "error",
    "zh-CN": (p: { from: string }) => `未通过验收不得销号（当前状态“${p.from}”）`,
    en: (p: { from: string }) => `a task cannot be signed off before acceptance (status ${p.from})`,
  },
  public_notice_not_finished: {
    severity: "error",
    "zh-CN": (p: { date: string; end?: string }) =>
      p.end
        ? `公示期至${p.end}，销号日期${p.date}须在公示期结束之后`
        : `该任务须经公示方可销号（销号日期${p.date}）`,
    en: (p: { date: string; end?: string }) =>
      p.end
        ? `the public notice runs to ${p.end}; sign-off on ${p.date} must come after it ends`
        : `the task must go through a public notice before sign-off (sign-off dated ${p.date})`,
  },
  public_notice_end_unknown: {
    severity: "warning",
    "zh-CN": (p: { date: string }) => `公示结束日期未知，无法核对${p.date}是否在公示期后`,
    en: (p: { date: string }) =>
      `the public notice's end is unknown, so ${p.date} cannot be checked against it`,
  },
  extension_not_later: {
    severity: "error",
    "zh-CN": (p: { due: string; current: string }) =>
      `延期后的完成时限${p.due}须晚于现行时限${p.current}`,
    en: (p: { due: string; current: string }) =>
      `the extended due date ${p.due} must be later than the current one, ${p.current}`,
  },
  dates_out_of_order: {
    severity: "error",
    "zh-CN": (p: { field: string; date: string; earlierField: string; earlier: string }) =>
      `${p.field}（${p.date}）早于${p.earlierField}（${p.earlier}）`,
    en: (p: { field: string; date: string; earlierField: string; earlier: string }) =>
      `${p.field} (${p.date}) is before ${p.earlierField} (${p.earlier})`,
  },
});

/**
 * A code of {@link LIFECYCLE_ISSUES}.
 *
 * @example
 * ```ts
 * import type { LifecycleIssueCode } from "ducha/lifecycle";
 * const code: LifecycleIssueCode = "extension_not_later";
 * ```
 * @category Lifecycle
 */
export type LifecycleIssueCode = keyof typeof LIFECYCLE_ISSUES;
