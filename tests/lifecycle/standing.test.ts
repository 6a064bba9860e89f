import { describe, expect, it } from "vitest";
import { hasStandingObligation } from "../../src/lifecycle/index.js";
import { grassland } from "./fixtures.js";

describe("hasStandingObligation (English deadline texts)", () => {
  it("reads long-term and long term in English texts, in any case", () => {
    for (const text of ["long-term", "Long term", "completed; LONG-TERM effort"]) {
      expect(hasStandingObligation(grassland({ deadline: { text } }))).toBe(true);
    }
    expect(hasStandingObligation(grassland({ deadline: { text: "longterm" } }))).toBe(false);
    expect(hasStandingObligation(grassland({ deadline: { text: "long_term" } }))).toBe(false);
  });
});
