import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { generateLedger } from "../../bench/generate.js";
import { compileFastCheck } from "../../src/ledger/fastCheck.js";
import { RECORD_SCHEMAS } from "../../src/ledger/records.js";
import { LEDGER_COLLECTIONS } from "../../src/model/ledger.js";

const sample = generateLedger({ tasks: 40, petitions: 40 }) as unknown as Record<string, unknown[]>;
sample.petitionTallies = [{ id: "jl", roundId: "r2", transferred: 4704, closed: 4593 }];
sample.accountability = [
  {
    id: "a1",
    kind: "aggregate",
    people: 118,
    byRank: { bureau: 8, division: 51, section_or_below: 59 },
  },
  { id: "a2", kind: "person", rank: "bureau", sanctions: ["discipline"] },
];

// Values that break records in the ways real data does.
const junk = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    "",
    " 市环保局 ",
    "2023-02-30",
    "2024-02-29",
    -1,
    0,
    1.5,
    Number.NaN,
    Infinity,
    [],
    {},
    true,
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
);

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string] = setAt(
    (value as Record<string | number, unknown>)[head as string],
    rest,
    replacement,
  );
  return copy;
}

describe("compileFastCheck", () => {
  it("accepts the clean generated records, so they skip zod", () => {
    for (const collection of LEDGER_COLLECTIONS) {
      const check = compileFastCheck(RECORD_SCHEMAS[collection] as z.ZodType);
      for (const record of sample[collection] ?? []) expect(check(record)).toBe(true);
    }
  });

  it("never accepts what zod rejects or would change (fast ⇒ zod accepts it unchanged)", () => {
    const cases = LEDGER_COLLECTIONS.flatMap((c) =>
      (sample[c] ?? []).slice(0, 5).map((r) => [c, r] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.nat(),
        junk,
        ([collection, record], pick, replacement) => {
          const all = paths(record);
          const mutated = setAt(record, all[pick % all.length] ?? [], replacement);
          const schema = RECORD_SCHEMAS[collection] as z.ZodType;
          if (compileFastCheck(schema)(mutated)) {
            const parsed = schema.safeParse(mutated);
            expect(parsed.success).toBe(true);
            expect(parsed.data).toEqual(mutated);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("checks the fields of objects that are not plain ones by the schema's list", () => {
    const check = compileFastCheck(RECORD_SCHEMAS.tasks as z.ZodType);
    const task = sample.tasks?.[0] as Record<string, unknown>;
    const bare = Object.assign(Object.create(null), task);
    expect(check(bare)).toBe(true);
    const derived = Object.assign(Object.create({ extra: 1 }), task);
    expect(check(derived)).toBe(true);
    // A field the record does not own but inherits is still read, as zod reads it.
    const inherits = Object.assign(Object.create({ status: "finished" }), task);
    delete inherits.status;
    expect(check(inherits)).toBe(false);
    expect(check({ ...task, title: undefined })).toBe(false);
    const { id: _id, ...withoutId } = task;
    expect(check(withoutId)).toBe(false);
  });
});
