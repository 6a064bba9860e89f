import { defineIssues } from "../issue.js";

/** Bilingual names of the fields messages talk about; unknown fields are shown as they are. */
const FIELD_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  done: { zh: "完成数", en: "the done count" },
  total: { zh: "总数", en: "the total" },
  numerator: { zh: "分子", en: "the numerator" },
  denominator: { zh: "分母", en: "the denominator" },
  staged: { zh: "阶段性办结数", en: "the staged-closure count" },
  basicallyCompleted: { zh: "基本完成数", en: "the basically-completed count" },
  dueDenominator: { zh: "到期应完成数", en: "the count due" },
  dueByAsOf: { zh: "到期应完成数", en: "the count due by the report date" },
  dueWithinYear: { zh: "年内应完成数", en: "the count due within the year" },
  before: { zh: "基期", en: "the earlier measurement" },
  after: { zh: "本期", en: "the later measurement" },
};

function countName(field: string): { zh: string; en: string } {
  return FIELD_NAMES[field] ?? { zh: field, en: field };
}

/**
 * The issues the metrics module returns, keyed by stable code. Counts are data, so a bad count is
 * an issue (never a throw); a bad `decimals` or rounding mode is API misuse and throws instead.
 *
 * @example
 * ```ts
 * import { METRICS_ISSUES, completionRate } from "ducha/metrics";
 * const result = completionRate(5, 3);
 * result.issues[0]?.code; //=> "done_exceeds_total"
 * Object.keys(METRICS_ISSUES).includes("done_exceeds_total"); //=> true
 * ```
 * @category Metrics
 */
export const METRICS_ISSUES = defineIssues({
  count_not_number: {
    severity: "error",
    "zh-CN": (p: { field: string; value: string }) =>
      `${countName(p.field).zh}不是数字：${p.value}`,
    en: (p: { field: string; value: string }) =>
      `${countName(p.field).en} is not a number: ${p.value}`,
  },
  count_not_finite: {
    severity: "error",
    "zh-CN": (p: { field: string; value: string }) =>
      `${countName(p.field).zh}不是有限数：${p.value}`,
    en: (p: { field: string; value: string }) =>
      `${countName(p.field).en} is not finite: ${p.value}`,
  },
  count_negative: {
    severity: "error",
    "zh-CN": (p: { field: string; value: number }) => `${countName(p.field).zh}为负数：${p.value}`,
    en: (p: { field: string; value: number }) => `${countName(p.field).en} is negative: ${p.value}`,
  },
  count_not_integer: {
    severity: "error",
    "zh-CN": (p: { field: string; value: number }) =>
      `${countName(p.field).zh}不是整数：${p.value}`,
    en: (p: { field: string; value: number }) =>
      `${countName(p.field).en} is not a whole number: ${p.value}`,
  },
  count_too_large: {
    severity: "error",
    "zh-CN": (p: { field: string; value: number }) =>
      `${countName(p.field).zh}超出可精确表示的整数范围：${p.value}`,
    en: (p: { field: string; value: number }) =>
      `${countName(p.field).en} is beyond the safe integer range: ${p.value}`,
  },
  done_exceeds_total: {
    severity: "error",
    "zh-CN": (p: { done: number; total: number }) => `完成数${p.done}大于总数${p.total}`,
    en: (p: { done: number; total: number }) =>
      `the done count ${p.done} is greater than the total ${p.total}`,
  },
  denominator_missing: {
    severity: "error",
    "zh-CN": (p: { field: string }) => `口径要求的分母（${countName(p.field).zh}）未提供`,
    en: (p: { field: string }) => `the policy's denominator (${countName(p.field).en}) is missing`,
  },
  rate_text_unreadable: {
    severity: "error",
    "zh-CN": (p: { text: string }) => `无法识别比率表述：“${p.text}”`,
    en: (p: { text: string }) => `cannot read a rate from "${p.text}"`,
  },
  percent_not_finite: {
    severity: "error",
    "zh-CN": (p: { field: string; value: string }) =>
      `${countName(p.field).zh}的百分比不是有限数：${p.value}`,
    en: (p: { field: string; value: string }) =>
      `the percentage of ${countName(p.field).en} is not a finite number: ${p.value}`,
  },
  percent_out_of_range: {
    severity: "error",
    "zh-CN": (p: { field: string; value: string }) =>
      `${countName(p.field).zh}的百分比不在0到100之间：${p.value}`,
    en: (p: { field: string; value: string }) =>
      `the percentage of ${countName(p.field).en} is not between 0 and 100: ${p.value}`,
  },
  rate_undefined: {
    severity: "error",
    "zh-CN": (p: { field: string }) => `${countName(p.field).zh}的总数为0，比率无定义，无法比较`,
    en: (p: { field: string }) =>
      `the total of ${countName(p.field).en} is 0, so its rate is undefined and cannot be compared`,
  },
});
