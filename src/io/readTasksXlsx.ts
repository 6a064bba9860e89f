import type { Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { type ByteSource, bytesSource } from "./byteSource.js";
import type { Cell } from "./cells.js";
import { IO_ISSUES } from "./issues.js";
import { type ReadLimits, ReadRefused } from "./limits.js";
import { type TableImport, type TaskTableOptions, tasksFromTable } from "./tasksFromTable.js";
import { xlsxSheets } from "./xlsxStream.js";

export { toCell } from "./xlsxStream.js";

/**
 * Options of the XLSX readers: those of every task table, the limits of {@link ReadLimits}, and
 * which sheet to read.
 *
 * @example
 * ```ts
 * import type { XlsxOptions } from "ducha/io";
 * const options: XlsxOptions = { sheet: "整改任务", maxRows: 2_000_000 };
 * ```
 * @category IO
 */
export interface XlsxOptions extends TaskTableOptions, ReadLimits {
  /** Sheet name, or 1-based position; default the first sheet. */
  readonly sheet?: string | number;
}

/**
 * Reads an .xlsx task table into a ledger; see {@link tasksFromTable} for the columns. The
 * workbook is read row by row with exceljs's streaming reader, so memory holds the rows, not the
 * workbook; the archive's central directory is checked against the {@link ReadLimits} before
 * anything is inflated, so a zip bomb renamed .xlsx is refused (`archive_too_large`,
 * `archive_too_many_entries`), as are a sheet past `maxRows` (`too_many_rows`) and a cell past
 * `maxCellLength` (`cell_too_long`). Date cells are read with UTC getters, formulas by their
 * cached result, rich text as plain text, and a merged cell gives its value to every cell it
 * covers. Row numbers in issues are the spreadsheet's own.
 *
 * @example
 * ```ts
 * import { readTasksXlsx, writeTableXlsx } from "ducha/io";
 * const bytes = await writeTableXlsx([{ 序号: 1, 整改任务: "地下水超采严重问题" }], ["序号", "整改任务"]);
 * const result = await readTasksXlsx(bytes);
 * if (result.ok) result.value.ledger.tasks[0]?.id; //=> "t1"
 * const small = await readTasksXlsx(bytes, { maxRows: 1 });
 * small.issues[0]?.code; //=> "too_many_rows"
 * ```
 * @category IO
 */
export async function readTasksXlsx(
  data: Uint8Array | ArrayBuffer,
  options: XlsxOptions = {},
): Promise<Result<TableImport>> {
  return readTasksXlsxFrom(bytesSource(data), options);
}

/** {@link readTasksXlsx} over any byte source, such as a file read by position. */
export async function readTasksXlsxFrom(
  source: ByteSource,
  options: XlsxOptions = {},
): Promise<Result<TableImport>> {
  const rows = await xlsxRows(source, options.sheet, options);
  if (!rows.ok) return rows;
  return tasksFromTable(rows.value, options);
}

/**
 * Reads one sheet as rows of cells, streamed: rows absent from the file are empty rows, every row
 * is as wide as the widest (null for a blank cell), and each merged range gives its first cell's
 * value to the cells it covers.
 */
export async function xlsxRows(
  data: Uint8Array | ArrayBuffer | ByteSource,
  sheet: string | number = 1,
  limits: ReadLimits = {},
): Promise<Result<Cell[][]>> {
  const source =
    data instanceof Uint8Array || data instanceof ArrayBuffer ? bytesSource(data) : data;
  const rows: Cell[][] = [];
  try {
    for await (const read of xlsxSheets(source, { ...limits, sheets: [sheet] })) {
      for await (const row of read.rows()) {
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(row.cells);
      }
      fillMerges(rows, read.merges);
    }
    // Every row as wide as the widest, with null for blank cells, as exceljs's own sheet gives.
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    for (const row of rows) while (row.length < width) row.push(null);
  } catch (error) {
    if (error instanceof ReadRefused) return { ok: false, issues: [error.issue] };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [issueFrom(IO_ISSUES, "invalid_workbook", [], { detail })] };
  }
  return { ok: true, value: rows, issues: [] };
}

/** Copies the first cell of each merged range into every cell the range covers. */
function fillMerges(rows: Cell[][], merges: readonly string[]): void {
  for (const range of merges) {
    const [from, to = from] = range.split(":").map(address);
    if (!from || !to) continue;
    const value = rows[from.row - 1]?.[from.column - 1] ?? null;
    for (let r = from.row; r <= Math.min(to.row, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = from.column; c <= to.column; c++) {
        while (row.length < c - 1) row.push(null);
        row[c - 1] = value;
      }
    }
  }
}

function address(text: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(text);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}
