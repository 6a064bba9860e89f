// Every entry of VALIDATION_ISSUES rendered in both languages, word for word: the messages are
// the bilingual contract users read, and the figures in them come from the seeds (Jilin's 4,704
// transferred and 118 people held accountable, Ulanqab's task k1).
import { describe, expect, it } from "vitest";
import { issueFrom } from "../../src/issue.js";
import { VALIDATION_ISSUES, type ValidationIssueCode } from "../../src/validation/issues.js";

type Case = readonly [ValidationIssueCode, Record<string, unknown>, string, string, string];

const CASES: readonly Case[] = [
  [
    "duplicate_id",
    { collection: "petitions", id: "XM-001", firstIndex: 0 },
    "error",
    "信访举报案件编号XM-001重复，首次出现在第1条（索引0）",
    "petition case id XM-001 is used again (first at index 0)",
  ],
  [
    "dangling_reference",
    { target: "problems", id: "p9" },
    "error",
    "引用的反馈问题p9不存在",
    "refers to feedback problem p9, which does not exist",
  ],
  [
    "task_without_problem",
    {},
    "warning",
    "整改任务未关联任何反馈问题",
    "the task is not linked to any feedback problem",
  ],
  [
    "problem_without_task",
    { id: "k1" },
    "warning",
    "反馈问题k1没有对应的整改任务",
    "no rectification task addresses feedback problem k1",
  ],
  [
    "date_order",
    {
      field: "signedOffDate",
      date: "2018-05-01",
      earlierField: "acceptedDate",
      earlierDate: "2018-06-01",
    },
    "error",
    "销号日期2018-05-01早于验收日期2018-06-01",
    "signed-off date 2018-05-01 is before accepted date 2018-06-01",
  ],
  [
    "date_order",
    {
      field: "feedbackDate",
      date: "2017-08-28",
      earlierField: "stationing.end",
      earlierDate: "2017-09-15",
      strict: true,
    },
    "error",
    "反馈日期2017-08-28不晚于进驻结束日期2017-09-15",
    "feedback date 2017-08-28 is not after stationing end 2017-09-15",
  ],
  // A field without a label is named as written.
  [
    "date_order",
    {
      field: "reportedDate",
      date: "2018-01-01",
      earlierField: "events.date",
      earlierDate: "2018-02-01",
    },
    "error",
    "reportedDate2018-01-01早于事件日期2018-02-01",
    "reportedDate 2018-01-01 is before event date 2018-02-01",
  ],
  [
    "events_out_of_order",
    { date: "2018-03-01", previousDate: "2018-04-01" },
    "error",
    "事件日期2018-03-01早于前一事件日期2018-04-01，事件应按时间先后排列",
    "event dated 2018-03-01 comes after one dated 2018-04-01; events must be in date order",
  ],
  [
    "date_after_as_of",
    { field: "completedDate", date: "2019-01-05", asOf: "2018-12-31" },
    "warning",
    "完成日期2019-01-05晚于台账截止日期2018-12-31",
    "completed date 2019-01-05 is after the ledger's as-of date 2018-12-31",
  ],
  [
    "signed_off_without_acceptance",
    {},
    "error",
    "任务已销号，但没有验收日期或通过验收记录",
    "the task is signed off but has no accepted date or accept event",
  ],
  [
    "missing_completed_date",
    { status: "accepted" },
    "warning",
    "任务状态为“已通过验收”，但缺少完成日期",
    "the task is accepted but has no completed date",
  ],
  [
    "status_disagrees_with_events",
    { status: "signed_off", fromEvents: "in_progress" },
    "error",
    "记录的状态“已销号”与事件推出的状态“正在推进”不一致",
    "the recorded status signed off differs from the status the events lead to (in progress)",
  ],
  [
    "closed_without_date",
    {},
    "error",
    "案件已办结，但缺少办结日期",
    "the case is closed but has no closed date",
  ],
  [
    "date_without_status",
    { date: "2017-10-20" },
    "error",
    "案件有办结日期2017-10-20，但状态仍为“正在办理”",
    "the case has a closed date 2017-10-20 but is still in handling",
  ],
  [
    "deadline_unparseable",
    { text: "尽快" },
    "warning",
    "无法识别整改时限“尽快”",
    'the deadline "尽快" cannot be read',
  ],
  [
    "deadline_unparseable",
    { text: "9月底前", detail: "缺少年份", detailEn: "no year" },
    "warning",
    "无法识别整改时限“9月底前”：缺少年份",
    'the deadline "9月底前" cannot be read: no year',
  ],
  [
    "deadline_due_mismatch",
    { text: "2018年6月底前", due: "2018-06-15", parsedDue: "2018-06-30" },
    "error",
    "整改时限“2018年6月底前”对应2018-06-30，与填写的到期日2018-06-15不符",
    'the deadline "2018年6月底前" means 2018-06-30, not the stated due date 2018-06-15',
  ],
  [
    "tally_parts_exceed_total",
    { closed: 4593, staged: 80, handling: 40, transferred: 4704 },
    "error",
    "已办结4593件、阶段性办结80件、正在办理40件，合计超过转办总数4704件",
    "closed 4593 + staged 80 + handling 40 = 4713, more than the 4704 transferred",
  ],
  [
    "parts_do_not_add_up",
    { part: "byRank", sum: 117, people: 118, complete: true },
    "error",
    "按职级分项合计117人，不等于问责总人数118人",
    "the parts by rank add up to 117, not equal to the 118 people held accountable",
  ],
  [
    "parts_do_not_add_up",
    { part: "bySanction", sum: 120, people: 118, complete: false },
    "error",
    "按处理方式分项合计120人，超过问责总人数118人",
    "the parts by sanction add up to 120, more than the 118 people held accountable",
  ],
  [
    "parts_do_not_add_up",
    { part: "byRank", sum: 100, people: 118, complete: false },
    "error",
    "按职级分项合计100人，少于问责总人数118人",
    "the parts by rank add up to 100, fewer than the 118 people held accountable",
  ],
  [
    "parts_do_not_add_up",
    { part: "byRank", sum: 130, people: 118, complete: false, key: "division" },
    "error",
    "按职级，县处级130人，超过问责总人数118人",
    "county/division level alone counts 130, more than the 118 people held accountable",
  ],
  [
    "parts_do_not_add_up",
    { part: "bySanction", sum: 130, people: 118, complete: true, key: "admonishment" },
    "error",
    "按处理方式，诫勉130人，超过问责总人数118人",
    "admonishment alone counts 130, more than the 118 people held accountable",
  ],
  // A key no label table knows is named as written.
  [
    "parts_do_not_add_up",
    { part: "byRank", sum: 130, people: 118, complete: false, key: "科员" },
    "error",
    "按职级，科员130人，超过问责总人数118人",
    "科员 alone counts 130, more than the 118 people held accountable",
  ],
  [
    "duplicate_petition",
    { firstId: "XM-001", firstIndex: 0 },
    "warning",
    "与案件XM-001（第1条）同一轮次、同一受理日期且内容相同，疑似重复举报；如确属重复请填写duplicateOf",
    "same round, received date and summary as case XM-001 (index 0); likely a repeat complaint: mark it with duplicateOf",
  ],
  [
    "schedule_date_differs",
    {
      field: "feedbackDate",
      date: "2021-12-21",
      scheduleDate: "2021-12-12",
      recordId: "r2-b4-jilin",
      sources: "http://beidouzhiku.cn/news/show.php?itemid=34931",
    },
    "warning",
    "反馈日期2021-12-21与督察安排r2-b4-jilin所载2021-12-12不同（来源：http://beidouzhiku.cn/news/show.php?itemid=34931）",
    "feedback date 2021-12-21 differs from 2021-12-12 in schedule record r2-b4-jilin (source: http://beidouzhiku.cn/news/show.php?itemid=34931)",
  ],
];

describe("VALIDATION_ISSUES", () => {
  it.each(CASES.map((c, i) => [`${c[0]} #${i}`, c] as const))("%s reads as written", (_, c) => {
    const [code, params, severity, zh, en] = c;
    const issue = issueFrom(VALIDATION_ISSUES, code, ["x"], params as never);
    expect([issue.severity, issue.message["zh-CN"], issue.message.en]).toEqual([severity, zh, en]);
  });

  it("has a case above for every code", () => {
    const covered = new Set(CASES.map(([code]) => code));
    expect(
      Object.keys(VALIDATION_ISSUES).filter((code) => !covered.has(code as ValidationIssueCode)),
    ).toEqual([]);
  });
});
