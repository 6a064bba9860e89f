import { parseDeadline } from "../deadlines/parseDeadline.js";
import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { cellToIsoDate } from "./cellDate.js";
import type { Cell } from "./cells.js";
import { cellText, isEmptyRow } from "./cells.js";
import { IO_ISSUES } from "./issues.js";

/** How many rows at the top may be titles before the header row. */
export const HEADER_SEARCH_ROWS = 10;

/** Where each known column is, and what the header row said. */
export interface ColumnMap<C extends string> {
  /** 1-based row number of the (last) header row: data starts below it. */
  readonly headerRow: number;
  /** 1-based row number of the first header row: titles and `meta` lines are above it. */
  readonly firstHeaderRow: number;
  /** Column index → the field it fills. */
  readonly fields: ReadonlyMap<number, C>;
  /** Field → the header text as written (for issue paths). */
  readonly headers: ReadonlyMap<C, string>;
  readonly issues: Issue[];
}

/**
 * Finds the header row (the first of the top rows where at least half of the filled cells are
 * known headers, or the row asked for) and maps its columns to fields. Title rows above it, such
 * as "附表2：落实中央环保督察反馈意见整改工作任务分解表", are skipped. A second header row under
 * it (整改措施 over 措施/时限) is read with it when at least half of its own texts are known,
 * alone or after the group's text above them; its texts then name their columns.
 */
export function mapColumns<C extends string>(
  rows: readonly (readonly Cell[])[],
  lookup: (header: string) => C | undefined,
  headerRow?: number,
): ColumnMap<C> | undefined {
  const candidates =
    headerRow === undefined
      ? rows.slice(0, HEADER_SEARCH_ROWS).map((row, index) => ({ row, index }))
      : [{ row: rows[headerRow - 1] ?? [], index: headerRow - 1 }];
  for (const { row, index } of candidates) {
    const texts = row.map(cellText);
    const filled = texts.filter((text) => text !== "").length;
    const known = texts.filter((text) => lookup(text) !== undefined).length;
    if (known === 0 || (headerRow === undefined && known * 2 < filled)) continue;
    const below = subHeaders(texts, (rows[index + 1] ?? []).map(cellText), lookup);
    return below === undefined
      ? columnsOf(texts, lookup, index + 1, index + 1)
      : columnsOf(below, lookup, index + 2, index + 1);
  }
  return undefined;
}

/**
 * The texts of a two-row header, column by column, or undefined when the row below the header
 * is not a second header row. A cell below that repeats the one above (a vertical merge) or is
 * empty keeps the top text; any other names its column, read alone (时限) or after its group
 * (the nearest top text on its left, for a group merged across columns).
 */
function subHeaders<C extends string>(
  top: readonly string[],
  below: readonly string[],
  lookup: (header: string) => C | undefined,
): string[] | undefined {
  const width = Math.max(top.length, below.length);
  const texts: string[] = [];
  let group = "";
  let candidates = 0;
  let known = 0;
  for (let c = 0; c < width; c++) {
    const above = top[c] ?? "";
    const sub = below[c] ?? "";
    if (above !== "") group = above;
    if (sub === "" || sub === above) {
      // A group's own text, repeated by its merge over columns that have sub-headers, is not a
      // column of its own.
      texts.push(above !== "" && above === top[c - 1] && sub === "" ? "" : above);
      continue;
    }
    candidates++;
    const named = lookup(sub) !== undefined ? sub : lookup(group + sub) ? group + sub : undefined;
    if (named !== undefined) known++;
    texts.push(named ?? sub);
  }
  return candidates > 0 && known * 2 >= candidates ? texts : undefined;
}

function columnsOf<C extends string>(
  texts: readonly string[],
  lookup: (header: string) => C | undefined,
  headerRow: number,
  firstHeaderRow: number,
): ColumnMap<C> {
  const fields = new Map<number, C>();
  const headers = new Map<C, string>();
  const issues: Issue[] = [];
  texts.forEach((header, index) => {
    if (header === "") return;
    const field = lookup(header);
    if (field === undefined) {
      issues.push(issueFrom(IO_ISSUES, "unknown_header", ["rows", headerRow, header], { header }));
      return;
    }
    const first = headers.get(field);
    if (first !== undefined) {
      // A group header merged across columns repeats itself; that is no second column.
      if (first !== header || texts[index - 1] !== header) {
        issues.push(
          issueFrom(IO_ISSUES, "duplicate_column", ["rows", headerRow, header], { header, first }),
        );
      }
      return;
    }
    fields.set(index, field);
    headers.set(field, header);
  });
  return { headerRow, firstHeaderRow, fields, headers, issues };
}

