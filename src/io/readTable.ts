// A CSV or XLSX table is a task table or a petition table, told apart by its headers
// (tableKind). The command line reads either through this one dispatcher, so that the layouts
// (title rows, merges, 合计 rows) and the encodings are handled once for both kinds.
import type { Result } from "../issue.js";
import { petitionsFromTable, tableKind } from "./petitionsFromTable.js";
import { applyMerges, type SheetTable } from "./table.js";
import { type TableImport, type TaskTableOptions, tasksFromSheets } from "./tasksFromTable.js";

/**
 * Reads sheets as a petition table when the first sheet whose headers are known is one (its
 * batch may be named in `title`, the file's name, or in the sheet's name: "第五批"; the options
 * it shares with task tables, `roundId`, `headerRow` and `skipInvalid`, are passed on), else as
 * task tables.
 */
export function tableFromSheets(
  sheets: readonly SheetTable[],
  options: TaskTableOptions,
  title: string,
): Result<TableImport> {
  for (const sheet of sheets) {
    const kind = tableKind(sheet.rows);
    if (kind === undefined) continue;
    if (kind === "tasks") break;
    const rows = applyMerges(sheet.rows, sheet.merges).rows;
    const named = [title, sheet.name].filter((t) => t !== undefined && t !== "").join(" ");
    const { roundId, headerRow, skipInvalid } = options;
    return petitionsFromTable(rows, {
      ...(roundId === undefined ? {} : { roundId }),
      ...(headerRow === undefined ? {} : { headerRow }),
      ...(skipInvalid === undefined ? {} : { skipInvalid }),
      ...(named === "" ? {} : { title: named }),
    });
  }
  return tasksFromSheets(sheets, options);
}
