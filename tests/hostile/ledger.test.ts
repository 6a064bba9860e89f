import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLedgerJson } from "../../src/io/parseLedgerJson.js";
import { parseLedger } from "../../src/ledger/parseLedger.js";
import { LEDGER_COLLECTIONS } from "../../src/model/ledger.js";
import { validateLedger } from "../../src/validation/validateLedger.js";
import { LEDGER_BUILDERS } from "./builders.js";
import {
  type CountsRow,
  casesOf,
  deepFreeze,
  expectNoPollution,
  expectResultContract,
  expectWellFormed,
  HOSTILE_DIR,
  located,
  nameOf,
  prototypeKeys,
} from "./corpus.js";

const UNCOMPARABLE = new Set(["cyclic-record", "cyclic-document", "deep-nesting-object"]);

/** The records each collection holds in the input, when it is a list: what validateLedger must count. */
function inputTotals(input: unknown): Record<string, number> {
  let document: unknown = input;
  if (typeof input === "string") {
    try {
      document = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch {
      return {};
    }
  }
  if (document === null || typeof document !== "object") return {};
  const totals: Record<string, number> = {};
  for (const collection of LEDGER_COLLECTIONS) {
    const records = (document as Record<string, unknown>)[collection];
    if (Array.isArray(records) && records.length > 0) totals[collection] = records.length;
  }
  return totals;
}

function countsRow(records: Record<string, { total: number; valid: number; withErrors: number }>) {
  const row: CountsRow = {};
  for (const [collection, counts] of Object.entries(records)) {
    expect(counts.valid + counts.withErrors, collection).toBe(counts.total);
    if (counts.total > 0) row[collection] = [counts.total, counts.valid, counts.withErrors];
  }
  return row;
}

describe("hostile ledgers", () => {
  const cases = casesOf("ledger");

  it.each(cases.map((c) => [nameOf(c), c] as const))(
    "%s: located issues, input unchanged, every record counted",
    (_name, hostile) => {
      const before = prototypeKeys();
      const make = (): unknown =>
        hostile.file !== undefined
          ? readFileSync(`${HOSTILE_DIR}${hostile.file}`, "utf8")
          : LEDGER_BUILDERS[hostile.build ?? ""]!();
      // A frozen input makes any write throw; a second copy checks nothing was changed either.
      const input = deepFreeze(make());
      const parsed = parseLedger(input);
      expectResultContract(parsed);
      expect(parsed.ok).toBe(hostile.expect.parse.ok);
      expect(located(parsed.issues)).toEqual(hostile.expect.parse.issues);

      const validated = validateLedger(input);
      expectWellFormed(validated.issues);
      expect(validated.ok).toBe(hostile.expect.validate.ok);
      expect(located(validated.issues)).toEqual(hostile.expect.validate.issues);
      const row = countsRow(validated.records);
      expect(row).toEqual(hostile.expect.validate.records);
      // Every record of every list in the input is accounted for, broken ones included.
      const totals = inputTotals(input);
      for (const [collection, total] of Object.entries(totals)) {
        expect(row[collection]?.[0], collection).toBe(total);
      }
      // Cycles and 10,000 levels are beyond a recursive toEqual; freezing already guards them.
      if (typeof input !== "string" && !UNCOMPARABLE.has(hostile.build ?? "")) {
        expect(input).toEqual(make());
      }
      expectNoPollution(before);
    },
  );

  it.each(cases.filter((c) => c.file !== undefined).map((c) => [c.file as string, c] as const))(
    "%s: parseLedgerJson on the bytes agrees with parseLedger on the text",
    (file, hostile) => {
      const bytes = new Uint8Array(readFileSync(`${HOSTILE_DIR}${file}`));
      const result = parseLedgerJson(bytes);
      expectResultContract(result);
      expect(result.ok).toBe(hostile.expect.parse.ok);
      expect(located(result.issues)).toEqual(hostile.expect.parse.issues);
    },
  );

  it("leaves no polluted prototype after JSON text with __proto__ keys", () => {
    const text = readFileSync(`${HOSTILE_DIR}ledger-proto-keys.json`, "utf8");
    validateLedger(text);
    parseLedger(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