/** The issue for a table without a header row. */
export function noHeaderRow(): Issue {
  return issueFrom(IO_ISSUES, "no_header_row", ["rows"], {});
}

/**
 * A block of merged cells, 1-based and inclusive, as a spreadsheet reports it ("B3:B5" is
 * `{ top: 3, left: 2, bottom: 5, right: 2 }`).
 *
 * @example
 * ```ts
 * import type { CellRange } from "ducha/io";
 * const problemCell: CellRange = { top: 3, left: 2, bottom: 5, right: 2 };
 * ```
 * @category IO
 */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One sheet of a workbook (or a CSV) as rows of cells, with the blocks of merged cells where the
 * reader knows them. A merged block's cells other than its top-left one are empty in `rows`.
 *
 * @example
 * ```ts
 * import type { SheetTable } from "ducha/io";
 * const sheet: SheetTable = {
 *   name: "第一轮",
 *   rows: [["序号", "反馈问题", "整改措施"], ["1", "岱海水质问题", "一是…"], [null, null, "二是…"]],
 *   merges: [{ top: 2, left: 1, bottom: 3, right: 2 }],
 * };
 * ```
 * @category IO
 */
export interface SheetTable {
  /** The sheet's name; absent for a CSV. */
  readonly name?: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Merged blocks; absent when the reader does not report them. */
  readonly merges?: readonly CellRange[];
}

