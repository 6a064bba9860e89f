import { describe, expect, it } from "vitest";
import { Ledger } from "../../src/index.js";
import {
  compareSummaries,
  DEFAULT_REPORT_POLICY,
  emptySummary,
  type Summary,
  summarize,
} from "../../src/report/index.js";
import { jilin, task } from "./_seeds.js";

const withTasks = (tasks: number, completed: number): Summary => {
  const s = emptySummary();
  return { ...s, tasks: { ...s.tasks, total: { ...s.tasks.total, tasks, completed } } };
};

describe("compareSummaries", () => {
  it("gives the change in completion share in percentage points, apart from the relative change", () => {
    const change = compareSummaries(withTasks(9, 4), withTasks(9, 6));
    expect(change.tasks.done).toEqual({ before: 4, after: 6, change: 2, relative: "+50.00" });
    expect(change.tasks.remaining).toEqual({ before: 5, after: 3, change: -2, relative: "-40.00" });
    expect(change.completionShare).toMatchObject({
      points: "+22.22",
      relative: "+50.00",
      text: { "zh-CN": "提高22.22个百分点", en: "up 22.22 percentage points" },
    });
    expect(change.completionShare.before.text).toBe("44.44%");
    expect(change.completionShare.after.text).toBe("66.67%");
  });

  it("computes points from the exact shares, not from rounded percentages", () => {
    // 1/3 → 2/3: 66.666…% − 33.333…% = 33.33 points (rounded once, at the end).
    const change = compareSummaries(withTasks(3, 1), withTasks(3, 2), {
      ...DEFAULT_REPORT_POLICY,
      decimals: 1,
    });
    expect(change.completionShare.points).toBe("+33.3");
  });

  it("words falls, no change and undefined shares", () => {
    expect(compareSummaries(withTasks(10, 6), withTasks(20, 11)).completionShare.text.en).toBe(
      "down 5.00 percentage points",
    );
    expect(
      compareSummaries(withTasks(10, 6), withTasks(20, 11)).completionShare.text["zh-CN"],
    ).toBe("下降5.00个百分点");
    expect(
      compareSummaries(withTasks(10, 5), withTasks(20, 10)).completionShare.text["zh-CN"],
    ).toBe("持平");
    const fromNothing = compareSummaries(emptySummary(), withTasks(3, 1));
    expect(fromNothing.completionShare).toMatchObject({ points: undefined, relative: undefined });
    expect(fromNothing.completionShare.text.en).toBe("—");
    expect(fromNothing.tasks.total.relative).toBeUndefined();
    expect(
      compareSummaries(withTasks(3, 0), withTasks(3, 1)).completionShare.relative,
    ).toBeUndefined();
  });

  it("compares petitions and accountability between two reports", () => {
    const before = summarize(
      Ledger.parse({
        format: "ducha/ledger@1",
        petitionTallies: [{ id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4400 }],
        tasks: [task("t1", { status: "completed" })],
      }),
    );
    const change = compareSummaries(before, summarize(jilin()));
    expect(change.petitions.closed).toEqual({
      before: 4400,
      after: 4593,
      change: 193,
      relative: "+4.39",
    });
    expect(change.closureShare.points).toBe("+4.10");
    expect(change.accountability.people.change).toBe(118);
    expect(change.tasks.total.relative).toBe("-100.00");
  });
});
