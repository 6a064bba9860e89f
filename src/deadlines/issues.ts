import { defineIssues } from "../issue.js";

/**
 * The issues {@link parseDeadline} returns, keyed by their stable codes.
 *
 * @example
 * ```ts
 * import { deadlineIssues } from "ducha/deadlines";
 * deadlineIssues.deadline_empty.severity; //=> "error"
 * ```
 * @category Deadlines
 */
export const deadlineIssues = defineIssues({
  deadline_empty: {
    severity: "error",
    "zh-CN": () => "完成时限为空",
    en: () => "the deadline text is empty",
  },
  deadline_unparseable: {
    severity: "error",
    "zh-CN": (p: { text: string }) => `无法识别完成时限“${p.text}”`,
    en: (p: { text: string }) => `cannot read the deadline "${p.text}"`,
  },
  deadline_needs_anchor: {
    severity: "error",
    "zh-CN": (p: { text: string }) => `完成时限“${p.text}”未写年份，需提供参照日期（anchor）`,
    en: (p: { text: string }) =>
      `the deadline "${p.text}" gives no year; pass an anchor date to resolve it`,
  },
  deadline_invalid_date: {
    severity: "error",
    "zh-CN": (p: { text: string; year: number; month: number; day?: number }) =>
      `完成时限“${p.text}”中的日期不存在：${p.year}年${p.month}月${p.day === undefined ? "" : `${p.day}日`}`,
    en: (p: { text: string; year: number; month: number; day?: number }) =>
      `the deadline "${p.text}" names a date that does not exist: year ${p.year}, month ${p.month}${p.day === undefined ? "" : `, day ${p.day}`}`,
  },
  deadline_invalid_range: {
    severity: "error",
    "zh-CN": (p: { text: string; start: string; due: string }) =>
      `完成时限“${p.text}”的起始日期${p.start}晚于截止日期${p.due}`,
    en: (p: { text: string; start: string; due: string }) =>
      `the deadline "${p.text}" starts on ${p.start}, after its end ${p.due}`,
  },
  deadline_multiple: {
    severity: "error",
    "zh-CN": (p: { text: string; count: number }) =>
      `完成时限“${p.text}”包含${p.count}个时间节点，请拆分为多个整改措施分别填写`,
    en: (p: { text: string; count: number }) =>
      `the deadline "${p.text}" holds ${p.count} milestones; split it into one measure per milestone`,
  },
  deadline_status_stated: {
    severity: "info",
    "zh-CN": (p: { text: string; status: string }) =>
      `完成时限“${p.text}”同时写明了整改状态“${p.status}”，请在任务状态中记录`,
    en: (p: { text: string; status: string }) =>
      `the deadline "${p.text}" also states a status ("${p.status}"); record it in the task status`,
  },
});

/**
 * The codes of the issues {@link parseDeadline} returns.
 *
 * @example
 * ```ts
 * import type { DeadlineIssueCode } from "ducha/deadlines";
 * const code: DeadlineIssueCode = "deadline_needs_anchor";
 * ```
 * @category Deadlines
 */
export type DeadlineIssueCode = keyof typeof deadlineIssues;
