import { describe, expect, it } from "vitest";
import {
  PETITION_FEEDBACK_LIMIT,
  PLAN_TIME_LIMITS,
  type RegimeVersion,
  statutoryDeadlines,
  workdaysBetween,
} from "../../src/calendar/index.js";
import { DuchaError } from "../../src/errors.js";

describe("PLAN_TIME_LIMITS", () => {
  it("holds 30 working days before the third round and 45 from it", () => {
    expect(PLAN_TIME_LIMITS["2015-trial"].amount).toBe(30);
    expect(PLAN_TIME_LIMITS["2019-rules"].amount).toBe(30);
    expect(PLAN_TIME_LIMITS["2022-measures"].amount).toBe(45);
    expect(PLAN_TIME_LIMITS["2025-regulations"].amount).toBe(45);
  });
  it("states the inference behind the 45-day limits, with sources for every regime", () => {
    expect(PLAN_TIME_LIMITS["2022-measures"].inference.en).toMatch(/inferred/);
    expect(PLAN_TIME_LIMITS["2025-regulations"].inference["zh-CN"]).toMatch(/^推断/);
    for (const limit of Object.values(PLAN_TIME_LIMITS)) {
      expect(limit.sources.length).toBeGreaterThan(0);
    }
  });
});

describe("statutoryDeadlines", () => {
  it("dates the plan 30 working days after feedback under the 2019 rules", () => {
    const [plan] = statutoryDeadlines({ regime: "2019-rules", feedbackDate: "2020-05-15" });
    expect(plan?.due).toBe("2020-06-29"); // Dragon Boat 25-27 June off, Sunday 28 June worked
    expect(workdaysBetween("2020-05-15", "2020-06-29")).toBe(30);
    expect(plan?.limit.basis["zh-CN"]).toBe("《中央生态环境保护督察工作规定》（2019）");
  });
  it("dates the plan 45 working days after feedback in the third round, across National Day", () => {
    const duties = statutoryDeadlines({ regime: "2022-measures", feedbackDate: "2024-09-20" });
    expect(duties).toHaveLength(1);
    expect(duties[0]?.due).toBe("2024-11-27");
    expect(workdaysBetween("2024-09-20", "2024-11-27")).toBe(45);
  });
  it("adds the Hainan petition feedback only when local practices are asked for", () => {
    const round = {
      regime: "2019-rules" as const,
      feedbackDate: "2019-09-10",
      petitionTransfers: ["2019-07-20", "2019-07-27"],
    };
    expect(statutoryDeadlines(round)).toHaveLength(1);
    const duties = statutoryDeadlines(round, { includeLocalPractices: true });
    expect(duties.map((d) => [d.duty, d.from, d.due])).toEqual([
      ["rectificationPlan", "2019-09-10", "2019-10-28"], // Mid-Autumn and National Day off
      ["petitionFeedback", "2019-07-20", "2019-07-30"],
      ["petitionFeedback", "2019-07-27", "2019-08-06"],
    ]);
    expect(duties[1]?.limit).toBe(PETITION_FEEDBACK_LIMIT);
    expect(PETITION_FEEDBACK_LIMIT.localPractice.en).toMatch(/local practice/);
    expect(
      statutoryDeadlines({ ...round, petitionTransfers: undefined } as never, {
        includeLocalPractices: true,
      }),
    ).toHaveLength(1);
  });
  it("rejects an unknown regime and a bad date", () => {
    expect(() =>
      statutoryDeadlines({ regime: "2030-new" as RegimeVersion, feedbackDate: "2024-01-02" }),
    ).toThrow(DuchaError);
    expect(() =>
      statutoryDeadlines({ regime: "toString" as RegimeVersion, feedbackDate: "2024-01-02" }),
    ).toThrow(/unknown regime/);
    expect(() => statutoryDeadlines({ regime: "2019-rules", feedbackDate: "2024/01/02" })).toThrow(
      /feedbackDate/,
    );
  });
  it("does not change the round", () => {
    const round = Object.freeze({
      regime: "2025-regulations" as const,
      feedbackDate: "2025-06-03",
      petitionTransfers: Object.freeze(["2025-05-10"]),
    });
    expect(() => statutoryDeadlines(round, { includeLocalPractices: true })).not.toThrow();
  });
});
