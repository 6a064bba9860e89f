import { describe, expect, it } from "vitest";
import { LIFECYCLE_ISSUES, type LifecycleIssueCode } from "../../src/lifecycle/index.js";

// The catalogue is the public bilingual contract: every entry's severity and both texts, word for
// word, with the figures of the seeds (Ulanqab c8 due 2018-06-30, Sichuan's notice 06-09..06-20).
const CASES: readonly {
  code: LifecycleIssueCode;
  severity: "error" | "warning";
  params: Record<string, string>;
  zh: string;
  en: string;
}[] = [
  {
    code: "transition_not_allowed",
    severity: "error",
    params: { from: "not_started", event: "accept", to: "accepted" },
    zh: "状态“not_started”下不允许事件“accept”（该事件通常转入“accepted”）",
    en: "event accept is not allowed in status not_started (it leads to accepted)",
  },
  {
    code: "transition_not_allowed",
    severity: "error",
    params: { from: "completed", event: "extend_deadline" },
    zh: "状态“completed”下不允许事件“extend_deadline”",
    en: "event extend_deadline is not allowed in status completed",
  },
  {
    code: "invalid_event_date",
    severity: "error",
    params: { field: "date", received: "2018-02-30" },
    zh: "事件的date“2018-02-30”不是有效的YYYY-MM-DD日期",
    en: 'the event\'s date "2018-02-30" is not a real date written YYYY-MM-DD',
  },
  {
    code: "event_before_previous",
    severity: "error",
    params: { date: "2017-06-30", previous: "2017-07-01" },
    zh: "事件日期2017-06-30早于此前最后一个事件的日期2017-07-01",
    en: "the event is dated 2017-06-30, before the previous event (2017-07-01)",
  },
  {
    code: "completion_after_event",
    severity: "error",
    params: { completedDate: "2018-06-30", date: "2018-06-28" },
    zh: "完成日期2018-06-30晚于报告日期2018-06-28",
    en: "the completion date 2018-06-30 is after the report's date 2018-06-28",
  },
  {
    code: "sign_off_without_acceptance",
    severity: "error",
    params: { from: "in_progress" },
    zh: "未通过验收不得销号（当前状态“in_progress”）",
    en: "a task cannot be signed off before acceptance (status in_progress)",
  },
  {
    code: "public_notice_not_finished",
    severity: "error",
    params: { date: "2025-06-20", end: "2025-06-20" },
    zh: "公示期至2025-06-20，销号日期2025-06-20须在公示期结束之后",
    en: "the public notice runs to 2025-06-20; sign-off on 2025-06-20 must come after it ends",
  },
  {
    code: "public_notice_not_finished",
    severity: "error",
    params: { date: "2018-12-31" },
    zh: "该任务须经公示方可销号（销号日期2018-12-31）",
    en: "the task must go through a public notice before sign-off (sign-off dated 2018-12-31)",
  },
  {
    code: "public_notice_end_unknown",
    severity: "warning",
    params: { date: "2019-01-20" },
    zh: "公示结束日期未知，无法核对2019-01-20是否在公示期后",
    en: "the public notice's end is unknown, so 2019-01-20 cannot be checked against it",
  },
  {
    code: "extension_not_later",
    severity: "error",
    params: { due: "2019-06-30", current: "2019-06-30" },
    zh: "延期后的完成时限2019-06-30须晚于现行时限2019-06-30",
    en: "the extended due date 2019-06-30 must be later than the current one, 2019-06-30",
  },
  {
    code: "dates_out_of_order",
    severity: "error",
    params: { field: "end", date: "2018-12-20", earlierField: "date", earlier: "2019-01-02" },
    zh: "end（2018-12-20）早于date（2019-01-02）",
    en: "end (2018-12-20) is before date (2019-01-02)",
  },
];

describe("LIFECYCLE_ISSUES", () => {
  for (const c of CASES) {
    it(`${c.code} reads the same in zh-CN and en (${Object.keys(c.params).join(", ")})`, () => {
      // biome-ignore lint/suspicious/noExplicitAny: each case carries its own template's params
      const template = LIFECYCLE_ISSUES[c.code] as any;
      expect(template.severity).toBe(c.severity);
      expect(template["zh-CN"](c.params)).toBe(c.zh);
      expect(template.en(c.params)).toBe(c.en);
    });
  }

  it("has a case above for every code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(LIFECYCLE_ISSUES)));
  });
});
