import { CsvError, parse } from "csv-parse/sync";
import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { decodeUtf8 } from "./encoding.js";
import { IO_ISSUES } from "./issues.js";
import { limitsOf, longCell, type ReadLimits, tooManyRows } from "./limits.js";
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
 * Reads a CSV task table (UTF-8, with or without BOM, LF or CRLF) into a ledger with
 * csv-parse; see {@link tasksFromTable} for the columns. Bytes that are not UTF-8 (such as a GBK
 * file saved by Excel) give `unsupported_encoding`. Row numbers in issues count records the way a
 * spreadsheet shows them: the header is row 1. A file of more than `maxRows` records
 * (`too_many_rows`) or with a field longer than `maxCellLength` (`cell_too_long`) is refused.
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
  const rows = csvRows(input, options.delimiter, options);
  if (!rows.ok) return rows;
  return tasksFromTable(rows.value, options);
}

/** Decodes and splits a CSV into rows of strings, within the row and cell limits. */
export function csvRows(
  input: string | Uint8Array,
  delimiter = ",",
  limits: ReadLimits = {},
): Result<string[][]> {
  const text = typeof input === "string" ? { ok: true as const, value: input } : decodeUtf8(input);
  if (!text.ok) return { ok: false, issues: text.issues };
  const { maxRows, maxCellLength } = limitsOf(limits);
  try {
    const rows: string[][] = parse(text.value, {
      ...CSV_PARSE_OPTIONS,
      delimiter,
      // One record past the limit is enough to know it is exceeded.
      to: maxRows + 1,
    });
    const refused = boundsIssue(rows, maxRows, maxCellLength);
    return refused ? { ok: false, issues: [refused] } : { ok: true, value: rows, issues: [] };
  } catch (error) {
    return { ok: false, issues: [csvIssue(error)] };
  }
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

/** csv-parse's error as an `invalid_csv` issue, at its line when it says. */
export function csvIssue(error: unknown): Issue {
  const detail = error instanceof Error ? error.message : String(error);
  const line = error instanceof CsvError ? (error as { lines?: number }).lines : undefined;
  return issueFrom(IO_ISSUES, "invalid_csv", line ? ["rows", line] : ["rows"], { detail });
}
