import { CsvError, parse } from "csv-parse/sync";
import type { Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { decodeUtf8 } from "./encoding.js";
import { IO_ISSUES } from "./issues.js";
import { type TableImport, type TaskTableOptions, tasksFromTable } from "./tasksFromTable.js";

/**
 * Options of {@link parseTasksCsv}: those of every task table, plus the field delimiter.
 *
 * @example
 * ```ts
 * import type { CsvOptions } from "ducha/io";
 * const options: CsvOptions = { delimiter: "\t" };
 * ```
 * @category IO
 */
export interface CsvOptions extends TaskTableOptions {
  /** Field delimiter; default ",". */
  readonly delimiter?: string;
}

/**
 * Reads a CSV task table (UTF-8, with or without BOM, LF or CRLF) into a ledger with
 * csv-parse; see {@link tasksFromTable} for the columns. Bytes that are not UTF-8 (such as a GBK
 * file saved by Excel) give `unsupported_encoding`. Row numbers in issues count records the way a
 * spreadsheet shows them: the header is row 1.
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
  const rows = csvRows(input, options.delimiter);
  if (!rows.ok) return rows;
  return tasksFromTable(rows.value, options);
}

/** Decodes and splits a CSV into rows of strings. */
export function csvRows(input: string | Uint8Array, delimiter = ","): Result<string[][]> {
  const text = typeof input === "string" ? { ok: true as const, value: input } : decodeUtf8(input);
  if (!text.ok) return { ok: false, issues: text.issues };
  try {
    const rows: string[][] = parse(text.value, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return { ok: true, value: rows, issues: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = error instanceof CsvError ? (error as { lines?: number }).lines : undefined;
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "invalid_csv", line ? ["rows", line] : ["rows"], { detail })],
    };
  }
}
