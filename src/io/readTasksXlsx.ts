import type { Result } from "../issue.js";
import { type ByteSource, bytesSource } from "./byteSource.js";
import type { Cell } from "./cells.js";
import type { ReadLimits } from "./limits.js";
import { applyMerges, rangeOf, type SheetTable } from "./table.js";
import { type TableImport, type TaskTableOptions, tasksFromSheets } from "./tasksFromTable.js";
import { xlsxSheets as streamSheets, workbookIssue } from "./xlsxStream.js";

export { legacyKind, toCell } from "./xlsxStream.js";

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
  /** Sheet name, or 1-based position; default every sheet that has a header row. */
  readonly sheet?: string | number;
}

/**
 * Reads an .xlsx task table into a ledger; see {@link tasksFromTable} for the columns and layouts
 * and {@link tasksFromSheets} for workbooks of several sheets (all are read unless `sheet` names
 * one). The workbook is read row by row with exceljs's streaming reader, so memory holds the
 * rows, not the workbook; the archive's central directory is checked against the
 * {@link ReadLimits} before anything is inflated, so a zip bomb renamed .xlsx is refused
 * (`archive_too_large`, `archive_too_many_entries`), as are a sheet past `maxRows`
 * (`too_many_rows`) and a cell past `maxCellLength` (`cell_too_long`). Date cells are read with
 * UTC getters, formulas by their cached result, rich text as plain text, and a merged cell gives
 * its value to every cell it covers. Row numbers in issues are the spreadsheet's own. An old
 * binary .xls (or an .et/.ods) gives `legacy_spreadsheet`, which says how to save it as .xlsx.
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
  const sheets = await xlsxSheets(data, options.sheet, options);
  if (!sheets.ok) return sheets;
  return tasksFromSheets(sheets.value, options);
}

/**
 * Reads the sheet asked for, or every sheet, as rows of cells with their merged blocks (the
 * covered cells left empty: the table layer fills them), streamed: rows absent from the file are
 * empty rows, and every row of a sheet is as wide as its widest (null for a blank cell).
 */
export async function xlsxSheets(
  data: Uint8Array | ArrayBuffer | ByteSource,
  sheet?: string | number,
  limits: ReadLimits = {},
): Promise<Result<SheetTable[]>> {
  const source =
    data instanceof Uint8Array || data instanceof ArrayBuffer ? bytesSource(data) : data;
  const sheets: SheetTable[] = [];
  try {
    const wanted = sheet === undefined ? limits : { ...limits, sheets: [sheet] };
    for await (const read of streamSheets(source, wanted)) {
      const rows: Cell[][] = [];
      for await (const row of read.rows()) {
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(row.cells);
      }
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      for (const row of rows) while (row.length < width) row.push(null);
      const merges = read.merges.map(rangeOf).filter((range) => range !== undefined);
      sheets.push({ name: read.name, rows, merges });
    }
  } catch (error) {
    return { ok: false, issues: [workbookIssue(error)] };
  }
  return { ok: true, value: sheets, issues: [] };
}

/**
 * Reads one sheet (default the first) as rows of cells, merges spread; `onSheetName` is told the
 * sheet's name (the petition reader reads a batch such as "第五批" from it).
 */
export async function xlsxRows(
  data: Uint8Array | ArrayBuffer | ByteSource,
  sheet: string | number = 1,
  limits: ReadLimits = {},
  onSheetName?: (name: string) => void,
): Promise<Result<Cell[][]>> {
  const sheets = await xlsxSheets(data, sheet, limits);
  if (!sheets.ok) return sheets;
  const [first] = sheets.value;
  if (first?.name !== undefined) onSheetName?.(first.name);
  return {
    ok: true,
    value: applyMerges(first?.rows ?? [], first?.merges).rows as Cell[][],
    issues: [],
  };
}
