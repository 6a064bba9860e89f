import { assertIsoDate } from "../dates.js";
import { parseDeadline } from "../deadlines/parseDeadline.js";
import type { Issue, IssuePath, Result, Severity } from "../issue.js";
import { hasNoErrors, issueFrom } from "../issue.js";
import { compileFastCheck } from "../ledger/fastCheck.js";
import { issuesFromZod } from "../ledger/fromZod.js";
import type { TaskStatus } from "../model/enums.js";
import { LEDGER_FORMAT, Ledger } from "../model/ledger.js";
import { FeedbackProblem } from "../model/problem.js";
import { RectificationTask } from "../model/task.js";
import { cellToIsoDate } from "./cellDate.js";
import type { Cell } from "./cells.js";
import { cellText, showCell } from "./cells.js";
import { headerLookup, TASK_COLUMNS, TASK_HEADER_ALIASES, type TaskColumn } from "./columns.js";
import type { TextEncodingName } from "./encoding.js";
import { IO_ISSUES } from "./issues.js";
import { splitMeasures } from "./splitMeasures.js";
import { SUSPICIOUS_UNIT_FRAGMENTS, splitUnits } from "./splitUnits.js";
import {
  applyMerges,
  type ColumnMap,
  eachDataRow,
  fillDown,
  type MergedRows,
  mapColumns,
  noHeaderRow,
  type SheetTable,
  type TableMeta,
  type TableStats,
  tableMeta,
} from "./table.js";
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
  /**
   * 1-based header row (the first of a two-row header); by default the first of the top 10 rows
   * that looks like one.
   */
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
 * Import statistics: the counts of {@link TableStats} over every sheet read, the encoding a CSV
 * was decoded from, and each sheet's own counts when a workbook had several.
 *
 * @example
 * ```ts
 * import type { ImportStats } from "ducha/io";
 * const stats: ImportStats = { headerRow: 3, rowsRead: 5, produced: 4, rejected: 0, empty: 0, totals: 1, encoding: "gb18030" };
 * ```
 * @category IO
 */
export interface ImportStats extends TableStats {
  /** The encoding a CSV's bytes were decoded from (absent for text input and XLSX). */
  readonly encoding?: TextEncodingName;
  /** Each sheet read, by name, with its own counts (XLSX only). */
  readonly sheets?: readonly (TableStats & { readonly name: string })[];
}

/**
 * A table read into a ledger, with the count of what happened to every row. The title, 填报单位
 * and 截至 lines above the header, where they parse, are the ledger's `meta` (title, publisher,
 * asOf).
 *
 * @example
 * ```ts
 * import { tasksFromTable } from "ducha/io";
 * const result = tasksFromTable([["序号", "整改任务"], ["1", "草原破坏较为严重问题"]]);
 * if (result.ok) result.value.stats; //=> { headerRow: 1, rowsRead: 1, produced: 1, rejected: 0, empty: 0, totals: 0 }
 * ```
 * @category IO
 */
export interface TableImport {
  readonly ledger: Ledger;
  readonly stats: ImportStats;
}

type Raw = Record<string, unknown>;
interface RowContext {
  readonly row: readonly Cell[];
  readonly rowNumber: number;
  readonly at: (field: TaskColumn) => IssuePath;
  readonly issues: Issue[];
}

const KIND_EXPECTED = {
  expected: "立行立改, 限期整改 or 长期坚持",
  expectedZh: "立行立改、限期整改或长期坚持",
};
const CATEGORY_EXPECTED = {
  expected: "a problem category such as 重点问题 or 共性问题",
  expectedZh: "问题类别，如重点问题、共性问题",
};
const DATE_EXPECTED = {
  expected: "a date such as 2018-06-30, 2018/6/30 or 2018年6月30日",
  expectedZh: "日期，如2018-06-30、2018/6/30或2018年6月30日",
};

