// parseDeadline beyond the zh-CN round trip in tests/deadlines/formatDeadline.test.ts: what it
// reads does not change when the same text comes with the noise of real documents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfMonth } from "../../src/dates.js";
import { formatDeadline } from "../../src/deadlines/formatDeadline.js";
import { parseDeadline } from "../../src/deadlines/parseDeadline.js";
import type { Deadline } from "../../src/deadlines/types.js";

const year = fc.integer({ min: 2000, max: 2099 });
const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([y, m, after]) => ({
    kind: "date" as const,
    due: endOfMonth(y, m),
    longTermAfter: after,
    text: "",
  })),
  fc.tuple(year, fc.integer({ min: 1, max: 10 })).map(([y, span]) => ({
    kind: "range" as const,
    start: `${y}-01-01`,
    due: `${y + span}-12-31`,
    longTermAfter: false,
    text: "",
  })),
  fc.boolean().map((after) => ({ kind: "immediate" as const, longTermAfter: after, text: "" })),
);

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);
const TRADITIONAL: Readonly<Record<string, string>> = {
  长: "長",
  坚: "堅",
  持: "持",
  内: "內",
  续: "續",
};
const toTraditional = (s: string) => s.replace(/[长坚内续]/g, (c) => TRADITIONAL[c] ?? c);

/** What a parse gives, without the text it keeps as written. */
function reading(text: string) {
  const result = parseDeadline(text);
  if (!result.ok) return { ok: false, codes: result.issues.map((issue) => issue.code) };
  const { text: _kept, ...value } = result.value;
  return { ok: true, value };
}

describe("parseDeadline (property)", () => {
  it("reads the same deadline through full-width digits, traditional characters, a BOM and spaces", () => {
    fc.assert(
      fc.property(
        deadline,
        fc.constantFrom("", "\uFEFF", " ", "\u3000", "\r\n"),
        fc.boolean(),
        fc.boolean(),
        (value, pad, wide, traditional) => {
          const text = formatDeadline(value, "zh-CN");
          let noisy = wide ? toFullWidth(text) : text;
          if (traditional) noisy = toTraditional(noisy);
          expect(reading(`${pad}${noisy}${pad}`), noisy).toEqual(reading(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws and keeps the text as written, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const result = parseDeadline(text);
        if (result.ok) expect(result.value.text).toBe(text);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
