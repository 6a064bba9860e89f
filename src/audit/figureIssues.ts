import { defineIssues } from "../issue.js";

/**
 * The issues {@link extractFigures} returns, keyed by stable code: text it found but could not
 * read one way only. Their `path` is `["text", start, end]` (offsets into the original text)
 * and `params.quote` the passage.
 *
 * @example
 * ```ts
 * import { FIGURE_ISSUES, extractFigures } from "ducha/audit";
 * extractFigures("2022111日至425日").issues[0]?.code; //=> "figure_ambiguous"
 * Object.keys(FIGURE_ISSUES).includes("number_unreadable"); //=> true
 * ```
 * @category Audit
 */
export const FIGURE_ISSUES = defineIssues({
  text_not_string: {
    severity: "error",
    "zh-CN": (p: { type: string }) => `文本不是字符串（${p.type}）`,
    en: (p: { type: string }) => `the text is not a string (${p.type})`,
  },
  figure_ambiguous: {
    severity: "warning",
    "zh-CN": (p: { quote: string; start: number; end: number; readings: string }) =>
      `“${p.quote}”有多种读法（${p.readings}），未采用`,
    en: (p: { quote: string; start: number; end: number; readings: string }) =>
      `"${p.quote}" can be read several ways (${p.readings}); not used`,
  },
  number_unreadable: {
    severity: "warning",
    "zh-CN": (p: { quote: string; start: number; end: number }) => `无法读取数字“${p.quote}”`,
    en: (p: { quote: string; start: number; end: number }) => `cannot read the number "${p.quote}"`,
  },
  rate_unreadable: {
    severity: "warning",
    "zh-CN": (p: { quote: string; start: number; end: number }) => `无法读取比率“${p.quote}”`,
    en: (p: { quote: string; start: number; end: number }) => `cannot read the rate "${p.quote}"`,
  },
  date_invalid: {
    severity: "warning",
    "zh-CN": (p: { quote: string; start: number; end: number }) => `“${p.quote}”不是有效日期`,
    en: (p: { quote: string; start: number; end: number }) => `"${p.quote}" is not a valid date`,
  },
  date_year_missing: {
    severity: "warning",
    "zh-CN": (p: { quote: string; start: number; end: number }) =>
      `“${p.quote}”缺少年份，前文也没有可沿用的年份`,
    en: (p: { quote: string; start: number; end: number }) =>
      `"${p.quote}" has no year and no earlier date gives one`,
  },
});

/**
 * A code of {@link FIGURE_ISSUES}.
 *
 * @example
 * ```ts
 * import type { FigureIssueCode } from "ducha/audit";
 * const code: FigureIssueCode = "figure_ambiguous";
 * ```
 * @category Audit
 */
export type FigureIssueCode = keyof typeof FIGURE_ISSUES;
