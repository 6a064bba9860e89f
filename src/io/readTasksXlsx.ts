import ExcelJS from "exceljs";
import type { Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { Cell } from "./cells.js";
import { IO_ISSUES } from "./issues.js";
import { applyMerges, type CellRange, type SheetTable } from "./table.js";
import { type TableImport, type TaskTableOptions, tasksFromSheets } from "./tasksFromTable.js";

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
  /** Sheet name, or 1-based position; default every sheet that has a header row. */
  readonly sheet?: string | number;
}

/**
 * Reads an .xlsx task table into a ledger with exceljs; see {@link tasksFromTable} for the
 * columns and layouts and {@link tasksFromSheets} for workbooks of several sheets (all are read
 * unless `sheet` names one). Date cells are read with UTC getters, formulas by their cached
 * result, rich text as plain text, and a merged cell gives its value to every cell it covers.
 * Row numbers in issues are the spreadsheet's own. An old binary .xls (or an .et/.ods) gives
 * `legacy_spreadsheet`, which says how to save it as .xlsx.
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
  const sheets = await xlsxSheets(data, options.sheet);
  if (!sheets.ok) return sheets;
  return tasksFromSheets(sheets.value, options);
}

/**
 * Loads a workbook and returns the sheet asked for, or every sheet, as rows of cells with their
 * merged blocks (the covered cells left empty: the table layer fills them).
 */
export async function xlsxSheets(
  data: Uint8Array | ArrayBuffer,
  sheet?: string | number,
): Promise<Result<SheetTable[]>> {
  const workbook = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const legacy = legacyKind(bytes);
  if (legacy !== undefined) {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "legacy_spreadsheet", [], { kind: legacy })],
    };
  }
  try {
    // exceljs wants a Buffer; a view over the same memory, not a copy.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [issueFrom(IO_ISSUES, "invalid_workbook", [], { detail })] };
  }
  if (sheet === undefined) return { ok: true, value: workbook.worksheets.map(sheetOf), issues: [] };
  const worksheet =
    typeof sheet === "number" ? workbook.worksheets[sheet - 1] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "sheet_not_found", [], { sheet: JSON.stringify(sheet) })],
    };
  }
  return { ok: true, value: [sheetOf(worksheet)], issues: [] };
}

/**
 * Loads a workbook and returns one sheet (default the first) as rows of cells, merges spread;
 * `onSheetName` is told the sheet's name (the petition reader reads a batch such as "第五批" from it).
 */
export async function xlsxRows(
  data: Uint8Array | ArrayBuffer,
  sheet: string | number = 1,
  onSheetName?: (name: string) => void,
): Promise<Result<Cell[][]>> {
  const sheets = await xlsxSheets(data, sheet);
  if (!sheets.ok) return sheets;
  const [first] = sheets.value;
  if (first?.name !== undefined) onSheetName?.(first.name);
  return {
    ok: true,
    value: applyMerges(first?.rows ?? [], first?.merges).rows as Cell[][],
    issues: [],
  };
}

function sheetOf(worksheet: ExcelJS.Worksheet): SheetTable {
  const rows: Cell[][] = [];
  const width = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A merged block's value stays in its top-left cell; applyMerges spreads it.
      cells.push(cell.isMerged && cell.master !== cell ? null : toCell(cell.value));
    }
    rows.push(cells);
  }
  const merges = (worksheet.model.merges ?? []).map(rangeOf).filter((r) => r !== undefined);
  return { name: worksheet.name, rows, merges };
}

function rangeOf(range: string): CellRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!match) return undefined;
  return {
    top: Number(match[2]),
    left: columnNumber(match[1] as string),
    bottom: Number(match[4]),
    right: columnNumber(match[3] as string),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * The kind of an old or foreign spreadsheet, told from its first bytes: the OLE2 compound file of
 * .xls and WPS .et, or the zip of an OpenDocument .ods (its `mimetype` entry comes first).
 */
export function legacyKind(bytes: Uint8Array): string | undefined {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((byte, i) => bytes[i] === byte)) return ".xls/.et";
  const head = new TextDecoder("latin1").decode(bytes.subarray(30, 100));
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    head.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
  ) {
    return ".ods";
  }
  return undefined;
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
