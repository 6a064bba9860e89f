// `ducha validate` of a large .csv/.xlsx table without holding it: the rows stream in, and past
// one chunk they are converted and validated chunk by chunk with the same table layer
// (tasksFromTable) and the same validator (validateLedger), keeping only what crosses chunks: the
// task ids (to find one used twice), the problem texts (to number problems as the whole table
// would) and the issues. A table that fits in one chunk is read exactly as before, and so is one
// whose layout reaches across chunks: a two-row header, cells merged below the header, or a
// petition table. Chunks end only where a 反馈问题 group ends, so that a problem filled down from
// its first row never crosses into the next chunk.
import type { Cell } from "../io/cells.js";
import { cellText, isEmptyRow } from "../io/cells.js";
import { headerLookup, TASK_COLUMNS, TASK_HEADER_ALIASES } from "../io/columns.js";
import { IO_ISSUES } from "../io/issues.js";
import { tableKind } from "../io/petitionsFromTable.js";
import { tableFromSheets } from "../io/readTable.js";
import { HEADER_SEARCH_ROWS, mapColumns, rangeOf, tableMeta, totalLabel } from "../io/table.js";
import { type TaskTableOptions, tasksFromTable } from "../io/tasksFromTable.js";
import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { ProblemId } from "../model/common.js";
import { LEDGER_COLLECTIONS, type Ledger, type LedgerCollection } from "../model/ledger.js";
import type { RecordCounts } from "../validation/types.js";
import { validateLedger } from "../validation/validateLedger.js";

/** One row as a reader gives it: its 1-based number and its cells. */
export interface TableRow {
  readonly number: number;
  readonly cells: readonly Cell[];
}

/** What validating a table found: its issues, and the records when it could be validated. */
export interface ValidatedTable {
  readonly issues: readonly Issue[];
  readonly records?: Readonly<Record<LedgerCollection, RecordCounts>>;
}

/** Data rows per chunk: a chunk's rows, ledger and validation take some tens of MB. */
export const CHUNK_ROWS = 10_000;

// A task table has no rounds: see loadLedger.
const RULES = { skip: ["round_references"] };

/**
 * Validates a task table from its rows as they stream. Every row number 1…last is handed on
 * (rows missing from a sheet as empty rows). Issues are those of reading the whole table and
 * then validating its ledger, in that order; a row error anywhere means no validation issues and
 * no records, as for the whole table.
 */
