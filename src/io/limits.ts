import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { IO_ISSUES } from "./issues.js";

/**
 * Bounds the table readers keep to, so that a hostile or mistaken file is refused with an issue
 * instead of exhausting memory. Each has a default ({@link READ_LIMITS}) that a caller may raise
 * or lower; each, when exceeded, stops the read with its own issue code.
 *
 * @example
 * ```ts
 * import type { ReadLimits } from "ducha/io";
 * const limits: ReadLimits = { maxRows: 2_000_000, maxUncompressedBytes: 4 * 2 ** 30 };
 * ```
 * @category IO
 */
export interface ReadLimits {
  /**
   * Bytes an .xlsx archive may hold once inflated, as its central directory declares them, summed
   * over its entries; checked before anything is inflated (`archive_too_large`). An entry that
   * inflates to more than it declared is refused too. Default 1 GiB.
   */
  readonly maxUncompressedBytes?: number;
  /** Entries (files) in an .xlsx archive (`archive_too_many_entries`). Default 10,000. */
  readonly maxEntries?: number;
  /**
   * Rows of a sheet or CSV file, titles and header included (`too_many_rows`). Default
   * 1,048,576, the most rows an Excel sheet can have.
   */
  readonly maxRows?: number;
  /**
   * Characters in one cell (`cell_too_long`). Default 32,767, the most an Excel cell can hold.
   */
  readonly maxCellLength?: number;
}

/**
 * The default {@link ReadLimits}: 1 GiB inflated and 10,000 entries per .xlsx archive; Excel's
 * own bounds for rows (1,048,576) and cell length (32,767 characters).
 *
 * @example
 * ```ts
 * import { READ_LIMITS } from "ducha/io";
 * READ_LIMITS.maxRows; //=> 1048576
 * READ_LIMITS.maxUncompressedBytes; //=> 1073741824
 * ```
 * @category IO
 */
export const READ_LIMITS: Readonly<Required<ReadLimits>> = {
  maxUncompressedBytes: 2 ** 30,
  maxEntries: 10_000,
  maxRows: 1_048_576,
  maxCellLength: 32_767,
};

/** A read stopped on purpose: a limit exceeded or a broken file, carried as the issue to report. */
export class ReadRefused extends Error {
  readonly issue: Issue;
  constructor(issue: Issue) {
    super(issue.message.en);
    this.issue = issue;
  }
}

/** The limits asked for, with the defaults where none is given. */
export function limitsOf(options: ReadLimits): Required<ReadLimits> {
  return {
    maxUncompressedBytes: options.maxUncompressedBytes ?? READ_LIMITS.maxUncompressedBytes,
    maxEntries: options.maxEntries ?? READ_LIMITS.maxEntries,
    maxRows: options.maxRows ?? READ_LIMITS.maxRows,
    maxCellLength: options.maxCellLength ?? READ_LIMITS.maxCellLength,
  };
}

/** The spreadsheet letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The issue of a row past `maxRows`. */
export function tooManyRows(limit: number): Issue {
  return issueFrom(IO_ISSUES, "too_many_rows", ["rows", limit + 1], { limit });
}

/** The issue of a cell longer than `maxCellLength` (row and column 1-based). */
export function cellTooLong(row: number, column: number, length: number, limit: number): Issue {
  return issueFrom(IO_ISSUES, "cell_too_long", ["rows", row], {
    column: columnLetters(column),
    length,
    limit,
  });
}

/** The first cell of a row longer than the limit, as an issue; undefined when none is. */
export function longCell(
  row: readonly unknown[],
  rowNumber: number,
  limit: number,
): Issue | undefined {
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (typeof cell === "string" && cell.length > limit) {
      return cellTooLong(rowNumber, index + 1, cell.length, limit);
    }
  }
  return undefined;
}
