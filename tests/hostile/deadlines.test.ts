import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/deadlines/parseDeadline.js";
import { DEADLINE_BUILDERS } from "./builders.js";
import {
  casesOf,
  expectNoPollution,
  expectResultContract,
  HOSTILE_DIR,
  located,
  nameOf,
  prototypeKeys,
} from "./corpus.js";

describe("hostile deadline texts", () => {
  it.each(casesOf("deadline").map((c) => [nameOf(c), c] as const))(
    "%s: read or refused with a located issue",
    (_name, hostile) => {
      const before = prototypeKeys();
      const text =
        hostile.file !== undefined
          ? readFileSync(`${HOSTILE_DIR}${hostile.file}`, "utf8")
          : DEADLINE_BUILDERS[hostile.build ?? ""]!();
      const result = parseDeadline(text);
      expectResultContract(result);
      expect(result.ok).toBe(hostile.expect.ok);
      expect(located(result.issues)).toEqual(hostile.expect.issues);
      if (result.ok) {
        // The text is kept as written, the rest is what the manifest expects.
        const { text: kept, ...value } = result.value;
        expect(kept).toBe(text);
        expect(value).toEqual(hostile.expect.value);
      }
      expectNoPollution(before);
    },
  );
});
