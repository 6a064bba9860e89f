// An .xlsx read row by row with exceljs's streaming WorkbookReader, so that memory holds the rows
// the caller keeps, not the workbook. The archive is opened here, not by exceljs: its central
// directory is checked against the limits before anything is inflated (src/io/zip.ts), and only
// the parts a table needs (relationships, workbook, styles, shared strings and the sheets asked
// for) are inflated, counted, and handed to exceljs as a stored zip stream in the order its
// streaming reader wants (shared strings before sheets, so it never spills a sheet to a temp
// file). The sheet's merge ranges, which exceljs's streaming reader skips, are picked out of the
// sheet's XML as it passes.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { type Issue, issueFrom } from "../issue.js";
import type { ByteSource } from "./byteSource.js";
import type { Cell } from "./cells.js";
import { IO_ISSUES } from "./issues.js";
import { cellTooLong, limitsOf, type ReadLimits, ReadRefused, tooManyRows } from "./limits.js";
import { entryBytes, readZipDirectory, type ZipEntry } from "./zip.js";

/** One row of a sheet: its 1-based number as the spreadsheet shows it, and its cells from column A. */
export interface XlsxRow {
  readonly number: number;
  readonly cells: Cell[];
}

/** One worksheet being read. */
export interface XlsxSheet {
  readonly name: string;
  /** 1-based position among the workbook's sheets. */
  readonly position: number;
  /** The rows that have cells, in order; read once. */
  rows(): AsyncGenerator<XlsxRow>;
  /** Merge ranges such as "B3:B4"; complete once `rows()` has been read to its end. */
  readonly merges: readonly string[];
}

/** Which sheets to read (by name or 1-based position; default all) and the limits. */
export interface XlsxStreamOptions extends ReadLimits {
  readonly sheets?: readonly (string | number)[];
}

interface SheetRef {
  readonly name: string;
  readonly position: number;
  readonly entry: ZipEntry;
}

/** Parts other than sheets are small; one larger than this is not a workbook we can read. */
const MAX_PART_BYTES = 64 * 2 ** 20;

/**
 * The sheets of an .xlsx, one after the other, each read row by row. Throws {@link ReadRefused}
 * with the issue to report: a limit exceeded, a sheet not found, or a broken file.
 */
