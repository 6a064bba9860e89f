/**
 * Reading and writing ledgers with Node: JSON, streamed NDJSON, CSV and XLSX task tables with
 * Chinese headers (read as streams, within limits a caller may raise), and CSV/XLSX writers for
 * tasks, issues and any summary table. Not part of the pure core `ducha`: it uses node:fs,
 * node:readline, node:zlib, csv-parse, csv-stringify and exceljs.
 *
 * @module ducha/io
 */

export { cellToIsoDate } from "./cellDate.js";
export type { Cell } from "./cells.js";
export type { TaskColumn } from "./columns.js";
export { normalizeHeader, TASK_COLUMNS, TASK_HEADER_ALIASES } from "./columns.js";
export { decodeUtf8 } from "./encoding.js";
export { IO_ISSUES } from "./issues.js";
export type { ReadLimits } from "./limits.js";
export { READ_LIMITS } from "./limits.js";
export type { NdjsonOptions, NdjsonReport } from "./ndjson.js";
export { readLedgerNdjson, validateNdjsonStream } from "./ndjson.js";
export { parseLedgerJson } from "./parseLedgerJson.js";
export type { LedgerFileFormat, ReadLedgerFileOptions } from "./readLedgerFile.js";
export { readLedgerFile } from "./readLedgerFile.js";
export type { CsvOptions } from "./readTasksCsv.js";
export { parseTasksCsv } from "./readTasksCsv.js";
export type { XlsxOptions } from "./readTasksXlsx.js";
export { readTasksXlsx } from "./readTasksXlsx.js";
export type { MeasureItem } from "./splitMeasures.js";
export { splitMeasures } from "./splitMeasures.js";
export { splitUnits } from "./splitUnits.js";
export type { TableStats } from "./table.js";
export type { TableImport, TaskTableOptions } from "./tasksFromTable.js";
export { tasksFromTable } from "./tasksFromTable.js";
export {
  PROBLEM_CATEGORY_ALIASES,
  TASK_STATUS_ALIASES,
  TIME_LIMIT_KIND_ALIASES,
} from "./vocabulary.js";
export { issueTableRows, writeIssuesCsv, writeIssuesXlsx } from "./writeIssues.js";
export type {
  CsvWriteOptions,
  TableRow,
  TableValue,
  XlsxWriteOptions,
} from "./writeTable.js";
export { writeTableCsv, writeTableXlsx } from "./writeTable.js";
export type { TaskTableWriteOptions } from "./writeTasks.js";
export { taskTableRows, writeTasksCsv, writeTasksXlsx } from "./writeTasks.js";
