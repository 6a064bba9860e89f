// The office-layout fixtures made by LibreOffice Calc (scripts/office-fixtures.ts): what each file
// must yield, written by hand from the sheets the script describes. Every row below a header is
// accounted for: rowsRead = produced + rejected + empty + totals.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parsePetitionsCsv,
  parseTasksCsv,
  readLedgerFile,
  readPetitionsXlsx,
  readTasksXlsx,
} from "../../src/io/index.js";
import type { TableImport } from "../../src/io/tasksFromTable.js";
import type { Result } from "../../src/issue.js";
import { KEEP } from "./helpers.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "io");

async function read(file: string, sheet?: string | number): Promise<Result<TableImport>> {
  const bytes = readFileSync(join(DIR, file));
  return file.endsWith(".csv")
    ? parseTasksCsv(bytes, { keepTogether: KEEP })
    : readTasksXlsx(bytes, { keepTogether: KEEP, ...(sheet === undefined ? {} : { sheet }) });
}

function byStatus(result: Result<TableImport>): Record<string, number> {
  const counts: Record<string, number> = {};
  if (result.ok)
    for (const task of result.value.ledger.tasks) {
      const status = task.status ?? "none";
      counts[status] = (counts[status] ?? 0) + 1;
    }
  return counts;
}

const codes = (result: Result<TableImport>) =>
  result.issues.map((issue) => `${issue.code}@${issue.path.join(".")}`);

describe("a ledger under a title and a 填报单位/截至 line, ending with a 合计 row", () => {
  const files = [
    ["office-ledger.xlsx", undefined],
    ["office-ledger-gb18030.csv", "gb18030"],
    ["office-ledger-utf8bom.csv", "utf-8"],
  ] as const;
  it.each(files)("%s: six tasks, the 合计 row skipped, meta read", async (file, encoding) => {
    const result = await read(file);
    expect(codes(result)).toEqual(["total_row@rows.10"]);
    if (!result.ok) throw new Error("not read");
    const { stats, ledger } = result.value;
    expect(stats).toEqual({
      headerRow: 3,
      rowsRead: 7,
      produced: 6,
      rejected: 0,
      empty: 0,
      totals: 1,
      ...(encoding === undefined ? {} : { encoding }),
    });
    expect(ledger.meta).toEqual({
      title: "乌兰察布市中央环境保护督察反馈问题整改落实情况台账",
      publisher: "乌兰察布市环境保护局",
      asOf: "2018-06-30",
    });
    expect(ledger.tasks.map((task) => task.id)).toEqual(["t8", "t10", "t12", "t13", "t14", "t15"]);
    expect(byStatus(result)).toEqual({ completed: 3, in_progress: 2, not_started: 1 });
    expect(ledger.problems).toHaveLength(6);
    expect(ledger.tasks.map((task) => task.completedDate)).toEqual([
      "2018-06-28",
      undefined,
      "2017-07-28",
      "2017-09-26",
      undefined,
      undefined,
    ]);
    expect(ledger.tasks[1]?.cooperatingUnits).toEqual([
      "各旗县市区党委、政府",
      "市国土局",
      "环保局",
      "农开办",
    ]);
  });
});

