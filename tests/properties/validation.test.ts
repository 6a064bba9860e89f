// validateLedger beyond tests/validation/validateLedger.test.ts (which shuffles one fixed broken
// ledger and compares issue codes): on generated ledgers with duplicate ids, dangling references
// and broken records, shuffling every collection gives the same issues record by record (paths
// with the index replaced by the record's id) and the same counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/issue.js";
import { LEDGER_COLLECTIONS } from "../../src/model/ledger.js";
import { validateLedger } from "../../src/validation/validateLedger.js";

const taskRecord = fc.record({
  id: fc.constantFrom("t1", "t2", "t3", "t4", "t5"),
  problemIds: fc.array(fc.constantFrom("p1", "p2", "p9"), { minLength: 1, maxLength: 2 }),
  title: fc.constantFrom("草原生态保护修复整改", "黄河流域违规取水整改", ""),
  status: fc.constantFrom("not_started", "in_progress", "completed", "signed_off", "done"),
  completedDate: fc.constantFrom(undefined, "2023-06-30", "2023-02-30"),
});
const problemRecord = fc.record({
  id: fc.constantFrom("p1", "p2", "p3"),
  roundId: fc.constantFrom("r2-nm", "r9"),
  text: fc.constantFrom("草原生态保护修复工作推进不力问题", "黄河流域违规取水问题"),
});
const ledger = fc.record({
  problems: fc.array(problemRecord, { maxLength: 5 }),
  tasks: fc.array(taskRecord, { maxLength: 8 }),
});

type Raw = Record<string, unknown>;

function clean(record: Raw): Raw {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** `code collection#id rest-of-path`: an issue without the record's position. */
function byRecord(document: Record<string, Raw[]>, issues: readonly Issue[]): string[] {
  return issues
    .map((issue) => {
      const [collection, index, ...rest] = issue.path;
      const record =
        typeof collection === "string" && typeof index === "number"
          ? document[collection]?.[index]
          : undefined;
      const where =
        record === undefined ? issue.path.join(".") : `${collection}#${String(record.id)}`;
      return `${issue.code} ${where} ${rest.join(".")}`;
    })
    .sort();
}

describe("validateLedger (property)", () => {
  it("finds the same issues, record by record, and the same counts whatever the order", () => {
    fc.assert(
      fc.property(ledger, fc.integer(), (generated, seed) => {
        const document = {
          rounds: [{ id: "r2-nm", kind: "routine", ordinal: 2 }],
          problems: generated.problems.map(clean),
          tasks: generated.tasks.map(clean),
        };
        const shuffled = {
          rounds: document.rounds,
          problems: fc.sample(
            fc.shuffledSubarray(document.problems, { minLength: document.problems.length }),
            { numRuns: 1, seed },
          )[0] as Raw[],
          tasks: fc.sample(
            fc.shuffledSubarray(document.tasks, { minLength: document.tasks.length }),
            { numRuns: 1, seed: seed + 1 },
          )[0] as Raw[],
        };
        const first = validateLedger({ format: "ducha/ledger@1", ...document });
        const second = validateLedger({ format: "ducha/ledger@1", ...shuffled });
        expect(second.ok).toBe(first.ok);
        for (const collection of LEDGER_COLLECTIONS) {
          for (const counts of [first.records[collection], second.records[collection]]) {
            expect(counts.valid + counts.withErrors).toBe(counts.total);
          }
          expect(second.records[collection].total).toBe(first.records[collection].total);
        }
        // Which copy of a repeated id carries duplicate_id depends on the order, and with it
        // which record counts as broken; without repeats the counts are the same.
        if (!first.issues.some((issue) => issue.code === "duplicate_id")) {
          expect(second.records).toEqual(first.records);
        }
        // A duplicate id is flagged on whichever copy comes second: compare those by code only.
        const distinct = (issues: readonly Issue[]) =>
          issues.filter((i) => i.code !== "duplicate_id");
        expect(byRecord(shuffled, distinct(second.issues))).toEqual(
          byRecord(document, distinct(first.issues)),
        );
        const duplicates = (issues: readonly Issue[]) =>
          issues.filter((i) => i.code === "duplicate_id").length;
        expect(duplicates(second.issues)).toBe(duplicates(first.issues));
      }),
      { numRuns: 150 },
    );
  });
});