export async function validateTableRows(
  rows: AsyncIterable<TableRow>,
  options: TableValidationOptions,
  chunkRows = CHUNK_ROWS,
): Promise<ValidatedTable> {
  const { asOf, title = "", merges = [], ...table } = options;
  const ranges = merges.map(rangeOf).filter((range) => range !== undefined);
  const validate = (ledger: Ledger) =>
    validateLedger(ledger, { ...(asOf === undefined ? {} : { asOf }), rules: RULES });
  const iterator = cellsOf(rows)[Symbol.asyncIterator]();
  const top: Cell[][] = [];
  const searched = Math.max(HEADER_SEARCH_ROWS, table.headerRow ?? 0);
  for (let next = await iterator.next(); !next.done; ) {
    top.push([...next.value]);
    if (top.length >= searched + chunkRows) break;
    next = await iterator.next();
  }
  const lookup = headerLookup(table.headerAliases ?? {}, TASK_HEADER_ALIASES);
  const columns = mapColumns(top, lookup, table.headerRow);
  const usable = columns && (columns.headers.has("title") || columns.headers.has("problem"));
  if (
    !columns ||
    !usable ||
    top.length < searched + chunkRows ||
    columns.firstHeaderRow !== columns.headerRow ||
    ranges.some((range) => range.bottom > columns.headerRow) ||
    tableKind(top) === "petitions"
  ) {
    // The whole table is in hand, or its layout needs all of it: read it as one.
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      top.push([...next.value]);
    }
    const read = tableFromSheets([{ rows: top, merges: ranges }], table, title);
    if (!read.ok) return { issues: read.issues };
    const validated = validate(read.value.ledger);
    return { issues: [...read.issues, ...validated.issues], records: validated.records };
  }

  const headerRow = columns.headerRow;
  const header = top[headerRow - 1] ?? [];
  // Lines above the header (截至2018年6月30日) give the ledger's meta, and so its as-of date.
  const meta: Ledger["meta"] = { ...tableMeta(top.slice(0, headerRow - 1)) };
  const hasMeta = Object.keys(meta).length > 0;
  let problemColumn: number | undefined;
  for (const [index, field] of columns.fields) if (field === "problem") problemColumn = index;
  // A row where no group continues from above: a chunk may start there.
  const startsGroup = (row: readonly Cell[]): boolean =>
    problemColumn === undefined ||
    isEmptyRow(row) ||
    cellText(row[problemColumn]) !== "" ||
    totalLabel(row) !== undefined;
  let filledDown = 0;
  const idHeader = columns.headers.has("id")
    ? (columns.headers.get("id") ?? TASK_COLUMNS.id["zh-CN"])
    : (columns.headers.get("number") ?? TASK_COLUMNS.number["zh-CN"]);
  const readIssues: Issue[] = [...columns.issues];
  const checkIssues: Issue[] = [];
  const firstRows = new Map<string, number>();
  const problemIndex = new Map<string, number>();
  const errorTasks = new Set<number>();
  const errorProblems = new Set<number>();
  let tasks = 0;
  let failed = false;

  const chunk = (first: number, cells: readonly Cell[][]): void => {
    // The header sits just above the chunk, so tasksFromTable numbers its rows as the sheet does.
    const placed: Cell[][] = [];
    placed[first - 2] = header;
    for (const row of cells) placed.push(row);
    const read = tasksFromTable(placed, { ...table, headerRow: first - 1 });
    const own = read.issues.filter((issue) => {
      if (issue.path[1] !== first - 1) return true;
      // Said once for the whole table, with the rows of every chunk counted.
      if (issue.code === "filled_down") filledDown += Number(issue.params?.count ?? 0);
      return !HEADER_CODES.has(issue.code);
    });
    readIssues.push(...own);
    if (!read.ok) {
      failed = true;
      return;
    }
    // Without skipInvalid every filled row became a task, in order.
    const taskRows = cells
      .map((row, index) => (isEmptyRow(row) ? 0 : first + index))
      .filter((row) => row > 0);
    const { ledger } = read.value;
    ledger.tasks.forEach((task, index) => {
      const row = taskRows[index] ?? 0;
      const firstRow = firstRows.get(task.id);
      if (firstRow === undefined) firstRows.set(task.id, row);
      else {
        failed = true;
        const path = ["rows", row, idHeader];
        readIssues.push(issueFrom(IO_ISSUES, "duplicate_id", path, { id: task.id, firstRow }));
      }
    });
    if (failed) return;
    // Problems numbered by first appearance in the whole table, as one read would number them.
    const localToGlobal = new Map<string, ProblemId>();
    const isNew: boolean[] = [];
    const globalIndex = ledger.problems.map((problem) => {
      let index = problemIndex.get(problem.text);
      isNew.push(index === undefined);
      if (index === undefined) {
        index = problemIndex.size;
        problemIndex.set(problem.text, index);
      }
      localToGlobal.set(problem.id, `p${index + 1}` as ProblemId);
      return index;
    });
    const renamed: Ledger = {
      ...ledger,
      ...(hasMeta ? { meta } : {}),
      problems: ledger.problems.map((problem) => ({
        ...problem,
        id: localToGlobal.get(problem.id) ?? problem.id,
      })),
      tasks: ledger.tasks.map((task) => ({
        ...task,
        problemIds: task.problemIds.map((id) => localToGlobal.get(id) ?? id),
      })),
    };
    for (const issue of validate(renamed).issues) {
      const [collection, index, ...rest] = issue.path;
      if (typeof index !== "number") checkIssues.push(issue);
      else if (collection === "tasks") {
        if (issue.severity === "error") errorTasks.add(tasks + index);
        checkIssues.push({ ...issue, path: ["tasks", tasks + index, ...rest] });
      } else if (collection === "problems") {
        // A problem seen in an earlier chunk was checked there.
        if (!isNew[index]) continue;
        const global = globalIndex[index] ?? index;
        if (issue.severity === "error") errorProblems.add(global);
        checkIssues.push({ ...issue, path: ["problems", global, ...rest] });
      } else checkIssues.push(issue);
    }
    tasks += ledger.tasks.length;
  };

  let first = headerRow + 1;
  let cells: Cell[][] = top.slice(headerRow);
  top.length = 0;
  const headerIssues = readIssues.length;
  for (let next = await iterator.next(); ; next = await iterator.next()) {
    if (next.done) {
      if (cells.length > 0) chunk(first, cells);
      break;
    }
    const row = [...next.value];
    if (cells.length >= chunkRows && startsGroup(row)) {
      chunk(first, cells);
      first += cells.length;
      cells = [];
    }
    cells.push(row);
  }
  if (filledDown > 0) {
    const header = columns.headers.get("problem") ?? TASK_COLUMNS.problem["zh-CN"];
    const issue = issueFrom(IO_ISSUES, "filled_down", ["rows", headerRow, header], {
      header,
      count: filledDown,
    });
    readIssues.splice(headerIssues, 0, issue);
  }
  if (failed) return { issues: readIssues };
  const records = {} as Record<LedgerCollection, RecordCounts>;
  for (const collection of LEDGER_COLLECTIONS) {
    const total =
      collection === "tasks" ? tasks : collection === "problems" ? problemIndex.size : 0;
    const withErrors =
      collection === "tasks" ? errorTasks.size : collection === "problems" ? errorProblems.size : 0;
    records[collection] = { total, valid: total - withErrors, withErrors };
  }
  return { issues: [...readIssues, ...checkIssues], records };
}

/** Issues about the header row, which every chunk would report again. */
const HEADER_CODES = new Set(["unknown_header", "duplicate_column", "filled_down"]);

/** What a table is read with: the task-table options, the as-of date, and what the file says. */
export interface TableValidationOptions extends TaskTableOptions {
  readonly asOf?: string;
  /** The file's name: a petition table may name its batch there. */
  readonly title?: string;
  /** The sheet's merge ranges ("B3:B4"), read ahead of its rows. */
  readonly merges?: readonly string[];
}

/** Every row number from 1 to the last, a row absent from the source as an empty row. */
export async function* denseRows(rows: AsyncIterable<TableRow>): AsyncGenerator<TableRow> {
  let expected = 1;
  for await (const row of rows) {
    for (; expected < row.number; expected++) yield { number: expected, cells: [] };
    expected = row.number + 1;
    yield row;
  }
}

async function* cellsOf(rows: AsyncIterable<TableRow>): AsyncGenerator<readonly Cell[]> {
  for await (const row of denseRows(rows)) yield row.cells;
}
