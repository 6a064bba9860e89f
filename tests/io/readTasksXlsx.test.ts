import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTasksXlsx } from "../../src/io/index.js";
import { toCell } from "../../src/io/readTasksXlsx.js";
import { KEEP } from "./helpers.js";

const FIXTURE = new URL("../fixtures/io/libreoffice-tasks.xlsx", import.meta.url);

async function workbookBytes(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
) {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("整改任务"), workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readTasksXlsx", () => {
  it("imports a sheet saved by LibreOffice Calc, with real date cells", async () => {
    const bytes = readFileSync(FIXTURE);
    const result = await readTasksXlsx(bytes, { keepTogether: KEEP });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { ledger, stats } = result.value;
    expect(stats).toEqual({
      headerRow: 1,
      rowsRead: 4,
      produced: 4,
      rejected: 0,
      empty: 0,
      totals: 0,
    });
    expect(ledger.tasks.map((t) => [t.id, t.status, t.completedDate])).toEqual([
      ["t2", "in_progress", undefined],
      ["t8", "completed", "2018-06-30"],
      ["t12", "signed_off", "2017-07-28"],
      ["t13", "basically_completed", undefined],
    ]);
    expect(ledger.tasks[0]?.measures).toHaveLength(5);
    expect(ledger.tasks[0]?.measures?.[3]).toEqual({
      number: "四",
      text: "加大投入，积极提高城市污水收集水平（收集率达到90%）",
    });
    expect(ledger.tasks[1]?.cooperatingUnits).toEqual([
      "各旗县市区党委、政府",
      "市发改委",
      "国土局",
    ]);
    expect(readFileSync(FIXTURE).equals(bytes)).toBe(true);
  });

  it("reads merged, formula, rich-text, link and serial-date cells", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["落实中央环保督察反馈意见整改工作任务分解表"]);
      sheet.addRow(["序号", "反馈问题", "整改任务", "牵头单位", "完成日期", "销号日期"]);
      sheet.addRow([
        1,
        "岱海流域生态环境退化严重问题",
        "岱海生态补水工程",
        { richText: [{ text: "市水利局" }] },
        43281,
        { formula: "DATE(2018,12,31)", result: new Date(Date.UTC(2018, 11, 31)) },
      ]);
      sheet.addRow([
        2,
        null,
        "岱海电厂一期水改空工程",
        { text: "市发改委", hyperlink: "http://example.invalid" },
        null,
        null,
      ]);
      sheet.mergeCells("B3:B4");
    });
    const result = await readTasksXlsx(bytes, { sheet: "整改任务" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.stats.headerRow).toBe(2);
    expect(result.value.ledger.problems).toHaveLength(1);
    expect(
      result.value.ledger.tasks.map((t) => [
        t.problemIds,
        t.leadUnits,
        t.completedDate,
        t.signedOffDate,
      ]),
    ).toEqual([
      [["p1"], ["市水利局"], "2018-06-30", "2018-12-31"],
      [["p1"], ["市发改委"], undefined, undefined],
    ]);
  });

  it("reports a missing sheet, a file that is not a workbook and an error cell", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["整改任务", "完成日期"]);
      sheet.addRow(["地下水超采严重问题", { error: "#N/A" }]);
    });
    expect((await readTasksXlsx(bytes, { sheet: 3 })).issues[0]?.code).toBe("sheet_not_found");
    expect((await readTasksXlsx(bytes, { sheet: "台账" })).issues[0]?.params).toEqual({
      sheet: '"台账"',
    });
    const notXlsx = await readTasksXlsx(new TextEncoder().encode("序号,整改任务\n").buffer);
    expect(notXlsx.issues[0]?.code).toBe("invalid_workbook");
    const errorCell = await readTasksXlsx(bytes);
    expect(errorCell.issues[0]?.path).toEqual(["rows", 2, "完成日期"]);
    expect(errorCell.issues[0]?.message.en).toMatch(/"#N\/A"/);
  });
});

describe("toCell", () => {
  it("reduces every exceljs value kind to a plain cell", () => {
    expect(toCell(undefined)).toBeNull();
    expect(toCell(true)).toBe(true);
    expect(toCell({ sharedFormula: "A1", result: 3 } as unknown as ExcelJS.CellValue)).toBe(3);
    expect(toCell({ formula: "A1" } as unknown as ExcelJS.CellValue)).toBeNull();
    expect(
      toCell({
        text: { richText: [{ text: "市" }, { text: "环保局" }] },
        hyperlink: "x",
      } as unknown as ExcelJS.CellValue),
    ).toBe("市环保局");
    expect(toCell({ other: 1 } as unknown as ExcelJS.CellValue)).toBeNull();
  });
});
