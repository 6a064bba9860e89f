// A CSV file read as a stream: its bytes in chunks from a byte source, decoded as they come
// (UTF-8, UTF-16 or GB18030, as decodeTable chooses: decodeStream.ts), split by csv-parse's
// stream API, and refused as soon as a record passes the row limit or a field the cell-length
// limit, so a huge or hostile file never sits whole in memory.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { Result } from "../issue.js";
import type { ByteSource } from "./byteSource.js";
import { decodeTableStream } from "./decodeStream.js";
import type { TextEncodingName } from "./encoding.js";
import { limitsOf, longCell, type ReadLimits, ReadRefused, tooManyRows } from "./limits.js";
import { CSV_PARSE_OPTIONS, csvIssue, unguard } from "./readTasksCsv.js";

/**
 * The rows of a CSV byte source, streamed through csv-parse within the row and cell limits, and
 * the encoding its bytes were decoded from.
 */
export async function csvTableFrom(
  source: ByteSource,
  delimiter = ",",
  limits: ReadLimits = {},
): Promise<Result<{ readonly rows: string[][]; readonly encoding: TextEncodingName }>> {
  const rows: string[][] = [];
  let encoding: TextEncodingName = "utf-8";
  try {
    const records = csvRecords(source, delimiter, limits, (found) => {
      encoding = found;
    });
    for await (const row of records) rows.push(row);
  } catch (error) {
    return { ok: false, issues: [csvIssue(error)] };
  }
  return { ok: true, value: { rows, encoding }, issues: [] };
}

/**
 * The records of a CSV byte source one by one, within the row and cell limits; `onEncoding` is
 * told the encoding before the first. Throws {@link ReadRefused} for a limit or the encoding,
 * and csv-parse's error for malformed CSV.
 */
export async function* csvRecords(
  source: ByteSource,
  delimiter = ",",
  limits: ReadLimits = {},
  onEncoding?: (encoding: TextEncodingName) => void,
): AsyncGenerator<string[]> {
  const { maxRows, maxCellLength } = limitsOf(limits);
  const text = Readable.from(decodeTableStream(source, onEncoding));
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
      yield unguard(row);
    }
  } finally {
    text.destroy();
    parser.destroy();
  }
}
