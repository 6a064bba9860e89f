import { describe, expectTypeOf, it } from "vitest";
import type { RateDefinitionKey } from "../../src/audit/auditRate.js";
import {
  type CompletionRate,
  completionRate,
  DEFAULT_RATE_POLICY,
  type DefinedRate,
  describeApproximately,
  RatePolicy,
  type RoundingMode,
} from "../../src/metrics/index.js";

describe("metrics types", () => {
  it("narrows a rate on `defined`", () => {
    const result = completionRate(1, 2);
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<CompletionRate>();
      if (result.value.defined) expectTypeOf(result.value).toEqualTypeOf<DefinedRate>();
      else expectTypeOf(result.value.text).toEqualTypeOf<"—">();
    }
  });

  it("shares the RatePolicy name between schema and type", () => {
    expectTypeOf(DEFAULT_RATE_POLICY).toExtend<RatePolicy>();
    expectTypeOf(RatePolicy.parse({})).toEqualTypeOf<RatePolicy>();
    expectTypeOf<RatePolicy["rounding"]>().toEqualTypeOf<RoundingMode>();
  });

  it("rejects misuse at compile time", () => {
    // @ts-expect-error unknown rounding mode
    completionRate(1, 2, { rounding: "bankers" });
    // @ts-expect-error a language, not a total, after a percentage
    describeApproximately(58.9, "fr");
    expectTypeOf(describeApproximately(1, 2, "en")).toEqualTypeOf<string>();
    // @ts-expect-error keys name a count field
    const key: RateDefinitionKey = "numerator+pending/denominator";
    void key;
  });
});
