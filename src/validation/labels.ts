import type { Bilingual } from "../lang.js";
import type { LedgerCollection } from "../model/ledger.js";

/** What each collection holds, for messages. */
export const COLLECTION_LABELS: Readonly<Record<LedgerCollection, Bilingual>> = {
  rounds: { "zh-CN": "督察轮次", en: "round" },
  problems: { "zh-CN": "反馈问题", en: "feedback problem" },
  tasks: { "zh-CN": "整改任务", en: "rectification task" },
  petitions: { "zh-CN": "信访举报案件", en: "petition case" },
  petitionTallies: { "zh-CN": "信访举报统计", en: "petition tally" },
  accountability: { "zh-CN": "问责记录", en: "accountability record" },
};

/** Names of the dated fields the rules compare, as ledgers and reports word them. */
export const DATE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  "stationing.start": { "zh-CN": "进驻日期", en: "stationing start" },
  "stationing.end": { "zh-CN": "进驻结束日期", en: "stationing end" },
  feedbackDate: { "zh-CN": "反馈日期", en: "feedback date" },
  "plan.submittedDate": { "zh-CN": "整改方案报送日期", en: "plan submitted date" },
  "plan.approvedDate": { "zh-CN": "整改方案批准日期", en: "plan approved date" },
  "plan.publishedDate": { "zh-CN": "整改方案公开日期", en: "plan published date" },
  receivedDate: { "zh-CN": "受理日期", en: "received date" },
  transferredDate: { "zh-CN": "转办日期", en: "transferred date" },
  closedDate: { "zh-CN": "办结日期", en: "closed date" },
  completedDate: { "zh-CN": "完成日期", en: "completed date" },
  acceptedDate: { "zh-CN": "验收日期", en: "accepted date" },
  signedOffDate: { "zh-CN": "销号日期", en: "signed-off date" },
  "publicNotice.start": { "zh-CN": "公示开始日期", en: "public notice start" },
  "publicNotice.end": { "zh-CN": "公示结束日期", en: "public notice end" },
  "events.date": { "zh-CN": "事件日期", en: "event date" },
};

/** The label of a field, or the field name itself when none is known. */
export function fieldLabel(field: string): Bilingual {
  return DATE_FIELD_LABELS[field] ?? { "zh-CN": field, en: field };
}
