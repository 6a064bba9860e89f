import type { Result } from "../issue.js";
import type { ReadLimits } from "./limits.js";
import { type PetitionTableOptions, petitionsFromTable } from "./petitionsFromTable.js";
import { csvTable, withEncoding } from "./readTasksCsv.js";
import { xlsxRows } from "./readTasksXlsx.js";
import type { TableImport } from "./tasksFromTable.js";

/**
 * Options of {@link parsePetitionsCsv}: those of every petition table, the row and cell limits of
 * {@link ReadLimits}, plus the field delimiter.
 *
 * @example
 * ```ts
 * import type { PetitionCsvOptions } from "ducha/io";
 * const options: PetitionCsvOptions = { delimiter: "\t", roundId: "r3-nm" };
 * ```
 * @category IO
 */
export interface PetitionCsvOptions extends PetitionTableOptions, ReadLimits {
  /** Field delimiter; default ",". */
  readonly delimiter?: string;
}

/**
 * Options of {@link readPetitionsXlsx}: those of every petition table, the limits of
 * {@link ReadLimits}, plus which sheet to read.
 *
 * @example
 * ```ts
 * import type { PetitionXlsxOptions } from "ducha/io";
 * const options: PetitionXlsxOptions = { sheet: "第五批" };
 * ```
 * @category IO
 */
export interface PetitionXlsxOptions extends PetitionTableOptions, ReadLimits {
  /** Sheet name, or 1-based position; default the first sheet. */
  readonly sheet?: string | number;
}

/**
 * Reads a CSV petition table (UTF-8, UTF-16 or GB18030, as `parseTasksCsv` decodes it) into a ledger; see
 * {@link petitionsFromTable} for the columns. The same reading of the file as `parseTasksCsv`:
 * same issues, row numbers as a spreadsheet shows them.
 *
 * @example
 * ```ts
 * import { parsePetitionsCsv } from "ducha/io";
 * const csv = "受理编号,交办批次,行政区域,是否属实,处理和整改情况,办结情况\n" +
 *   "D1,第五批,包头市昆都仑区,属实,责令整改2家，立案处罚1家，罚款2150.5万元,已办结\n";
 * const result = parsePetitionsCsv(csv);
 * if (result.ok) result.value.ledger.petitions[0]?.outcomes;
 * //=> { ordersToRectify: 2, casesFiled: 1, finesYuan: 21505000 }
 * ```
 * @category IO
 */
export function parsePetitionsCsv(
  input: string | Uint8Array,
  options: PetitionCsvOptions = {},
): Result<TableImport> {
  const table = csvTable(input, options.delimiter, options);
  if (!table.ok) return table;
  return withEncoding(petitionsFromTable(table.value.rows, options), table.value.encoding);
}

/**
 * Reads an .xlsx petition table into a ledger; see {@link petitionsFromTable} for the columns. The
 * sheet is read as `readTasksXlsx` reads it; its name is where a batch is read from ("第五批")
 * when neither a 批次 cell, the `batch` option nor a title row gives one.
 *
 * @example
 * ```ts
 * import { readPetitionsXlsx, writeTableXlsx } from "ducha/io";
 * const bytes = await writeTableXlsx(
 *   [{ 受理编号: "D1", 交办问题基本情况: "夜间施工噪声扰民", 是否属实: "属实", 办结情况: "已办结" }],
 *   ["受理编号", "交办问题基本情况", "是否属实", "办结情况"],
 * );
 * const result = await readPetitionsXlsx(bytes, { title: "第3批" });
 * if (result.ok) result.value.ledger.petitions[0]?.batch; //=> 3
 * ```
 * @category IO
 */
export async function readPetitionsXlsx(
  data: Uint8Array | ArrayBuffer,
  options: PetitionXlsxOptions = {},
): Promise<Result<TableImport>> {
  let sheetName: string | undefined;
  const rows = await xlsxRows(data, options.sheet, options, (name) => {
    sheetName = name;
  });
  if (!rows.ok) return rows;
  const title = [options.title, sheetName].filter((t) => t !== undefined).join(" ");
  return petitionsFromTable(rows.value, title === "" ? options : { ...options, title });
}