describe("a two-row header with each problem merged over its measure rows", () => {
  const files = [
    ["office-merged.xlsx", undefined, []],
    ["office-merged-gb18030.csv", "gb18030", ["filled_down@rows.4.反馈问题"]],
    ["office-merged-utf8bom.csv", "utf-8", ["filled_down@rows.4.反馈问题"]],
    ["office-merged-utf16.csv", "utf-16le", ["filled_down@rows.4.反馈问题"]],
  ] as const;
  it.each(files)("%s: six measures of three problems", async (file, encoding, filled) => {
    const result = await read(file);
    // The .xlsx keeps its merges (exceljs reports them); a CSV has the cells empty instead.
    expect(codes(result)).toEqual([...filled, "total_row@rows.11", "total_row@rows.12"]);
    if (!result.ok) throw new Error("not read");
    const { stats, ledger } = result.value;
    expect(stats).toEqual({
      headerRow: 4,
      rowsRead: 8,
      produced: 6,
      rejected: 0,
      empty: 0,
      totals: 2,
      ...(encoding === undefined ? {} : { encoding }),
    });
    expect(ledger.meta).toEqual({
      title: "乌兰察布市落实中央环保督察反馈意见整改措施清单",
      publisher: "乌兰察布市委督查室",
      asOf: "2018-06-30",
    });
    expect(ledger.tasks.map((task) => [task.id, task.problemIds[0], task.leadUnits])).toEqual([
      ["t1-1", "p1", ["市水利局"]],
      ["t1-2", "p1", ["市住建委"]],
      ["t1-3", "p1", ["市环保局"]],
      ["t2", "p2", ["市商务局"]],
      ["t3-1", "p3", ["市水利局"]],
      ["t3-2", "p3", ["市水利局"]],
    ]);
    expect(ledger.problems.map((problem) => problem.text)).toEqual([
      "黑河水质下降问题",
      "油气回收治理工作滞后问题",
      "地下水超采严重问题",
    ]);
    // 措施 under 整改措施 is the measure; 时限 the deadline.
    expect(ledger.tasks[1]?.measures?.[0]?.text).toBe(
      "完成城镇污水处理厂达标改造及中水回用工程建设",
    );
    expect(ledger.tasks[1]?.deadline).toEqual({ text: "2018年6月底", due: "2018-06-30" });
    expect(byStatus(result)).toEqual({ in_progress: 2, completed: 3, basically_completed: 1 });
  });
});

describe("a workbook of several sheets", () => {
  it("reads every sheet with a header row and skips the notes sheet", async () => {
    const result = await read("office-rounds.xlsx");
    expect(codes(result)).toEqual(["sheet_skipped@sheets.填表说明"]);
    if (!result.ok) throw new Error("not read");
    const { stats, ledger } = result.value;
    expect(stats.sheets).toEqual([
      {
        name: "第一轮督察",
        headerRow: 1,
        rowsRead: 3,
        produced: 3,
        rejected: 0,
        empty: 0,
        totals: 0,
      },
      {
        name: "第二轮督察",
        headerRow: 2,
        rowsRead: 4,
        produced: 4,
        rejected: 0,
        empty: 0,
        totals: 0,
      },
    ]);
    expect([stats.rowsRead, stats.produced]).toEqual([7, 7]);
    expect(ledger.tasks.map((task) => task.id)).toEqual([
      "s1-t1",
      "s1-t2",
      "s1-t3",
      "s3-t1",
      "s3-t2",
      "s3-t3",
      "s3-t4",
    ]);
    expect(byStatus(result)).toEqual({ completed: 4, in_progress: 3 });
    // The second sheet's title says 截至2024年6月底.
    expect(ledger.meta?.asOf).toBe("2024-06-30");
  });

  it("reads only the sheet named, or at the position given", async () => {
    const named = await read("office-rounds.xlsx", "第二轮督察");
    expect(named.ok && named.value.ledger.tasks.map((task) => task.id)).toEqual([
      "t1",
      "t2",
      "t3",
      "t4",
    ]);
    expect(byStatus(named)).toEqual({ completed: 2, in_progress: 2 });
    const first = await read("office-rounds.xlsx", 1);
    expect(first.ok && first.value.stats.produced).toBe(3);
    const notes = await read("office-rounds.xlsx", "填表说明");
    expect(codes(notes)).toEqual(["no_header_row@rows"]);
    const missing = await read("office-rounds.xlsx", "第三轮");
    expect(codes(missing)).toEqual(["sheet_not_found@"]);
  });
});

describe("deadlines as offices type them", () => {
  it("reads date cells, serial numbers, 2023.12, 2023年12月 and 2023-12-31前 in an .xlsx", async () => {
    const result = await read("office-dates.xlsx");
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error("not read");
    expect(result.value.ledger.tasks.map((task) => task.deadline)).toEqual([
      { text: "2023-12-31", due: "2023-12-31" },
      { text: "2023-12-31", due: "2023-12-31" },
      { text: "2023.12", due: "2023-12-31" },
      { text: "2023年12月", due: "2023-12-31" },
      { text: "2023-12-31前", due: "2023-12-31" },
    ]);
    expect(result.value.ledger.tasks.map((task) => task.completedDate)).toEqual([
      "2023-11-20",
      "2023-12-15",
      undefined,
      undefined,
      "2023-10-08",
    ]);
    expect(byStatus(result)).toEqual({ completed: 3, in_progress: 2 });
  });

  it("keeps a serial number saved into a CSV as its text, without guessing a date", async () => {
    const result = await read("office-dates-utf8bom.csv");
    if (!result.ok) throw new Error("not read");
    expect(result.value.ledger.tasks.map((task) => task.deadline?.due)).toEqual([
      "2023-12-31",
      undefined,
      "2023-12-31",
      "2023-12-31",
      "2023-12-31",
    ]);
    expect(result.value.ledger.tasks[1]?.deadline).toEqual({ text: "45291" });
  });
});

