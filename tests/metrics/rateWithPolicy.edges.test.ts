import { describe, expect, it } from "vitest";
import { definePolicy, HAINAN_2022_MEASURE_POLICY } from "../../src/metrics/policy.js";
import { rateWithPolicy } from "../../src/metrics/rateWithPolicy.js";

describe("rateWithPolicy (edges)", () => {
  it("leaves out the optional parts the counts do not give, but never done", () => {
    const policy = definePolicy({ stagedClosureCountsAsClosed: true });
    const result = rateWithPolicy({ done: 250, total: 530 }, policy);
    expect(result).toMatchObject({ ok: true, issues: [], value: { text: "47.2%" } });
    const missingDone = rateWithPolicy({ total: 530 } as never, policy);
    expect(missingDone.issues.map((i) => [i.code, i.path])).toEqual([
      ["count_not_number", ["done"]],
    ]);
  });

  it("does not add basically-completed work when the policy says not to", () => {
    const policy = definePolicy({ basicallyCompletedCountsAsDone: false });
    const result = rateWithPolicy({ done: 250, basicallyCompleted: 24, total: 530 }, policy);
    expect(result.ok && result.value.text).toBe("47.2%");
  });

  it("checks the policy's denominator as a count, at its own field", () => {
    const result = rateWithPolicy(
      { done: 135, total: 190, dueByAsOf: -137 },
      HAINAN_2022_MEASURE_POLICY,
    );
    expect(result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["count_negative", ["dueByAsOf"], { field: "dueByAsOf", value: -137 }],
    ]);
    const over = rateWithPolicy(
      { done: 138, total: 190, dueByAsOf: 137 },
      HAINAN_2022_MEASURE_POLICY,
    );
    expect(over.issues).toEqual([
      {
        code: "done_exceeds_total",
        severity: "error",
        path: ["done"],
        params: { done: 138, total: 137 },
        message: {
          "zh-CN": "完成数138大于总数137",
          en: "the done count 138 is greater than the total 137",
        },
      },
    ]);
    expect(over.ok).toBe(false);
  });

  it("rounds with the policy's decimals and mode", () => {
    const policy = definePolicy({ decimals: 2, rounding: "down" });
    const result = rateWithPolicy({ done: 2, total: 3 }, policy);
    expect(result.ok && result.value).toMatchObject({
      percent: "66.66",
      decimals: 2,
      rounding: "down",
    });
  });
});
