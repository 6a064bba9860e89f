import { normalizeText, toSimplified } from "../_lib/text.js";
import type { Bilingual } from "../lang.js";

/**
 * The task fields a table column can fill.
 *
 * @example
 * ```ts
 * import type { TaskColumn } from "ducha/io";
 * const column: TaskColumn = "leadUnits";
 * ```
 * @category IO
 */
export type TaskColumn =
  | "id"
  | "number"
  | "problem"
  | "category"
  | "title"
  | "target"
  | "measures"
  | "leadUnits"
  | "cooperatingUnits"
  | "responsibleUnits"
  | "responsiblePerson"
  | "deadline"
  | "timeLimitKind"
  | "progress"
  | "status"
  | "acceptanceUnits"
  | "signedOffDate"
  | "completedDate";

/**
 * The header each task column is written with, in both languages, in the order the writers
 * use. The Chinese headers follow the union of published task tables (see docs/import.md).
 *
 * @example
 * ```ts
 * import { TASK_COLUMNS } from "ducha/io";
 * TASK_COLUMNS.leadUnits["zh-CN"]; //=> "牵头单位"
 * ```
 * @category IO
 */
export const TASK_COLUMNS: Readonly<Record<TaskColumn, Bilingual>> = {
  id: { "zh-CN": "任务编号", en: "id" },
  number: { "zh-CN": "序号", en: "number" },
  problem: { "zh-CN": "反馈问题", en: "problem" },
  category: { "zh-CN": "问题类别", en: "category" },
  title: { "zh-CN": "整改任务", en: "title" },
  target: { "zh-CN": "整改目标", en: "target" },
  measures: { "zh-CN": "整改措施", en: "measures" },
  leadUnits: { "zh-CN": "牵头单位", en: "lead units" },
  cooperatingUnits: { "zh-CN": "配合单位", en: "cooperating units" },
  responsibleUnits: { "zh-CN": "责任单位", en: "responsible units" },
  responsiblePerson: { "zh-CN": "责任人", en: "responsible person" },
  deadline: { "zh-CN": "整改时限", en: "deadline" },
  timeLimitKind: { "zh-CN": "时限类型", en: "time limit kind" },
  progress: { "zh-CN": "整改进展", en: "progress" },
  status: { "zh-CN": "状态", en: "status" },
  acceptanceUnits: { "zh-CN": "验收销号单位", en: "acceptance units" },
  signedOffDate: { "zh-CN": "销号日期", en: "signed off date" },
  completedDate: { "zh-CN": "完成日期", en: "completed date" },
};

/**
 * Header texts (Chinese and English) and the task column each one fills. Matching ignores
 * spaces, line breaks, `*`, `_`, `-` and letter case, so "整改\n时限", "Lead units" and
 * "leadUnits" all match. Extend it per call with the `headerAliases` option.
 *
 * @example
 * ```ts
 * import { TASK_HEADER_ALIASES } from "ducha/io";
 * TASK_HEADER_ALIASES["牵头部门"]; //=> "leadUnits"
 * TASK_HEADER_ALIASES["完成时限"]; //=> "deadline"
 * ```
 * @category IO
 */
export const TASK_HEADER_ALIASES: Readonly<Record<string, TaskColumn>> = {
  任务编号: "id",
  id: "id",
  序号: "number",
  编号: "number",
  问题序号: "number",
  number: "number",
  no: "number",
  反馈问题: "problem",
  督察反馈问题: "problem",
  问题: "problem",
  问题描述: "problem",
  存在问题: "problem",
  整改问题: "problem",
  problem: "problem",
  问题类别: "category",
  问题类型: "category",
  category: "category",
  整改任务: "title",
  任务名称: "title",
  整改事项: "title",
  title: "title",
  task: "title",
  整改目标: "target",
  目标任务: "target",
  target: "target",
  整改措施: "measures",
  主要措施: "measures",
  重点措施: "measures",
  具体措施: "measures",
  // Under a two-row header's 整改措施 group: 措施 | 时限.
  措施: "measures",
  measures: "measures",
  牵头单位: "leadUnits",
  牵头部门: "leadUnits",
  牵头责任单位: "leadUnits",
  "lead units": "leadUnits",
  "lead unit": "leadUnits",
  配合单位: "cooperatingUnits",
  配合部门: "cooperatingUnits",
  协办单位: "cooperatingUnits",
  "cooperating units": "cooperatingUnits",
  责任单位: "responsibleUnits",
  责任部门: "responsibleUnits",
  整改责任单位: "responsibleUnits",
  整改实施主体: "responsibleUnits",
  "responsible units": "responsibleUnits",
  责任人: "responsiblePerson",
  责任领导: "responsiblePerson",
  "responsible person": "responsiblePerson",
  整改时限: "deadline",
  完成时限: "deadline",
  整改时限要求: "deadline",
  整改期限: "deadline",
  完成期限: "deadline",
  时限: "deadline",
  deadline: "deadline",
  时限类型: "timeLimitKind",
  整改时限类型: "timeLimitKind",
  "time limit kind": "timeLimitKind",
  整改进展: "progress",
  整改进展情况: "progress",
  进展情况: "progress",
  完成情况: "progress",
  整改完成情况: "progress",
  落实情况: "progress",
  progress: "progress",
  状态: "status",
  完成状态: "status",
  整改状态: "status",
  任务状态: "status",
  status: "status",
  验收销号单位: "acceptanceUnits",
  验收单位: "acceptanceUnits",
  "acceptance units": "acceptanceUnits",
  销号日期: "signedOffDate",
  销号时间: "signedOffDate",
  "signed off date": "signedOffDate",
  完成日期: "completedDate",
  实际完成日期: "completedDate",
  实际完成时间: "completedDate",
  "completed date": "completedDate",
};

/**
 * The form a header is compared in: simplified characters, half-width letters and digits, no
 * spaces, line breaks, zero-width characters, `*`, `_` or `-`, lower case (a leading BOM goes
 * with the zero-width characters). Headers typed in traditional characters (序號, 牽頭單位),
 * as in sheets passed through Hong Kong or Taiwan offices, match the simplified aliases.
 *
 * @example
 * ```ts
 * import { normalizeHeader } from "ducha/io";
 * normalizeHeader(" 整改\n时限* "); //=> "整改时限"
 * normalizeHeader("Lead_units"); //=> "leadunits"
 * normalizeHeader("牽頭單位"); //=> "牵头单位"
 * ```
 * @category IO
 */
export function normalizeHeader(header: string): string {
  return toSimplified(normalizeText(header))
    .replace(/[\s*_-]/g, "")
    .toLowerCase();
}

/** Builds a header lookup: the user's aliases first, then the built-in ones. */
export function headerLookup<C extends string>(
  ...tables: readonly Readonly<Record<string, C>>[]
): (header: string) => C | undefined {
  const index = new Map<string, C>();
  for (const table of [...tables].reverse()) {
    for (const [alias, column] of Object.entries(table)) index.set(normalizeHeader(alias), column);
  }
  return (header) => {
    const key = normalizeHeader(header);
    return key === "" ? undefined : index.get(key);
  };
}
