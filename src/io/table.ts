import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { Cell } from "./cells.js";
import { cellText, isEmptyRow } from "./cells.js";
import { IO_ISSUES } from "./issues.js";

/** How many rows at the top may be titles before the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Where each known column is, and what the header row said. */
export interface ColumnMap<C extends string> {
  /** 1-based row number of the header row. */
  readonly headerRow: number;
  /** Column index → the field it fills. */
  readonly fields: ReadonlyMap<number, C>;
  /** Field → the header text as written (for issue paths). */
  readonly headers: ReadonlyMap<C, string>;
  readonly issues: Issue[];
}

/**
 * Finds the header row (the first of the top rows where at least half of the filled cells are
 * known headers, or the row asked for) and maps its columns to fields. Title rows above it, such
 * as "附表2：落实中央环保督察反馈意见整改工作任务分解表", are skipped.
 */
export function mapColumns<C extends string>(
  rows: readonly (readonly Cell[])[],
  lookup: (header: string) => C | undefined,
  headerRow?: number,
): ColumnMap<C> | undefined {
  const candidates =
    headerRow === undefined
      ? rows.slice(0, HEADER_SEARCH_ROWS).map((row, index) => ({ row, index }))
      : [{ row: rows[headerRow - 1] ?? [], index: headerRow - 1 }];
  for (const { row, index } of candidates) {
    const texts = row.map(cellText);
    const filled = texts.filter((text) => text !== "").length;
    const known = texts.filter((text) => lookup(text) !== undefined).length;
    if (known === 0 || (headerRow === undefined && known * 2 < filled)) continue;
    return columnsOf(texts, lookup, index + 1);
  }
  return undefined;
}

function columnsOf<C extends string>(
  texts: readonly string[],
  lookup: (header: string) => C | undefined,
  headerRow: number,
): ColumnMap<C> {
  const fields = new Map<number, C>();
  const headers = new Map<C, string>();
  const issues: Issue[] = [];
  texts.forEach((header, index) => {
    if (header === "") return;
    const field = lookup(header);
    if (field === undefined) {
      issues.push(issueFrom(IO_ISSUES, "unknown_header", ["rows", headerRow, header], { header }));
      return;
    }
    const first = headers.get(field);
    if (first !== undefined) {
      issues.push(
        issueFrom(IO_ISSUES, "duplicate_column", ["rows", headerRow, header], { header, first }),
      );
      return;
    }
    fields.set(index, field);
    headers.set(field, header);
  });
  return { headerRow, fields, headers, issues };
}

/** The issue for a table without a header row. */
export function noHeaderRow(): Issue {
  return issueFrom(IO_ISSUES, "no_header_row", ["rows"], {});
}

/** Counts of what happened to every row below the header: read = produced + rejected + empty. */
export interface TableStats {
  /** 1-based number of the header row (rows above it are titles). */
  readonly headerRow: number;
  /** Rows below the header row. */
  readonly rowsRead: number;
  /** Rows that became records. */
  readonly produced: number;
  /** Rows reported with an error and left out. */
  readonly rejected: number;
  /** Blank rows, reported as `empty_row` info. */
  readonly empty: number;
}

/** Walks the data rows: blank rows are counted and reported, the rest go to `convert`. */
export function eachDataRow(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  issues: Issue[],
  convert: (row: readonly Cell[], rowNumber: number) => boolean,
): TableStats {
  let produced = 0;
  let rejected = 0;
  let empty = 0;
  for (let index = headerRow; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const rowNumber = index + 1;
    if (isEmptyRow(row)) {
      empty++;
      issues.push(issueFrom(IO_ISSUES, "empty_row", ["rows", rowNumber], {}));
    } else if (convert(row, rowNumber)) produced++;
    else rejected++;
  }
  return { headerRow, rowsRead: Math.max(0, rows.length - headerRow), produced, rejected, empty };
}
