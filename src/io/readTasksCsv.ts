import { CsvError, parse } from "csv-parse/sync";
import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { decodeTable, type TextEncodingName } from "./encoding.js";
import { IO_ISSUES } from "./issues.js";
import { limitsOf, longCell, type ReadLimits, ReadRefused, tooManyRows } from "./limits.js";
import { type TableImport, type TaskTableOptions, tasksFromTable } from "./tasksFromTable.js";

/**
 * Options of {@link parseTasksCsv}: those of every task table, the row and cell limits of
 * {@link ReadLimits}, plus the field delimiter.
 *
 * @example
 * ```ts
 * import type { CsvOptions } from "ducha/io";
 * const options: CsvOptions = { delimiter: "\t", maxRows: 2_000_000 };
 * ```
 * @category IO
 */
export interface CsvOptions extends TaskTableOptions, ReadLimits {
  /** Field delimiter; default ",". */
  readonly delimiter?: string;
}

/**
 * Reads a CSV task table (LF or CRLF) into a ledger with csv-parse; see {@link tasksFromTable}
 * for the columns and layouts. Bytes are decoded by {@link decodeTable}: UTF-8 with or without
 * BOM, UTF-16 with BOM, or GB18030/GBK as Excel and WPS save "CSV" on Chinese Windows; the
 * encoding used is `stats.encoding`. Row numbers in issues count records the way a spreadsheet
 * shows them: the first line is row 1. A file of more than `maxRows` records (`too_many_rows`)
 * or with a field longer than `maxCellLength` (`cell_too_long`) is refused.
 *
 * @example
 * ```ts
 * import { parseTasksCsv } from "ducha/io";
 * const csv = "\uFEFF序号,反馈问题,牵头单位,整改时限\r\n8,草原破坏较为严重问题,市农牧业局,2018年6月底\r\n";
 * const result = parseTasksCsv(csv);
 * if (result.ok) result.value.ledger.tasks[0]?.deadline; //=> { text: "2018年6月底", due: "2018-06-30" }
 * ```
 * @category IO
 */
export function parseTasksCsv(
  input: string | Uint8Array,
  options: CsvOptions = {},
): Result<TableImport> {
  const table = csvTable(input, options.delimiter, options);
  if (!table.ok) return table;
  return withEncoding(tasksFromTable(table.value.rows, options), table.value.encoding);
}

/** A table import with `stats.encoding`, the encoding its CSV bytes were read in. */
export function withEncoding(
  result: Result<TableImport>,
  encoding: TextEncodingName | undefined,
): Result<TableImport> {
  return result.ok && encoding !== undefined
    ? { ...result, value: { ...result.value, stats: { ...result.value.stats, encoding } } }
    : result;
}

/**
 * Decodes a CSV's bytes with {@link decodeTable} (text is taken as it is) and splits it into
 * rows of strings within the row and cell limits; `encoding` is the one the bytes were read in.
 */
export function csvTable(
  input: string | Uint8Array,
  delimiter = ",",
  limits: ReadLimits = {},
): Result<{ readonly rows: string[][]; readonly encoding?: TextEncodingName }> {
  const decoded =
    typeof input === "string" ? { ok: true as const, value: { text: input } } : decodeTable(input);
  if (!decoded.ok) return decoded;
  const rows = csvRows(decoded.value.text, delimiter, limits);
  if (!rows.ok) return rows;
  const value =
    "encoding" in decoded.value
      ? { rows: rows.value, encoding: decoded.value.encoding }
      : { rows: rows.value };
  return { ok: true, value, issues: rows.issues };
}

/** Splits decoded CSV text into rows of strings, within the row and cell limits. */
export function csvRows(
  text: string,
  delimiter = ",",
  limits: ReadLimits = {},
): Result<string[][]> {
  const { maxRows, maxCellLength } = limitsOf(limits);
  try {
    const rows: string[][] = parse(text, {
      ...CSV_PARSE_OPTIONS,
      delimiter,
      // One record past the limit is enough to know it is exceeded.
      to: maxRows + 1,
    });
    const refused = boundsIssue(rows, maxRows, maxCellLength);
    if (refused) return { ok: false, issues: [refused] };
    for (const row of rows) unguard(row);
    return { ok: true, value: rows, issues: [] };
  } catch (error) {
    return { ok: false, issues: [csvIssue(error)] };
  }
}

const GUARDED = /^'[=+\-@\t\r]/;

/**
 * Drops, in place, the `'` a writer put before text that a spreadsheet would run as a formula
 * (see writeTable.ts), so that a table written and read back is the same.
 */
export function unguard(row: string[]): string[] {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i] as string;
    if (cell.charCodeAt(0) === 39 && GUARDED.test(cell)) row[i] = cell.slice(1);
  }
  return row;
}

/** The csv-parse options every CSV reader uses. */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: false,
} as const;

/** The issue of rows past the row limit or of the first cell past the length limit. */
function boundsIssue(rows: readonly string[][], maxRows: number, maxCellLength: number) {
  if (rows.length > maxRows) return tooManyRows(maxRows);
  for (let index = 0; index < rows.length; index++) {
    const issue = longCell(rows[index] ?? [], index + 1, maxCellLength);
    if (issue) return issue;
  }
  return undefined;
}

/** The issue of a failed CSV read: csv-parse's error as `invalid_csv`, at its line when it says. */
export function csvIssue(error: unknown): Issue {
  // A limit or the encoding refused the file with an issue of its own.
  if (error instanceof ReadRefused) return error.issue;
  const detail = error instanceof Error ? error.message : String(error);
  const line = error instanceof CsvError ? (error as { lines?: number }).lines : undefined;
  return issueFrom(IO_ISSUES, "invalid_csv", line ? ["rows", line] : ["rows"], { detail });
}
