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
  RATE_DENOMINATOR_LABELS,
  RATE_DENOMINATORS,
  RatePolicy,
} from "../../src/metrics/policy.js";

const NAMED = {
  DEFAULT_RATE_POLICY,
  NATIONAL_MEE_POLICY,
  JIANGSU_2022_TASK_POLICY,
  JIANGSU_2022_PETITION_POLICY,
  HAINAN_DAILY_PETITION_POLICY,
  HAINAN_2022_MEASURE_POLICY,
  JILIN_2023_PETITION_POLICY,
};

describe("RatePolicy", () => {
  it.each(Object.entries(NAMED))("accepts %s", (_name, policy) => {
    expect(RatePolicy.parse(policy)).toEqual(policy);
  });

  it("rejects unknown keys and bad values", () => {
    expect(RatePolicy.safeParse({ ...DEFAULT_RATE_POLICY, extra: 1 }).success).toBe(false);
    expect(RatePolicy.safeParse({ ...DEFAULT_RATE_POLICY, decimals: 11 }).success).toBe(false);
    expect(RatePolicy.safeParse({ ...DEFAULT_RATE_POLICY, denominator: "due" }).success).toBe(
      false,
    );
  });

  it("labels every denominator in both languages", () => {
    for (const denominator of RATE_DENOMINATORS) {
      expect(Object.keys(RATE_DENOMINATOR_LABELS[denominator])).toEqual(["zh-CN", "en"]);
    }
  });
});

describe("DEFAULT_RATE_POLICY", () => {
  it("counts 基本完成 as done but not 阶段性办结 as closed, over all tasks, 1 dp half-up", () => {
    expect(DEFAULT_RATE_POLICY).toEqual({
      basicallyCompletedCountsAsDone: true,
      stagedClosureCountsAsClosed: false,
      denominator: "all",
      decimals: 1,
      rounding: "half-up",
    });
  });

  it("differs from Hainan Daily only on staged closures", () => {
    expect({ ...HAINAN_DAILY_PETITION_POLICY, stagedClosureCountsAsClosed: false }).toEqual(
      DEFAULT_RATE_POLICY,
    );
  });
});

describe("definePolicy", () => {
  it("fills defaults", () => {
    expect(definePolicy()).toEqual(DEFAULT_RATE_POLICY);
    expect(definePolicy({ decimals: 0, denominator: "due_within_year" })).toEqual(
      JIANGSU_2022_TASK_POLICY,
    );
  });

  it("returns a new object and does not mutate its input", () => {
    const partial = Object.freeze({ decimals: 2 });
    const policy = definePolicy(partial);
    expect(policy).not.toBe(DEFAULT_RATE_POLICY);
    expect(partial).toEqual({ decimals: 2 });
  });

  it("throws invalid_argument on misuse", () => {
    expect(() => definePolicy({ decimals: 12 })).toThrow(/invalid rate policy: decimals/);
    expect(() => definePolicy({ rounding: "ceil" as never })).toThrow(DuchaError);
    expect(() => definePolicy({ colour: "red" } as never)).toThrow(DuchaError);
    expect(() => definePolicy(null as never)).toThrow(/must be an object/);
    expect(() => definePolicy([] as never)).toThrow(DuchaError);
    try {
      definePolicy({ decimals: 12 });
    } catch (error) {
      expect((error as DuchaError).code).toBe("invalid_argument");
      expect((error as DuchaError).details.issues).toBeInstanceOf(Array);
    }
  });
});
