import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  STATUTORY_RULES,
  type StatutoryRule,
  statutoryDeadlines,
  workdaysBetween,
} from "../../src/calendar/index.js";
import { DuchaError } from "../../src/errors.js";
import { INSPECTIONS } from "../../src/rounds/index.js";

const rule = (id: string): StatutoryRule => {
  const found = STATUTORY_RULES.find((r) => r.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const ids = (duties: readonly { rule?: StatutoryRule }[]) => duties.map((d) => d.rule?.id);

describe("STATUTORY_RULES", () => {
  it("gives every rule an instrument, sources, and says when it is not confirmed", () => {
    expect(new Set(STATUTORY_RULES.map((r) => r.id)).size).toBe(STATUTORY_RULES.length);
    for (const r of STATUTORY_RULES) {
      expect(r.basis["zh-CN"], r.id).not.toBe("");
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      if (r.confirmed) expect(r.quote, r.id).toBeTruthy();
      else expect(r.inference?.en, r.id).toBeTruthy();
      if (r.scope === "local") expect(r.localPractice, r.id).toBeDefined();
    }
  });

  it("has national plan rules whose windows do not overlap", () => {
    const plans = STATUTORY_RULES.filter(
      (r) => r.duty === "rectificationPlan" && r.scope === "national",
    );
    for (let i = 1; i < plans.length; i++) {
      expect((plans[i - 1]?.appliesUntil ?? "") < (plans[i]?.appliesFrom ?? "")).toBe(true);
    }
  });
});

describe("statutoryDeadlines from the rule table", () => {
  // Xinjiang, round 1: fed back 2018-01-02, plan submitted 2018-02-09
  // (http://www.xjhbcy.cn/articles/show/2098): 28 working days (11 February 2018, a Sunday, was a
  // make-up workday), within the 30.
  it("plan-2015-trial: Xinjiang sent its plan 28 working days after feedback", () => {
    const duties = statutoryDeadlines({ feedbackDate: "2018-01-02" });
    expect(ids(duties)).toEqual(["plan-2015-trial", "report-trial-6-months"]);
    const [plan] = duties;
    expect(workdaysBetween("2018-01-02", "2018-02-09")).toBe(28);
    expect(plan?.due).toBe(addWorkdays("2018-01-02", 30));
    expect(plan?.due).toBe("2018-02-12");
    expect("2018-02-09" <= plan!.due).toBe(true);
  });

  // Jilin's look-back: fed back 2019-05-14, "在30个工作日内报送国务院"
  // (http://news.cqnews.net/html/2019-05/15/content_50457463.html).
  it("plan-2015-trial: the Jilin look-back fed back on 2019-05-14", () => {
    const [plan] = statutoryDeadlines({ feedbackDate: "2019-05-14" });
    expect(plan?.rule?.id).toBe("plan-2015-trial");
    expect(workdaysBetween("2019-05-14", plan!.due)).toBe(30);
  });

  // Round 2 batch 1 fed back on 8-12 May 2020; "在30个工作日内" under the 2019 rules
  // (https://news.record.hk/lohas/2020/05/16/15362.html).
  it("plan-2019-rules: round 2 batch 1, fed back 2020-05-12", () => {
    const duties = statutoryDeadlines({ feedbackDate: "2020-05-12" });
    expect(ids(duties)).toEqual(["plan-2019-rules"]);
    expect(duties[0]?.due).toBe("2020-06-23");
    expect(workdaysBetween("2020-05-12", "2020-06-23")).toBe(30);
  });

  // Round 3 batch 2 (2024): "在45个工作日内" (http://www.139100.com/...202408/t20240826_3075190.htm).
  it("plan-2022-measures: a third-round feedback of 2024 gets 45 working days", () => {
    const [plan] = statutoryDeadlines({ feedbackDate: "2024-09-20" });
    expect(plan?.rule?.id).toBe("plan-2022-measures");
    expect(plan?.due).toBe("2024-11-27");
    expect(
      statutoryDeadlines({ regime: "2022-measures", feedbackDate: "2024-09-20" })[0]?.due,
    ).toBe(plan?.due);
  });

  // Inner Mongolia, round 3 batch 4: fed back 2025-09-11 (http://www.smstexb.com/m/view.php?aid=23976).
  it("plan-2025-regulations: Inner Mongolia's 2025 feedback, not confirmed", () => {
    const [plan] = statutoryDeadlines({ feedbackDate: "2025-09-11" });
    expect(plan?.rule?.id).toBe("plan-2025-regulations");
    expect(plan?.rule?.confirmed).toBe(false);
    expect(workdaysBetween("2025-09-11", plan!.due)).toBe(45);
  });

  // Anhui, round 1: fed back 2017-07-29; the group required the plan within 30 working days and
  // the rectification reported to the State Council within 6 months; the plan went on 2017-09-03
  // (中新社 2017-09-27, https://huanbao.in-en.com/html/huanbao-2270501.shtml).
  it("report-trial-6-months: Anhui's round-1 feedback, from the schedule's record", () => {
    const anhui = INSPECTIONS.find((r) => r.id === "r1-b3-anhui");
    const feedback = anhui?.feedbackDate?.value;
    expect(feedback).toBe("2017-07-29");
    const duties = statutoryDeadlines({ feedbackDate: feedback as string });
    expect(ids(duties)).toEqual(["plan-2015-trial", "report-trial-6-months"]);
    const [plan, report] = duties;
    expect("2017-09-03" <= plan!.due).toBe(true);
    expect(report?.due).toBe("2018-01-29");
    expect(report?.rule?.confirmed).toBe(true);
    expect(report?.rule?.quote).toContain("6个月内将整改落实情况报送国务院");
  });

  it("report-trial-6-months: a report to the State Council, not publication (Xinjiang)", () => {
    // Xinjiang's status was published in 2019-04, fifteen months after its 2018-01-02 feedback.
    const report = statutoryDeadlines({ feedbackDate: "2018-01-02" })[1];
    expect(report?.due).toBe("2018-07-02");
    expect("2019-04-28" > report!.due).toBe(true);
    expect(rule("report-trial-6-months").confirmed).toBe(true);
    // A 31st rolls back to the month's last day.
    const [, late] = statutoryDeadlines({ feedbackDate: "2017-08-31" });
    expect(late?.due).toBe("2018-02-28");
    // Round 2 (the 2019 rules) has no report limit in the table.
    expect(ids(statutoryDeadlines({ feedbackDate: "2020-05-12" }))).toEqual(["plan-2019-rules"]);
  });

  // MEE interviews of 2018: five counties on 2018-08-01 ("要在20个工作日内将整改方案报送生态环境部",
  // http://m.mumen.com.cn/news/10993.html) and eight localities over nature reserves on 2018-09-26
  // (人民日报, http://www.hnmdtv.com/news/2018/0927/13460.html), across the National Day holiday.
  it.each([
    ["2018-08-01", "2018-08-29"],
    ["2018-09-26", "2018-10-29"],
  ])("interview-plan-20: the MEE interview of %s, plan due %s", (interviewDate, due) => {
    const duties = statutoryDeadlines({ feedbackDate: "2017-12-22", interviewDate });
    const interview = duties.find((d) => d.duty === "interviewPlan");
    expect(interview?.due).toBe(due);
    expect(workdaysBetween(interviewDate, due)).toBe(20);
    expect(interview?.rule?.id).toBe("interview-plan-20");
    expect(interview?.rule?.confirmed).toBe(true);
    expect(interview?.rule?.quote).toContain("20个工作日内");
  });

  // Sichuan, provincial round 2 batch 3: feedback finished 2021-03-04; task list within 30 working
  // days, status within 6 months of the list (https://m.yybnet.net/leshan/news/202103/11271084.html).
  it("provincial rules: Sichuan 2021, only with local practices", () => {
    const round = {
      feedbackDate: "2021-03-04",
      provincialFeedbackDate: "2021-03-04",
      provincialTaskListDate: "2021-04-15",
    };
    expect(ids(statutoryDeadlines(round))).toEqual(["plan-2019-rules"]);
    const duties = statutoryDeadlines(round, { includeLocalPractices: true });
    expect(ids(duties)).toEqual([
      "plan-2019-rules",
      "provincial-task-list-30",
      "provincial-status-6-months",
    ]);
    expect(duties[1]?.due).toBe("2021-04-16");
    expect(duties[2]?.due).toBe("2021-10-15");
  });

  // Public notices: Sichuan 2025-06-09 to 06-20 (jxt.sc.gov.cn), Tianjin Dongli 2025-01-21 to
  // 02-08 across the Spring Festival (czx24.com mirror): both 10 working days, the first counted.
  it.each([
    ["2025-06-09", "2025-06-20"],
    ["2025-01-21", "2025-02-08"],
  ])("public-notice-10: a notice from %s ends on %s", (start, end) => {
    const duties = statutoryDeadlines(
      { feedbackDate: "2022-06-02", noticeStart: start },
      { includeLocalPractices: true },
    );
    expect(duties.find((d) => d.duty === "publicNotice")?.due).toBe(end);
  });

  // Hainan 2019: petition results within 10 days (http://hkwb.net/news/content/2019-07/28/content_3756698.htm).
  it("petition-feedback-10-days: the same due as the regime path", () => {
    const round = { feedbackDate: "2019-09-10", petitionTransfers: ["2019-07-20"] };
    const duties = statutoryDeadlines(round, { includeLocalPractices: true });
    expect(duties.find((d) => d.duty === "petitionFeedback")?.due).toBe("2019-07-30");
  });

  it("reads the user's own rules, e.g. a province's close-out measures", () => {
    const mine: StatutoryRule = {
      ...rule("plan-2019-rules"),
      id: "my-plan-20",
      amount: 20,
      scope: "national",
      sources: ["https://example.org/rules"],
    };
    const duties = statutoryDeadlines(
      { regime: "2019-rules", feedbackDate: "2021-12-12" },
      { rules: [mine] },
    );
    expect(ids(duties)).toEqual(["my-plan-20"]);
    expect(duties[0]?.due).toBe(addWorkdays("2021-12-12", 20));
  });

  it("throws on an invalid date, as before", () => {
    expect(() => statutoryDeadlines({ feedbackDate: "2021-02-30" })).toThrow(DuchaError);
  });
});
