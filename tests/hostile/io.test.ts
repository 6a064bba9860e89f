import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLedgerNdjson, validateNdjsonStream } from "../../src/io/ndjson.js";
import { parsePetitionsCsv } from "../../src/io/readPetitions.js";
import { parseTasksCsv } from "../../src/io/readTasksCsv.js";
import {
  casesOf,
  expectNoPollution,
  expectResultContract,
  expectWellFormed,
  HOSTILE_DIR,
  located,
  prototypeKeys,
} from "./corpus.js";

describe("hostile CSV task tables", () => {
  it.each(casesOf("csv").map((c) => [c.file as string, c] as const))(
    "%s: read or refused with located issues",
    (file, hostile) => {
      const before = prototypeKeys();
      const bytes = new Uint8Array(readFileSync(`${HOSTILE_DIR}${file}`));
      const copy = bytes.slice();
      const result = parseTasksCsv(bytes);
      expectResultContract(result);
      expect(result.ok).toBe(hostile.expect.ok);
      expect(located(result.issues)).toEqual(hostile.expect.issues);
      if (result.ok) expect(result.value.ledger.tasks).toHaveLength(hostile.expect.tasks ?? -1);
      expect(bytes).toEqual(copy);
      expectNoPollution(before);
    },
  );
});

describe("hostile NDJSON ledgers", () => {
  it.each(casesOf("ndjson").map((c) => [c.file as string, c] as const))(
    "%s: every line accounted for, with its line number",
    async (file, hostile) => {
      const before = prototypeKeys();
      const report = await validateNdjsonStream(`${HOSTILE_DIR}${file}`);
      expectWellFormed(report.issues);
      expect(located(report.issues)).toEqual(hostile.expect.issues);
      expect(report.ok).toBe(hostile.expect.ok);
      const { lines, records, valid, invalid } = report;
      expect({ lines, records, valid, invalid }).toEqual({
        lines: hostile.expect.lines,
        records: hostile.expect.records,
        valid: hostile.expect.valid,
        invalid: hostile.expect.invalid,
      });
      expect(valid + invalid).toBe(records);
      const byCollection = Object.values(report.byCollection).reduce((a, b) => a + b, 0);
      expect(byCollection).toBe(valid);

      const read = await readLedgerNdjson(`${HOSTILE_DIR}${file}`);
      expectResultContract(read);
      expect(read.ok).toBe(hostile.expect.ok);
      expect(located(read.issues)).toEqual(hostile.expect.issues);
      expectNoPollution(before);
    },
  );
});

describe("hostile CSV files read as petition tables", () => {
  it.each(casesOf("csv").map((c) => [c.file as string] as const))(
    "%s: read or refused, never thrown",
    (file) => {
      const before = prototypeKeys();
      const bytes = new Uint8Array(readFileSync(`${HOSTILE_DIR}${file}`));
      const result = parsePetitionsCsv(bytes);
      expectResultContract(result);
      if (result.ok) {
        const { stats } = result.value;
        expect(stats.produced + stats.rejected + stats.empty).toBe(stats.rowsRead);
      }
      expectNoPollution(before);
    },
  );

  it("keeps prototype keys as data in case numbers, regions and batches", () => {
    const before = prototypeKeys();
    const csv = [
      "受理编号,交办批次,行政区域,污染类型,处理和整改情况,办结情况",
      "__proto__,1,__proto__,constructor,罚款99999999999999999万元,阶段性办结",
      "__proto__,第九千九百九十九批,toString,大气,责令整改１０家,阶段性办结",
    ].join("\n");
    const result = parsePetitionsCsv(csv);
    expectResultContract(result);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.value.ledger.petitions;
    expect(first?.id).toBe("__proto__");
    expect(first?.outcomes).toBeUndefined();
    expect(second?.duplicateOf).toBe("__proto__");
    expect(second?.batch).toBe(9999);
    expect(second?.outcomes).toEqual({ ordersToRectify: 10 });
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      "duplicate_case",
      "unknown_pollution_type",
      "unread_outcome",
    ]);
    expectNoPollution(before);
  });
});
