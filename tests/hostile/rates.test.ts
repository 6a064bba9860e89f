import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditRate } from "../../src/audit/auditRate.js";
import { RATE_BUILDERS } from "./builders.js";
import {
  casesOf,
  deepFreeze,
  expectNoPollution,
  expectResultContract,
  HOSTILE_DIR,
  located,
  nameOf,
  prototypeKeys,
} from "./corpus.js";

describe("hostile rate audits", () => {
  it.each(casesOf("rate").map((c) => [nameOf(c), c] as const))(
    "%s: audited or refused with located issues",
    (_name, hostile) => {
      const before = prototypeKeys();
      const input =
        hostile.file !== undefined
          ? JSON.parse(readFileSync(`${HOSTILE_DIR}${hostile.file}`, "utf8"))
          : RATE_BUILDERS[hostile.build ?? ""]!();
      const result = auditRate(deepFreeze(input));
      expectResultContract(result);
      expect(result.ok).toBe(hostile.expect.ok);
      expect(located(result.issues)).toEqual(hostile.expect.issues);
      if (result.ok) expect(result.value.consistent).toBe(hostile.expect.consistent);
      expectNoPollution(before);
    },
  );
});
