import type { Lang } from "../lang.js";
import {
  PROBLEM_CATEGORY_LABELS,
  TASK_STATUS_LABELS,
  TIME_LIMIT_KIND_LABELS,
} from "../model/enums.js";
import type { Ledger } from "../model/ledger.js";
import type { Measure } from "../model/task.js";
import { TASK_COLUMNS, type TaskColumn } from "./columns.js";
import {
  type CsvWriteOptions,
  type TableRow,
  type TableValue,
  writeTableCsv,
  writeTableXlsx,
  type XlsxWriteOptions,
} from "./writeTable.js";

/**
 * Options of the task-table writers.
 *
 * @example
 * ```ts
 * import type { TaskTableWriteOptions } from "ducha/io";
 * const options: TaskTableWriteOptions = { lang: "en", columns: ["id", "title", "status"] };
 * ```
 * @category IO
 */
export interface TaskTableWriteOptions extends CsvWriteOptions, XlsxWriteOptions {
  /** Language of headers and labels; default "zh-CN". */
  readonly lang?: Lang;
  /** Columns to write, in order; default all of {@link TASK_COLUMNS}. */
  readonly columns?: readonly TaskColumn[];
}

const ALL_COLUMNS = Object.keys(TASK_COLUMNS) as TaskColumn[];

/**
 * The ledger's tasks as table rows keyed by header, in the form the task readers read back:
 * units joined with 、, measures one per line (`1. …` or `一是…`), labels for enums, the
 * problem's text for 反馈问题. Dates stay `Date`-free ISO text unless `dates` is "date".
 *
 * @example
 * ```ts
 * import { taskTableRows } from "ducha/io";
 * const rows = taskTableRows({
 *   format: "ducha/ledger@1", rounds: [], petitions: [], petitionTallies: [], accountability: [],
 *   problems: [],
 *   tasks: [{ id: "t1", problemIds: [], title: "地下水超采严重问题", status: "in_progress" }],
 * } as never);
 * rows[0]?.["状态"]; //=> "正在推进"
 * ```
 * @category IO
 */
export function taskTableRows(
  ledger: Ledger,
  options: { readonly lang?: Lang; readonly dates?: "text" | "date" } = {},
): TableRow[] {
  const lang = options.lang ?? "zh-CN";
  const problems = new Map(ledger.problems.map((problem) => [String(problem.id), problem]));
  const date = (value: string | undefined): TableValue =>
    value === undefined
      ? undefined
      : options.dates === "date"
        ? new Date(`${value}T00:00:00Z`)
        : value;
  return ledger.tasks.map((task) => {
    const own = task.problemIds.map((id) => problems.get(String(id)));
    const category = own[0]?.category;
    const values: Record<TaskColumn, TableValue> = {
      id: task.id,
      number: task.number,
      problem: task.problemIds.map((id, index) => own[index]?.text ?? String(id)).join("\n"),
      category: category && PROBLEM_CATEGORY_LABELS[category][lang],
      title: task.title,
      target: task.target,
      measures: task.measures?.map(formatMeasure).join("\n"),
      leadUnits: task.leadUnits?.join("、"),
      cooperatingUnits: task.cooperatingUnits?.join("、"),
      responsibleUnits: task.responsibleUnits?.join("、"),
      responsiblePerson: task.responsiblePerson,
      deadline: task.deadline?.text,
      timeLimitKind: task.timeLimitKind && TIME_LIMIT_KIND_LABELS[task.timeLimitKind][lang],
      progress: task.progress,
      status: task.status && TASK_STATUS_LABELS[task.status][lang],
      acceptanceUnits: task.acceptanceUnits?.join("、"),
      signedOffDate: date(task.signedOffDate),
      completedDate: date(task.completedDate),
    };
    const row: Record<string, TableValue> = {};
    for (const column of ALL_COLUMNS) row[TASK_COLUMNS[column][lang]] = values[column];
    return row;
  });
}

function formatMeasure(measure: Measure): string {
  const number = measure.number;
  if (number === undefined) return measure.text;
  return /^\d+$/.test(number) ? `${number}. ${measure.text}` : `${number}是${measure.text}`;
}

function headersOf(options: TaskTableWriteOptions): string[] {
  const lang = options.lang ?? "zh-CN";
  return (options.columns ?? ALL_COLUMNS).map((column) => TASK_COLUMNS[column][lang]);
}

/**
 * Writes a ledger's tasks as a CSV task table with Chinese headers (序号, 反馈问题, 整改任务,
 * 牵头单位…) that {@link parseTasksCsv} reads back to the same tasks in every field the table
 * carries.
 *
 * @example
 * ```ts
 * import { parseLedger } from "ducha";
 * import { writeTasksCsv } from "ducha/io";
 * const ledger = parseLedger({
 *   format: "ducha/ledger@1",
 *   tasks: [{ id: "t1", number: "1", problemIds: [], title: "地下水超采严重问题", leadUnits: ["市水利局"] }],
 * });
 * if (ledger.ok) writeTasksCsv(ledger.value, { columns: ["number", "title", "leadUnits"], bom: false });
 * //=> "序号,整改任务,牵头单位\r\n1,地下水超采严重问题,市水利局\r\n"
 * ```
 * @category IO
 */
export function writeTasksCsv(ledger: Ledger, options: TaskTableWriteOptions = {}): string {
  const rows = taskTableRows(ledger, { lang: options.lang ?? "zh-CN" });
  return writeTableCsv(rows, headersOf(options), options);
}

/**
 * Writes a ledger's tasks as an .xlsx task table (dates as date cells) that
 * {@link readTasksXlsx} reads back to the same tasks in every field the table carries.
 *
 * @example
 * ```ts
 * import { parseLedger } from "ducha";
 * import { readTasksXlsx, writeTasksXlsx } from "ducha/io";
 * const ledger = parseLedger({
 *   format: "ducha/ledger@1",
 *   tasks: [{ id: "t1", problemIds: [], title: "地下水超采严重问题", completedDate: "2018-06-30" }],
 * });
 * if (ledger.ok) {
 *   const back = await readTasksXlsx(await writeTasksXlsx(ledger.value));
 *   if (back.ok) back.value.ledger.tasks[0]?.completedDate; //=> "2018-06-30"
 * }
 * ```
 * @category IO
 */
export async function writeTasksXlsx(
  ledger: Ledger,
  options: TaskTableWriteOptions = {},
): Promise<Uint8Array> {
  const rows = taskTableRows(ledger, { lang: options.lang ?? "zh-CN", dates: "date" });
  return writeTableXlsx(rows, headersOf(options), { sheetName: options.sheetName ?? "整改任务" });
}
