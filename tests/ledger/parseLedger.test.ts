import { describe, expect, it } from "vitest";
import { LEDGER_FORMAT, parseLedger } from "../../src/index.js";

const task = (extra: Record<string, unknown> = {}) => ({
  id: "t1",
  problemIds: ["p1"],
  title: "草原破坏较为严重问题",
  leadUnits: ["市农牧业局"],
  deadline: { text: "2018年6月底", due: "2018-06-30" },
  ...extra,
});

const ledger = (extra: Record<string, unknown> = {}) => ({
  format: LEDGER_FORMAT,
  meta: { publisher: "乌兰察布市", asOf: "2017-12-31" },
  rounds: [
    {
      id: "r1",
      kind: "routine",
      ordinal: 1,
      stationing: { start: "2016-07-14", end: "2016-08-14" },
    },
  ],
  problems: [{ id: "p1", roundId: "r1", text: "草原破坏较为严重问题", category: "common" }],
  tasks: [task()],
  ...extra,
});

describe("parseLedger", () => {
  it("reads a valid ledger and fills absent collections with empty lists", () => {
    const result = parseLedger(ledger());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tasks[0]?.leadUnits).toEqual(["市农牧业局"]);
    expect(result.value.petitions).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it("reads JSON text, with a BOM, and locates a syntax error by line and column", () => {
    expect(parseLedger(`\uFEFF${JSON.stringify(ledger())}`).ok).toBe(true);
    const bad = parseLedger('{\n  "format": "ducha/ledger@1",\n  "tasks": 1 2\n}');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.code).toBe("invalid_json");
    expect(bad.issues[0]?.message.en).toMatch(/line 3, column 14/);
    expect(bad.issues[0]?.message["zh-CN"]).toMatch(/第3行第14列/);
    expect(parseLedger('{"a":').issues[0]?.code).toBe("invalid_json");
  });

  it("rejects documents that are not ledgers", () => {
    expect(parseLedger([]).issues[0]?.code).toBe("not_an_object");
    expect(parseLedger(null).issues[0]?.code).toBe("not_an_object");
    expect(parseLedger({ format: "other@2" }).issues[0]).toMatchObject({
      code: "unsupported_format",
      path: ["format"],
    });
    expect(parseLedger({}).issues[0]).toMatchObject({ code: "missing_field", path: ["format"] });
  });

  it("locates every problem in every record, in both languages", () => {
    const result = parseLedger(
      ledger({
        tasks: [
          task({ completedDate: "2023-02-30" }),
          task({ id: 7, status: "done" }),
          task({ deadline: { text: "2018年6月底", due: 43281 } }),
          { id: "t4", title: "" },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    const found = result.issues.map((i) => [i.code, i.path.join(".")]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["invalid_date", "tasks.0.completedDate"],
        ["invalid_type", "tasks.1.id"],
        ["invalid_enum", "tasks.1.status"],
        ["invalid_type", "tasks.2.deadline.due"],
        ["missing_field", "tasks.3.problemIds"],
      ]),
    );
    const excel = result.issues.find((i) => i.path.join(".") === "tasks.2.deadline.due");
    expect(excel?.message.en).toContain("Excel serial date: 2018-06-30");
    expect(excel?.message["zh-CN"]).toContain("2018-06-30");
    for (const issue of result.issues) {
      expect(issue.message["zh-CN"].length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  it("rejects an unknown event type with the allowed ones", () => {
    const result = parseLedger(
      ledger({ tasks: [task({ events: [{ type: "finish", date: "2018-01-01" }] })] }),
    );
    expect(result.issues[0]).toMatchObject({
      code: "invalid_enum",
      path: ["tasks", 0, "events", 0, "type"],
    });
    expect(result.issues[0]?.message.en).toContain('"sign_off"');
  });

  it("keeps unknown fields and reports them once per field with a count", () => {
    const result = parseLedger(
      ledger({ tasks: [task({ leadUnit: "x" }), task({ id: "t2", leadUnit: "y" })], extra: 1 }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((result.value.tasks[1] as Record<string, unknown>).leadUnit).toBe("y");
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "unknown_field",
          severity: "info",
          path: ["tasks", 0, "leadUnit"],
          params: { field: "leadUnit", count: 2 },
        }),
        expect.objectContaining({ code: "unknown_field", path: ["extra"] }),
      ]),
    );
  });
});

describe("parseLedger on hostile input", () => {
  it("reports __proto__, constructor and prototype keys without polluting prototypes", () => {
    const text = `{"format":"ducha/ledger@1","__proto__":{"polluted":true},"tasks":[{"id":"t1","problemIds":[],"title":"x","constructor":{"prototype":{"polluted":true}}}]}`;
    const input = JSON.parse(text);
    const before = JSON.stringify(input);
    const result = parseLedger(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["forbidden_key", "__proto__"],
      ["forbidden_key", "tasks.0.constructor"],
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("never changes its input", () => {
    const input = ledger({ tasks: [task({ completedDate: "2023-02-30" })] });
    const before = structuredClone(input);
    parseLedger(input);
    parseLedger(ledger());
    expect(input).toEqual(before);
  });

  it("reports huge strings by length, without echoing them", () => {
    const huge = "污".repeat(10 * 1024 * 1024);
    const result = parseLedger(ledger({ tasks: [task({ title: huge })] }));
    expect(result.issues[0]).toMatchObject({
      code: "string_too_long",
      path: ["tasks", 0, "title"],
    });
    expect(JSON.stringify(result.issues).length).toBeLessThan(2000);
  });

  it("reports cycles and runaway nesting instead of overflowing the stack", () => {
    const cyclic: Record<string, unknown> = ledger();
    cyclic.meta = { self: cyclic };
    expect(parseLedger(cyclic).issues[0]).toMatchObject({
      code: "circular_reference",
      path: ["meta", "self"],
    });
    let deep: Record<string, unknown> = {};
    const root = ledger({ meta: { note: "n", nested: deep } });
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    const result = parseLedger(root);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("nesting_too_deep");
  });

  it("rejects wrong types and impossible counts in petitions and accountability", () => {
    const result = parseLedger(
      ledger({
        petitions: [
          { id: "x1", roundId: "r1", batch: -1, status: "closed", closedDate: "2022-13-01" },
        ],
        accountability: [
          { id: "a1", kind: "aggregate", people: 1.5, byRank: { bureau: Number.NaN } },
        ],
      }),
    );
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["too_small", "petitions.0.batch"],
        ["invalid_date", "petitions.0.closedDate"],
        ["not_an_integer", "accountability.0.people"],
        ["invalid_type", "accountability.0.byRank.bureau"],
      ]),
    );
  });
});
