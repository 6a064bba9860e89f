import { Readable } from "node:stream";
import { isIsoDate } from "../dates.js";
import { decodeUtf8 } from "../io/encoding.js";
import { IO_ISSUES } from "../io/issues.js";
import { readLedgerNdjson } from "../io/ndjson.js";
import type { LedgerFileFormat } from "../io/readLedgerFile.js";
import type { XlsxOptions } from "../io/readTasksXlsx.js";
import type { TableImport } from "../io/tasksFromTable.js";
import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { Ledger, LedgerCollection } from "../model/ledger.js";
import type { RecordCounts } from "../validation/types.js";
import { validateLedger } from "../validation/validateLedger.js";
import type { CommandContext } from "./command.js";
import { UsageFailure } from "./exit.js";
import { MESSAGES } from "./messages.js";

/** A ledger file read and validated: the ledger only when it has no error. */
export interface LoadedLedger {
  readonly format: LedgerFileFormat;
  readonly ledger?: Ledger;
  readonly issues: readonly Issue[];
  readonly records?: Readonly<Record<LedgerCollection, RecordCounts>>;
}

// As readLedgerFile chooses; the command line reads the bytes itself to show progress.
const EXTENSIONS: Readonly<Record<string, LedgerFileFormat>> = {
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  csv: "csv",
  xlsx: "xlsx",
};

// Spreadsheets the readers refuse with a clear issue saying how to save them as .xlsx.
const LEGACY: Readonly<Record<string, string>> = { xls: ".xls/.et", et: ".xls/.et", ods: ".ods" };

/** The `--as-of` option, checked: undefined when not given. */
export function asOfOption(context: CommandContext): string | undefined {
  const value = context.options["as-of"];
  if (typeof value !== "string") return undefined;
  if (!isIsoDate(value)) throw new UsageFailure("invalid_as_of", MESSAGES.badAsOf({ value }));
  return value;
}

/** The `--deadline-anchor` option, checked: undefined when not given. */
export function deadlineAnchorOption(context: CommandContext): string | undefined {
  const value = context.options["deadline-anchor"];
  if (typeof value !== "string") return undefined;
  if (!isIsoDate(value)) {
    throw new UsageFailure("invalid_deadline_anchor", MESSAGES.badDeadlineAnchor({ value }));
  }
  return value;
}

/** The `--keep-together` names, as given (none when not given). */
function keepTogetherOption(context: CommandContext): string[] {
  const value = context.options["keep-together"];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((name): name is string => typeof name === "string");
}

/** The `--sheet` option: a 1-based position when it is all digits, else a sheet's name. */
function sheetOption(context: CommandContext): string | number | undefined {
  const value = context.options.sheet;
  if (typeof value !== "string") return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads the bytes of a file, or fails with exit code 2 saying why. */
export async function readBytes(context: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return await context.io.readFile(path, context.progress);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    const detail = typeof code === "string" ? code : String(error);
    throw new UsageFailure("file_unreadable", MESSAGES.fileUnreadable({ path, detail }));
  }
}

/**
 * Reads a ledger file of any supported kind and validates it with every rule: the schema, then
 * the cross-record rules. Data problems are issues; only an unreadable file or an unknown
 * extension fails (exit code 2).
 */
export async function loadLedger(context: CommandContext, path: string): Promise<LoadedLedger> {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  const format = EXTENSIONS[extension];
  const legacy = LEGACY[extension];
  if (legacy !== undefined) {
    return {
      format: "xlsx",
      issues: [issueFrom(IO_ISSUES, "legacy_spreadsheet", [], { kind: legacy })],
    };
  }
  if (format === undefined) {
    const issue = issueFrom(IO_ISSUES, "unsupported_file_type", [], {
      extension: extension === "" ? path : `.${extension}`,
    });
    throw new UsageFailure("unsupported_file_type", issue.message);
  }
  const asOf = asOfOption(context);
  const options = asOf === undefined ? {} : { asOf };
  const deadlineAnchor = deadlineAnchorOption(context);
  const sheet = sheetOption(context);
  const table: XlsxOptions = {
    ...(deadlineAnchor === undefined ? {} : { deadlineAnchor }),
    ...(sheet === undefined ? {} : { sheet }),
    keepTogether: keepTogetherOption(context),
  };
  const bytes = await readBytes(context, path);
  if (format === "json") {
    const text = decodeUtf8(bytes);
    if (!text.ok) return { format, issues: text.issues };
    const validated = validateLedger(text.value, options);
    const ledger = validated.ok ? validated.value : undefined;
    return withLedger(format, ledger, validated.issues, validated.records);
  }
  const title = /([^/\\]+)$/.exec(path)?.[1] ?? path;
  const read = await readOther(format, bytes, table, title);
  if (!read.ok) return { format, issues: read.issues };
  // A task table has no rounds: its problems name the round the importer gave them, which no
  // table can define, so that one rule would only ever report the import itself.
  const rules = format === "ndjson" ? {} : { rules: { skip: ["round_references"] } };
  const validated = validateLedger(read.value, { ...options, ...rules });
  return withLedger(
    format,
    validated.ok ? validated.value : undefined,
    [...read.issues, ...validated.issues],
    validated.records,
  );
}

/**
 * A CSV or XLSX table is a task table or a petition table, told apart by its headers
 * (`tableKind`); a petition table may name its batch in the file or sheet name ("第五批.csv").
 */
async function readOther(
  format: "ndjson" | "csv" | "xlsx",
  bytes: Uint8Array,
  table: XlsxOptions,
  title: string,
): Promise<Result<Ledger>> {
  // Loaded only for a spreadsheet: exceljs alone takes longer to load than validating a small
  // JSON ledger, so `ducha validate ledger.json` never pays for it.
  if (format === "xlsx") {
    const [{ xlsxSheets }, { tableFromSheets }] = await Promise.all([
      import("../io/readTasksXlsx.js"),
      import("../io/readTable.js"),
    ]);
    const sheets = await xlsxSheets(bytes, table.sheet);
    if (!sheets.ok) return sheets;
    return ledgerOf(tableFromSheets(sheets.value, table, title));
  }
  if (format === "csv") {
    const [{ csvTable }, { tableFromSheets }] = await Promise.all([
      import("../io/readTasksCsv.js"),
      import("../io/readTable.js"),
    ]);
    const rows = csvTable(bytes);
    if (!rows.ok) return rows;
    return ledgerOf(tableFromSheets([{ rows: rows.value.rows }], table, title));
  }
  // Decoded first so that a GBK file is named as such, not read as replacement characters.
  const text = decodeUtf8(bytes);
  return text.ok
    ? readLedgerNdjson(Readable.from([text.value]))
    : { ok: false, issues: text.issues };
}

function ledgerOf(table: Result<TableImport>): Result<Ledger> {
  return table.ok ? { ok: true, value: table.value.ledger, issues: table.issues } : table;
}

function withLedger(
  format: LedgerFileFormat,
  ledger: Ledger | undefined,
  issues: readonly Issue[],
  records: LoadedLedger["records"],
): LoadedLedger {
  return {
    format,
    ...(ledger === undefined ? {} : { ledger }),
    issues,
    ...(records ? { records } : {}),
  };
}
