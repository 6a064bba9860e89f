import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { fromDayNumber } from "../dates.js";

/**
 * A value in a written table. A `Date` is written as its UTC calendar day: `YYYY-MM-DD` in CSV,
 * a date cell in XLSX.
 *
 * @example
 * ```ts
 * import type { TableValue } from "ducha/io";
 * const value: TableValue = 97.64;
 * ```
 * @category IO
 */
export type TableValue = string | number | Date | null | undefined;

/**
 * A row to write, by header.
 *
 * @example
 * ```ts
 * import type { TableRow } from "ducha/io";
 * const row: TableRow = { 地区: "吉林省", 交办件数: 4704, 办结件数: 4593 };
 * ```
 * @category IO
 */
export type TableRow = Readonly<Record<string, TableValue>>;

/**
 * Options of {@link writeTableCsv}.
 *
 * @example
 * ```ts
 * import type { CsvWriteOptions } from "ducha/io";
 * const options: CsvWriteOptions = { bom: false };
 * ```
 * @category IO
 */
export interface CsvWriteOptions {
  /** Start with a UTF-8 BOM so Excel opens Chinese text correctly; default true. */
  readonly bom?: boolean;
  /**
   * Put `'` before text cells (and headers) starting with `=`, `+`, `-`, `@`, tab or CR so a
   * spreadsheet shows them as text and never runs them as formulas (CSV injection, as the OWASP
   * guidance advises); default true. The CSV reader drops that `'` again.
   */
  readonly escapeFormulas?: boolean;
}

const MS_PER_DAY = 86_400_000;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A date as its UTC calendar day. */
export function utcDay(date: Date): string {
  return fromDayNumber(Math.floor(date.getTime() / MS_PER_DAY));
}

/**
 * Writes rows as CSV text (CRLF line ends, quoted where needed) with csv-stringify, columns in the
 * order of `headers`. Keys not in `headers` are left out; missing values are empty cells.
 *
 * @example
 * ```ts
 * import { writeTableCsv } from "ducha/io";
 * writeTableCsv([{ 地区: "吉林省", 办结率: "97.64%" }], ["地区", "办结率"], { bom: false });
 * //=> "地区,办结率\r\n吉林省,97.64%\r\n"
 * ```
 * @category IO
 */
export function writeTableCsv(
  rows: readonly TableRow[],
  headers: readonly string[],
  options: CsvWriteOptions = {},
): string {
  const escapeFormulas = options.escapeFormulas ?? true;
  const guard = (text: string): string =>
    escapeFormulas && FORMULA_START.test(text) ? `'${text}` : text;
  const records = rows.map((row) =>
    headers.map((header) => {
      const value = row[header];
      if (value === null || value === undefined) return "";
      if (value instanceof Date) return utcDay(value);
      return typeof value === "string" ? guard(value) : value;
    }),
  );
  const text = stringify([headers.map(guard), ...records], { record_delimiter: "windows" });
  return (options.bom ?? true) ? `\uFEFF${text}` : text;
}

/**
 * Options of {@link writeTableXlsx}.
 *
 * @example
 * ```ts
 * import type { XlsxWriteOptions } from "ducha/io";
 * const options: XlsxWriteOptions = { sheetName: "完成率" };
 * ```
 * @category IO
 */
export interface XlsxWriteOptions {
  /** Name of the sheet; default "Sheet1". */
  readonly sheetName?: string;
}

/**
 * Writes rows as an .xlsx workbook of one sheet with exceljs: a bold header row, text and numbers
 * as they are, `Date`s as date cells (`yyyy-mm-dd`). Text is always a string cell, never a
 * formula, so a cell reading `=HYPERLINK(…)` or `+1` is shown as text and never run (formula
 * injection). Returns the file's bytes.
 *
 * @example
 * ```ts
 * import { writeTableXlsx } from "ducha/io";
 * const bytes = await writeTableXlsx([{ 地区: "乌鲁木齐市", 任务数: 9, 已完成: 6 }], ["地区", "任务数", "已完成"]);
 * bytes.length > 0; //=> true
 * ```
 * @category IO
 */
export async function writeTableXlsx(
  rows: readonly TableRow[],
  headers: readonly string[],
  options: XlsxWriteOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? "Sheet1");
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(headers.map((header) => row[header] ?? null));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    });
  }
  headers.forEach((header, index) => {
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(8, header.length * 2 + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
