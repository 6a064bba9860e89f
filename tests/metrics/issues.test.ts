import { describe, expect, it } from "vitest";
import { METRICS_ISSUES } from "../../src/metrics/index.js";

type MetricsIssueCode = keyof typeof METRICS_ISSUES;

// The catalogue is the public bilingual contract: every entry's severity and both texts, word for
// word, with figures of the kind the seeds report (Sichuan 2025: 71 of 75 tasks, 94.7 %).
const CASES: readonly {
  code: MetricsIssueCode;
  params: Record<string, unknown>;
  zh: string;
  en: string;
}[] = [
  {
    code: "count_not_number",
    params: { field: "done", value: "object" },
    zh: "完成数不是数字：object",
    en: "the done count is not a number: object",
  },
  {
    code: "count_not_finite",
    params: { field: "total", value: "Infinity" },
    zh: "总数不是有限数：Infinity",
    en: "the total is not finite: Infinity",
  },
  {
    code: "count_negative",
    params: { field: "numerator", value: -1 },
    zh: "分子为负数：-1",
    en: "the numerator is negative: -1",
  },
  {
    code: "count_not_integer",
    params: { field: "denominator", value: 75.5 },
    zh: "分母不是整数：75.5",
    en: "the denominator is not a whole number: 75.5",
  },
  {
    code: "count_too_large",
    params: { field: "staged", value: 1e20 },
    zh: "阶段性办结数超出可精确表示的整数范围：100000000000000000000",
    en: "the staged-closure count is beyond the safe integer range: 100000000000000000000",
  },
  {
    code: "done_exceeds_total",
    params: { done: 76, total: 75 },
    zh: "完成数76大于总数75",
    en: "the done count 76 is greater than the total 75",
  },
  {
    code: "denominator_missing",
    params: { field: "dueWithinYear" },
    zh: "口径要求的分母（年内应完成数）未提供",
    en: "the policy's denominator (the count due within the year) is missing",
  },
  {
    code: "rate_text_unreadable",
    params: { text: "正在推进" },
    zh: "无法识别比率表述：“正在推进”",
    en: 'cannot read a rate from "正在推进"',
  },
  {
    code: "percent_not_finite",
    params: { field: "before", value: "NaN" },
    zh: "基期的百分比不是有限数：NaN",
    en: "the percentage of the earlier measurement is not a finite number: NaN",
  },
  {
    code: "percent_out_of_range",
    params: { field: "after", value: "101" },
    zh: "本期的百分比不在0到100之间：101",
    en: "the percentage of the later measurement is not between 0 and 100: 101",
  },
  {
    code: "rate_undefined",
    params: { field: "before" },
    zh: "基期的总数为0，比率无定义，无法比较",
    en: "the total of the earlier measurement is 0, so its rate is undefined and cannot be compared",
  },
];

describe("METRICS_ISSUES", () => {
  for (const c of CASES) {
    it(`${c.code} reads the same in zh-CN and en`, () => {
      // biome-ignore lint/suspicious/noExplicitAny: each case carries its own template's params
      const template = METRICS_ISSUES[c.code] as any;
      expect(template.severity).toBe("error");
      expect(template["zh-CN"](c.params)).toBe(c.zh);
      expect(template.en(c.params)).toBe(c.en);
    });
  }

  it("has a case above for every code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(METRICS_ISSUES)));
  });

  it("names every counted field in both languages, and shows an unknown one as it is", () => {
    const names = {
      done: ["完成数", "the done count"],
      total: ["总数", "the total"],
      numerator: ["分子", "the numerator"],
      denominator: ["分母", "the denominator"],
      staged: ["阶段性办结数", "the staged-closure count"],
      basicallyCompleted: ["基本完成数", "the basically-completed count"],
      dueDenominator: ["到期应完成数", "the count due"],
      dueByAsOf: ["到期应完成数", "the count due by the report date"],
      dueWithinYear: ["年内应完成数", "the count due within the year"],
      before: ["基期", "the earlier measurement"],
      after: ["本期", "the later measurement"],
      closedCases: ["closedCases", "closedCases"],
    };
    for (const [field, [zh, en]] of Object.entries(names)) {
      expect(METRICS_ISSUES.denominator_missing["zh-CN"]({ field })).toBe(
        `口径要求的分母（${zh}）未提供`,
      );
      expect(METRICS_ISSUES.denominator_missing.en({ field })).toBe(
        `the policy's denominator (${en}) is missing`,
      );
    }
  });
});
