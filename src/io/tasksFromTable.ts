import { assertIsoDate } from "../dates.js";
import { parseDeadline } from "../deadlines/parseDeadline.js";
import type { Issue, IssuePath, Result, Severity } from "../issue.js";
import { hasNoErrors, issueFrom } from "../issue.js";
import { issuesFromZod } from "../ledger/fromZod.js";
import type { TaskStatus } from "../model/enums.js";
import { LEDGER_FORMAT, Ledger } from "../model/ledger.js";
import { FeedbackProblem } from "../model/problem.js";
import { RectificationTask } from "../model/task.js";
import { cellToIsoDate } from "./cellDate.js";
import type { Cell } from "./cells.js";
import { cellText, showCell } from "./cells.js";
import { headerLookup, TASK_COLUMNS, TASK_HEADER_ALIASES, type TaskColumn } from "./columns.js";
import { IO_ISSUES } from "./issues.js";
import { splitMeasures } from "./splitMeasures.js";
import { SUSPICIOUS_UNIT_FRAGMENTS, splitUnits } from "./splitUnits.js";
import { eachDataRow, mapColumns, noHeaderRow, type TableStats } from "./table.js";
import {
  PROBLEM_CATEGORY_ALIASES,
  TASK_STATUS_ALIASES,
  TIME_LIMIT_KIND_ALIASES,
  termLookup,
} from "./vocabulary.js";

/**
 * Options of the task-table readers.
 *
 * @example
 * ```ts
 * import type { TaskTableOptions } from "ducha/io";
 * const options: TaskTableOptions = {
 *   roundId: "r1-nm",
 *   keepTogether: ["各旗县市区党委、政府"],
 *   headerAliases: { 主责单位: "leadUnits" },
 * };
 * ```
 * @category IO
 */
export interface TaskTableOptions {
  /** Extra header texts and the column each fills; they win over {@link TASK_HEADER_ALIASES}. */
  readonly headerAliases?: Readonly<Record<string, TaskColumn>>;
  /** Extra status words; they win over {@link TASK_STATUS_ALIASES}. */
  readonly statusAliases?: Readonly<Record<string, TaskStatus>>;
  /** Unit names that contain a separator and must not be split, e.g. "各旗县市区党委、政府". */
  readonly keepTogether?: readonly string[];
  /** Round of the problems created from 反馈问题 (a problem needs one); default "imported". */
  readonly roundId?: string;
  /** 1-based header row; by default the first of the top 10 rows that looks like one. */
  readonly headerRow?: number;
  /**
   * Leave out rows with errors and report them as warnings, so the rest still imports.
   * Default false: any row error makes the result not ok.
   */
  readonly skipInvalid?: boolean;
  /**
   * The date year-less deadline texts (9月底前, 今年底前) are read against, usually the plan's
   * date. Deadline texts are read with `parseDeadline` to fill `deadline.due`; a text it cannot
   * read keeps its text only (validation then reports it).
   */
  readonly deadlineAnchor?: string;
}

/**
 * A table read into a ledger, with the count of what happened to every row.
 *
 * @example
 * ```ts
 * import { tasksFromTable } from "ducha/io";
 * const result = tasksFromTable([["序号", "整改任务"], ["1", "草原破坏较为严重问题"]]);
 * if (result.ok) result.value.stats; //=> { headerRow: 1, rowsRead: 1, produced: 1, rejected: 0, empty: 0 }
 * ```
 * @category IO
 */
export interface TableImport {
  readonly ledger: Ledger;
  readonly stats: TableStats;
}

type Raw = Record<string, unknown>;
interface RowContext {
  readonly row: readonly Cell[];
  readonly rowNumber: number;
  readonly at: (field: TaskColumn) => IssuePath;
  readonly issues: Issue[];
}

const DATE_EXPECTED = {
  expected: "a date such as 2018-06-30, 2018/6/30 or 2018年6月30日",
  expectedZh: "日期，如2018-06-30、2018/6/30或2018年6月30日",
};

/**
 * Reads a task table (rows of cells, header row included) into a ledger of rectification tasks
 * and the feedback problems they answer: one problem per distinct 反馈问题 text, with ids p1, p2…
 * in order of first appearance. Every row below the header is accounted for: it becomes a task,
 * is reported with an error (path `["rows", rowNumber, header]`), or is blank (`empty_row`).
 * {@link parseTasksCsv} and {@link readTasksXlsx} call this after reading their files.
 *
 * @example
 * ```ts
 * import { tasksFromTable } from "ducha/io";
 * const result = tasksFromTable(
 *   [
 *     ["序号", "反馈问题", "牵头单位", "配合单位", "整改时限", "状态"],
 *     ["8", "草原破坏较为严重问题", "市农牧业局", "各旗县市区党委、政府，市发改委、国土局", "2018年6月底", "正在推进"],
 *   ],
 *   { keepTogether: ["各旗县市区党委、政府"] },
 * );
 * if (result.ok) result.value.ledger.tasks[0]?.cooperatingUnits;
 * //=> ["各旗县市区党委、政府", "市发改委", "国土局"]
 * ```
 * @category IO
 */
