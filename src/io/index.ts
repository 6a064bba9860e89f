/**
 * Reading and writing ledgers with Node: JSON, streamed NDJSON, CSV (UTF-8, UTF-16, GB18030) and
 * XLSX task and petition tables with Chinese headers, as offices lay them out (read as streams,
 * within limits a caller may raise), and CSV/XLSX writers for tasks, issues and any summary table.
 * Not part of the pure core `ducha`: it uses node:fs, node:readline, node:zlib, csv-parse,
 * csv-stringify and exceljs.
 *
 * @module ducha/io
 */

export { cellToIsoDate } from "./cellDate.js";
export type { Cell } from "./cells.js";
export type { PetitionColumn, TaskColumn } from "./columns.js";
export {
  normalizeHeader,
  PETITION_COLUMNS,
  PETITION_HEADER_ALIASES,
  TASK_COLUMNS,
  TASK_HEADER_ALIASES,
} from "./columns.js";
export type { DecodedText, TextEncodingName } from "./encoding.js";
export { decodeTable, decodeUtf8 } from "./encoding.js";
export { IO_ISSUES } from "./issues.js";
export type { ReadLimits } from "./limits.js";
export { READ_LIMITS } from "./limits.js";
export type { NdjsonOptions, NdjsonReport } from "./ndjson.js";
export { readLedgerNdjson, validateNdjsonStream } from "./ndjson.js";
export { parseLedgerJson } from "./parseLedgerJson.js";
export type { PetitionTableOptions } from "./petitionsFromTable.js";
export { batchInText, petitionsFromTable, tableKind } from "./petitionsFromTable.js";
export type { LedgerFileFormat, ReadLedgerFileOptions } from "./readLedgerFile.js";
export { readLedgerFile } from "./readLedgerFile.js";
export type { PetitionCsvOptions, PetitionXlsxOptions } from "./readPetitions.js";
export { parsePetitionsCsv, readPetitionsXlsx } from "./readPetitions.js";
export type { CsvOptions } from "./readTasksCsv.js";
export { parseTasksCsv } from "./readTasksCsv.js";
export type { XlsxOptions } from "./readTasksXlsx.js";
export { readTasksXlsx } from "./readTasksXlsx.js";
export type { MeasureItem } from "./splitMeasures.js";
export { splitMeasures } from "./splitMeasures.js";
export { splitUnits } from "./splitUnits.js";
export type { CellRange, SheetTable, TableMeta, TableStats } from "./table.js";
export type { ImportStats, TableImport, TaskTableOptions } from "./tasksFromTable.js";
export { tasksFromSheets, tasksFromTable } from "./tasksFromTable.js";
export {
  PETITION_CHANNEL_ALIASES,
  PETITION_STATUS_ALIASES,
  POLLUTION_TYPE_ALIASES,
  PROBLEM_CATEGORY_ALIASES,
  TASK_STATUS_ALIASES,
  TIME_LIMIT_KIND_ALIASES,
  VERIFICATION_ALIASES,
  YES_NO_ALIASES,
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
