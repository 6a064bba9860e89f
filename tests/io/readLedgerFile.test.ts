import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLedgerFile, writeTasksCsv } from "../../src/io/index.js";
import { csvOf, KEEP, tempDir, ULANQAB_HEADER, ULANQAB_ROWS } from "./helpers.js";

describe("readLedgerFile", () => {
  it("chooses the reader by extension and leaves every file as it was", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const csv = join(dir, "tasks.CSV");
      writeFileSync(csv, `\uFEFF${csvOf([ULANQAB_HEADER, ...ULANQAB_ROWS])}`);
      const fromCsv = await readLedgerFile(csv, { keepTogether: KEEP });
      expect(fromCsv.ok && fromCsv.value.tasks.map((t) => t.id)).toEqual([
        "t8",
        "t10",
        "t12",
        "t15",
      ]);

      const json = join(dir, "ledger.json");
      if (!fromCsv.ok) return;
      writeFileSync(json, JSON.stringify(fromCsv.value));
      const fromJson = await readLedgerFile(json);
      expect(fromJson.ok && fromJson.value).toEqual(fromCsv.value);

      const jsonl = join(dir, "ledger.jsonl");
      writeFileSync(
        jsonl,
        fromCsv.value.tasks
          .map((record) => JSON.stringify({ collection: "tasks", record }))
          .join("\n"),
      );
      const fromJsonl = await readLedgerFile(jsonl);
      expect(fromJsonl.ok && fromJsonl.value.tasks).toEqual(fromCsv.value.tasks);

      const xlsx = join(dir, "tasks.xlsx");
      copyFileSync(new URL("../fixtures/io/libreoffice-tasks.xlsx", import.meta.url), xlsx);
      const fromXlsx = await readLedgerFile(xlsx, { keepTogether: KEEP });
      expect(fromXlsx.ok && fromXlsx.value.tasks).toHaveLength(4);

      const asCsv = join(dir, "export.txt");
      writeFileSync(asCsv, writeTasksCsv(fromCsv.value));
      const before = readFileSync(asCsv);
      const forced = await readLedgerFile(asCsv, { format: "csv", keepTogether: KEEP });
      expect(forced.ok && forced.value.tasks).toHaveLength(4);
      expect(readFileSync(asCsv).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("returns issues for table errors, unknown extensions and missing files", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const bad = join(dir, "bad.csv");
      writeFileSync(bad, "整改任务,状态\n地下水超采严重问题,进行中\n");
      expect((await readLedgerFile(bad)).issues[0]?.code).toBe("unknown_status");
      expect((await readLedgerFile(join(dir, "ledger.txt"))).issues[0]?.code).toBe(
        "unsupported_file_type",
      );
      expect((await readLedgerFile(join(dir, "Makefile"))).issues[0]?.params).toEqual({
        extension: join(dir, "Makefile"),
      });
      const missing = await readLedgerFile(join(dir, "none.json"));
      expect(missing.issues[0]).toMatchObject({
        code: "file_unreadable",
        params: { detail: "ENOENT" },
      });
    } finally {
      cleanup();
    }
  });
});
