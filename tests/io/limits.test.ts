// The row, cell, entry and size limits of the table readers: each refuses with its own code,
// says how to raise it, and can be raised. CSV files are streamed through csv-parse's stream API
// and must read as the in-memory parser does.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  IO_ISSUES,
  parseTasksCsv,
  READ_LIMITS,
  readLedgerFile,
  readTasksXlsx,
} from "../../src/io/index.js";
import { csvOf, KEEP, tempDir, ULANQAB_HEADER, ULANQAB_ROWS } from "./helpers.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "io");

const ulanqab = `\uFEFF${csvOf([ULANQAB_HEADER, ...ULANQAB_ROWS])}`;

async function ulanqabXlsx(extra: readonly (readonly unknown[])[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("整改任务");
  for (const row of [ULANQAB_HEADER, ...ULANQAB_ROWS, ...extra]) sheet.addRow([...row]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const codes = (result: { issues: readonly { code: string }[] }) => result.issues.map((i) => i.code);

describe("READ_LIMITS", () => {
  it("defaults to Excel's own row and cell bounds, 1 GiB inflated and 10,000 entries", () => {
    expect(READ_LIMITS).toEqual({
      maxUncompressedBytes: 1_073_741_824,
      maxEntries: 10_000,
      maxRows: 1_048_576,
      maxCellLength: 32_767,
    });
  });

  it("has one bilingual issue per limit, each naming the option and the flag that raise it", () => {
    const cases = [
      [
        "archive_too_large",
        { size: 2, limit: 1 },
        "maxUncompressedBytes",
        "--max-uncompressed-bytes",
      ],
      ["archive_too_many_entries", { entries: 2, limit: 1 }, "maxEntries", "--max-entries"],
      ["too_many_rows", { limit: 1 }, "maxRows", "--max-rows"],
      ["cell_too_long", { column: "B", length: 2, limit: 1 }, "maxCellLength", "--max-cell-length"],
    ] as const;
    for (const [code, params, option, flag] of cases) {
      const entry = IO_ISSUES[code] as {
        severity: string;
        "zh-CN": (p: typeof params) => string;
        en: (p: typeof params) => string;
      };
      expect(entry.severity).toBe("error");
      for (const lang of ["zh-CN", "en"] as const) {
        expect(entry[lang](params)).toContain(option);
        expect(entry[lang](params)).toContain(flag);
      }
    }
  });
});

describe("XLSX limits", () => {
  it("refuses a sheet with more rows than maxRows, and reads it once raised", async () => {
    const bytes = await ulanqabXlsx();
    const refused = await readTasksXlsx(bytes, { keepTogether: KEEP, maxRows: 4 });
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["too_many_rows", ["rows", 5], { limit: 4 }],
    ]);
    const read = await readTasksXlsx(bytes, { keepTogether: KEEP, maxRows: 5 });
    expect(read.ok && read.value.ledger.tasks).toHaveLength(4);
  });

  it("refuses a cell longer than maxCellLength at its row and column, and reads it whole when raised", async () => {
    const bytes = await ulanqabXlsx([["16", "督".repeat(40_000), "市水利局"]]);
    const refused = await readTasksXlsx(bytes, { keepTogether: KEEP });
    expect(refused.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["cell_too_long", ["rows", 6], { column: "B", length: 40_000, limit: 32_767 }],
    ]);
    expect(refused.issues[0]?.message["zh-CN"]).toMatch(/^B列单元格长40000个字符，超过上限32767个/);
    const raised = await readTasksXlsx(bytes, { keepTogether: KEEP, maxCellLength: 40_000 });
    expect(raised.ok && raised.value.ledger.tasks).toHaveLength(5);
    // 120 KB of three-byte characters cross many inflated chunks: not one may be split.
    expect(raised.ok && raised.value.ledger.problems.at(-1)?.text).toBe("督".repeat(40_000));
  });

  it("checks the archive's entry count and declared size against lowered limits", async () => {
    const bytes = await ulanqabXlsx();
    expect(codes(await readTasksXlsx(bytes, { maxEntries: 3 }))).toEqual([
      "archive_too_many_entries",
    ]);
    const small = await readTasksXlsx(bytes, { maxUncompressedBytes: 1000 });
    expect(codes(small)).toEqual(["archive_too_large"]);
    expect(small.issues[0]?.params?.size).toBeGreaterThan(10_000);
  });

  it("reads a workbook with no shared strings, and fills rows absent from the sheet", async () => {
    // exceljs's streaming writer writes inline strings with useSharedStrings: false; rows 2-3
    // are absent from the sheet's XML.
    const { dir, cleanup } = tempDir();
    let bytes: Uint8Array;
    try {
      const filename = join(dir, "inline.xlsx");
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet("Sheet1");
      sheet.getRow(1).values = ["附表：整改任务清单"];
      sheet.getRow(4).values = ["序号", "整改任务"];
      sheet.getRow(5).values = [1, "地下水超采严重问题"];
      sheet.commit();
      await workbook.commit();
      bytes = readFileSync(filename);
    } finally {
      cleanup();
    }
    const result = await readTasksXlsx(bytes);
    expect(result.ok && result.value.stats).toEqual({
      headerRow: 4,
      rowsRead: 1,
      produced: 1,
      rejected: 0,
      empty: 0,
      totals: 0,
    });
  });
});

