// summarize and mergeSummaries together, beyond tests/report/mergeSummaries.test.ts (which checks
// that merging is associative and commutative with the empty summary as identity): summarising a
// ledger is merging the summaries of its parts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TaskStatus } from "../../src/model/enums.js";
import { Ledger } from "../../src/model/ledger.js";
import { addTally } from "../../src/report/_counting.js";
import { mergeSummaries } from "../../src/report/mergeSummaries.js";
import { summarize } from "../../src/report/summarize.js";
import { emptyTally, type TaskTally } from "../../src/report/summary.js";

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

// Groups, checked against a naive rule written here: a row of byRound, byRegion, byProvince,
// byCity, byCategory, byDomain or byLeadUnit holds the sum of the tallies of the tasks the rule
// places in it, each task's tally being the total of a summary of that task alone. summarize adds
// most tasks through their problem's tally; this pins that shortcut to the task-by-task meaning.
const REGIONS = [
  { name: "天山区", code: "650102" },
  { name: "沙依巴克区", code: "650103" },
  { name: "天山区", code: "650102" },
  { name: "昌吉市", code: "652301" },
  { name: "吐鲁番市" },
];
const richTask = fc.record({
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
  problems: fc.array(fc.constantFrom("p1", "p2", "p3", "p4", "missing"), { maxLength: 3 }),
  leads: fc.array(fc.constantFrom("市环保局", "市生态环境局", "市水务局", "市发展改革委"), {
    maxLength: 3,
  }),
  due: fc.constantFrom("2023-06-30", "2024-12-31", undefined),
  completed: fc.constantFrom("2023-05-01", "2024-08-01", undefined),
  regions: fc.option(fc.array(fc.constantFrom(...REGIONS), { maxLength: 2 }), { nil: undefined }),
});
type RichTask = typeof richTask extends fc.Arbitrary<infer T> ? T : never;

const PROBLEMS = [
  {
    id: "p1",
    roundId: "r1",
    text: "大气污染问题",
    category: "key",
    domains: ["air", "air"],
    regions: [REGIONS[0], REGIONS[2]],
  },
  {
    id: "p2",
    roundId: "r2",
    text: "水源地问题",
    category: "common",
    domains: ["water", "ecology"],
    regions: [REGIONS[1], REGIONS[3]],
  },
  { id: "p3", roundId: "r1", text: "草原问题", domains: [], regions: [REGIONS[4]] },
  { id: "p4", roundId: "r2", text: "矿山问题", category: "key" },
] as const;

function richLedger(tasks: readonly RichTask[]) {
  return Ledger.parse({
    format: "ducha/ledger@1",
    rounds: [
      { id: "r1", kind: "routine", ordinal: 1 },
      { id: "r2", kind: "look_back", ordinal: 2 },
    ],
    problems: PROBLEMS,
    tasks: tasks.map((t, i) => ({
      id: `t${i}`,
      problemIds: t.problems,
      title: `整改任务${i}`,
      ...(t.status === undefined ? {} : { status: t.status }),
      ...(t.completed === undefined ? {} : { completedDate: t.completed }),
      leadUnits: t.leads,
      ...(t.due === undefined ? {} : { deadline: { text: "整改时限", due: t.due } }),
      ...(t.regions === undefined ? {} : { regions: t.regions }),
    })),
  });
}

/** The rows a task belongs to, by the rule as the guide states it. */
function naiveRows(ledger: Ledger, task: Ledger["tasks"][number]): Record<string, string[]> {
  const own = task.problemIds.flatMap((id) => ledger.problems.filter((p) => p.id === id));
  const regions = task.regions?.length ? task.regions : own.flatMap((p) => p.regions ?? []);
  const codes = regions.flatMap((r) => (r.code === undefined ? [] : [r.code]));
  const rows = (keys: string[]) => {
    const kept = [...new Set(keys.filter((k) => k !== ""))];
    return kept.length === 0 ? [""] : kept;
  };
  return {
    byRound: rows(own.map((p) => p.roundId)),
    byRegion: rows(regions.map((r) => r.name)),
    byProvince: rows(codes.map((c) => `${c.slice(0, 2)}0000`)),
    byCity: rows(codes.map((c) => `${c.slice(0, 4)}00`)),
    byCategory: rows(own.flatMap((p) => (p.category === undefined ? [] : [p.category]))),
    byDomain: rows(own.flatMap((p) => p.domains ?? [])),
    byLeadUnit: rows(
      (task.leadUnits ?? []).map((u) => (u === "市环保局" ? "市生态环境局" : u.trim())),
    ),
  };
}

describe("summarize groups (property)", () => {
  it("each row is the sum of the one-task summaries of the tasks the naive rule puts in it", () => {
    fc.assert(
      fc.property(fc.array(richTask, { maxLength: 14 }), (tasks) => {
        const ledger = richLedger(tasks);
        const whole = summarize(ledger, { asOf: "2024-06-30" });
        const expected: Record<string, Record<string, TaskTally>> = {};
        for (const task of ledger.tasks) {
          const alone = summarize({ ...ledger, tasks: [task] }, { asOf: "2024-06-30" });
          for (const [group, keys] of Object.entries(naiveRows(ledger, task))) {
            const rows = expected[group] ?? {};
            expected[group] = rows;
            for (const key of keys)
              rows[key] = addTally(rows[key] ?? emptyTally(), alone.tasks.total);
          }
        }
        for (const group of Object.keys(expected)) {
          const actual = whole.tasks[group as keyof typeof whole.tasks];
          expect({ group, rows: actual }).toEqual({ group, rows: expected[group] });
        }
      }),
      { numRuns: 300 },
    );
  });
});
