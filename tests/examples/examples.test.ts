import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Ledger } from "../../src/index.js";
import { parseLedger } from "../../src/index.js";

const read = (name: string) =>
  readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), "utf8");

function load(name: string): Ledger {
  const result = parseLedger(read(name));
  if (!result.ok) throw new Error(`${name} does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const byId = <T extends { id: string }>(records: readonly T[], id: string): T => {
  const found = records.find((record) => record.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

describe("examples/ulanqab-2017.json", () => {
  const ledger = load("ulanqab-2017");
  const task = (id: string) => byId(ledger.tasks, id);

  it("parses with no issue at all (no errors, no unknown fields)", () => {
    const result = parseLedger(read("ulanqab-2017"));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it("has the plan's 3 key and 15 common problems, each with exactly one task", () => {
    const key = ledger.problems.filter((p) => p.category === "key");
    const common = ledger.problems.filter((p) => p.category === "common");
    expect(key.map((p) => p.text)).toEqual([
      "岱海流域生态环境退化严重问题",
      "黑河水质下降问题",
      "大青山保护区存在违规建设项目问题",
    ]);
    expect(common).toHaveLength(15);
    expect(ledger.problems).toHaveLength(18);
    for (const problem of ledger.problems) {
      const tasks = ledger.tasks.filter((t) => t.problemIds.includes(problem.id));
      expect(tasks).toHaveLength(1);
      expect(tasks[0]?.title).toBe(problem.text);
      expect(problem.regions).toEqual([{ name: "乌兰察布市", code: "150900" }]);
      expect(problem.domains?.length).toBeGreaterThan(0);
    }
    expect(ledger.tasks).toHaveLength(18);
  });

  it("keeps the numbered measures of the key problems (一是…十是) verbatim", () => {
    const k1 = task("k1").measures ?? [];
    expect(k1.map((m) => m.number)).toEqual([
      "一",
      "二",
      "三",
      "四",
      "五",
      "六",
      "七",
      "八",
      "九",
      "十",
    ]);
    expect(k1[3]?.text).toBe("加快岱海电厂一期水改空工程实施");
    expect(k1[9]?.text).toBe("严格水资源管理");
    expect(task("k2").measures).toHaveLength(5);
    expect(task("k2").measures?.[3]?.text).toBe("加大投入,积极提高城市污水收集水平(收集率达到90%)");
    expect(task("k3").measures).toHaveLength(4);
  });

  it("splits lead and cooperating units as written, keeping 各旗县市区党委、政府 whole", () => {
    expect(task("c8").leadUnits).toEqual(["市农牧业局"]);
    expect(task("c8").cooperatingUnits).toEqual(["各旗县市区党委、政府", "市发改委", "国土局"]);
    expect(task("c1").leadUnits).toEqual(["市委办", "政府办"]);
    expect(task("c1").cooperatingUnits).toEqual([
      "组织部",
      "宣传部",
      "各旗县市区党委、政府",
      "市法制办",
      "发改委",
      "环保局",
      "监察局",
    ]);
    expect(task("c2").cooperatingUnits).toEqual(["各旗县市区党委、政府", "各市直部门"]);
    for (let n = 1; n <= 15; n++) {
      const units = [...(task(`c${n}`).leadUnits ?? []), ...(task(`c${n}`).cooperatingUnits ?? [])];
      expect(units).toContain("各旗县市区党委、政府");
      expect(units).not.toContain("政府");
    }
  });

  it("gives deadlines exactly as the paragraphs write them, and only where they do", () => {
    const deadlines = Object.fromEntries(
      ledger.tasks.filter((t) => t.deadline).map((t) => [t.id, t.deadline]),
    );
    expect(deadlines).toEqual({
      c5: { text: "到2018年", due: "2018-12-31" },
      c6: { text: "到2018年", due: "2018-12-31" },
      c8: { text: "到2018年6月底", due: "2018-06-30" },
      c13: { text: "9月底前", due: "2017-09-30" },
      c15: { text: "到2020年底", due: "2020-12-31" },
    });
    for (const id of Object.keys(deadlines)) expect(task(id).timeLimitKind).toBe("deadline");
  });

  it("keeps every target and deadline text inside the task's own verbatim measures", () => {
    for (const t of ledger.tasks) {
      const body = (t.measures ?? []).map((m) => m.text).join("。");
      if (t.target !== undefined) expect(body).toContain(t.target);
      if (t.deadline !== undefined) expect(t.target).toContain(t.deadline.text);
    }
  });

  it("records (2) as a standing quarterly duty and (15)'s 2017 start as a milestone", () => {
    expect(task("c2").timeLimitKind).toBe("long_term");
    expect(task("c2").deadline).toBeUndefined();
    expect(task("c2").measures?.[0]?.text).toContain("每季度不低于一次");
    const milestones = (task("c15").measures ?? []).flatMap((m) => m.milestones ?? []);
    expect(milestones).toEqual([
      { date: "2017-12-31", goal: "还没有建设污水处理厂的工业园区,2017年底前必须开工建设" },
    ]);
  });

  it("invents no dates: no asOf, no stationing or feedback, no events", () => {
    expect(ledger.meta?.asOf).toBeUndefined();
    expect(ledger.meta?.sources).toEqual([
      {
        title: "乌兰察布市强化落实中央环保督察反馈意见整改整治工作实施方案",
        publisher: "集宁区人民政府网站",
      },
    ]);
    const [round] = ledger.rounds;
    expect(round).toMatchObject({ kind: "routine", ordinal: 1, batch: 1, regime: "2015-trial" });
    expect(round?.stationing).toBeUndefined();
    expect(round?.feedbackDate).toBeUndefined();
    for (const t of ledger.tasks) {
      expect(t.status).toBe("in_progress");
      expect(t.events).toBeUndefined();
    }
  });
});

describe("examples/published-figures.json", () => {
  const ledger = load("published-figures");
  const tally = (id: string) => byId(ledger.petitionTallies, id);

  it("parses with no issue at all (no errors, no unknown fields)", () => {
    const result = parseLedger(read("published-figures"));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it("dates each round as the reports do, with its source", () => {
    const rounds = Object.fromEntries(
      ledger.rounds.map((r) => [r.id, [r.group?.ordinal, r.stationing, r.feedbackDate]]),
    );
    expect(rounds).toEqual({
      "r2-jl": [1, { start: "2021-08-25", end: "2021-09-26" }, "2021-12-12"],
      "r2-xj": [5, { start: "2022-03-25", end: "2022-04-25" }, "2022-06-01"],
      "r2-nm": [3, { start: "2022-03-25", end: "2022-04-25" }, "2022-06-02"],
      "r2-ln": [2, { start: "2021-04-06", end: "2021-05-06" }, "2021-07-20"],
    });
    for (const round of ledger.rounds) {
      expect(round.ordinal).toBe(2);
      expect(round.sources?.[0]?.publishedDate).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
    expect(byId(ledger.rounds, "r2-jl").regime).toBe("2019-rules");
  });

  it("reproduces Jilin's petitions (4704 / 4593, 97.64 %) and accountability (118 people)", () => {
    expect(tally("jl")).toMatchObject({ transferred: 4704, closed: 4593, asOf: "2023-05-10" });
    expect(Math.round((4593 / 4704) * 10_000) / 100).toBe(97.64);
    const [record] = ledger.accountability;
    if (record?.kind !== "aggregate") throw new Error("expected the Jilin aggregate");
    expect(record).toMatchObject({ roundId: "r2-jl", handedOverProblems: 5, people: 118 });
    expect(record.byRank).toEqual({ bureau: 8, division: 51, section_or_below: 59 });
    const parts = Object.values(record.byRank ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(parts).toBe(118);
  });

  it("reproduces Urumqi: 9 city-led tasks, 6 completed and 3 in progress; 811 / 808 petitions", () => {
    const tasks = ledger.tasks.filter((t) => t.id.startsWith("u"));
    expect(tasks.map((t) => t.id)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(tasks.filter((t) => t.status === "completed")).toHaveLength(6);
    expect(tasks.filter((t) => t.status === "in_progress")).toHaveLength(3);
    expect(tasks[0]?.title).toBe("乌鲁木齐市牵头整改任务1");
    expect(byId(ledger.problems, "u").roundId).toBe("r2-xj");
    expect(tally("ur")).toMatchObject({ transferred: 811, closed: 808, handling: 3 });
    expect(tally("ur").asOf).toBe("2024-06-30");
  });

  it("reproduces Xilingol's 29 batches of 91 petitions, all closed, with no invented cut-off", () => {
    expect(tally("xl")).toMatchObject({
      roundId: "r2-nm",
      batches: 29,
      transferred: 91,
      closed: 91,
    });
    expect(tally("xl").asOf).toBeUndefined();
  });

  it("lists no task records where a report gives completed counts but no total", () => {
    expect(ledger.tasks).toHaveLength(9);
    expect(byId(ledger.rounds, "r2-jl").note).toContain("已经完成或基本完成26项");
    expect(byId(ledger.rounds, "r2-nm").note).toContain("整改任务已完成整改14项");
  });

  it("points every tally and record at a round of the ledger", () => {
    const ids = new Set<string>(ledger.rounds.map((r) => r.id));
    for (const t of ledger.petitionTallies) expect(ids.has(t.roundId)).toBe(true);
    for (const p of ledger.problems) expect(ids.has(p.roundId)).toBe(true);
    for (const a of ledger.accountability) expect(ids.has(a.roundId ?? "")).toBe(true);
  });
});

describe("ulanqab-tasks.csv", () => {
  it("is the Ulanqab ledger as writeTasksCsv writes it, and reads back to the same tasks", async () => {
    const { parseTasksCsv, writeTasksCsv } = await import("../../src/io/index.js");
    const ledger = load("ulanqab-2017");
    const file = readFileSync(new URL("../../examples/ulanqab-tasks.csv", import.meta.url));
    expect(file.toString("utf8")).toBe(writeTasksCsv(ledger));
    const back = parseTasksCsv(file, {
      keepTogether: ["各旗县市区党委、政府"],
      roundId: "r1-nm",
      deadlineAnchor: "2017-06-01",
    });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    const pick = (l: Ledger) =>
      l.tasks.map((t) => [t.id, t.leadUnits, t.deadline?.due, t.timeLimitKind, t.status]);
    expect(pick(back.value.ledger)).toEqual(pick(ledger));
  });
});
