import { defineIssues } from "../issue.js";

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Issues `parseLedger` reports: the shape of the document and of each value.
 *
 * @example
 * ```ts
 * import { LEDGER_ISSUES } from "ducha";
 * LEDGER_ISSUES.invalid_date.severity; //=> "error"
 * ```
 * @category Ledger
 */
export const LEDGER_ISSUES = defineIssues({
  invalid_json: {
    severity: "error",
    "zh-CN": (p: { detail: string; line?: number; column?: number }) =>
      `不是有效的JSON${p.line ? `（第${p.line}行第${p.column}列）` : ""}：${p.detail}`,
    en: (p: { detail: string; line?: number; column?: number }) =>
      `not valid JSON${p.line ? ` (line ${p.line}, column ${p.column})` : ""}: ${p.detail}`,
  },
  not_an_object: {
    severity: "error",
    "zh-CN": (p: { received: string }) => `台账必须是JSON对象，收到${p.received}`,
    en: (p: { received: string }) => `a ledger must be a JSON object, got ${p.received}`,
  },
  unsupported_format: {
    severity: "error",
    "zh-CN": (p: { received: string }) => `format必须是"ducha/ledger@1"，收到${p.received}`,
    en: (p: { received: string }) => `format must be "ducha/ledger@1", got ${p.received}`,
  },
  missing_field: {
    severity: "error",
    "zh-CN": (p: { field: string }) => `缺少必填字段${p.field}`,
    en: (p: { field: string }) => `required field ${p.field} is missing`,
  },
  invalid_type: {
    severity: "error",
    "zh-CN": (p: { expected: string; received: string; hint?: string }) =>
      `类型错误：应为${p.expected}，实际为${p.received}${p.hint ? `（${p.hint}）` : ""}`,
    en: (p: { expected: string; received: string; hint?: string; hintEn?: string }) =>
      `wrong type: expected ${p.expected}, got ${p.received}${p.hintEn ? ` (${p.hintEn})` : ""}`,
  },
  invalid_enum: {
    severity: "error",
    "zh-CN": (p: { received: string; options: readonly unknown[] }) =>
      `取值${p.received}无效，应为以下之一：${list(p.options)}`,
    en: (p: { received: string; options: readonly unknown[] }) =>
      `${p.received} is not allowed; expected one of ${list(p.options)}`,
  },
  invalid_date: {
    severity: "error",
    "zh-CN": (p: { received: string }) => `日期${p.received}无效，应为存在的YYYY-MM-DD日期`,
    en: (p: { received: string }) => `${p.received} is not a real date written YYYY-MM-DD`,
  },
  invalid_format: {
    severity: "error",
    "zh-CN": (p: { received: string; format: string }) => `${p.received}不符合格式${p.format}`,
    en: (p: { received: string; format: string }) => `${p.received} does not match ${p.format}`,
  },
  empty_value: {
    severity: "error",
    "zh-CN": () => "值不能为空",
    en: () => "the value must not be empty",
  },
  too_small: {
    severity: "error",
    "zh-CN": (p: { minimum: string; received: string }) =>
      `${p.received}小于允许的最小值${p.minimum}`,
    en: (p: { minimum: string; received: string }) =>
      `${p.received} is below the minimum ${p.minimum}`,
  },
  too_big: {
    severity: "error",
    "zh-CN": (p: { maximum: string; received: string }) =>
      `${p.received}超过允许的最大值${p.maximum}`,
    en: (p: { maximum: string; received: string }) =>
      `${p.received} is above the maximum ${p.maximum}`,
  },
  string_too_long: {
    severity: "error",
    "zh-CN": (p: { length: number; maximum: number }) => `文本长度${p.length}超过上限${p.maximum}`,
    en: (p: { length: number; maximum: number }) =>
      `the text is ${p.length} characters long, more than the limit of ${p.maximum}`,
  },
  not_an_integer: {
    severity: "error",
    "zh-CN": (p: { received: string }) => `${p.received}不是整数`,
    en: (p: { received: string }) => `${p.received} is not a whole number`,
  },
  invalid_value: {
    severity: "error",
    "zh-CN": (p: { detail: string }) => `取值无效：${p.detail}`,
    en: (p: { detail: string }) => `invalid value: ${p.detail}`,
  },
  forbidden_key: {
    severity: "error",
    "zh-CN": (p: { key: string }) => `键名${p.key}不允许出现在数据中，已忽略`,
    en: (p: { key: string }) => `the key ${p.key} is not allowed in data and was ignored`,
  },
  nesting_too_deep: {
    severity: "error",
    "zh-CN": (p: { limit: number }) => `嵌套层级超过${p.limit}层`,
    en: (p: { limit: number }) => `nested more than ${p.limit} levels deep`,
  },
  circular_reference: {
    severity: "error",
    "zh-CN": () => "对象存在循环引用",
    en: () => "the object refers to itself (a cycle)",
  },
  lone_surrogate: {
    severity: "warning",
    "zh-CN": () =>
      "文字中有不成对的UTF-16代理项（多为被截断的生僻字或表情符号），保存为UTF-8或导出表格时会变成“�”",
    en: () =>
      'the text holds a lone UTF-16 surrogate (usually a rare character or emoji cut in half); it becomes "�" when saved as UTF-8 or exported',
  },
  unknown_field: {
    severity: "info",
    "zh-CN": (p: { field: string; count: number }) =>
      `未知字段${p.field}（共${p.count}处）已原样保留`,
    en: (p: { field: string; count: number }) =>
      `unknown field ${p.field} (${p.count} occurrence${p.count === 1 ? "" : "s"}) kept as is`,
  },
});
