import { describe, expect, it } from "vitest";
import { DuchaError, Ledger } from "../../src/index.js";
import {
  compareSummaries,
  DEFAULT_REPORT_POLICY,
  mergeSummaries,
  petitionCounts,
  renderChart,
  renderReport,
  summarize,
  summaryRates,
} from "../../src/report/index.js";

// Hainan counts 阶段性办结 as closed; Jiangsu does not count 基本完成 as done (domain brief §6).
const ledger = Ledger.parse({
  format: "ducha/ledger@1",
  tasks: [
    { id: "t1", problemIds: ["p1"], title: "黑土地保护", status: "completed" },
    { id: "t2", problemIds: ["p2"], title: "水体返黑返臭", status: "basically_completed" },
    { id: "t3", problemIds: ["p3"], title: "矿山监管", status: "in_progress" },
  ],
  petitionTallies: [{ id: "x", roundId: "r", transferred: 100, closed: 90, staged: 6 }],
});
const strict = { ...DEFAULT_REPORT_POLICY, basicallyCompletedCountsAsDone: false };
const staged = { ...DEFAULT_REPORT_POLICY, stagedClosureCountsAsClosed: true, decimals: 1 };

describe("summarize(ledger, { policy })", () => {
  it("keeps the policy without changing a count", () => {
    const plain = summarize(ledger);
    const withPolicy = summarize(ledger, { policy: strict });
    expect(plain.policy).toBeUndefined();
    expect(withPolicy.policy).toEqual(strict);
    const { policy: _, ...counts } = withPolicy;
    expect(counts).toEqual(plain);
  });

  it("is the default of summaryRates, petitionCounts, compareSummaries and renderReport", () => {
    const summary = summarize(ledger, { policy: strict });
    expect(summaryRates(summary).tasks.done).toBe(1);
    expect(summaryRates(summary, DEFAULT_REPORT_POLICY).tasks.done).toBe(2);
    const hainan = summarize(ledger, { policy: staged });
    expect(petitionCounts(hainan).rate.text).toBe("96.0%");
    expect(petitionCounts(hainan, DEFAULT_REPORT_POLICY).rate.text).toBe("90.00%");
    expect(compareSummaries(hainan, hainan).petitions.closed.after).toBe(96);
    expect(renderReport(hainan, { lang: "zh-CN", format: "text" })).toContain("办结率96.0%");
    expect(
      renderReport(hainan, { lang: "zh-CN", format: "text", policy: DEFAULT_REPORT_POLICY }),
    ).toContain("办结率90.00%");
    const svg = (s: typeof summary) => renderChart(s, { kind: "by_lead_unit", lang: "en" });
    expect(svg(summary)).toContain("33.33%");
    expect(svg(summarize(ledger))).toContain("66.67%");
  });

  it("rejects an invalid policy as API misuse", () => {
    expect(() => summarize(ledger, { policy: { ...strict, decimals: -1 } })).toThrow(DuchaError);
  });
});

describe("mergeSummaries with policies", () => {
  it("keeps a policy the summaries share, or the one policy given", () => {
    const a = summarize(ledger, { policy: strict });
    expect(mergeSummaries(a, summarize(ledger, { policy: { ...strict } })).policy).toEqual(strict);
    expect(mergeSummaries(summarize(ledger), a).policy).toEqual(strict);
    expect(mergeSummaries(summarize(ledger), summarize(ledger)).policy).toBeUndefined();
  });

  it("refuses to add summaries read under different policies", () => {
    const a = summarize(ledger, { policy: strict });
    const b = summarize(ledger, { policy: staged });
    expect(() => mergeSummaries(a, b)).toThrow(/different rate policies/);
  });
});
