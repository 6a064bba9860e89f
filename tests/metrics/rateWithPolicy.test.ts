import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import {
  DEFAULT_RATE_POLICY,
  definePolicy,
  HAINAN_2022_MEASURE_POLICY,
  HAINAN_DAILY_PETITION_POLICY,
  JIANGSU_2022_PETITION_POLICY,
  JIANGSU_2022_TASK_POLICY,
  JILIN_2023_PETITION_POLICY,
  NATIONAL_MEE_POLICY,
} from "../../src/metrics/policy.js";
import { rateWithPolicy } from "../../src/metrics/rateWithPolicy.js";

function text(...args: Parameters<typeof rateWithPolicy>): string {
  const result = rateWithPolicy(...args);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.value.text;
}

describe("rateWithPolicy", () => {
  it("reproduces each named policy's published figure", () => {
    expect(text({ done: 492, staged: 291, total: 1427 }, HAINAN_DAILY_PETITION_POLICY)).toBe(
      "54.9%",
    );
    expect(text({ done: 2750, staged: 660, total: 3411 }, JIANGSU_2022_PETITION_POLICY)).toBe(
      "81%",
    );
    expect(
      text(
        { done: 0, basicallyCompleted: 6, total: 42, dueWithinYear: 13 },
        JIANGSU_2022_TASK_POLICY,
      ),
    ).toBe("46%");
    expect(text({ done: 135, total: 190, dueByAsOf: 137 }, HAINAN_2022_MEASURE_POLICY)).toBe(
      "98.5%",
    );
    expect(text({ done: 4593, total: 4704 }, JILIN_2023_PETITION_POLICY)).toBe("97.64%");
    expect(text({ done: 1275, total: 2164 }, NATIONAL_MEE_POLICY)).toBe("59%");
  });

  it("uses the default policy when none is given", () => {
    expect(text({ done: 250, basicallyCompleted: 24, staged: 100, total: 530 })).toBe("51.7%");
    expect(text({ done: 250, total: 530 }, DEFAULT_RATE_POLICY)).toBe("47.2%");
  });

  it("shows how the staged choice changes the Hainan figure", () => {
    const counts = { done: 492, staged: 291, total: 1427 };
    expect(text(counts, definePolicy({ stagedClosureCountsAsClosed: false }))).toBe("34.5%");
    expect(text(counts, definePolicy({ stagedClosureCountsAsClosed: true }))).toBe("54.9%");
  });

  it("returns denominator_missing when the policy's denominator is absent", () => {
    const result = rateWithPolicy({ done: 6, total: 42 }, JIANGSU_2022_TASK_POLICY);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["denominator_missing", ["dueWithinYear"]],
    ]);
    expect(result.issues[0]?.message["zh-CN"]).toBe("口径要求的分母（年内应完成数）未提供");
  });

  it("returns count issues at each field", () => {
    const result = rateWithPolicy(
      { done: -1, basicallyCompleted: 0.5, staged: 3, total: Number.NaN },
      HAINAN_DAILY_PETITION_POLICY,
    );
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["count_negative", ["done"]],
      ["count_not_integer", ["basicallyCompleted"]],
      ["count_not_finite", ["total"]],
    ]);
  });

  it("returns done_exceeds_total when the parts add up past the denominator", () => {
    const result = rateWithPolicy({ done: 10, staged: 5, total: 12 }, HAINAN_DAILY_PETITION_POLICY);
    expect(result.issues.map((i) => [i.code, i.params])).toEqual([
      ["done_exceeds_total", { done: 15, total: 12 }],
    ]);
  });

  it("gives an undefined rate for a zero denominator", () => {
    const result = rateWithPolicy({ done: 0, total: 0 });
    expect(result.ok && result.value.text).toBe("—");
  });

  it("throws for an invalid policy", () => {
    expect(() => rateWithPolicy({ done: 1, total: 2 }, { decimals: 99 } as never)).toThrow(
      DuchaError,
    );
  });

  it("does not mutate the counts", () => {
    const counts = Object.freeze({ done: 492, staged: 291, total: 1427 });
    rateWithPolicy(counts, HAINAN_DAILY_PETITION_POLICY);
    expect(counts).toEqual({ done: 492, staged: 291, total: 1427 });
  });
});