/**
 * Reads a task table (rows of cells, header row included) into a ledger of rectification tasks
 * and the feedback problems they answer: one problem per distinct 反馈问题 text, with ids p1, p2…
 * in order of first appearance. Every row below the header is accounted for: it becomes a task,
 * is reported with an error (path `["rows", rowNumber, header]`), is blank (`empty_row`) or is a
 * 合计/小计 row (`total_row`). Title and 填报单位/截至 lines above the header become `meta`; a
 * two-row header (整改措施 over 措施/时限) is read as one; a 反馈问题 cell left empty under its
 * first row (a merged cell) takes the problem, 序号 and 问题类别 of the row above (`filled_down`),
 * and the tasks of such a group are numbered t8-1, t8-2…
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
  return tasksFromSheets([{ rows }], options);
}

/**
 * Reads the sheets of a workbook (each as {@link tasksFromTable} reads one table) into one
 * ledger. With several sheets, a sheet without a header row is skipped (`sheet_skipped`), issue
 * paths start with `["sheets", name]` and task ids with the sheet's position (`s2-t8`); a
 * problem that several sheets name is one problem.
 *
 * @example
 * ```ts
 * import { tasksFromSheets } from "ducha/io";
 * const result = tasksFromSheets([
 *   { name: "第一轮", rows: [["序号", "反馈问题"], ["1", "黑河水质下降问题"]] },
 *   { name: "说明", rows: [["本表由市督察整改办汇总"]] },
 *   { name: "第二轮", rows: [["序号", "反馈问题"], ["1", "岱海水位下降问题"]] },
 * ]);
 * const ids = result.ok ? result.value.ledger.tasks.map((task) => task.id) : [];
 * ids; //=> ["s1-t1", "s3-t1"]
 * ```
 * @category IO
 */
export function tasksFromSheets(
  sheets: readonly SheetTable[],
  options: TaskTableOptions = {},
): Result<TableImport> {
  if (options.deadlineAnchor !== undefined) assertIsoDate(options.deadlineAnchor, "deadlineAnchor");
  const lookup = headerLookup(options.headerAliases ?? {}, TASK_HEADER_ALIASES);
  const several = sheets.length > 1;
  const state: ImportState = {
    options,
    lookup,
    statusOf: termLookup(options.statusAliases ?? {}, TASK_STATUS_ALIASES),
    kindOf: termLookup(TIME_LIMIT_KIND_ALIASES),
    categoryOf: termLookup(PROBLEM_CATEGORY_ALIASES),
    problems: new Map(),
    tasks: [],
    idRows: new Map(),
    issues: [],
  };
  const read: (TableStats & { readonly name: string })[] = [];
  let meta: TableMeta = {};
  let headerless = 0;
  for (const [position, sheet] of sheets.entries()) {
    const name = sheet.name ?? `${position + 1}`;
    const at = several ? ["sheets", name] : [];
    const merged = applyMerges(sheet.rows, sheet.merges);
    const columns = mapColumns(merged.rows, lookup, options.headerRow);
    if (!columns) {
      headerless++;
      if (several) state.issues.push(issueFrom(IO_ISSUES, "sheet_skipped", at, { sheet: name }));
      continue;
    }
    state.issues.push(...columns.issues.map((issue) => prefixed(issue, at)));
    const { headers, headerRow } = columns;
    if (!headers.has("title") && !headers.has("problem")) {
      const columnsNeeded = `${TASK_COLUMNS.title["zh-CN"]}/${TASK_COLUMNS.problem["zh-CN"]}`;
      state.issues.push(
        issueFrom(IO_ISSUES, "missing_required_column", [...at, "rows", headerRow], {
          columns: columnsNeeded,
        }),
      );
      return { ok: false, issues: state.issues };
    }
    // The first sheet that says a part of the meta gives it.
    meta = { ...tableMeta(merged.rows.slice(0, columns.firstHeaderRow - 1)), ...meta };
    const stats = readSheet(state, merged, columns, at, several ? `s${position + 1}-` : "");
    read.push({ name, ...stats });
  }
  if (read.length === 0) {
    const issues = headerless === sheets.length ? [noHeaderRow()] : [];
    return {
      ok: false,
      issues: [...issues, ...state.issues.filter((i) => i.code !== "sheet_skipped")],
    };
  }
  const { issues } = state;
  if (!hasNoErrors(issues)) return { ok: false, issues };
  // The records were parsed row by row: only the empty ledger around them is parsed here.
  const ledger: Ledger = {
    ...Ledger.parse({
      format: LEDGER_FORMAT,
      ...(Object.keys(meta).length > 0 ? { meta } : {}),
    }),
    problems: [...state.problems.values()],
    tasks: state.tasks,
  };
  const sum = (key: "rowsRead" | "produced" | "rejected" | "empty" | "totals") =>
    read.reduce((total, stats) => total + stats[key], 0);
  const first = read[0] as TableStats;
  const stats: ImportStats = {
    headerRow: first.headerRow,
    rowsRead: sum("rowsRead"),
    produced: sum("produced"),
    rejected: sum("rejected"),
    empty: sum("empty"),
    totals: sum("totals"),
    ...(several ? { sheets: read } : {}),
  };
  return { ok: true, value: { ledger, stats }, issues };
}

