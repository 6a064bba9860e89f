import { Readable } from "node:stream";
import { isIsoDate } from "../dates.js";
import { type ByteSource, bytesSource } from "../io/byteSource.js";
import { decodeUtf8 } from "../io/encoding.js";
import { fileKindOf, type LedgerFileFormat } from "../io/fileKinds.js";
import { IO_ISSUES } from "../io/issues.js";
import type { ReadLimits } from "../io/limits.js";
import { readLedgerNdjson } from "../io/ndjson.js";
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
import type { TableRow } from "./validateTable.js";

// A table has no rounds: its problems name the round the importer gave them, which no table can
// define, so that one rule would only ever report the import itself.
const TABLE_RULES = { skip: ["round_references"] };

/** A ledger file read and validated: the ledger only when it has no error. */
export interface LoadedLedger {
  readonly format: LedgerFileFormat;
  readonly ledger?: Ledger;
  readonly issues: readonly Issue[];
  readonly records?: Readonly<Record<LedgerCollection, RecordCounts>>;
}

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

/** The `--max-…` options, checked: only those given. */
export function limitOptions(context: CommandContext): ReadLimits {
  const limits: Record<string, number> = {};
  for (const [option, key, suffixes] of LIMITS) {
    const value = context.options[option];
    if (typeof value !== "string") continue;
    const match = /^(\d+)([kmg])?(?:i?b)?$/i.exec(value.trim());
    const scale = suffixes ? 1024 ** " kmg".indexOf((match?.[2] ?? " ").toLowerCase()) : 1;
    const number = match && (suffixes || match[2] === undefined) ? Number(match[1]) * scale : 0;
    if (!Number.isSafeInteger(number) || number < 1) {
      const text = MESSAGES.badLimit({ option, value, suffixes: suffixes ? "yes" : "no" });
      throw new UsageFailure("invalid_limit", text);
    }
    limits[key] = number;
  }
  return limits;
}

const LIMITS: readonly (readonly [string, keyof ReadLimits, boolean])[] = [
  ["max-rows", "maxRows", false],
  ["max-cell-length", "maxCellLength", false],
  ["max-uncompressed-bytes", "maxUncompressedBytes", true],
  ["max-entries", "maxEntries", false],
];

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

/** Opens a file for reading by position, or fails with exit code 2 saying why. */
async function openSource(
  context: CommandContext,
  path: string,
  open: NonNullable<CommandContext["io"]["openFile"]>,
): Promise<ByteSource> {
  let file: ByteSource;
  try {
    file = await open(path);
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    const detail = typeof code === "string" ? code : String(error);
    throw new UsageFailure("file_unreadable", MESSAGES.fileUnreadable({ path, detail }));
  }
  const progress = context.progress;
  if (progress === undefined) return file;
  // Progress in bytes read from the file, whatever order the reader asks for them in.
  let done = 0;
  return {
    size: file.size,
    read: async (position, length) => {
      const bytes = await file.read(position, length);
      done = Math.min(file.size, done + bytes.length);
      progress(done, file.size);
      return bytes;
    },
    close: () => {
      // Parts of an archive a table does not need are never read: the bar ends full anyway.
      if (done < file.size) progress(file.size, file.size);
      return file.close();
    },
  };
}

/**
 * Reads a ledger file of any supported kind and validates it with every rule: the schema, then
 * the cross-record rules. Data problems are issues; only an unreadable file or an unknown
 * extension fails (exit code 2).
 */
