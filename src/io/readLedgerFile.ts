import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { Ledger } from "../model/ledger.js";
import { fileSource } from "./byteSource.js";
import { csvTableFrom } from "./csvStream.js";
import { fileKindOf, type LedgerFileFormat } from "./fileKinds.js";
import { IO_ISSUES } from "./issues.js";
import { type NdjsonOptions, readLedgerNdjson } from "./ndjson.js";
import { parseLedgerJson } from "./parseLedgerJson.js";
import { tableFromSheets } from "./readTable.js";
import type { CsvOptions } from "./readTasksCsv.js";
import { type XlsxOptions, xlsxSheets } from "./readTasksXlsx.js";
import type { TableImport } from "./tasksFromTable.js";

export type { LedgerFileFormat } from "./fileKinds.js";

/**
 * Options of {@link readLedgerFile}: the format (by default from the extension) and the options
 * of the reader it picks.
 *
 * @example
 * ```ts
 * import type { ReadLedgerFileOptions } from "ducha/io";
 * const options: ReadLedgerFileOptions = { format: "csv", keepTogether: ["各旗县市区党委、政府"] };
 * ```
 * @category IO
 */
export interface ReadLedgerFileOptions extends CsvOptions, XlsxOptions, NdjsonOptions {
  readonly format?: LedgerFileFormat;
}

/**
 * Reads a ledger from a file, choosing the reader by extension: `.json` (a `ducha/ledger@1`
 * document), `.ndjson`/`.jsonl` (streamed line by line), `.csv` and `.xlsx` (task tables or
 * petition tables, told by their Chinese or English headers, streamed from the file within the
 * {@link ReadLimits}). The file is only read, never changed. A missing file or an unknown
 * extension is returned as an issue, not thrown; an old binary `.xls`, a WPS `.et` or an `.ods`
 * gives `legacy_spreadsheet`, saying how to save it as .xlsx.
 *
 * @example
 * ```ts
 * import { readLedgerFile } from "ducha/io";
 * const result = await readLedgerFile("ledger.txt");
 * result.ok; //=> false
 * result.issues[0]?.code; //=> "unsupported_file_type"
 * ```
 * @category IO
 */
export async function readLedgerFile(
  path: string,
  options: ReadLedgerFileOptions = {},
): Promise<Result<Ledger>> {
  const { extension, format: byExtension, legacy } = fileKindOf(path);
  const format = options.format ?? byExtension;
  if (options.format === undefined && legacy !== undefined) {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "legacy_spreadsheet", [], { kind: legacy })],
    };
  }
  if (format === undefined) {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "unsupported_file_type", [], { extension: extension || path })],
    };
  }
  if (format === "ndjson") return readLedgerNdjson(path, options);
  if (format === "json") {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return { ok: false, issues: [unreadable(error)] };
    }
    return parseLedgerJson(bytes);
  }
  // Tables are streamed from the file: read by position, never held whole.
  let source: Awaited<ReturnType<typeof fileSource>>;
  try {
    source = await fileSource(path);
  } catch (error) {
    return { ok: false, issues: [unreadable(error)] };
  }
  // Either kind of table, told by its headers; a petition table's batch may be in the file name.
  const title = basename(path);
  try {
    if (format === "csv") {
      const table = await csvTableFrom(source, options.delimiter, options);
      if (!table.ok) return table;
      return ledgerOf(tableFromSheets([{ rows: table.value.rows }], options, title));
    }
    const sheets = await xlsxSheets(source, options.sheet, options);
    if (!sheets.ok) return sheets;
    return ledgerOf(tableFromSheets(sheets.value, options, title));
  } finally {
    await source.close();
  }
}

function ledgerOf(table: Result<TableImport>): Result<Ledger> {
  return table.ok ? { ok: true, value: table.value.ledger, issues: table.issues } : table;
}

function unreadable(error: unknown): Issue {
  const code = (error as { code?: unknown }).code;
  const detail = typeof code === "string" ? code : String(error);
  return issueFrom(IO_ISSUES, "file_unreadable", [], { detail });
}
