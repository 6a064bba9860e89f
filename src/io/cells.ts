/**
 * A cell as the readers see it: CSV gives strings; exceljs gives numbers, booleans and `Date`s too.
 * Formulas, rich text and hyperlinks are reduced to these by the XLSX reader.
 *
 * @example
 * ```ts
 * import type { Cell } from "ducha/io";
 * const row: Cell[] = ["1", "草原破坏较为严重问题", null];
 * ```
 * @category IO
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** The text of a cell, trimmed; numbers without exponent noise; "" for empty. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
}

/** True when every cell of the row is empty or blank. */
export function isEmptyRow(row: readonly Cell[]): boolean {
  for (const cell of row) {
    // A string is tested without trimming it (no new string per cell, on every row).
    if (typeof cell === "string" ? NON_BLANK.test(cell) : cellText(cell) !== "") return false;
  }
  return true;
}

const NON_BLANK = /\S/;

/** A cell shown briefly inside a message. */
export function showCell(cell: Cell): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString();
  const text = cellText(cell);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
