import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLedgerNdjson, validateNdjsonStream } from "../../src/io/ndjson.js";
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
