import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bytesSource } from "../../src/io/byteSource.js";
import { ReadRefused } from "../../src/io/limits.js";
import { xlsxSheets } from "../../src/io/xlsxStream.js";

async function twoSheets(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet("说明");
  first.addRow(["本表为2017年第一轮督察反馈问题整改任务清单"]);
  const tasks = workbook.addWorksheet("整改任务 & 进展");
  tasks.addRow(["序号", "反馈问题", "整改任务"]);
  tasks.addRow([1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"]);
  tasks.addRow([2, null, "岱海电厂一期水改空工程"]);
  tasks.getRow(5).values = [3, "黑河水质下降问题", "黑河河道整治工程"];
  tasks.mergeCells("B2:B3");
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function read(bytes: Uint8Array, sheets?: (string | number)[]) {
  const out: { name: string; position: number; rows: unknown[]; merges: readonly string[] }[] = [];
  for await (const sheet of xlsxSheets(bytesSource(bytes), sheets ? { sheets } : {})) {
    const rows: unknown[] = [];
    for await (const row of sheet.rows()) rows.push([row.number, row.cells]);
    out.push({ name: sheet.name, position: sheet.position, rows, merges: sheet.merges });
  }
  return out;
}

describe("xlsxSheets", () => {
  it("yields every sheet in workbook order with its name, rows by number and merge ranges", async () => {
    const sheets = await read(await twoSheets());
    expect(sheets.map((sheet) => [sheet.name, sheet.position, sheet.merges])).toEqual([
      ["说明", 1, []],
      ["整改任务 & 进展", 2, ["B2:B3"]],
    ]);
    expect(sheets[1]?.rows).toEqual([
      [1, ["序号", "反馈问题", "整改任务"]],
      [2, [1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"]],
      [3, [2, null, "岱海电厂一期水改空工程"]],
      [5, [3, "黑河水质下降问题", "黑河河道整治工程"]],
    ]);
  });

  it("reads only the sheets asked for, by name or position, and refuses one not there", async () => {
    const bytes = await twoSheets();
    expect((await read(bytes, ["整改任务 & 进展"])).map((sheet) => sheet.position)).toEqual([2]);
    expect((await read(bytes, [2, 1])).map((sheet) => sheet.name)).toEqual([
      "整改任务 & 进展",
      "说明",
    ]);
    await expect(read(bytes, ["台账"])).rejects.toBeInstanceOf(ReadRefused);
  });
});