/** A merge range such as "B3:C4" (or "$B$3:$C$4") as a block of cells; one cell alone is "B3". */
export function rangeOf(range: string): CellRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
  if (!match) return undefined;
  return {
    top: Number(match[2]),
    left: columnNumber(match[1] as string),
    bottom: Number(match[4] ?? match[2]),
    right: columnNumber(match[3] ?? (match[1] as string)),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** Rows with each merged block's value copied into every cell it covers. */
export interface MergedRows {
  readonly rows: readonly (readonly Cell[])[];
  /** "row,column" (0-based) of the cells that took their value from a merge above them. */
  readonly mergedBelow: ReadonlySet<string>;
}

/** Copies every merged block's top-left value into the cells it covers; the input is kept. */
export function applyMerges(
  rows: readonly (readonly Cell[])[],
  merges: readonly CellRange[] = [],
): MergedRows {
  if (merges.length === 0) return { rows, mergedBelow: new Set() };
  const out = rows.map((row) => [...row]);
  const mergedBelow = new Set<string>();
  for (const { top, left, bottom, right } of merges) {
    const value = rows[top - 1]?.[left - 1];
    for (let r = top - 1; r < bottom; r++) {
      const row = out[r];
      if (row === undefined) continue;
      for (let c = left - 1; c < right; c++) {
        if (r === top - 1 && c === left - 1) continue;
        row[c] = value;
        if (r > top - 1) mergedBelow.add(`${r},${c}`);
      }
    }
  }
  return { rows: out, mergedBelow };
}

/**
 * What the lines above a table's header say: its title, who filled it in (填报单位) and the date
 * it stands at (截至…).
 *
 * @example
 * ```ts
 * import type { TableMeta } from "ducha/io";
 * const meta: TableMeta = { title: "XX市整改落实情况台账", publisher: "XX市生态环境局", asOf: "2024-06-30" };
 * ```
 * @category IO
 */
export interface TableMeta {
  readonly title?: string;
  readonly publisher?: string;
  readonly asOf?: string;
}

const PUBLISHER =
  /(?:填报|报送|编制)单位\s*[:：]\s*(.+?)(?=\s{2,}|\u3000|(?:截至|截止|填报日期|填报时间|报送日期)|$)/;
const AS_OF =
  /(?:截至|截止)(?:到|日期|时间)?\s*[:：]?\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
const META_LINE = /(?:填报|报送|编制)单位|截至|截止|填报日期|填报时间|单位\s*[:：]/;

/**
 * Reads the title, 填报单位 and 截至 date from the rows above the header; a part that does not
 * parse is left out rather than guessed.
 */
export function tableMeta(rows: readonly (readonly Cell[])[]): TableMeta {
  let title: string | undefined;
  let publisher: string | undefined;
  let asOf: string | undefined;
  for (const row of rows) {
    // A sparse array of rows (a chunk placed at its row numbers) has holes above its header.
    if (row === undefined) continue;
    const cells = [...new Set(row.map(cellText).filter((text) => text !== ""))];
    for (const text of cells) {
      const unit = PUBLISHER.exec(text)?.[1]?.trim();
      if (publisher === undefined && unit) publisher = unit;
      const date = AS_OF.exec(text)?.[1]?.replace(/\s/g, "");
      if (asOf === undefined && date) asOf = dateOf(date);
      if (title === undefined && !META_LINE.test(text)) title = text;
    }
  }
  return {
    ...(title === undefined ? {} : { title }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(asOf === undefined ? {} : { asOf }),
  };
}

function dateOf(text: string): string | undefined {
  const day = cellToIsoDate(text);
  if (day !== undefined) return day;
  const deadline = parseDeadline(text, {});
  return deadline.ok ? deadline.value.due : undefined;
}

const TOTAL_ROW = /^(合计|小计|总计)/;

/** The label of a 合计/小计/总计 row (its first filled cell), or undefined for any other row. */
export function totalLabel(row: readonly Cell[]): string | undefined {
  for (const cell of row) {
    const text = cellText(cell);
    if (text === "") continue;
    // Most rows start with a number or a name: only 合/小/总 may begin a total's label.
    const first = text.charCodeAt(0);
    if (first !== 0x5408 && first !== 0x5c0f && first !== 0x603b) return undefined;
    const label = text.replace(/\s/g, "");
    return TOTAL_ROW.test(label) ? label : undefined;
  }
  return undefined;
}

/**
 * Fills a group's key column down: a data row whose `key` cell is empty (a merged cell read
 * without its merges, or a problem written only on its first row) takes the key, and the `along`
 * cells it also left empty, from the last row that had one. A row with nothing outside the key,
 * `along` and `ignore` columns (an id alone) is not filled; blank and total rows end a group.
 * Returns new rows (the input is kept) and the 0-based indexes of the rows filled.
 */
export function fillDown(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  key: number,
  along: readonly number[] = [],
  ignore: readonly number[] = [],
): { rows: readonly (readonly Cell[])[]; filled: ReadonlySet<number> } {
  const skip = new Set([key, ...along, ...ignore]);
  const filled = new Set<number>();
  let source: readonly Cell[] | undefined;
  let out: Cell[][] | undefined;
  for (let r = headerRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isEmptyRow(row) || totalLabel(row) !== undefined) {
      source = undefined;
      continue;
    }
    if (cellText(row[key]) !== "") {
      source = row;
      continue;
    }
    if (source === undefined || row.every((cell, c) => skip.has(c) || cellText(cell) === "")) {
      continue;
    }
    out ??= rows.map((cells) => [...cells]);
    const copy = out[r] as Cell[];
    for (const c of [key, ...along]) {
      if (cellText(copy[c]) === "") copy[c] = source[c];
    }
    filled.add(r);
  }
  return { rows: out ?? rows, filled };
}

/** Counts of what happened to every row below the header: read = produced + rejected + empty + totals. */
export interface TableStats {
  /** 1-based number of the header row, the last one of a two-row header (rows above are titles). */
  readonly headerRow: number;
  /** Rows below the header row. */
  readonly rowsRead: number;
  /** Rows that became records. */
  readonly produced: number;
  /** Rows reported with an error and left out. */
  readonly rejected: number;
  /** Blank rows, reported as `empty_row` info. */
  readonly empty: number;
  /** 合计/小计/总计 rows, reported as `total_row` info. */
  readonly totals: number;
}

/**
 * Walks the data rows: blank rows and 合计/小计 rows are counted and reported, the rest go to
 * `convert`. `at` prefixes the row paths (a sheet's name when a workbook has several).
 */
export function eachDataRow(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  issues: Issue[],
  convert: (row: readonly Cell[], rowNumber: number, index: number) => boolean,
  at: readonly (string | number)[] = [],
): TableStats {
  let produced = 0;
  let rejected = 0;
  let empty = 0;
  let totals = 0;
  for (let index = headerRow; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const rowNumber = index + 1;
    if (isEmptyRow(row)) {
      empty++;
      issues.push(issueFrom(IO_ISSUES, "empty_row", [...at, "rows", rowNumber], {}));
      continue;
    }
    const label = totalLabel(row);
    if (label !== undefined) {
      totals++;
      issues.push(issueFrom(IO_ISSUES, "total_row", [...at, "rows", rowNumber], { label }));
    } else if (convert(row, rowNumber, index)) produced++;
    else rejected++;
  }
  const rowsRead = Math.max(0, rows.length - headerRow);
  return { headerRow, rowsRead, produced, rejected, empty, totals };
}
