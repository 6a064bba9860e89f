import { normalizeText, toSimplified } from "../_lib/text.js";
import type { Bilingual } from "../lang.js";
import { OUTCOME_KIND, type OutcomeKey } from "../outcomes/kinds.js";

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

/**
 * The petition fields a table column can fill: the columns of the published batch tables
 * (中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表) and of a city's petition ledger
 * (信访件台账).
 *
 * @example
 * ```ts
 * import type { PetitionColumn } from "ducha/io";
 * const column: PetitionColumn = "caseNumber";
 * ```
 * @category IO
 */
export type PetitionColumn =
  | "number"
  | "caseNumber"
  | "batch"
  | "receivedDate"
  | "transferredDate"
  | "channel"
  | "summary"
  | "reportedParty"
  | "region"
  | "pollutionTypes"
  | "flagged"
  | "repeated"
  | "investigation"
  | "verification"
  | "actions"
  | "accountability"
  | "status"
  | "closedDate"
  | "handlingUnit"
  // A ledger's count columns (责令整改（家次）, 罚款金额（万元）…): one enforcement figure each.
  | OutcomeKey;

/**
 * The header each petition column is written with, in both languages.
 *
 * @example
 * ```ts
 * import { PETITION_COLUMNS } from "ducha/io";
 * PETITION_COLUMNS.actions["zh-CN"]; //=> "处理和整改情况"
 * ```
 * @category IO
 */
export const PETITION_COLUMNS: Readonly<Record<PetitionColumn, Bilingual>> = {
  number: { "zh-CN": "序号", en: "number" },
  caseNumber: { "zh-CN": "受理编号", en: "case number" },
  batch: { "zh-CN": "交办批次", en: "batch" },
  receivedDate: { "zh-CN": "受理时间", en: "received date" },
  transferredDate: { "zh-CN": "交办时间", en: "transferred date" },
  channel: { "zh-CN": "举报方式", en: "channel" },
  summary: { "zh-CN": "交办问题基本情况", en: "summary" },
  reportedParty: { "zh-CN": "被举报对象", en: "reported party" },
  region: { "zh-CN": "行政区域", en: "region" },
  pollutionTypes: { "zh-CN": "污染类型", en: "pollution types" },
  flagged: { "zh-CN": "是否为重点件", en: "flagged" },
  repeated: { "zh-CN": "是否为重复件", en: "repeated" },
  investigation: { "zh-CN": "调查核实情况", en: "investigation" },
  verification: { "zh-CN": "是否属实", en: "verification" },
  actions: { "zh-CN": "处理和整改情况", en: "actions taken" },
  accountability: { "zh-CN": "责任追究情况", en: "accountability" },
  status: { "zh-CN": "办结情况", en: "status" },
  closedDate: { "zh-CN": "办结时间", en: "closed date" },
  handlingUnit: { "zh-CN": "办理单位", en: "handling unit" },
  // The outcome columns are named after their kind, as the bulletins name them.
  ...(Object.fromEntries(
    Object.values(OUTCOME_KIND).map((kind) => [kind.key, kind.label]),
  ) as Record<OutcomeKey, Bilingual>),
};

/**
 * Header texts (Chinese and English) of petition tables and the column each one fills, matched
 * like {@link TASK_HEADER_ALIASES} (same normaliser: spaces, line breaks, traditional characters
 * and case do not matter). Extend it per call with the `headerAliases` option.
 *
 * @example
 * ```ts
 * import { PETITION_HEADER_ALIASES } from "ducha/io";
 * PETITION_HEADER_ALIASES["信访编号"]; //=> "caseNumber"
 * PETITION_HEADER_ALIASES["整改状态"]; //=> "status"
 * ```
 * @category IO
 */