export async function loadLedger(
  context: CommandContext,
  path: string,
  { keepLedger = true }: { readonly keepLedger?: boolean } = {},
): Promise<LoadedLedger> {
  // As readLedgerFile chooses; the command line reads the bytes itself to show progress.
  const { extension, format, legacy } = fileKindOf(path);
  if (legacy !== undefined) {
    return {
      format: "xlsx",
      issues: [issueFrom(IO_ISSUES, "legacy_spreadsheet", [], { kind: legacy })],
    };
  }
  if (format === undefined) {
    const issue = issueFrom(IO_ISSUES, "unsupported_file_type", [], {
      extension: extension === "" ? path : extension,
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
    ...limitOptions(context),
  };
  if (format === "json") {
    const text = decodeUtf8(await readBytes(context, path));
    if (!text.ok) return { format, issues: text.issues };
    const validated = validateLedger(text.value, options);
    const ledger = validated.ok ? validated.value : undefined;
    return withLedger(format, ledger, validated.issues, validated.records);
  }
  if (format === "ndjson") {
    // Decoded first so that a GBK file is named as such, not read as replacement characters.
    const text = decodeUtf8(await readBytes(context, path));
    const read = text.ok
      ? await readLedgerNdjson(Readable.from([text.value]))
      : { ok: false as const, issues: text.issues };
    if (!read.ok) return { format, issues: read.issues };
    const validated = validateLedger(read.value, options);
    return withLedger(
      format,
      validated.ok ? validated.value : undefined,
      [...read.issues, ...validated.issues],
      validated.records,
    );
  }
  const title = /([^/\\]+)$/.exec(path)?.[1] ?? path;
  const open = context.io.openFile;
  const source =
    open === undefined
      ? bytesSource(await readBytes(context, path))
      : await openSource(context, path, open);
  let read: Result<Ledger>;
  try {
    if (!keepLedger) {
      const checked = await validateStreamed(format, source, { ...table, ...options }, title);
      return {
        format,
        issues: checked.issues,
        ...(checked.records ? { records: checked.records } : {}),
      };
    }
    read = await readTable(format, source, table, title);
  } finally {
    await source.close();
  }
  if (!read.ok) return { format, issues: read.issues };
  const validated = validateLedger(read.value, { ...options, rules: TABLE_RULES });
  return withLedger(
    format,
    validated.ok ? validated.value : undefined,
    [...read.issues, ...validated.issues],
    validated.records,
  );
}

/**
 * A table validated as its rows stream, holding one chunk at a time (see validateTable.ts): for
 * `ducha validate`, which needs the issues and counts, not the ledger. A workbook of several
 * sheets (without `--sheet`) is read whole, as `ducha report` reads it.
 */
async function validateStreamed(
  format: "csv" | "xlsx",
  source: ByteSource,
  options: XlsxOptions & { readonly asOf?: string },
  title: string,
): Promise<{ issues: readonly Issue[]; records?: LoadedLedger["records"] }> {
  const { validateTableRows } = await import("./validateTable.js");
  try {
    if (format === "csv") {
      const { csvRecords } = await import("../io/csvStream.js");
      async function* rows(): AsyncGenerator<TableRow> {
        let number = 0;
        for await (const cells of csvRecords(source, ",", options))
          yield { number: ++number, cells };
      }
      return await validateTableRows(rows(), { ...options, title });
    }
    const { sheetMerges, workbookSheets, xlsxSheets } = await import("../io/xlsxStream.js");
    const sheet =
      options.sheet ?? ((await workbookSheets(source, options)).length > 1 ? undefined : 1);
    if (sheet === undefined) {
      const read = await readTable(format, source, options, title);
      if (!read.ok) return { issues: read.issues };
      const validated = validateLedger(read.value, { ...options, rules: TABLE_RULES });
      return { issues: [...read.issues, ...validated.issues], records: validated.records };
    }
    // A sheet lists its merged ranges after its rows: they are read first, in a pass of their own.
    const merges = await sheetMerges(source, sheet, options);
    const rows = async function* (): AsyncGenerator<TableRow> {
      for await (const read of xlsxSheets(source, { ...options, sheets: [sheet] }))
        yield* read.rows();
    };
    return await validateTableRows(rows(), { ...options, title, merges });
  } catch (error) {
    const issue =
      format === "csv"
        ? (await import("../io/readTasksCsv.js")).csvIssue(error)
        : (await import("../io/xlsxStream.js")).workbookIssue(error);
    return { issues: [issue] };
  }
}

/**
 * A CSV or XLSX table, read from a byte source: a task table or a petition table, told apart by
 * its headers (`tableKind`); a petition table may name its batch in the file or sheet name
 * ("第五批.csv"). The readers are loaded only for a spreadsheet: exceljs alone takes longer to
 * load than validating a small JSON ledger, so `ducha validate ledger.json` never pays for it.
 */
async function readTable(
  format: "csv" | "xlsx",
  source: ByteSource,
  table: XlsxOptions,
  title: string,
): Promise<Result<Ledger>> {
  const { tableFromSheets } = await import("../io/readTable.js");
  if (format === "xlsx") {
    const { xlsxSheets } = await import("../io/readTasksXlsx.js");
    const sheets = await xlsxSheets(source, table.sheet, table);
    if (!sheets.ok) return sheets;
    return ledgerOf(tableFromSheets(sheets.value, table, title));
  }
  const { csvTableFrom } = await import("../io/csvStream.js");
  const rows = await csvTableFrom(source, ",", table);
  if (!rows.ok) return rows;
  return ledgerOf(tableFromSheets([{ rows: rows.value.rows }], table, title));
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
