import ExcelJS from "exceljs";
import type { Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { Cell } from "./cells.js";
import { IO_ISSUES } from "./issues.js";
import { type TableImport, type TaskTableOptions, tasksFromTable } from "./tasksFromTable.js";

/**
 * Options of the XLSX readers: those of every task table, plus which sheet to read.
 *
 * @example
 * ```ts
 * import type { XlsxOptions } from "ducha/io";
 * const options: XlsxOptions = { sheet: "整改任务" };
 * ```
 * @category IO
 */
export interface XlsxOptions extends TaskTableOptions {
  /** Sheet name, or 1-based position; default the first sheet. */
  readonly sheet?: string | number;
}

/**
 * Reads an .xlsx task table into a ledger with exceljs; see {@link tasksFromTable} for the
 * columns. Date cells are read with UTC getters, formulas by their cached result, rich text as
 * plain text, and a merged cell gives its value to every cell it covers. Row numbers in issues
 * are the spreadsheet's own.
 *
 * @example
 * ```ts
 * import { readTasksXlsx, writeTableXlsx } from "ducha/io";
 * const bytes = await writeTableXlsx([{ 序号: 1, 整改任务: "地下水超采严重问题" }], ["序号", "整改任务"]);
 * const result = await readTasksXlsx(bytes);
 * if (result.ok) result.value.ledger.tasks[0]?.id; //=> "t1"
 * ```
 * @category IO
 */
export async function readTasksXlsx(
  data: Uint8Array | ArrayBuffer,
  options: XlsxOptions = {},
): Promise<Result<TableImport>> {
  const rows = await xlsxRows(data, options.sheet);
  if (!rows.ok) return rows;
  return tasksFromTable(rows.value, options);
}

/**
 * Loads a workbook and returns one sheet as rows of cells; `onSheetName` is told the sheet's name
 * (the petition reader reads a batch such as "第五批" from it).
 */
export async function xlsxRows(
  data: Uint8Array | ArrayBuffer,
  sheet: string | number = 1,
  onSheetName?: (name: string) => void,
): Promise<Result<Cell[][]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // exceljs wants a Buffer; a view over the same memory, not a copy.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [issueFrom(IO_ISSUES, "invalid_workbook", [], { detail })] };
  }
  const worksheet =
    typeof sheet === "number" ? workbook.worksheets[sheet - 1] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "sheet_not_found", [], { sheet: JSON.stringify(sheet) })],
    };
  }
  onSheetName?.(worksheet.name);
  const rows: Cell[][] = [];
  const width = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(toCell(row.getCell(c).value));
    rows.push(cells);
  }
  return { ok: true, value: rows, issues: [] };
}

/** Reduces exceljs's cell values (formulas, rich text, links, errors) to plain cells. */
export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    return toCell((value as { result?: ExcelJS.CellValue }).result);
  }
  if ("hyperlink" in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === "string" ? text : toCell(text as ExcelJS.CellValue);
  }
  return null;
}
