// A CSV file read as a stream: its bytes in chunks from a byte source, checked as UTF-8 as they
// come, split by csv-parse's stream API, and refused as soon as a record passes the row limit or
// a field the cell-length limit, so a huge or hostile file never sits whole in memory.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { type ByteSource, chunksOf } from "./byteSource.js";
import { IO_ISSUES } from "./issues.js";
import { limitsOf, longCell, type ReadLimits, ReadRefused, tooManyRows } from "./limits.js";
import { CSV_PARSE_OPTIONS, type CsvOptions, csvIssue } from "./readTasksCsv.js";
import { type TableImport, tasksFromTable } from "./tasksFromTable.js";

/** {@link parseTasksCsv} over a byte source (such as a file read in chunks), streamed. */
export async function readTasksCsvFrom(
  source: ByteSource,
  options: CsvOptions = {},
): Promise<Result<TableImport>> {
  const rows = await csvRowsFrom(source, options.delimiter, options);
  if (!rows.ok) return rows;
  return tasksFromTable(rows.value, options);
}

/** The rows of a CSV byte source, streamed through csv-parse within the row and cell limits. */
export async function csvRowsFrom(
  source: ByteSource,
  delimiter = ",",
  limits: ReadLimits = {},
): Promise<Result<string[][]>> {
  const rows: string[][] = [];
  try {
    for await (const row of csvRecords(source, delimiter, limits)) rows.push(row);
  } catch (error) {
    return { ok: false, issues: [error instanceof ReadRefused ? error.issue : csvIssue(error)] };
  }
  return { ok: true, value: rows, issues: [] };
}

/**
 * The records of a CSV byte source one by one, within the row and cell limits. Throws
 * {@link ReadRefused} for a limit or the encoding, and csv-parse's error for malformed CSV.
 */
export async function* csvRecords(
  source: ByteSource,
  delimiter = ",",
  limits: ReadLimits = {},
): AsyncGenerator<string[]> {
  const { maxRows, maxCellLength } = limitsOf(limits);
  const text = Readable.from(utf8Text(source));
  const parser = text.pipe(
    parse({
      ...CSV_PARSE_OPTIONS,
      delimiter,
      // A field never closed would otherwise grow without end: no record may hold more than a
      // row of cells at the limit could.
      max_record_size: maxCellLength * 1024,
    }),
  );
  text.on("error", (error) => parser.destroy(error));
  let count = 0;
  try {
    for await (const record of parser) {
      const row = record as string[];
      if (count === maxRows) throw new ReadRefused(tooManyRows(maxRows));
      const long = longCell(row, count + 1, maxCellLength);
      if (long) throw new ReadRefused(long);
      count++;
      yield row;
    }
  } finally {
    text.destroy();
    parser.destroy();
  }
}

/** The text of a UTF-8 source in chunks (a BOM kept for csv-parse); anything else is refused. */
async function* utf8Text(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let first = true;
  for await (const bytes of chunksOf(source)) {
    if (first && bytes.length >= 2) {
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw unsupported("UTF-16");
      }
    }
    first = false;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw unsupported("GBK/GB18030");
    }
    if (text !== "") yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } catch {
    throw unsupported("GBK/GB18030");
  }
}

function unsupported(encoding: string): ReadRefused {
  return new ReadRefused(issueFrom(IO_ISSUES, "unsupported_encoding", [], { encoding }));
}