export function tasksFromTable(
  rows: readonly (readonly Cell[])[],
  options: TaskTableOptions = {},
): Result<TableImport> {
  if (options.deadlineAnchor !== undefined) assertIsoDate(options.deadlineAnchor, "deadlineAnchor");
  const lookup = headerLookup(options.headerAliases ?? {}, TASK_HEADER_ALIASES);
  const columns = mapColumns(rows, lookup, options.headerRow);
  if (!columns) return { ok: false, issues: [noHeaderRow()] };
  const issues: Issue[] = [...columns.issues];
  const { headers, headerRow } = columns;
  if (!headers.has("title") && !headers.has("problem")) {
    const columnsNeeded = `${TASK_COLUMNS.title["zh-CN"]}/${TASK_COLUMNS.problem["zh-CN"]}`;
    issues.push(
      issueFrom(IO_ISSUES, "missing_required_column", ["rows", headerRow], {
        columns: columnsNeeded,
      }),
    );
    return { ok: false, issues };
  }
  const statusOf = termLookup(options.statusAliases ?? {}, TASK_STATUS_ALIASES);
  const kindOf = termLookup(TIME_LIMIT_KIND_ALIASES);
  const categoryOf = termLookup(PROBLEM_CATEGORY_ALIASES);
  const roundId = options.roundId ?? "imported";
  const severity: Severity | undefined = options.skipInvalid ? "warning" : undefined;
  const problems = new Map<string, Raw>();
  const tasks: unknown[] = [];
  const idRows = new Map<string, number>();

  const stats = eachDataRow(rows, headerRow, issues, (row, rowNumber) => {
    const at = (field: TaskColumn): IssuePath => [
      "rows",
      rowNumber,
      headers.get(field) ?? TASK_COLUMNS[field]["zh-CN"],
    ];
    const rowIssues: Issue[] = [];
    const context: RowContext = { row, rowNumber, at, issues: rowIssues };
    const cells = new Map<TaskColumn, Cell>();
    for (const [index, field] of columns.fields) cells.set(field, row[index]);
    const text = (field: TaskColumn) => cellText(cells.get(field));

    const task: Raw = {};
    const number = text("number");
    const id = text("id") || (number ? `t${number}` : `t${rowNumber}`);
    task.id = id;
    if (number) task.number = number;
    const problemText = text("problem");
    const title = text("title") || problemText;
    if (title === "") {
      const field = headers.has("title") ? "title" : "problem";
      rowIssues.push(
        issueFrom(IO_ISSUES, "missing_cell", at(field), { header: headers.get(field) ?? "" }),
      );
    }
    task.title = title;
    for (const field of ["target", "progress", "responsiblePerson"] as const) {
      if (text(field)) task[field] = text(field);
    }
    if (text("measures")) task.measures = splitMeasures(text("measures"));
    for (const field of UNIT_FIELDS) {
      const units = unitsOf(text(field), field, options.keepTogether ?? [], context);
      if (units.length > 0) task[field] = units;
    }
    const deadline = deadlineOf(cells.get("deadline"), options.deadlineAnchor);
    if (deadline) task.deadline = deadline;
    readTerm(text("timeLimitKind"), kindOf, "timeLimitKind", context, task, {
      expected: "立行立改, 限期整改 or 长期坚持",
      expectedZh: "立行立改、限期整改或长期坚持",
    });
    if (text("status")) {
      const status = statusOf(text("status"));
      if (status) task.status = status;
      else {
        rowIssues.push(
          issueFrom(IO_ISSUES, "unknown_status", at("status"), {
            received: showCell(cells.get("status")),
          }),
        );
      }
    }
    for (const field of ["signedOffDate", "completedDate"] as const) {
      const cell = cells.get(field);
      if (cellText(cell) === "") continue;
      const date = cellToIsoDate(cell);
      if (date) task[field] = date;
      else {
        rowIssues.push(
          issueFrom(IO_ISSUES, "invalid_cell", at(field), {
            received: showCell(cell),
            ...DATE_EXPECTED,
          }),
        );
      }
    }
    const category: Raw = {};
    readTerm(text("category"), categoryOf, "category", context, category, {
      expected: "a problem category such as 重点问题 or 共性问题",
      expectedZh: "问题类别，如重点问题、共性问题",
    });
    const firstRow = idRows.get(id);
    if (firstRow !== undefined) {
      rowIssues.push(
        issueFrom(IO_ISSUES, "duplicate_id", at(headers.has("id") ? "id" : "number"), {
          id,
          firstRow,
        }),
      );
    }

    let problem = problemText ? problems.get(problemText) : undefined;
    const newProblem = problemText !== "" && problem === undefined;
    if (newProblem) {
      problem = { id: `p${problems.size + 1}`, roundId, text: problemText, ...category };
      const parsed = FeedbackProblem.safeParse(problem, { reportInput: true });
      if (!parsed.success)
        rowIssues.push(...relocate(issuesFromZod(parsed.error.issues), at, PROBLEM_FIELDS));
    }
    task.problemIds = problem ? [problem.id] : [];
    const parsed = RectificationTask.safeParse(task, { reportInput: true });
    if (!parsed.success)
      rowIssues.push(...relocate(issuesFromZod(parsed.error.issues), at, TASK_FIELDS));

    const errors = rowIssues.filter((issue) => issue.severity === "error");
    issues.push(
      ...rowIssues.map((issue) =>
        severity && issue.severity === "error" ? { ...issue, severity } : issue,
      ),
    );
    if (errors.length > 0) return false;
    if (newProblem && problem) problems.set(problemText, problem);
    idRows.set(id, rowNumber);
    tasks.push(task);
    return true;
  });

  if (!hasNoErrors(issues)) return { ok: false, issues };
  const ledger = Ledger.parse({ format: LEDGER_FORMAT, problems: [...problems.values()], tasks });
  return { ok: true, value: { ledger, stats }, issues };
}

