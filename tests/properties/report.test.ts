// summarize and mergeSummaries together, beyond tests/report/mergeSummaries.test.ts (which checks
// that merging is associative and commutative with the empty summary as identity): summarising a
// ledger is merging the summaries of its parts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TaskStatus } from "../../src/model/enums.js";
import { Ledger } from "../../src/model/ledger.js";
import { mergeSummaries } from "../../src/report/mergeSummaries.js";
import { summarize } from "../../src/report/summarize.js";

const STATUSES = TaskStatus.options;
const task = fc.record({
  status: fc.constantFrom(...STATUSES),
  problem: fc.constantFrom("p1", "p2"),
  lead: fc.constantFrom("市生态环境局", "市水务局", "天山区人民政府"),
  due: fc.constantFrom("2023-06-30", "2024-12-31", "2025-12-31", undefined),
  region: fc.constantFrom("天山区", "沙依巴克区", undefined),
  part: fc.boolean(),
});

function ledgerOf(tasks: readonly (typeof task extends fc.Arbitrary<infer T> ? T : never)[]) {
  return Ledger.parse({
    format: "ducha/ledger@1",
    rounds: [{ id: "r2-xj", kind: "routine", ordinal: 2 }],
    problems: [
      {
        id: "p1",
        roundId: "r2-xj",
        text: "乌鲁木齐市大气污染防治不到位问题",
        category: "key",
        domains: ["air"],
      },
      {
        id: "p2",
        roundId: "r2-xj",
        text: "水源地保护区违规建设问题",
        category: "common",
        domains: ["water", "ecology"],
      },
    ],
    tasks: tasks.map((t, i) => ({
      id: `t${i}`,
      problemIds: [t.problem],
      title: `整改任务${i}`,
      status: t.status,
      leadUnits: [t.lead],
      ...(t.due === undefined ? {} : { deadline: { text: "整改时限", due: t.due } }),
      ...(t.region === undefined ? {} : { regions: [{ name: t.region }] }),
    })),
  });
}

describe("summarize and mergeSummaries (property)", () => {
  it("summarising a ledger equals merging the summaries of a split of its tasks", () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 12 }), (tasks) => {
        const whole = summarize(ledgerOf(tasks), { asOf: "2024-06-30" });
        const left = summarize(ledgerOf(tasks.filter((t) => t.part)), { asOf: "2024-06-30" });
        const right = summarize(ledgerOf(tasks.filter((t) => !t.part)), { asOf: "2024-06-30" });
        expect(mergeSummaries(left, right)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
