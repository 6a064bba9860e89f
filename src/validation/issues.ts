import { defineIssues } from "../issue.js";
import type { Bilingual } from "../lang.js";
import {
  CADRE_RANK_LABELS,
  type CadreRank,
  SANCTION_TYPE_LABELS,
  type SanctionType,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from "../model/enums.js";
import type { LedgerCollection } from "../model/ledger.js";
import { COLLECTION_LABELS, fieldLabel } from "./labels.js";

/** Params of a date-order issue: the later field and date, and the earlier ones. @category Validation */
export type DateOrderParams = {
  field: string;
  date: string;
  earlierField: string;
  earlierDate: string;
};
/** Params of a parts-do-not-add-up issue. @category Validation */
export type PartsSumParams = {
  part: "byRank" | "bySanction";
  sum: number;
  people: number;
  complete: boolean;
  /** Set when one part alone is too large. */
  key?: string;
};
const PART_ZH = { byRank: "按职级", bySanction: "按处理方式" } as const;
const PART_EN = { byRank: "by rank", bySanction: "by sanction" } as const;
const partLabel = (p: PartsSumParams): Bilingual =>
  (p.part === "byRank"
    ? CADRE_RANK_LABELS[p.key as CadreRank]
    : SANCTION_TYPE_LABELS[p.key as SanctionType]) ?? { "zh-CN": String(p.key), en: String(p.key) };
const relation = (p: PartsSumParams, more: string, unequal: string, fewer: string) =>
  p.sum > p.people ? more : p.complete ? unequal : fewer;

/**
 * Issues `validateLedger` reports across records: identities, references, date order, status,
 * deadlines, totals and duplicate petitions. Stable snake_case codes, messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { VALIDATION_ISSUES } from "ducha";
 * VALIDATION_ISSUES.dangling_reference.severity; //=> "error"
 * VALIDATION_ISSUES.problem_without_task.severity; //=> "warning"
 * ```
 * @category Validation
 */
export const VALIDATION_ISSUES = defineIssues({
  duplicate_id: {
    severity: "error",
    "zh-CN": (p: { collection: LedgerCollection; id: string; firstIndex: number }) =>
      `${COLLECTION_LABELS[p.collection]["zh-CN"]}编号${p.id}重复，首次出现在第${p.firstIndex + 1}条（索引${p.firstIndex}）`,
    en: (p: { collection: LedgerCollection; id: string; firstIndex: number }) =>
      `${COLLECTION_LABELS[p.collection].en} id ${p.id} is used again (first at index ${p.firstIndex})`,
  },
  dangling_reference: {
    severity: "error",
    "zh-CN": (p: { target: LedgerCollection; id: string }) =>
      `引用的${COLLECTION_LABELS[p.target]["zh-CN"]}${p.id}不存在`,
    en: (p: { target: LedgerCollection; id: string }) =>
      `refers to ${COLLECTION_LABELS[p.target].en} ${p.id}, which does not exist`,
  },
  task_without_problem: {
    severity: "warning",
    "zh-CN": () => "整改任务未关联任何反馈问题",
    en: () => "the task is not linked to any feedback problem",
  },
  problem_without_task: {
    severity: "warning",
    "zh-CN": (p: { id: string }) => `反馈问题${p.id}没有对应的整改任务`,
    en: (p: { id: string }) => `no rectification task addresses feedback problem ${p.id}`,
  },
  date_order: {
    severity: "error",
    "zh-CN": (p: DateOrderParams & { strict?: boolean }) =>
      `${fieldLabel(p.field)["zh-CN"]}${p.date}${p.strict ? "不晚于" : "早于"}${fieldLabel(p.earlierField)["zh-CN"]}${p.earlierDate}`,
    en: (p: DateOrderParams & { strict?: boolean }) =>
      `${fieldLabel(p.field).en} ${p.date} is ${p.strict ? "not after" : "before"} ${fieldLabel(p.earlierField).en} ${p.earlierDate}`,
  },
  events_out_of_order: {
    severity: "error",
    "zh-CN": (p: { date: string; previousDate: string }) =>
      `事件日期${p.date}早于前一事件日期${p.previousDate}，事件应按时间先后排列`,
    en: (p: { date: string; previousDate: string }) =>
      `event dated ${p.date} comes after one dated ${p.previousDate}; events must be in date order`,
  },
  date_after_as_of: {
    severity: "warning",
    "zh-CN": (p: { field: string; date: string; asOf: string }) =>
      `${fieldLabel(p.field)["zh-CN"]}${p.date}晚于台账截止日期${p.asOf}`,
    en: (p: { field: string; date: string; asOf: string }) =>
      `${fieldLabel(p.field).en} ${p.date} is after the ledger's as-of date ${p.asOf}`,
  },
  signed_off_without_acceptance: {
    severity: "error",
    "zh-CN": () => "任务已销号，但没有验收日期或通过验收记录",
    en: () => "the task is signed off but has no accepted date or accept event",
  },
  missing_completed_date: {
    severity: "warning",
    "zh-CN": (p: { status: TaskStatus }) =>
      `任务状态为“${TASK_STATUS_LABELS[p.status]["zh-CN"]}”，但缺少完成日期`,
    en: (p: { status: TaskStatus }) =>
      `the task is ${TASK_STATUS_LABELS[p.status].en} but has no completed date`,
  },
  status_disagrees_with_events: {
    severity: "error",
    "zh-CN": (p: { status: TaskStatus; fromEvents: TaskStatus }) =>
      `记录的状态“${TASK_STATUS_LABELS[p.status]["zh-CN"]}”与事件推出的状态“${TASK_STATUS_LABELS[p.fromEvents]["zh-CN"]}”不一致`,
    en: (p: { status: TaskStatus; fromEvents: TaskStatus }) =>
      `the recorded status ${TASK_STATUS_LABELS[p.status].en} differs from the status the events lead to (${TASK_STATUS_LABELS[p.fromEvents].en})`,
  },
  closed_without_date: {
    severity: "error",
    "zh-CN": () => "案件已办结，但缺少办结日期",
    en: () => "the case is closed but has no closed date",
  },
  date_without_status: {
    severity: "error",
    "zh-CN": (p: { date: string }) => `案件有办结日期${p.date}，但状态仍为“正在办理”`,
    en: (p: { date: string }) => `the case has a closed date ${p.date} but is still in handling`,
  },
  deadline_unparseable: {
    severity: "warning",
    "zh-CN": (p: { text: string; detail?: string }) =>
      `无法识别整改时限“${p.text}”${p.detail ? `：${p.detail}` : ""}`,
    en: (p: { text: string; detail?: string; detailEn?: string }) =>
      `the deadline "${p.text}" cannot be read${p.detailEn ? `: ${p.detailEn}` : ""}`,
  },
  deadline_due_mismatch: {
    severity: "error",
    "zh-CN": (p: { text: string; due: string; parsedDue: string }) =>
      `整改时限“${p.text}”对应${p.parsedDue}，与填写的到期日${p.due}不符`,
    en: (p: { text: string; due: string; parsedDue: string }) =>
      `the deadline "${p.text}" means ${p.parsedDue}, not the stated due date ${p.due}`,
  },
  tally_parts_exceed_total: {
    severity: "error",
    "zh-CN": (p: { closed: number; staged: number; handling: number; transferred: number }) =>
      `已办结${p.closed}件、阶段性办结${p.staged}件、正在办理${p.handling}件，合计超过转办总数${p.transferred}件`,
    en: (p: { closed: number; staged: number; handling: number; transferred: number }) =>
      `closed ${p.closed} + staged ${p.staged} + handling ${p.handling} = ${p.closed + p.staged + p.handling}, more than the ${p.transferred} transferred`,
  },
  parts_do_not_add_up: {
    severity: "error",
    "zh-CN": (p: PartsSumParams) =>
      `${PART_ZH[p.part]}${p.key ? `，${partLabel(p)["zh-CN"]}` : "分项合计"}${p.sum}人，${relation(p, "超过", "不等于", "少于")}问责总人数${p.people}人`,
    en: (p: PartsSumParams) =>
      `${p.key ? `${partLabel(p).en} alone counts ${p.sum}` : `the parts ${PART_EN[p.part]} add up to ${p.sum}`}, ${relation(p, "more than", "not equal to", "fewer than")} the ${p.people} people held accountable`,
  },
  duplicate_petition: {
    severity: "warning",
    "zh-CN": (p: { firstId: string; firstIndex: number }) =>
      `与案件${p.firstId}（第${p.firstIndex + 1}条）同一轮次、同一受理日期且内容相同，疑似重复举报；如确属重复请填写duplicateOf`,
    en: (p: { firstId: string; firstIndex: number }) =>
      `same round, received date and summary as case ${p.firstId} (index ${p.firstIndex}); likely a repeat complaint: mark it with duplicateOf`,
  },
  schedule_date_differs: {
    severity: "warning",
    "zh-CN": (p: {
      field: string;
      date: string;
      scheduleDate: string;
      recordId: string;
      sources: string;
    }) =>
      `${fieldLabel(p.field)["zh-CN"]}${p.date}与督察安排${p.recordId}所载${p.scheduleDate}不同（来源：${p.sources}）`,
    en: (p: {
      field: string;
      date: string;
      scheduleDate: string;
      recordId: string;
      sources: string;
    }) =>
      `${fieldLabel(p.field).en} ${p.date} differs from ${p.scheduleDate} in schedule record ${p.recordId} (source: ${p.sources})`,
  },
});

/**
 * A code of {@link VALIDATION_ISSUES}.
 *
 * @example
 * ```ts
 * import type { ValidationIssueCode } from "ducha";
 * const code: ValidationIssueCode = "duplicate_id";
 * ```
 * @category Validation
 */
export type ValidationIssueCode = keyof typeof VALIDATION_ISSUES;