const UNIT_FIELDS = [
  "leadUnits",
  "cooperatingUnits",
  "responsibleUnits",
  "acceptanceUnits",
] as const;

// Schema field → table column, to put zod's issues at the cell they came from.
const TASK_FIELDS: Readonly<Record<string, TaskColumn>> = {
  id: "id",
  number: "number",
  title: "title",
  target: "target",
  measures: "measures",
  leadUnits: "leadUnits",
  cooperatingUnits: "cooperatingUnits",
  responsibleUnits: "responsibleUnits",
  responsiblePerson: "responsiblePerson",
  acceptanceUnits: "acceptanceUnits",
  deadline: "deadline",
  progress: "progress",
};
const PROBLEM_FIELDS: Readonly<Record<string, TaskColumn>> = {
  text: "problem",
  roundId: "problem",
};

function relocate(
  issues: readonly Issue[],
  at: (field: TaskColumn) => IssuePath,
  fields: Readonly<Record<string, TaskColumn>>,
): Issue[] {
  return issues.map((issue) => {
    const field = fields[String(issue.path[0])] ?? "title";
    return { ...issue, path: [...at(field), ...issue.path.slice(1)] };
  });
}

function unitsOf(
  text: string,
  field: TaskColumn,
  keepTogether: readonly string[],
  context: RowContext,
): string[] {
  const units = splitUnits(text, keepTogether);
  const fragment = units.find((unit) => SUSPICIOUS_UNIT_FRAGMENTS.includes(unit));
  if (fragment) {
    context.issues.push(
      issueFrom(IO_ISSUES, "ambiguous_unit_split", context.at(field), { fragment, units: text }),
    );
  }
  return units;
}

function deadlineOf(
  cell: Cell,
  anchor: string | undefined,
): { text: string; due?: string } | undefined {
  if (cell instanceof Date) {
    const due = cellToIsoDate(cell);
    return due ? { text: due, due } : undefined;
  }
  const text = cellText(cell);
  if (text === "") return undefined;
  const due = typeof cell === "string" ? cellToIsoDate(cell) : undefined;
  if (due) return { text, due };
  // Reports count overdue tasks from `due`, so the text's last day is filled in when it has one.
  const parsed = parseDeadline(text, anchor === undefined ? {} : { anchor });
  return parsed.ok && parsed.value.due !== undefined ? { text, due: parsed.value.due } : { text };
}

function readTerm<T extends string>(
  text: string,
  lookup: (term: string) => T | undefined,
  field: "timeLimitKind" | "category",
  context: RowContext,
  into: Raw,
  expected: { expected: string; expectedZh: string },
): void {
  if (text === "") return;
  const value = lookup(text);
  if (value) into[field] = value;
  else {
    context.issues.push(
      issueFrom(IO_ISSUES, "invalid_cell", context.at(field), {
        received: JSON.stringify(text),
        ...expected,
      }),
    );
  }
}
