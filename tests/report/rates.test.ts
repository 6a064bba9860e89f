import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/index.js";
import {
  DEFAULT_REPORT_POLICY,
  emptySummary,
  emptyTally,
  petitionCounts,
  tallyCounts,
} from "../../src/report/index.js";

const petitions = (transferred: number, closed: number, staged = 0) => {
  const s = emptySummary();
  return { ...s, petitions: { ...s.petitions, transferred, closed, staged } };
};

describe("tallyCounts", () => {
  it("counts a basically completed task past its deadline as overdue only when it is not done", () => {
    const tally = {
      ...emptyTally(),
      tasks: 3,
      completed: 1,
      basicallyCompleted: 1,
      overdue: 1,
      overdueBasicallyCompleted: 1,
    };
    expect(tallyCounts(tally)).toMatchObject({ done: 2, remaining: 1, overdue: 1 });
    expect(
      tallyCounts(tally, { ...DEFAULT_REPORT_POLICY, basicallyCompletedCountsAsDone: false }),
    ).toMatchObject({
      done: 1,
      remaining: 2,
      overdue: 2,
    });
  });

  it("prints no rate for no tasks", () => {
    expect(tallyCounts(emptyTally()).rate).toEqual({ defined: false, text: "—", fraction: "0/0" });
  });
});

describe("petitionCounts", () => {
  it("rounds half-up at the policy's decimals, from the exact fraction", () => {
    // Sichuan "完成率97.1%": 6345/6532 = 97.137…%; Hainan "办结率54.9%": (492 + 291)/1427.
    const one = { ...DEFAULT_REPORT_POLICY, decimals: 1 };
    expect(petitionCounts(petitions(6532, 6345), one).rate.text).toBe("97.1%");
    expect(
      petitionCounts(petitions(1427, 492, 291), { ...one, stagedClosureCountsAsClosed: true }).rate
        .text,
    ).toBe("54.9%");
    // Jiangsu "办结率达81%" excludes 660 阶段性办结: 2750/3411 = 80.62%.
    expect(
      petitionCounts(petitions(3411, 2750, 660), { ...DEFAULT_REPORT_POLICY, decimals: 0 }).rate
        .text,
    ).toBe("81%");
    // A tie: 1/8 = 12.5% at 0 decimals.
    const tie = petitions(8, 1);
    expect(petitionCounts(tie, { ...DEFAULT_REPORT_POLICY, decimals: 0 }).rate).toMatchObject({
      percent: "13",
    });
    expect(
      petitionCounts(tie, { ...DEFAULT_REPORT_POLICY, decimals: 0, rounding: "half-even" }).rate,
    ).toMatchObject({ percent: "12" });
    expect(
      petitionCounts(petitions(3, 2), { ...DEFAULT_REPORT_POLICY, rounding: "down" }).rate,
    ).toMatchObject({ percent: "66.66" });
    expect(
      petitionCounts(petitions(3, 1), { ...DEFAULT_REPORT_POLICY, rounding: "up" }).rate,
    ).toMatchObject({ percent: "33.34" });
    expect(
      petitionCounts(petitions(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1)).rate,
    ).toMatchObject({ percent: "100.00" });
  });

  it("throws DuchaError for decimals or rounding outside the policy's range", () => {
    expect(() =>
      petitionCounts(petitions(3, 1), { ...DEFAULT_REPORT_POLICY, decimals: 11 }),
    ).toThrow(DuchaError);
    expect(() =>
      petitionCounts(petitions(3, 1), { ...DEFAULT_REPORT_POLICY, rounding: "ceiling" as "up" }),
    ).toThrow(/rounding/);
  });
});