export async function* xlsxSheets(
  source: ByteSource,
  options: XlsxStreamOptions = {},
): AsyncGenerator<XlsxSheet> {
  const limits = limitsOf(options);
  const { byName, workbookEntry, relsEntry, chosen } = await openWorkbook(source, options);

  const merges = new Map<SheetRef, string[]>(chosen.map((sheet) => [sheet, []]));
  let failure: unknown;
  const stream = Readable.from(
    (async function* () {
      try {
        yield* storedZip(source, byName, chosen, merges, workbookEntry, relsEntry);
      } catch (error) {
        // pipe() does not pass errors on: end the stream and say why after exceljs stops.
        failure = error;
      }
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let index = 0;
  try {
    for await (const worksheet of reader) {
      const sheet = chosen[index++];
      if (sheet === undefined) break;
      const sheetMerges = merges.get(sheet) ?? [];
      let done = false;
      yield {
        name: sheet.name,
        position: sheet.position,
        merges: sheetMerges,
        rows: async function* () {
          if (done) return;
          done = true;
          for await (const row of worksheet) {
            if (row.number > limits.maxRows) throw new ReadRefused(tooManyRows(limits.maxRows));
            yield { number: row.number, cells: cellsOf(row, limits.maxCellLength) };
          }
        },
      };
      // A caller that skipped the rows still moves the stream on to the next sheet.
      if (!done) for await (const _ of worksheet) done = true;
    }
  } catch (error) {
    if (failure !== undefined) throw failure;
    if (error instanceof ReadRefused) throw error;
    throw invalid(error instanceof Error ? error.message : String(error));
  } finally {
    stream.destroy();
  }
  if (failure !== undefined) throw failure;
  if (index < chosen.length) throw invalid("a worksheet part could not be read");
}

/** The archive's directory, checked, and the sheets asked for (all by default). */
async function openWorkbook(source: ByteSource, options: XlsxStreamOptions) {
  // An .xls, .et or .ods saved under an .xlsx name: said as such, not as a broken zip.
  const legacy = legacyKind(await source.read(0, Math.min(source.size, 100)));
  if (legacy !== undefined) {
    throw new ReadRefused(issueFrom(IO_ISSUES, "legacy_spreadsheet", [], { kind: legacy }));
  }
  const entries = await readZipDirectory(source, limitsOf(options));
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const workbookEntry = byName.get("xl/workbook.xml");
  const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
  if (!workbookEntry || !relsEntry) {
    throw invalid("no xl/workbook.xml and its relationships (not an .xlsx workbook)");
  }
  const workbookXml = await partText(source, workbookEntry);
  const relsXml = await partText(source, relsEntry);
  const all = sheetsOf(workbookXml, relsXml, byName);
  const wanted = options.sheets ?? all.map((sheet) => sheet.position);
  const chosen = wanted.map((want) => {
    const found =
      typeof want === "number"
        ? all.find((sheet) => sheet.position === want)
        : all.find((sheet) => sheet.name === want);
    if (!found) {
      throw new ReadRefused(
        issueFrom(IO_ISSUES, "sheet_not_found", [], { sheet: JSON.stringify(want) }),
      );
    }
    return found;
  });
  return { byName, workbookEntry, relsEntry, chosen };
}

/** The names of a workbook's sheets in order, read from its directory and workbook part only. */
export async function workbookSheets(
  source: ByteSource,
  limits: ReadLimits = {},
): Promise<string[]> {
  const { chosen } = await openWorkbook(source, limits);
  return chosen.map((sheet) => sheet.name);
}

/**
 * The merge ranges of one sheet, read ahead of its rows: a sheet lists them after its rows, so a
 * reader that handles rows as they stream needs them first. Costs one inflation of the sheet.
 */
export async function sheetMerges(
  source: ByteSource,
  sheet: string | number,
  limits: ReadLimits = {},
): Promise<string[]> {
  const { chosen } = await openWorkbook(source, { ...limits, sheets: [sheet] });
  const found: string[] = [];
  let tail = "";
  for (const ref of chosen) {
    for await (const bytes of entryBytes(source, ref.entry)) tail = scanMerges(tail, bytes, found);
  }
  return found;
}

/** Adds the merge ranges of a chunk of sheet XML to `found`; returns the tail to carry over. */
function scanMerges(tail: string, bytes: Uint8Array, found: string[]): string {
  const text =
    tail + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  for (const match of text.matchAll(MERGE_CELL)) {
    if (match.index + match[0].length > tail.length) found.push(match[1] ?? "");
  }
  return text.slice(-256);
}

const MERGE_CELL = /<(?:\w+:)?mergeCell\b[^>]*?\sref\s*=\s*"([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

/** The cells of an exceljs row from column A, refusing one longer than the limit. */
function cellsOf(row: ExcelJS.Row, maxCellLength: number): Cell[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: Cell[] = [];
  for (let column = 1; column < values.length; column++) {
    const cell = toCell(values[column]);
    if (typeof cell === "string" && cell.length > maxCellLength) {
      throw new ReadRefused(cellTooLong(row.number, column, cell.length, maxCellLength));
    }
    cells.push(cell);
  }
  return cells;
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

function invalid(detail: string): ReadRefused {
  return new ReadRefused(issueFrom(IO_ISSUES, "invalid_workbook", [], { detail }));
}

/** The issue of a failed workbook read: the one a refusal carries, else `invalid_workbook`. */
export function workbookIssue(error: unknown): Issue {
  if (error instanceof ReadRefused) return error.issue;
  return invalid(error instanceof Error ? error.message : String(error)).issue;
}

async function partText(source: ByteSource, entry: ZipEntry): Promise<string> {
  if (entry.uncompressedSize > MAX_PART_BYTES) throw invalid(`${entry.name} is too large`);
  const chunks: Uint8Array[] = [];
  for await (const bytes of entryBytes(source, entry)) chunks.push(bytes);
  return Buffer.concat(chunks).toString("utf8");
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(tag: string, name: RegExp): string | undefined {
  const match = new RegExp(`\\s${name.source}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? xmlText(match[1] ?? match[2] ?? "") : undefined;
}

/** The workbook's sheets in order, each with the zip entry of its part. */
function sheetsOf(
  workbookXml: string,
  relsXml: string,
  byName: ReadonlyMap<string, ZipEntry>,
): SheetRef[] {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, /Id/);
    const target = attribute(tag, /Target/);
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const sheets: SheetRef[] = [];
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, /name/) ?? "";
    const target = targets.get(attribute(tag, /\w+:id/) ?? "");
    const path = target === undefined ? undefined : partPath(target);
    const entry = path === undefined ? undefined : byName.get(path);
    // Chart sheets and dialog sheets have no cells: they keep their position but are not read.
    if (entry && /^xl\/worksheets\//.test(path ?? "")) {
      sheets.push({ name, position: sheets.length + 1, entry });
    }
  }
  return sheets;
}

function partPath(target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

function localHeader(name: string, size: number): Buffer {
  if (size > 0xfffffffe) throw invalid(`${name} is larger than 4 GiB`);
  const nameBytes = Buffer.from(name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 name
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

/**
 * The parts exceljs needs, inflated, as a zip of stored entries: relationships, workbook, styles,
 * shared strings (an empty table when the workbook has none), then the chosen sheets, each under
 * the name sheetN.xml in reading order.
 */
async function* storedZip(
  source: ByteSource,
  byName: ReadonlyMap<string, ZipEntry>,
  sheets: readonly SheetRef[],
  merges: ReadonlyMap<SheetRef, string[]>,
  workbook: ZipEntry,
  rels: ZipEntry,
): AsyncGenerator<Uint8Array> {
  // exceljs would name the renamed parts after the original relationships; the names come from
  // workbook.xml here instead, so the sheets' relationships are pointed at nothing.
  const renamed = sheets.map((sheet, index) => ({
    sheet,
    part: `xl/worksheets/sheet${index + 1}.xml`,
  }));
  const relsXml = Buffer.from(
    (await partText(source, rels)).replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) =>
      tag.replace(/\sTarget\s*=\s*"[^"]*worksheets\/[^"]*"/, ' Target="unused.xml"'),
    ),
  );
  yield localHeader("xl/_rels/workbook.xml.rels", relsXml.length);
  yield relsXml;
  for (const entry of [workbook, byName.get("xl/styles.xml")]) {
    if (entry === undefined) continue;
    yield localHeader(entry.name, entry.uncompressedSize);
    yield* wholeCharacters(entryBytes(source, entry));
  }
  const shared = byName.get("xl/sharedStrings.xml");
  if (shared) {
    yield localHeader(shared.name, shared.uncompressedSize);
    yield* wholeCharacters(entryBytes(source, shared));
  } else {
    yield localHeader("xl/sharedStrings.xml", EMPTY_SHARED_STRINGS.length);
    yield EMPTY_SHARED_STRINGS;
  }
  for (const { sheet, part } of renamed) {
    yield localHeader(part, sheet.entry.uncompressedSize);
    const found = merges.get(sheet) ?? [];
    let tail = "";
    for await (const bytes of wholeCharacters(entryBytes(source, sheet.entry))) {
      tail = scanMerges(tail, bytes, found);
      yield bytes;
    }
  }
  yield END_RECORD;
}

/**
 * The same bytes in chunks that end on whole UTF-8 characters. exceljs's streaming reader decodes
 * each chunk of XML on its own, so a character split between two chunks (inflate cuts anywhere)
 * would come out as two or three replacement characters: Chinese text would be corrupted.
 */
async function* wholeCharacters(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const cut = completeLength(bytes);
    carry = bytes.subarray(cut);
    if (cut > 0) yield bytes.subarray(0, cut);
  }
  if (carry.length > 0) yield carry;
}

/** Bytes up to the end of the last whole UTF-8 character (all of them when none is cut). */
function completeLength(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead < 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const first = bytes[lead] ?? 0;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + size <= bytes.length ? bytes.length : lead;
}

/**
 * An end record with a short comment and a few bytes after it: unzipper's parser fails with
 * FILE_ENDED when the stream ends exactly where a read of its ends, so the stream never does.
 */
const END_RECORD = (() => {
  const record = Buffer.alloc(22 + 2 + 8);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(2, 20);
  return record;
})();

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
