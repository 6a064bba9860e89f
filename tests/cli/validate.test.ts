import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, repoFile, smallLedger, ULANQAB, ulanqabWithWarning } from "./helpers.js";

const GBK_CSV = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xd7, 0xb4, 0xcc, 0xac, 0x0a]);
// "序号,反馈问题\n8,草原破坏较为严重问题\n" in GBK.
const GBK_TABLE = new Uint8Array([
  0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xb7, 0xb4, 0xc0, 0xa1, 0xce, 0xca, 0xcc, 0xe2, 0xa, 0x38, 0x2c,
  0xb2, 0xdd, 0xd4, 0xad, 0xc6, 0xc6, 0xbb, 0xb5, 0xbd, 0xcf, 0xce, 0xaa, 0xd1, 0xcf, 0xd6, 0xd8,
  0xce, 0xca, 0xcc, 0xe2, 0xa,
]);

describe("ducha validate", () => {
  it("passes the Ulanqab 2017 sample ledger with no issue at all", async () => {
    const { code, stdout } = await cli(["validate", "ulanqab.json"], { files: ULANQAB });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("37 record(s), 0 with errors");
    expect(stdout).toContain("0 error(s), 0 warning(s), 0 note(s)");
  });

  it("passes a ledger with one warning, listing it (exit 0)", async () => {
    const files = ulanqabWithWarning();
    const { code, stdout, stderr } = await cli(["validate", "ulanqab.json"], { files });
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      'warning tasks[15].deadline.text: the deadline "9月底前" cannot be read: the deadline "9月底前" gives no year; pass an anchor date to resolve it [deadline_unparseable]',
      "37 record(s), 0 with errors",
      "0 error(s), 1 warning(s), 0 note(s)",
      "",
    ]);
  });

  it("writes in zh-CN", async () => {
    const { stdout } = await cli(["validate", "ulanqab.json", "--lang", "zh-CN"], {
      files: ulanqabWithWarning(),
    });
    expect(stdout).toContain("警告 tasks[15].deadline.text: 无法识别整改时限“9月底前”");
    expect(stdout).toContain("记录37条，其中0条有错误\n错误0个，警告1个，提示0个\n");
  });

  it("exits 1 on warnings with --strict", async () => {
    const files = ulanqabWithWarning();
    expect((await cli(["validate", "ulanqab.json", "--strict"], { files })).code).toBe(EXIT.issues);
    const clean = { "x.json": smallLedger() };
    expect((await cli(["validate", "x.json", "--strict"], { files: clean })).code).toBe(EXIT.ok);
  });

  it("prints counts, records and every issue with --json", async () => {
    const { code, stdout } = await cli(["validate", "ulanqab.json", "--json"], {
      files: ulanqabWithWarning(),
    });
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["ok", "file", "format", "counts", "records", "issues"]);
    expect(report).toMatchObject({
      ok: true,
      file: "ulanqab.json",
      format: "json",
      counts: { error: 0, warning: 1, info: 0 },
      records: { tasks: { total: 18, valid: 18, withErrors: 0 } },
    });
    expect(report.issues[0]).toMatchObject({
      code: "deadline_unparseable",
      severity: "warning",
      path: ["tasks", 15, "deadline", "text"],
    });
    expect(report.issues[0].message["zh-CN"]).toContain("9月底前");
  });

  it("passes a clean ledger with nothing but the counts", async () => {
    const { code, stdout } = await cli(["validate", "x.json"], {
      files: { "x.json": smallLedger() },
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("20 record(s), 0 with errors\n0 error(s), 0 warning(s), 0 note(s)\n");
  });

  describe("hostile ledgers", () => {
    it("reports broken JSON as an issue (exit 1), not a crash", async () => {
      const files = { "bad.json": '{"format": "ducha/ledger@1", "tasks": [oops' };
      const { code, stdout } = await cli(["validate", "bad.json", "--json"], { files });
      expect(code).toBe(EXIT.issues);
      const report = JSON.parse(stdout);
      expect(report.ok).toBe(false);
      expect(report.issues.map((i: { code: string }) => i.code)).toEqual(["invalid_json"]);
      expect(report.records.tasks).toEqual({ total: 0, valid: 0, withErrors: 0 });
    });

    it("locates a broken reference across records", async () => {
      const ledger = JSON.parse(smallLedger());
      ledger.tasks[4].problemIds = ["p99"];
      const files = { "x.json": JSON.stringify(ledger) };
      const { code, stdout } = await cli(["validate", "x.json"], { files });
      expect(code).toBe(EXIT.issues);
      expect(stdout).toMatch(
        /^error tasks\[4\]\.problemIds\[0\]: .*p99.* \[dangling_reference\]$/m,
      );
      expect(stdout).toContain("[problem_without_task]");
      expect(stdout).toContain("20 record(s), 1 with errors\n1 error(s), 1 warning(s)");
    });

    it("checks the other records when one breaks the schema", async () => {
      const ledger = JSON.parse(smallLedger());
      ledger.tasks[2].status = "finished";
      ledger.tasks[7].problemIds = ["p42"];
      const { stdout } = await cli(["validate", "x.json", "--json"], {
        files: { "x.json": JSON.stringify(ledger) },
      });
      const paths = JSON.parse(stdout).issues.map((i: { path: unknown[] }) => i.path.join("."));
      expect(paths).toContain("tasks.2.status");
      expect(paths).toContain("tasks.7.problemIds.0");
    });

    it("reads a GBK table as GB18030 but names a GBK JSON or NDJSON file rather than guessing", async () => {
      const { code, stdout } = await cli(["validate", "tasks.csv"], {
        files: { "tasks.csv": GBK_TABLE },
      });
      expect(code).toBe(EXIT.ok);
      expect(stdout).not.toContain("unsupported_encoding");
      const json = await cli(["validate", "x.json"], { files: { "x.json": GBK_CSV } });
      expect(json.stdout).toContain("[unsupported_encoding]");
      const nd = await cli(["validate", "x.ndjson"], { files: { "x.ndjson": GBK_CSV } });
      expect(nd.stdout).toContain("[unsupported_encoding]");
    });

    it("locates a bad date cell of a CSV task table by row and header", async () => {
      const csv =
        "整改任务,状态,完成日期\n地下水超采严重问题,已完成,2018年6月30日\n煤化工行业耗水量巨大问题,已完成,2018-02-30\n";
      const { code, stdout } = await cli(["validate", "tasks.csv"], {
        files: { "tasks.csv": csv },
      });
      expect(code).toBe(EXIT.issues);
      expect(stdout).toContain(
        'error rows[3].完成日期: cell "2018-02-30" is not valid; expected a date such as 2018-06-30, 2018/6/30 or 2018年6月30日 [invalid_cell]',
      );
      expect(stdout).toContain("1 error(s)");
    });

    it("gives an NDJSON issue its line number", async () => {
      const ndjson = [
        '{"format": "ducha/ledger@1", "meta": {"publisher": "乌兰察布市"}}',
        "{oops",
        '{"collection": "tasks", "record": {"id": "t8", "problemIds": [], "title": "草原破坏较为严重问题"}}',
      ].join("\n");
      const { code, stdout } = await cli(["validate", "x.jsonl"], { files: { "x.jsonl": ndjson } });
      expect(code).toBe(EXIT.issues);
      expect(stdout).toMatch(/^error \(line 2\): line 2 is not valid JSON: .* \[invalid_line\]$/m);
      const zh = await cli(["validate", "x.jsonl", "--lang", "zh-CN"], {
        files: { "x.jsonl": ndjson },
      });
      expect(zh.stdout).toContain("错误 (第2行): 第2行不是有效的JSON");
    });
  });

  describe("table and NDJSON files", () => {
    it("reads a CSV task table saved by LibreOffice and validates it across records", async () => {
      const files = { "t.csv": repoFile("tests/fixtures/io/libreoffice-tasks.csv") };
      const { code, stdout } = await cli(["validate", "t.csv", "--json"], { files });
      expect(code).toBe(EXIT.issues);
      const report = JSON.parse(stdout);
      expect(report.format).toBe("csv");
      expect(report.records.tasks).toEqual({ total: 4, valid: 3, withErrors: 1 });
      // Row 4 says 已销号 without a date of acceptance: a rule across the record's fields.
      expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([
        expect.objectContaining({
          code: "signed_off_without_acceptance",
          path: ["tasks", 2, "status"],
        }),
      ]);
      // The round the importer names is not the table's to define: no dangling_reference.
      expect(stdout).not.toContain("dangling_reference");
    });

    it("reads the same table as .xlsx", async () => {
      const files = { "t.XLSX": repoFile("tests/fixtures/io/libreoffice-tasks.xlsx") };
      const csv = await cli(["validate", "t.csv", "--json"], {
        files: { "t.csv": repoFile("tests/fixtures/io/libreoffice-tasks.csv") },
      });
      const xlsx = await cli(["validate", "t.XLSX", "--json"], { files });
      const parsed = JSON.parse(xlsx.stdout);
      expect(parsed.format).toBe("xlsx");
      expect(parsed.records).toEqual(JSON.parse(csv.stdout).records);
    });

    it("reports a file that is not a workbook", async () => {
      const { code, stdout } = await cli(["validate", "t.xlsx"], { files: { "t.xlsx": "hello" } });
      expect(code).toBe(EXIT.issues);
      expect(stdout).toContain("[invalid_workbook]");
    });

    it("reads a clean NDJSON ledger (exit 0)", async () => {
      const ledger = JSON.parse(smallLedger());
      const lines = [
        JSON.stringify({ format: "ducha/ledger@1", meta: ledger.meta }),
        ...["rounds", "problems", "tasks", "petitionTallies"].flatMap((collection) =>
          ledger[collection].map((record: unknown) => JSON.stringify({ collection, record })),
        ),
      ];
      const { code, stdout } = await cli(["validate", "x.ndjson"], {
        files: { "x.ndjson": lines.join("\n") },
      });
      expect(code).toBe(EXIT.ok);
      expect(stdout).toBe("20 record(s), 0 with errors\n0 error(s), 0 warning(s), 0 note(s)\n");
    });
  });

  it("reads date rules as of --as-of", async () => {
    const ledger = JSON.parse(smallLedger());
    ledger.tasks[0].completedDate = "2024-07-15";
    const files = { "x.json": JSON.stringify(ledger) };
    const plain = JSON.parse((await cli(["validate", "x.json", "--json"], { files })).stdout);
    const later = JSON.parse(
      (await cli(["validate", "x.json", "--json", "--as-of", "2024-12-31"], { files })).stdout,
    );
    expect(plain.issues.length).toBeGreaterThan(later.issues.length);
  });
});