describe("old and foreign spreadsheets", () => {
  it.each([
    ["office-ledger.xls", ".xls/.et"],
    ["office-ledger.ods", ".ods"],
  ])("%s: says how to save it as .xlsx, by extension and by its bytes", async (file, kind) => {
    const byName = await readLedgerFile(join(DIR, file));
    expect(byName.issues.map((issue) => [issue.code, issue.params?.kind])).toEqual([
      ["legacy_spreadsheet", kind],
    ]);
    expect(byName.issues[0]?.message["zh-CN"]).toContain("另存为");
    // Renamed to .xlsx, the bytes still tell.
    const byBytes = await readTasksXlsx(readFileSync(join(DIR, file)));
    expect(byBytes.issues.map((issue) => issue.code)).toEqual(["legacy_spreadsheet"]);
  });
});

describe("a petition batch table under a merged title, its region merged, ending with a 合计 row", () => {
  const BATCHES = [1, 5, 8, 11, 14, 16, 17, 18, 18];

  it("office-petitions.xlsx: nine cases, the merged region on every one, the 合计 row skipped", async () => {
    const result = await readPetitionsXlsx(readFileSync(join(DIR, "office-petitions.xlsx")));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { petitions } = result.value.ledger;
    expect(petitions.map((p) => p.batch)).toEqual(BATCHES);
    expect(petitions.map((p) => p.region?.name)).toEqual(BATCHES.map(() => "山西省阳泉市"));
    expect(petitions[0]?.id).toBe("D3SX202505280018");
    expect(result.value.stats).toEqual({
      headerRow: 2,
      rowsRead: 10,
      produced: 9,
      rejected: 0,
      empty: 0,
      totals: 1,
    });
    expect(codes(result)).toEqual(["total_row@rows.12"]);
  });

  it("office-petitions-gb18030.csv: the same cases; the region, written once, is not guessed for the rest", () => {
    const result = parsePetitionsCsv(readFileSync(join(DIR, "office-petitions-gb18030.csv")));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { petitions } = result.value.ledger;
    expect(petitions.map((p) => p.batch)).toEqual(BATCHES);
    // A CSV keeps a merged cell's value in its first row only; the others are left without one.
    expect(petitions.map((p) => p.region?.name)).toEqual([
      "山西省阳泉市",
      ...BATCHES.slice(1).map(() => undefined),
    ]);
    expect(result.value.stats).toMatchObject({ produced: 9, totals: 1, encoding: "gb18030" });
  });

  it("readLedgerFile tells the petition table from a task table by its headers", async () => {
    const result = await readLedgerFile(join(DIR, "office-petitions.xlsx"), { roundId: "r3-sx" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tasks).toEqual([]);
    expect(result.value.petitions.map((p) => p.roundId)).toEqual(BATCHES.map(() => "r3-sx"));
  });
});

describe("records skip zod only when zod would return them unchanged", () => {
  it("every task and petition read equals zod's parse of it", async () => {
    const { RectificationTask } = await import("../../src/model/task.js");
    const { PetitionCase } = await import("../../src/model/petition.js");
    for (const name of ["office-ledger.xlsx", "office-merged-gb18030.csv", "office-rounds.xlsx"]) {
      const result = await read(name);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      for (const task of result.value.ledger.tasks) {
        expect(task).toEqual(RectificationTask.parse(task));
      }
    }
    const published = parsePetitionsCsv(
      readFileSync(join(import.meta.dirname, "..", "..", "examples", "petitions-published.csv")),
    );
    expect(published.ok).toBe(true);
    if (published.ok) {
      expect(published.value.ledger.petitions).toHaveLength(58);
      for (const petition of published.value.ledger.petitions) {
        expect(petition).toEqual(PetitionCase.parse(petition));
      }
    }
  });
});
