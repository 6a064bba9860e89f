// Which reader a file's extension picks, for readLedgerFile and the command line alike: one table
// of the formats read and one of the old or foreign spreadsheets refused with how to save them.

/**
 * File formats {@link readLedgerFile} reads.
 *
 * @example
 * ```ts
 * import type { LedgerFileFormat } from "ducha/io";
 * const format: LedgerFileFormat = "ndjson";
 * ```
 * @category IO
 */
export type LedgerFileFormat = "json" | "ndjson" | "csv" | "xlsx";

const FORMATS: Readonly<Record<string, LedgerFileFormat>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
  ".xlsx": "xlsx",
};

// Old and foreign spreadsheets: refused with an issue (legacy_spreadsheet) that says how to save
// them as .xlsx.
const LEGACY: Readonly<Record<string, string>> = {
  ".xls": ".xls/.et",
  ".et": ".xls/.et",
  ".ods": ".ods",
};

/**
 * A path's extension (lower case, with its dot; "" when it has none), the format it is read as,
 * and, for an old or foreign spreadsheet, the kind `legacy_spreadsheet` names.
 */
export function fileKindOf(path: string): {
  readonly extension: string;
  readonly format?: LedgerFileFormat;
  readonly legacy?: string;
} {
  const extension = /\.[^./\\]+$/.exec(path)?.[0]?.toLowerCase() ?? "";
  const format = FORMATS[extension];
  const legacy = LEGACY[extension];
  return {
    extension,
    ...(format === undefined ? {} : { format }),
    ...(legacy === undefined ? {} : { legacy }),
  };
}
