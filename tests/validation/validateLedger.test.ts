import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { LEDGER_COLLECTIONS } from "../../src/model/ledger.js";
import type { ValidationRule } from "../../src/validation/index.js";
import { VALIDATION_RULES, validateLedger } from "../../src/validation/index.js";
import { baseLedger, codes, generatedLedger, located } from "./fixtures.js";

/** A ledger with several schema and cross-record errors spread over collections. */
function brokenLedger() {
  const ledger = baseLedger();
  ledger.tasks[0]!.status = "done"; // schema error
  ledger.tasks[1]!.problemIds = ["p9"]; // dangling
  ledger.tasks.push({ id: "t2", problemIds: ["p3"], title: "重复编号" }); // duplicate id
  ledger.tasks.push({ id: "t5", title: "缺少problemIds" }); // schema error
  ledger.petitions[0]!.closedDate = "2022-03-01"; // before transfer
  ledger.petitionTallies[1]!.closed = 4800; // exceeds 4704
  ledger.accountability.push({ kind: "aggregate", people: 5 }); // no id
  return ledger;
}

describe("validateLedger", () => {
  it("accepts a valid ledger, returns it typed and counts every record as valid", () => {
    const result = validateLedger(baseLedger());
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.value.petitionTallies[0]?.closed).toBe(808);
    expect(result.records.tasks).toEqual({ total: 3, valid: 3, withErrors: 0 });
  });

  it("reports schema and cross-record issues together, over the records that did parse", () => {
    const result = validateLedger(brokenLedger());
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(located(result.issues)).toEqual([
      ["invalid_enum", "tasks.0.status"],
      ["missing_field", "tasks.4.problemIds"],
      ["missing_field", "accountability.3.id"],
      ["duplicate_id", "tasks.3.id"],
      ["dangling_reference", "tasks.1.problemIds.0"],
      ["problem_without_task", "problems.1"],
      ["date_order", "petitions.0.closedDate"],
      ["tally_parts_exceed_total", "petitionTallies.1"],
    ]);
    expect(result.records).toEqual({
      rounds: { total: 4, valid: 4, withErrors: 0 },
      problems: { total: 3, valid: 3, withErrors: 0 },
      tasks: { total: 5, valid: 1, withErrors: 4 },
      petitions: { total: 2, valid: 1, withErrors: 1 },
      petitionTallies: { total: 2, valid: 1, withErrors: 1 },
      accountability: { total: 4, valid: 3, withErrors: 1 },
    });
  });

  it("returns the typed ledger when only cross-record rules fail", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.problemIds = ["p9"];
    const result = validateLedger(ledger);
    expect(result.ok).toBe(false);
    expect(result.value?.tasks).toHaveLength(3);
  });

  it("does not count warnings and infos as errors", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.problemIds = [];
    ledger.tasks[2]!.leadUnit = "市林草局";
    const result = validateLedger(ledger);
    expect(result.ok).toBe(true);
    expect(codes(result.issues)).toEqual([
      "unknown_field",
      "task_without_problem",
      "problem_without_task",
    ]);
    expect(result.records.tasks.withErrors).toBe(0);
  });

  it("reads JSON text once, with or without a BOM, and reports a syntax error", () => {
    const text = JSON.stringify(baseLedger());
    expect(validateLedger(text).ok).toBe(true);
    expect(validateLedger(`\uFEFF${text}`).ok).toBe(true);
    const bad = validateLedger('{"format": "ducha/ledger@1", "tasks": [}');
    expect(codes(bad.issues)).toEqual(["invalid_json"]);
    expect(bad.records.tasks).toEqual({ total: 0, valid: 0, withErrors: 0 });
  });

  it("reports documents that are not ledgers without throwing", () => {
    for (const input of [null, 42, [], "[]", undefined]) {
      const result = validateLedger(input);
      expect(result.ok).toBe(false);
      expect(codes(result.issues)).toEqual(["not_an_object"]);
    }
  });

  it("checks records even when the document's format or a collection's shape is wrong", () => {
    const ledger = baseLedger();
    ledger.format = "ducha/ledger@0";
    ledger.petitions = { XM: 1 } as never;
    ledger.tasks[1]!.problemIds = ["p9"];
    ledger.meta = { asOf: 20240630 };
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["unsupported_format", "format"],
      ["invalid_type", "meta.asOf"],
      ["invalid_type", "petitions"],
      ["dangling_reference", "tasks.1.problemIds.0"],
      ["problem_without_task", "problems.1"],
    ]);
    expect(result.records.petitions).toEqual({ total: 0, valid: 0, withErrors: 0 });
  });

  it("checks a clean copy when the input carries forbidden keys", () => {
    const ledger = JSON.parse(
      '{"format":"ducha/ledger@1","tasks":[{"id":"t1","problemIds":[],"title":"x","__proto__":{"polluted":true}}]}',
    );
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["forbidden_key", "tasks.0.__proto__"],
      ["task_without_problem", "tasks.0.problemIds"],
    ]);
    expect(result.records.tasks).toEqual({ total: 1, valid: 0, withErrors: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never changes its input", () => {
    const ledger = brokenLedger();
    const before = structuredClone(ledger);
    validateLedger(ledger);
    validateLedger(baseLedger());
    expect(ledger).toEqual(before);
    const frozen = deepFreeze(brokenLedger());
    expect(() => validateLedger(frozen)).not.toThrow();
  });

  it("skips rules by name, runs extra rules and rejects unknown names", () => {
    const ledger = baseLedger();
    ledger.tasks.splice(1, 1);
    expect(codes(validateLedger(ledger).issues)).toEqual(["problem_without_task"]);
    expect(validateLedger(ledger, { rules: { skip: ["problems_have_tasks"] } }).issues).toEqual([]);
    const leadUnits: ValidationRule = {
      name: "lead_units",
      description: { "zh-CN": "任务须有牵头单位", en: "tasks name a lead unit" },
      codes: ["no_lead_unit"],
      check: (records) =>
        records.tasks.flatMap((task, index) =>
          task && !task.leadUnits
            ? [
                {
                  code: "no_lead_unit",
                  severity: "error" as const,
                  path: ["tasks", index, "leadUnits"],
                  message: { "zh-CN": "缺少牵头单位", en: "no lead unit" },
                },
              ]
            : [],
        ),
    };
    const result = validateLedger(ledger, { rules: { add: [leadUnits] } });
    expect(located(result.issues)).toEqual([
      ["problem_without_task", "problems.1"],
      ["no_lead_unit", "tasks.1.leadUnits"],
    ]);
    expect(result.records.tasks).toEqual({ total: 2, valid: 1, withErrors: 1 });
    expect(() => validateLedger(ledger, { rules: { skip: ["unique_id"] } })).toThrow(DuchaError);
    expect(() => validateLedger(ledger, { asOf: "2024-06-31" })).toThrow(DuchaError);
  });

  it("shows every rule's codes in its catalogue entry", () => {
    const names = VALIDATION_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of VALIDATION_RULES) {
      expect(rule.codes.length).toBeGreaterThan(0);
      expect(rule.description["zh-CN"]).not.toBe("");
    }
  });

  it("finds the same issue codes whatever the order of the records", () => {
    const sorted = (list: string[]) => [...list].sort();
    const expected = sorted(codes(validateLedger(brokenLedger()).issues));
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const ledger = brokenLedger();
        const random = mulberry(seed);
        for (const collection of LEDGER_COLLECTIONS) shuffle(ledger[collection], random);
        const result = validateLedger(ledger);
        expect(sorted(codes(result.issues))).toEqual(expected);
        for (const collection of LEDGER_COLLECTIONS) {
          const counts = result.records[collection];
          expect(counts.valid + counts.withErrors).toBe(counts.total);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps valid + withErrors = total on arbitrary broken records", () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.record({ id: fc.oneof(fc.string(), fc.integer()), roundId: fc.string() }),
    );
    fc.assert(
      fc.property(
        fc.array(junk, { maxLength: 8 }),
        fc.array(junk, { maxLength: 8 }),
        (tasks, petitions) => {
          const ledger = baseLedger();
          ledger.tasks.push(...(tasks as never[]));
          ledger.petitions.push(...(petitions as never[]));
          const result = validateLedger(ledger);
          expect(result.records.tasks.total).toBe(3 + tasks.length);
          for (const collection of LEDGER_COLLECTIONS) {
            const counts = result.records[collection];
            expect(counts.valid + counts.withErrors).toBe(counts.total);
          }
          expect(result.records.tasks.withErrors).toBeGreaterThanOrEqual(tasks.length > 0 ? 1 : 0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("validates a generated ledger of 10,000 tasks", () => {
    const result = validateLedger(generatedLedger(10_000));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.records.tasks).toEqual({ total: 10_000, valid: 10_000, withErrors: 0 });
    expect(result.records.problems.total).toBe(5_000);
  });

  it("reports a large number of issues without overflowing the stack", () => {
    const ledger = generatedLedger(150_000) as { tasks: { problemIds: string[] }[] };
    for (const task of ledger.tasks) task.problemIds = ["missing"];
    const result = validateLedger(ledger);
    expect(result.records.tasks.withErrors).toBe(150_000);
  }, 60_000);
});

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
