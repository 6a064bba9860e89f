import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OutcomeKey, UnreadReason } from "../../src/outcomes/index.js";
import { readOutcomes } from "../../src/outcomes/index.js";

/**
 * Enforcement figures as published in bulletins and batch tables of petition cases, with the
 * counts read by hand. Every entry keeps the address it was taken from.
 */
interface Published {
  readonly source: string;
  readonly text: string;
  readonly outcomes: Partial<Record<OutcomeKey, number>>;
  readonly unread: readonly UnreadReason[];
}

const PUBLISHED: readonly Published[] = JSON.parse(
  readFileSync(new URL("../fixtures/outcomes/published-outcomes.json", import.meta.url), "utf8"),
);

describe("readOutcomes on published texts", () => {
  it("has at least 40 texts from at least 30 sources", () => {
    expect(PUBLISHED.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PUBLISHED.map((p) => p.source)).size).toBeGreaterThanOrEqual(30);
  });

  PUBLISHED.forEach((entry, index) => {
    describe(`#${index} ${entry.source}`, () => {
      const read = readOutcomes(entry.text);
      for (const [key, value] of Object.entries(entry.outcomes)) {
        it(`reads ${key} = ${value}`, () => {
          expect(read.outcomes[key as OutcomeKey]).toBe(value);
        });
      }
      it("reads no other figure, and reports what it cannot read", () => {
        expect(Object.keys(read.outcomes).sort()).toEqual(Object.keys(entry.outcomes).sort());
        expect(read.unread.map((u) => u.reason)).toEqual(entry.unread);
      });
      it("quotes every figure from the text", () => {
        for (const figure of read.figures) {
          expect(entry.text.slice(figure.span.start, figure.span.end)).toBe(figure.quote);
        }
      });
    });
  });
});
