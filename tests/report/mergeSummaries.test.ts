import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/index.js";
import {
  emptySummary,
  mergeSummaries,
  type Summary,
  summarize,
  summaryRates,
  type TaskTally,
} from "../../src/report/index.js";
import { deepFreeze, jilin, urumqi, xilingol } from "./_seeds.js";

const count = fc.nat({ max: 1000 });
const tally: fc.Arbitrary<TaskTally> = fc.record({
  tasks: count,
  completed: count,
  basicallyCompleted: count,
  overdue: count,
  overdueBasicallyCompleted: count,
  completedOnTime: count,
  basicallyCompletedOnTime: count,
});
const sortedObject = <V>(entries: [string, V][]) => {
  const out: Record<string, V> = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = v;
  return out;
};
const keys = fc.constantFrom("", "市生态环境局", "市水务局", "天山区", "1", "2", "key");
const counts = fc
  .uniqueArray(fc.tuple(keys, count), { selector: ([k]) => k, maxLength: 4 })
  .map(sortedObject);
const tallies = fc
  .uniqueArray(fc.tuple(keys, tally), { selector: ([k]) => k, maxLength: 4 })
  .map(sortedObject);
const mismatch = fc.record({
  id: fc.constantFrom("a", "b", "jl"),
  field: fc.constantFrom("byRank" as const, "bySanction" as const),
  total: count,
  sum: count,
});
const summary: fc.Arbitrary<Summary> = fc
  .record({
    asOf: fc.constantFrom(undefined, "2024-06-30"),
    total: tally,
    byStatus: counts,
    dueByAsOf: tally,
    dueWithinYear: tally,
    groups: fc.tuple(tallies, tallies, tallies, tallies, tallies, tallies, tallies),
    p: fc.array(count, { minLength: 6, maxLength: 6 }),
    byVerification: counts,
    byBatch: counts,
    people: count,
    byRank: counts,
    bySanction: counts,
    handed: count,
    mismatches: fc.array(mismatch, { maxLength: 3 }),
  })
  .map((r) => {
    const [g0, g1, g2, g3, g4, g5, g6] = r.groups;
    const s: Summary = {
      format: "ducha/summary@1",
      ...(r.asOf === undefined ? {} : { asOf: r.asOf }),
      tasks: {
        total: r.total,
        byStatus: r.byStatus,
        dueByAsOf: r.dueByAsOf,
        dueWithinYear: r.dueWithinYear,
        byRound: g0,
        byRegion: g1,
        byProvince: g2,
        byCity: g3,
        byLeadUnit: g4,
        byCategory: g5,
        byDomain: g6,
      },
      petitions: {
        transferred: r.p[0] as number,
        closed: r.p[1] as number,
        staged: r.p[2] as number,
        handling: r.p[3] as number,
        unrecorded: r.p[4] as number,
        byVerification: r.byVerification,
        byBatch: r.byBatch,
        tallyBatches: r.p[5] as number,
      },
      accountability: {
        people: r.people,
        byRank: r.byRank,
        bySanction: r.bySanction,
        handedOverProblems: r.handed,
      },
      accountabilityConsistency: [...r.mismatches].sort((a, b) =>
        JSON.stringify([a.id, a.field, a.total, a.sum]) <
        JSON.stringify([b.id, b.field, b.total, b.sum])
          ? -1
          : 1,
      ),
    };
    return s;
  });

describe("mergeSummaries", () => {
  it("is associative", () => {
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        expect(mergeSummaries(a, mergeSummaries(b, c))).toEqual(
          mergeSummaries(mergeSummaries(a, b), c),
        );
      }),
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(summary, summary, (a, b) => {
        expect(mergeSummaries(a, b)).toEqual(mergeSummaries(b, a));
        expect(JSON.stringify(mergeSummaries(a, b))).toBe(JSON.stringify(mergeSummaries(b, a)));
      }),
    );
  });

  it("has the empty summary as identity", () => {
    fc.assert(
      fc.property(summary, (a) => {
        expect(mergeSummaries(emptySummary(), a)).toEqual(a);
        expect(mergeSummaries(a, emptySummary())).toEqual(a);
        expect(mergeSummaries(a)).toEqual(a);
      }),
    );
    expect(mergeSummaries()).toEqual(emptySummary());
  });

  it("recomputes rates from added counts, never averaging them", () => {
    const urumqiSummary = summarize(urumqi()); // 808/811 = 99.63%
    const jilinSummary = summarize(jilin()); // 4593/4704 = 97.64%
    const both = mergeSummaries(
      { ...urumqiSummary, asOf: undefined } as unknown as Summary,
      jilinSummary,
    );
    // (808 + 4593) / (811 + 4704) = 5401/5515 = 97.93%, not the mean 98.635%.
    expect(summaryRates(both).petitions.rate.text).toBe("97.93%");
  });

  it("rolls seeds up into one summary and leaves inputs unchanged", () => {
    const parts = [summarize(urumqi()), summarize(xilingol(), { asOf: "2024-06-30" })].map(
      deepFreeze,
    );
    const merged = mergeSummaries(...parts);
    expect(merged.tasks.total.tasks).toBe(23);
    expect(merged.petitions.transferred).toBe(902);
    expect(merged.petitions.tallyBatches).toBe(29);
    expect(merged.tasks.byProvince).toEqual({
      "150000": expect.objectContaining({ tasks: 14 }),
      "650000": expect.objectContaining({ tasks: 9 }),
    });
  });

  it("refuses summaries on different dates and things that are not summaries", () => {
    const a = summarize(urumqi());
    const b = summarize(urumqi(), { asOf: "2024-05-31" });
    expect(() => mergeSummaries(a, b)).toThrow(DuchaError);
    expect(() => mergeSummaries(a, {} as Summary)).toThrow(/summar/);
  });
});