interface ImportState {
  readonly options: TaskTableOptions;
  readonly lookup: (header: string) => TaskColumn | undefined;
  readonly statusOf: (term: string) => TaskStatus | undefined;
  readonly kindOf: (term: string) => string | undefined;
  readonly categoryOf: (term: string) => string | undefined;
  readonly problems: Map<string, FeedbackProblem>;
  readonly tasks: RectificationTask[];
  readonly idRows: Map<string, number>;
  readonly issues: Issue[];
}

function prefixed(issue: Issue, at: readonly (string | number)[]): Issue {
  return at.length === 0 ? issue : { ...issue, path: [...at, ...issue.path] };
}

/** The columns a problem's group shares, filled down with it. */
function columnOf(columns: ColumnMap<TaskColumn>, field: TaskColumn): number | undefined {
  for (const [index, column] of columns.fields) if (column === field) return index;
  return undefined;
}

function readSheet(
  state: ImportState,
  merged: MergedRows,
  columns: ColumnMap<TaskColumn>,
  sheetAt: readonly (string | number)[],
  idPrefix: string,
): TableStats {
  const { options, issues } = state;
  const { headers, headerRow } = columns;
  const roundId = options.roundId ?? "imported";
  const severity: Severity | undefined = options.skipInvalid ? "warning" : undefined;
  const problemColumn = columnOf(columns, "problem");
  const numberColumn = columnOf(columns, "number");
  const idColumns = [columnOf(columns, "id")].filter((c): c is number => c !== undefined);
  const along = [numberColumn, columnOf(columns, "category")].filter(
    (c): c is number => c !== undefined,
  );
  const { rows, filled } =
    problemColumn === undefined
      ? { rows: merged.rows, filled: new Set<number>() }
      : fillDown(merged.rows, headerRow, problemColumn, along, idColumns);
  const filledCount = [...filled].filter(
    (r) => !merged.mergedBelow.has(`${r},${problemColumn}`),
  ).length;
  if (filledCount > 0 && problemColumn !== undefined) {
    const header = headers.get("problem") ?? "";
    issues.push(
      issueFrom(IO_ISSUES, "filled_down", [...sheetAt, "rows", headerRow, header], {
        header,
        count: filledCount,
      }),
    );
  }
  // A row continues its group when its 序号 came from the row above (a merge or a fill-down);
  // worked out once for the table, not per row.
  const continuing = new Uint8Array(rows.length + 1);
  if (numberColumn !== undefined && (filled.size > 0 || merged.mergedBelow.size > 0)) {
    for (let r = headerRow; r < rows.length; r++) {
      const inherited = filled.has(r) || merged.mergedBelow.has(`${r},${numberColumn}`);
      if (inherited && cellText(rows[r]?.[numberColumn]) !== "") continuing[r] = 1;
    }
  }
  const fieldColumns = [...columns.fields];
  const deadlines = new Map<string, { text: string; due?: string } | null>();
  const unitSplit: UnitSplitter = unitSplitter(options.keepTogether ?? []);
  let member = 0;

  return eachDataRow(
    rows,
    headerRow,
    issues,
    (row, rowNumber, index) => {
      const at = (field: TaskColumn): IssuePath => [
        ...sheetAt,
        "rows",
        rowNumber,
        headers.get(field) ?? TASK_COLUMNS[field]["zh-CN"],
      ];
      const rowIssues: Issue[] = [];
      const context: RowContext = { row, rowNumber, at, issues: rowIssues };
      const cells: Partial<Record<TaskColumn, Cell>> = {};
      for (const [column, field] of fieldColumns) cells[field] = row[column];
      const text = (field: TaskColumn) => cellText(cells[field]);

      const task: Raw = {};
      const number = text("number");
      member = continuing[index] ? member + 1 : continuing[index + 1] ? 1 : 0;
      const suffix = member > 0 ? `-${member}` : "";
      const id = text("id") || `${idPrefix}${number ? `t${number}${suffix}` : `t${rowNumber}`}`;
      task.id = id;
      if (number) task.number = `${number}${suffix}`;
      const problemText = text("problem");
      // A row that took its problem from the row above needs its own title when it has a column.
      const title = text("title") || (filled.has(index) && headers.has("title") ? "" : problemText);
      if (title === "") {
        const field = headers.has("title") ? "title" : "problem";
        rowIssues.push(
          issueFrom(IO_ISSUES, "missing_cell", at(field), { header: headers.get(field) ?? "" }),
        );
      }
      task.title = title;
      for (const field of TEXT_FIELDS) {
        const value = text(field);
        if (value) task[field] = value;
      }
      if (text("measures")) task.measures = splitMeasures(text("measures"));
      for (const field of UNIT_FIELDS) {
        const units = unitsOf(text(field), field, unitSplit, context);
        if (units.length > 0) task[field] = units;
      }
      const deadlineCell = cells.deadline;
      // Tables repeat their deadline texts: each distinct text is read once.
      let deadline = typeof deadlineCell === "string" ? deadlines.get(deadlineCell) : undefined;
      if (deadline === undefined) {
        deadline = deadlineOf(deadlineCell, options.deadlineAnchor) ?? null;
        if (typeof deadlineCell === "string") deadlines.set(deadlineCell, deadline);
      }
      if (deadline) task.deadline = deadline;
      readTerm(text("timeLimitKind"), state.kindOf, "timeLimitKind", context, task, KIND_EXPECTED);
      if (text("status")) {
        const status = state.statusOf(text("status"));
        if (status) task.status = status;
        else {
          rowIssues.push(
            issueFrom(IO_ISSUES, "unknown_status", at("status"), {
              received: showCell(cells.status),
            }),
          );
        }
      }
      for (const field of ["signedOffDate", "completedDate"] as const) {
        const cell = cells[field];
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
      readTerm(
        text("category"),
        state.categoryOf,
        "category",
        context,
        category,
        CATEGORY_EXPECTED,
      );
      const firstRow = state.idRows.get(id);
      if (firstRow !== undefined) {
        rowIssues.push(
          issueFrom(IO_ISSUES, "duplicate_id", at(headers.has("id") ? "id" : "number"), {
            id,
            firstRow,
          }),
        );
      }

      let problem: FeedbackProblem | undefined = problemText
        ? state.problems.get(problemText)
        : undefined;
      const newProblem = problemText !== "" && problem === undefined;
      if (newProblem) {
        const raw = { id: `p${state.problems.size + 1}`, roundId, text: problemText, ...category };
        const parsed = FeedbackProblem.safeParse(raw, { reportInput: true });
        if (parsed.success) problem = parsed.data;
        else rowIssues.push(...relocate(issuesFromZod(parsed.error.issues), at, PROBLEM_FIELDS));
      }
      task.problemIds = problem ? [problem.id] : [];
      // Each record is checked once, here; the ledger is put together from the parsed records.
      // A record the fast check accepts is one zod would return unchanged: zod is skipped for it.
      const parsed = compileFastCheck(RectificationTask)(task)
        ? { success: true as const, data: task as unknown as RectificationTask }
        : RectificationTask.safeParse(task, { reportInput: true });
      if (!parsed.success)
        rowIssues.push(...relocate(issuesFromZod(parsed.error.issues), at, TASK_FIELDS));

      let errors = 0;
      for (const issue of rowIssues) {
        if (issue.severity === "error") errors++;
        issues.push(severity && issue.severity === "error" ? { ...issue, severity } : issue);
      }
      if (errors > 0) return false;
      if (newProblem && problem) state.problems.set(problemText, problem);
      state.idRows.set(id, rowNumber);
      if (parsed.success) state.tasks.push(parsed.data);
      return true;
    },
    sheetAt,
  );
}

const TEXT_FIELDS = ["target", "progress", "responsiblePerson"] as const;
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

interface UnitSplit {
  readonly units: readonly string[];
  /** The `ambiguous_unit_split` issue of this text, without its path; absent when none. */
  readonly ambiguous?: Issue;
}
type UnitSplitter = (text: string) => UnitSplit;

/**
 * splitUnits with each distinct cell text split once per table (unit cells repeat a lot), and
 * its `ambiguous_unit_split` message written once.
 */
function unitSplitter(keepTogether: readonly string[]): UnitSplitter {
  const cache = new Map<string, UnitSplit>();
  return (text) => {
    let split = cache.get(text);
    if (split === undefined) {
      const units = splitUnits(text, keepTogether);
      const fragment = units.find((unit) => SUSPICIOUS_UNIT_FRAGMENTS.includes(unit));
      split =
        fragment === undefined
          ? { units }
          : {
              units,
              ambiguous: issueFrom(IO_ISSUES, "ambiguous_unit_split", [], {
                fragment,
                units: text,
              }),
            };
      cache.set(text, split);
    }
    return split;
  };
}

function unitsOf(
  text: string,
  field: TaskColumn,
  split: UnitSplitter,
  context: RowContext,
): readonly string[] {
  if (text === "") return [];
  const { units, ambiguous } = split(text);
  if (ambiguous) context.issues.push({ ...ambiguous, path: context.at(field) });
  // Shared by the rows with this text: the schema's parse gives each task its own copy.
  return units;
}

// Excel serials of 1950-01-01 and 2100-12-31: a whole number in between, in a deadline column,
// is a date typed into a cell formatted as a number; 2023 there is a year, not 1905-07-15.
const FIRST_SERIAL = 18_264;
const LAST_SERIAL = 73_415;
// 2023.12, 2023/12, 2023.12前: a year and month as offices type them, read as 2023年12月….
const YEAR_MONTH = /^(\d{4})[./](\d{1,2})(前|底|底前|月底前)?$/;

function deadlineOf(
  cell: Cell,
  anchor: string | undefined,
): { text: string; due?: string } | undefined {
  if (cell instanceof Date) {
    const due = cellToIsoDate(cell);
    return due ? { text: due, due } : undefined;
  }
  if (typeof cell === "number" && Number.isInteger(cell)) {
    const due = cell >= FIRST_SERIAL && cell <= LAST_SERIAL ? cellToIsoDate(cell) : undefined;
    return due ? { text: due, due } : { text: cellText(cell) };
  }
  const text = cellText(cell);
  if (text === "") return undefined;
  // A number 2023.1 may be typed as 2023.10 (October) or 2023.1 (January): not read.
  if (typeof cell === "number" && /^\d{4}\.1$/.test(text)) return { text };
  const due = typeof cell === "string" ? cellToIsoDate(cell) : undefined;
  if (due) return { text, due };
  const yearMonth = YEAR_MONTH.exec(text);
  const words = yearMonth
    ? `${yearMonth[1]}年${yearMonth[2]}月${yearMonth[3] === "前" ? "底前" : (yearMonth[3] ?? "")}`
    : text;
  // Reports count overdue tasks from `due`, so the text's last day is filled in when it has one.
  const parsed = parseDeadline(words, anchor === undefined ? {} : { anchor });
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
