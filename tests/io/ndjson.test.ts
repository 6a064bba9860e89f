import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLedgerNdjson, validateNdjsonStream } from "../../src/io/index.js";
import { tempDir } from "./helpers.js";

const header = { format: "ducha/ledger@1", meta: { publisher: "乌兰察布市", asOf: "2017-12-31" } };
const task = (id: string, extra: Record<string, unknown> = {}) => ({
  collection: "tasks",
  record: {
    id,
    problemIds: ["p8"],
    title: "草原破坏较为严重问题",
    leadUnits: ["市农牧业局"],
    ...extra,
  },
});
const lines = (...values: unknown[]) =>
  values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("\n");

describe("readLedgerNdjson", () => {
  it("reads a header and records from a stream into a ledger", async () => {
    const text = lines(
      header,
      { collection: "rounds", record: { id: "r1-nm", kind: "routine" } },
      {
        collection: "problems",
        record: { id: "p8", roundId: "r1-nm", text: "草原破坏较为严重问题", category: "common" },
      },
      "",
      task("t8", { deadline: { text: "2018年6月底", due: "2018-06-30" } }),
    );
    const result = await readLedgerNdjson(
      Readable.from(`\uFEFF${text.replace(/\n/g, "\r\n")}\r\n`),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta).toEqual(header.meta);
    expect(result.value.rounds).toHaveLength(1);
    expect(result.value.tasks[0]?.deadline?.due).toBe("2018-06-30");
    expect(result.issues).toEqual([]);
  });

  it("keeps reading past bad lines and locates each by collection, index and line", async () => {
    const text = lines(
      header,
      task("t1"),
      "{not json",
      task("t2", { completedDate: "2023-02-30" }),
      [1, 2],
      { collection: "cases", record: {} },
      task("t3", { leadUnit: "市农牧业局" }),
      task("t4", { leadUnit: "市水利局" }),
      header,
      { collection: "tasks", record: { id: "t5", problemIds: [], title: "x", constructor: 1 } },
    );
    const result = await readLedgerNdjson(Readable.from(text));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.params?.line])).toEqual([
      ["invalid_line", [], 3],
      ["invalid_date", ["tasks", 1, "completedDate"], 4],
      ["invalid_ndjson_record", [], 5],
      ["unknown_collection", [], 6],
      ["misplaced_header", [], 9],
      ["forbidden_key", ["tasks", 4, "constructor"], 10],
      ["unknown_field", ["tasks", 2, "leadUnit"], 7],
    ]);
    expect(result.issues.at(-1)?.message.en).toBe(
      "unknown field leadUnit (2 occurrences) kept as is",
    );

    const lenient = await readLedgerNdjson(Readable.from(text), { skipInvalid: true });
    expect(lenient.ok).toBe(true);
    if (lenient.ok) expect(lenient.value.tasks.map((t) => t.id)).toEqual(["t1", "t3", "t4"]);
  });

  it("reports a wrong format and bad meta on the header line, and a missing header", async () => {
    const wrong = await readLedgerNdjson(
      Readable.from(lines({ format: "ducha/ledger@2", meta: { asOf: "2017-13-01" } })),
    );
    expect(wrong.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unsupported_format", ["format"]],
      ["invalid_date", ["meta", "asOf"]],
    ]);
    const headless = await readLedgerNdjson(Readable.from(lines(task("t1"))));
    expect(headless.ok).toBe(true);
    expect(headless.issues.map((issue) => issue.code)).toEqual(["missing_header_line"]);
  });

  it("reads a file by path and reports a missing one", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "ledger.ndjson");
      writeFileSync(file, lines(header, task("t1")));
      const before = readFileSync(file);
      const result = await readLedgerNdjson(file);
      expect(result.ok && result.value.tasks.length).toBe(1);
      expect(readFileSync(file).equals(before)).toBe(true);
      const missing = await readLedgerNdjson(join(dir, "none.ndjson"));
      expect(missing.issues[0]?.code).toBe("file_unreadable");
    } finally {
      cleanup();
    }
  });
});

describe("NDJSON duplicate ids", () => {
  it("reports an id used again on a later line, even when one copy is broken", async () => {
    const text = lines(
      header,
      task("t8"),
      { collection: "problems", record: { id: "t8", roundId: "r1", text: "同名不同集合" } },
      task("t10"),
      task("t8", { title: "草原破坏较为严重问题（重复）" }),
      task(" t10 ", { problemIds: "p8" }),
    );
    const report = await validateNdjsonStream(Readable.from(text));
    expect(
      report.issues
        .filter((issue) => issue.code === "duplicate_id")
        .map((issue) => [issue.path, issue.params?.line, issue.params?.firstIndex]),
    ).toEqual([
      [["tasks", 2, "id"], 5, 0],
      [["tasks", 3, "id"], 6, 1],
    ]);
    expect(report.issues.find((issue) => issue.code === "duplicate_id")?.message).toEqual({
      "zh-CN": "整改任务编号t8重复，首次出现在第1条（索引0）",
      en: "rectification task id t8 is used again (first at index 0)",
    });
    expect([report.records, report.valid, report.invalid, report.ok]).toEqual([5, 3, 2, false]);

    const read = await readLedgerNdjson(Readable.from(text), { skipInvalid: true });
    expect(read.ok && read.value.tasks.map((t) => t.title)).toEqual([
      "草原破坏较为严重问题",
      "草原破坏较为严重问题",
    ]);
  });
});

describe("validateNdjsonStream", () => {
  it("counts records per collection without keeping them", async () => {
    function* generate() {
      yield `${JSON.stringify(header)}\n`;
      for (let i = 0; i < 20_000; i++) {
        yield `${JSON.stringify(i % 1000 === 7 ? { collection: "tasks", record: { id: `t${i}` } } : task(`t${i}`, { status: "in_progress" }))}\n`;
      }
    }
    const report = await validateNdjsonStream(Readable.from(generate()), { maxIssues: 5 });
    expect(report).toMatchObject({
      ok: false,
      lines: 20_001,
      records: 20_000,
      valid: 19_980,
      invalid: 20,
      omittedIssues: 35,
    });
    expect(report.byCollection.tasks).toBe(19_980);
    expect(report.issues).toHaveLength(6);
    expect(report.issues[0]).toMatchObject({
      code: "missing_field",
      path: ["tasks", 7, "problemIds"],
      params: { line: 9 },
    });
    expect(report.issues.at(-1)?.message.en).toBe("more than 5 issues; 35 more not listed");
    expect("meta" in report).toBe(false);
  });

  it("finds nothing wrong in an empty stream", async () => {
    const report = await validateNdjsonStream(Readable.from([]));
    expect(report).toMatchObject({ ok: true, lines: 0, records: 0, issues: [] });
  });
});