export const PETITION_HEADER_ALIASES: Readonly<Record<string, PetitionColumn>> = {
  序号: "number",
  number: "number",
  no: "number",
  受理编号: "caseNumber",
  信访编号: "caseNumber",
  案件编号: "caseNumber",
  交办编号: "caseNumber",
  转办编号: "caseNumber",
  举报编号: "caseNumber",
  信访件编号: "caseNumber",
  "case number": "caseNumber",
  id: "caseNumber",
  交办批次: "batch",
  转办批次: "batch",
  批次: "batch",
  batch: "batch",
  受理时间: "receivedDate",
  受理日期: "receivedDate",
  举报时间: "receivedDate",
  "received date": "receivedDate",
  交办时间: "transferredDate",
  交办日期: "transferredDate",
  转办时间: "transferredDate",
  转办日期: "transferredDate",
  "transferred date": "transferredDate",
  举报方式: "channel",
  信访方式: "channel",
  来源: "channel",
  channel: "channel",
  交办问题基本情况: "summary",
  交办问题: "summary",
  举报内容: "summary",
  信访内容: "summary",
  反映问题: "summary",
  举报事项: "summary",
  信访举报内容: "summary",
  summary: "summary",
  被举报对象: "reportedParty",
  举报对象: "reportedParty",
  被投诉对象: "reportedParty",
  "reported party": "reportedParty",
  行政区域: "region",
  所属区域: "region",
  所属地区: "region",
  所在地区: "region",
  县区: "region",
  区县: "region",
  "县(市、区)": "region",
  "县（市、区）": "region",
  地区: "region",
  region: "region",
  污染类型: "pollutionTypes",
  问题类型: "pollutionTypes",
  污染类别: "pollutionTypes",
  "pollution types": "pollutionTypes",
  是否为重点件: "flagged",
  是否重点件: "flagged",
  重点件: "flagged",
  是否重点关注: "flagged",
  flagged: "flagged",
  是否为重复件: "repeated",
  是否重复件: "repeated",
  重复件: "repeated",
  repeated: "repeated",
  调查核实情况: "investigation",
  核查情况: "investigation",
  调查核实结果: "investigation",
  investigation: "investigation",
  是否属实: "verification",
  核实结果: "verification",
  属实情况: "verification",
  verification: "verification",
  处理和整改情况: "actions",
  处理整改情况: "actions",
  处理及整改情况: "actions",
  整改情况: "actions",
  处理情况: "actions",
  "actions taken": "actions",
  责任追究情况: "accountability",
  问责情况: "accountability",
  责任人被处理情况: "accountability",
  责任追究: "accountability",
  accountability: "accountability",
  办结情况: "status",
  是否办结: "status",
  整改状态: "status",
  办理状态: "status",
  办理进度: "status",
  status: "status",
  办结时间: "closedDate",
  办结日期: "closedDate",
  "closed date": "closedDate",
  办理单位: "handlingUnit",
  承办单位: "handlingUnit",
  责任单位: "handlingUnit",
  牵头责任单位: "handlingUnit",
  "handling unit": "handlingUnit",
  // Headers of a city ledger's tracking system (漳州市环保督察信访件汇总表).
  督察期间调查核实情况: "investigation",
  督察期间处理情况: "actions",
  办结状态: "status",
  是否重复: "repeated",
  // Count columns, one enforcement figure each; a fine's header says its unit (元, 万元, 亿元).
  "责令整改（家次）": "ordersToRectify",
  "责令整改（家）": "ordersToRectify",
  责令整改家数: "ordersToRectify",
  "立案处罚（家次）": "casesFiled",
  "立案处罚（家）": "casesFiled",
  "立案处罚（起）": "casesFiled",
  "立案处罚（件）": "casesFiled",
  立案处罚家数: "casesFiled",
  "罚款金额（万元）": "finesYuan",
  "罚款金额（元）": "finesYuan",
  "罚款（万元）": "finesYuan",
  "罚款（元）": "finesYuan",
  "处罚金额（万元）": "finesYuan",
  "处罚金额（元）": "finesYuan",
  "罚没金额（万元）": "finesYuan",
  "查封扣押（家次）": "seizures",
  "查封扣押（家）": "seizures",
  "关停取缔（家次）": "closures",
  "关停取缔（家）": "closures",
  "立案侦查（件次）": "criminalCases",
  "立案侦查（件）": "criminalCases",
  "立案侦查（起）": "criminalCases",
  "行政拘留（人次）": "administrativeDetentions",
  "行政拘留（人）": "administrativeDetentions",
  "刑事拘留（人次）": "criminalDetentions",
  "刑事拘留（人）": "criminalDetentions",
  "拘留（人次）": "detentions",
  "拘留（人）": "detentions",
  "约谈（人次）": "interviews",
  "约谈（人）": "interviews",
  约谈人数: "interviews",
  "问责（人次）": "accountablePeople",
  "问责（人）": "accountablePeople",
  问责人数: "accountablePeople",
};
