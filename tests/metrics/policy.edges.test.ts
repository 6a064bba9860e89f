import { describe, expect, it } from "vitest";
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
import { thrown } from "./_thrown.js";

describe("RATE_DENOMINATORS and their labels", () => {
  it("list the three denominators, labelled in zh-CN and en", () => {
    expect(RATE_DENOMINATORS).toEqual(["all", "due_by_as_of", "due_within_year"]);
    expect(RATE_DENOMINATOR_LABELS).toEqual({
      all: { "zh-CN": "全部任务数", en: "all tasks" },
      due_by_as_of: { "zh-CN": "到期应完成数", en: "tasks due by the report date" },
      due_within_year: { "zh-CN": "年内应完成数", en: "tasks due within the year" },
    });
  });
});

describe("named policies", () => {
  it("write each published convention field by field", () => {
    const base = {
      basicallyCompletedCountsAsDone: true,
      stagedClosureCountsAsClosed: false,
      denominator: "all",
      rounding: "half-up",
    };
    expect(DEFAULT_RATE_POLICY).toEqual({ ...base, decimals: 1 });
    expect(NATIONAL_MEE_POLICY).toEqual({ ...base, decimals: 0 });
    expect(JIANGSU_2022_TASK_POLICY).toEqual({
      ...base,
      denominator: "due_within_year",
      decimals: 0,
    });
    expect(JIANGSU_2022_PETITION_POLICY).toEqual({ ...base, decimals: 0 });
    expect(HAINAN_DAILY_PETITION_POLICY).toEqual({
      ...base,
      stagedClosureCountsAsClosed: true,
      decimals: 1,
    });
    expect(HAINAN_2022_MEASURE_POLICY).toEqual({
      ...base,
      denominator: "due_by_as_of",
      decimals: 1,
    });
    expect(JILIN_2023_PETITION_POLICY).toEqual({ ...base, decimals: 2 });
  });
});

describe("RatePolicy (edges)", () => {
  it("needs booleans, a whole number of decimals from 0 to 10 and a known rounding", () => {
    const parse = (extra: Record<string, unknown>) =>
      RatePolicy.safeParse({ ...DEFAULT_RATE_POLICY, ...extra }).success;
    expect(parse({ decimals: 0 })).toBe(true);
    expect(parse({ decimals: 10 })).toBe(true);
    expect(parse({ decimals: -1 })).toBe(false);
    expect(parse({ decimals: 1.5 })).toBe(false);
    expect(parse({ rounding: "half-even" })).toBe(true);
    expect(parse({ rounding: "ceil" })).toBe(false);
    expect(parse({ basicallyCompletedCountsAsDone: "yes" })).toBe(false);
    expect(parse({ stagedClosureCountsAsClosed: 1 })).toBe(false);
  });
});

describe("definePolicy (messages)", () => {
  it("names every failing field, or the root for an unknown key, in both languages", () => {
    const fields = thrown(() => definePolicy({ decimals: 12, rounding: "ceil" as never }));
    expect(fields.code).toBe("invalid_argument");
    expect(fields.messages).toEqual({
      "zh-CN": "比率口径无效：decimals, rounding",
      en: "invalid rate policy: decimals, rounding",
    });
    expect(thrown(() => definePolicy({ colour: "red" } as never)).messages.en).toBe(
      "invalid rate policy: (root)",
    );
  });

  it("refuses a policy that is not an object, in both languages", () => {
    for (const policy of [null, [], "half-up", 1]) {
      const error = thrown(() => definePolicy(policy as never));
      expect(error.messages).toEqual({
        "zh-CN": "比率口径须为对象",
        en: "a rate policy must be an object",
      });
      expect(error.details).toEqual({ policy });
      expect(error.code).toBe("invalid_argument");
    }
  });
});