describe("CSV limits", () => {
  it("refuses more records than maxRows and a field longer than maxCellLength", () => {
    expect(parseTasksCsv(ulanqab, { keepTogether: KEEP, maxRows: 5 }).ok).toBe(true);
    const rows = parseTasksCsv(ulanqab, { keepTogether: KEEP, maxRows: 4 });
    expect(rows.issues.map((i) => [i.code, i.path])).toEqual([["too_many_rows", ["rows", 5]]]);
    const long = parseTasksCsv(`整改任务,牵头单位\n${"督".repeat(101)},市水利局\n`, {
      maxCellLength: 100,
    });
    expect(long.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["cell_too_long", ["rows", 2], { column: "A", length: 101, limit: 100 }],
    ]);
  });
});

describe("CSV files, streamed", () => {
  it("read a file as parseTasksCsv reads its bytes, within the same limits", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "tasks.csv");
      // Enough rows for several 1 MiB chunks, so records and characters straddle chunk ends.
      const many = Array.from({ length: 12_000 }, (_, i) => [
        String(100 + i),
        `问题${i % 7}：${"草原破坏较为严重".repeat(8)}`,
        "市农牧业局",
        "各旗县市区党委、政府，市发改委",
        "2018年6月底",
        "限期整改",
        "正在推进",
      ]);
      const text = `\uFEFF${csvOf([ULANQAB_HEADER, ...ULANQAB_ROWS, ...many])}`;
      writeFileSync(path, text);
      expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 2 ** 20);
      const streamed = await readLedgerFile(path, { keepTogether: KEEP });
      const parsed = parseTasksCsv(text, { keepTogether: KEEP });
      expect(streamed.ok).toBe(true);
      expect(streamed.ok && parsed.ok && streamed.value).toEqual(parsed.ok && parsed.value.ledger);
      const limited = await readLedgerFile(path, { maxRows: 1000 });
      expect(limited.issues.map((i) => [i.code, i.path])).toEqual([
        ["too_many_rows", ["rows", 1001]],
      ]);
    } finally {
      cleanup();
    }
  });

  it("decodes GB18030 and UTF-16 as it streams; refuses bad bytes, a long field and an unclosed quote", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const write = (name: string, bytes: Uint8Array | string) => {
        writeFileSync(join(dir, name), bytes);
        return join(dir, name);
      };
      // Office-made files read from disk as streams give the ledger of the whole-bytes reader.
      for (const name of ["office-ledger-gb18030.csv", "office-merged-utf16.csv"]) {
        const bytes = readFileSync(join(FIXTURES, name));
        const streamed = await readLedgerFile(write(name, bytes), { keepTogether: KEEP });
        const whole = parseTasksCsv(bytes, { keepTogether: KEEP });
        expect(streamed.ok && whole.ok).toBe(true);
        if (streamed.ok && whole.ok) expect(streamed.value).toEqual(whole.value.ledger);
      }
      // "序号" in GBK, then 0xFF, which no GB18030 text has, on line 2.
      const bad = write(
        "bad.csv",
        new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x0a, 0xff, 0x2c, 0x0a]),
      );
      expect((await readLedgerFile(bad)).issues.map((i) => [i.code, i.params])).toEqual([
        ["replacement_characters", { encoding: "gb18030", count: 1, line: 2 }],
      ]);
      const long = write("long.csv", `整改任务\n${"督".repeat(50)}\n`);
      expect(codes(await readLedgerFile(long, { maxCellLength: 49 }))).toEqual(["cell_too_long"]);
      const open = write("open.csv", '整改任务\n"地下水超采严重问题\n');
      expect(codes(await readLedgerFile(open))).toEqual(["invalid_csv"]);
    } finally {
      cleanup();
    }
  });
});
