import { describe, expect, it } from "vitest";
import { DuchaError, Ledger } from "../../src/index.js";
import { summarize, summaryRates } from "../../src/report/index.js";
import { deepFreeze, jilin, jilinInput, task, urumqi, urumqiInput, xilingol } from "./_seeds.js";

describe("summarize", () => {
  it("counts Urumqi's 9 lead tasks and 811 petitions (seed 003)", () => {
    const s = summarize(urumqi("cases"));
    expect(s.asOf).toBe("2024-06-30");
    expect(s.tasks.total).toMatchObject({
      tasks: 9,
      completed: 6,
      basicallyCompleted: 0,
      overdue: 0,
    });
    expect(s.tasks.byStatus).toEqual({ completed: 6, in_progress: 3 });
    expect(s.tasks.byRound).toEqual({
      "r2-xj": expect.objectContaining({ tasks: 9, completed: 6 }),
    });
    expect(s.tasks.byCategory.individual?.tasks).toBe(9);
    expect(s.tasks.byProvince["650000"]?.tasks).toBe(9);
    expect(s.tasks.byCity["650100"]?.tasks).toBe(9);
    expect(s.petitions).toMatchObject({
      transferred: 811,
      closed: 808,
      handling: 3,
      unrecorded: 0,
    });
    expect(summaryRates(s).petitions.rate.text).toBe("99.63%");
  });

  it("merges a unit written two ways into one row (市环保局 = 市生态环境局)", () => {
    const s = summarize(urumqi());
    expect(Object.keys(s.tasks.byLeadUnit)).toEqual([
      "市住建局",
      "市城管委(执法局)",
      "市水务局",
      "市生态环境局",
    ]);
    expect(s.tasks.byLeadUnit.市生态环境局?.tasks).toBe(4);
  });

  it("counts a task with several lead units once per unit and once in the total", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [
        task("t1", { leadUnits: ["市发改委", "市生态环境局", "市发改委等"], status: "completed" }),
      ],
    });
    const s = summarize(ledger);
    expect(s.tasks.total.tasks).toBe(1);
    expect(Object.keys(s.tasks.byLeadUnit)).toEqual(["市发改委", "市生态环境局"]);
    expect(s.tasks.byLeadUnit.市发改委?.tasks).toBe(1);
    expect(summarize(ledger, { unitAliases: {} }).tasks.byLeadUnit).toHaveProperty("市发改委");
  });

  it("reads Jilin's tally 4704/4593 as 97.64% and its accountability 118 = 8 + 51 + 59 (seed 002)", () => {
    const s = summarize(jilin());
    expect(summaryRates(s).petitions.rate).toEqual({
      defined: true,
      percent: "97.64",
      text: "97.64%",
      fraction: "4593/4704",
    });
    expect(s.petitions.unrecorded).toBe(111);
    expect(s.accountability).toEqual({
      people: 118,
      byRank: { bureau: 8, division: 51, section_or_below: 59 },
      bySanction: {},
      handedOverProblems: 5,
    });
    expect(s.accountabilityConsistency).toEqual([]);
  });

  it("lists published parts that do not add up to their total", () => {
    const broken = Ledger.parse(jilinInput({ bureau: 8, division: 51, section_or_below: 58 }));
    expect(summarize(broken).accountabilityConsistency).toEqual([
      { id: "jl", field: "byRank", total: 118, sum: 117 },
    ]);
    const sanctions = Ledger.parse({
      format: "ducha/ledger@1",
      accountability: [
        { id: "s", kind: "aggregate", people: 10, bySanction: { discipline: 6, admonishment: 3 } },
      ],
    });
    expect(summarize(sanctions).accountabilityConsistency).toEqual([
      { id: "s", field: "bySanction", total: 10, sum: 9 },
    ]);
  });

  it("counts people one by one with ranks, sanctions and handed-over cases", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      accountability: [
        {
          id: "a1",
          kind: "person",
          rank: "bureau",
          sanctions: ["discipline", "discipline"],
          caseId: "c1",
        },
        { id: "a2", kind: "person", rank: "division", sanctions: ["admonishment"], caseId: "c1" },
        { id: "a3", kind: "person", caseId: "c2" },
      ],
    });
    expect(summarize(ledger).accountability).toEqual({
      people: 3,
      byRank: { "": 1, bureau: 1, division: 1 },
      bySanction: { admonishment: 1, discipline: 1 },
      handedOverProblems: 2,
    });
  });

  it("counts Xilingol's 29 batches and 91 cases, all closed (seed 000)", () => {
    const s = summarize(xilingol());
    expect(s.petitions).toMatchObject({
      transferred: 91,
      closed: 91,
      tallyBatches: 29,
      unrecorded: 0,
    });
    expect(s.tasks.total.completed).toBe(14);
    expect(s.tasks.byCity["152500"]?.tasks).toBe(14);
  });

  it("rebuilds statuses as of a date from events, and judges overdue and on time", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [
        task("a", {
          status: "signed_off",
          deadline: { text: "2023年6月底前", due: "2023-06-30" },
          events: [
            { type: "start", date: "2023-01-05" },
            { type: "report_completed", date: "2023-06-20" },
            { type: "sign_off", date: "2023-09-01" },
          ],
        }),
        task("b", {
          status: "completed",
          deadline: { text: "2023年12月底前", due: "2023-12-31", originalDue: "2023-06-30" },
          events: [
            { type: "start", date: "2023-01-05" },
            { type: "extend_deadline", date: "2023-06-25", due: "2023-12-31" },
            { type: "report_completed", date: "2023-11-30", completedDate: "2023-11-15" },
          ],
        }),
        task("c", {
          status: "in_progress",
          deadline: { text: "2023年3月底前", due: "2023-03-31" },
        }),
        task("d", {
          status: "basically_completed",
          deadline: { text: "2023年3月底前", due: "2023-03-31" },
        }),
        task("e", {}),
      ],
    });
    const mid = summarize(ledger, { asOf: "2023-06-30" });
    expect(mid.tasks.byStatus).toEqual({
      "": 1,
      basically_completed: 1,
      completed: 1,
      in_progress: 2,
    });
    expect(mid.tasks.total).toEqual({
      tasks: 5,
      completed: 1,
      basicallyCompleted: 1,
      overdue: 1,
      overdueBasicallyCompleted: 1,
      completedOnTime: 1,
      basicallyCompletedOnTime: 0,
    });
    // Task b's deadline on 2023-06-30 is the extended one, so it is not overdue.
    expect(mid.tasks.dueByAsOf.tasks).toBe(3);
    expect(mid.tasks.dueWithinYear.tasks).toBe(4);
    const end = summarize(ledger, { asOf: "2023-12-31" });
    expect(end.tasks.total).toMatchObject({ completed: 2, completedOnTime: 2, overdue: 1 });
    const recorded = summarize(ledger);
    expect(recorded.asOf).toBeUndefined();
    expect(recorded.tasks.total.overdue).toBe(0);
    expect(recorded.tasks.byStatus.signed_off).toBe(1);
  });

  it("applies the denominator and basically-completed rules only when rates are taken", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      meta: { asOf: "2022-09-30" },
      tasks: [
        ...Array.from({ length: 4 }, (_, i) =>
          task(`c${i}`, {
            status: "completed",
            deadline: { text: "2022年底前", due: "2022-12-31" },
          }),
        ),
        ...Array.from({ length: 2 }, (_, i) =>
          task(`b${i}`, {
            status: "basically_completed",
            deadline: { text: "2022年底前", due: "2022-12-31" },
          }),
        ),
        ...Array.from({ length: 7 }, (_, i) =>
          task(`o${i}`, {
            status: "in_progress",
            deadline: { text: "2022年底前", due: "2022-12-31" },
          }),
        ),
        ...Array.from({ length: 5 }, (_, i) =>
          task(`l${i}`, {
            status: "in_progress",
            deadline: { text: "2025年底前", due: "2025-12-31" },
          }),
        ),
      ],
    });
    const s = summarize(ledger);
    const jiangsu = {
      basicallyCompletedCountsAsDone: true,
      stagedClosureCountsAsClosed: false,
      denominator: "due_within_year",
      decimals: 0,
      rounding: "half-up",
    } as const;
    // Jiangsu: "整改完成率46%" = 6/13 tasks due this year, counting 基本完成.
    expect(summaryRates(s, jiangsu).tasks.rate.text).toBe("46%");
    expect(
      summaryRates(s, { ...jiangsu, basicallyCompletedCountsAsDone: false }).tasks.rate.text,
    ).toBe("31%");
    expect(summaryRates(s, { ...jiangsu, denominator: "all" }).tasks.rate.text).toBe("33%");
    expect(summaryRates(s, { ...jiangsu, denominator: "due_by_as_of" }).tasks.rate.text).toBe("—");
  });

  it("groups by region names, division codes, categories and domains from the task's problems", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      problems: [
        {
          id: "k1",
          roundId: "r1-nm",
          text: "岱海",
          category: "key",
          domains: ["water", "ecology"],
          regions: [{ name: "乌兰察布市", code: "150900" }],
        },
        {
          id: "c1",
          roundId: "r1-nm",
          text: "草原",
          category: "common",
          domains: ["grassland", "ecology"],
        },
      ],
      tasks: [
        task("t1", { problemIds: ["k1", "c1"], status: "in_progress" }),
        task("t2", {
          problemIds: ["c1"],
          status: "completed",
          regions: [
            { name: "凉城县", code: "150925" },
            { name: "丰镇市", code: "150981" },
          ],
        }),
        task("t3", { problemIds: ["missing"] }),
      ],
    });
    const s = summarize(ledger);
    expect(Object.keys(s.tasks.byRegion)).toEqual(["", "丰镇市", "乌兰察布市", "凉城县"]);
    expect(s.tasks.byCity).toEqual({
      "": expect.anything(),
      "150900": expect.objectContaining({ tasks: 2 }),
    });
    expect(s.tasks.byProvince["150000"]?.tasks).toBe(2);
    expect(s.tasks.byCategory).toEqual({
      "": expect.objectContaining({ tasks: 1 }),
      common: expect.objectContaining({ tasks: 2, completed: 1 }),
      key: expect.objectContaining({ tasks: 1 }),
    });
    expect(s.tasks.byDomain.ecology?.tasks).toBe(2);
    expect(s.tasks.byDomain.water?.tasks).toBe(1);
    expect(s.tasks.byRound["r1-nm"]?.tasks).toBe(2);
    expect(s.tasks.byRound[""]?.tasks).toBe(1);
  });

  it("keeps a unit named __proto__ as data", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [task("t1", { leadUnits: ["__proto__"], status: "completed" })],
    });
    const s = summarize(ledger);
    expect(Object.keys(s.tasks.byLeadUnit)).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("counts petitions by status, verification and batch", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      petitions: [
        { id: "1", roundId: "r", batch: 1, status: "closed", verification: "true" },
        { id: "2", roundId: "r", batch: 1, status: "staged_closed", verification: "partly_true" },
        { id: "3", roundId: "r", batch: 2, status: "handling" },
        { id: "4", roundId: "r" },
      ],
      petitionTallies: [{ id: "t", roundId: "r", transferred: 5, closed: 4, staged: 3 }],
    });
    expect(summarize(ledger).petitions).toEqual({
      transferred: 9,
      closed: 5,
      staged: 4,
      handling: 1,
      unrecorded: 1,
      // Case 4 has no status of its own; the tally's parts add up (4 + 3 > 5), so nothing else.
      statusless: 1,
      byVerification: { "": 2, partly_true: 1, true: 1 },
      byBatch: { "": 1, "1": 2, "2": 1 },
      tallyBatches: 0,
      byRegion: { "": 4 },
      byPollutionType: { "": 4 },
      duplicates: 0,
      outcomes: {},
      outcomesByRegion: { "": {} },
      outcomesByBatch: { "": {}, "1": {}, "2": {} },
    });
  });

  it("does not change its input and is JSON-serialisable", () => {
    const input = deepFreeze(urumqi("cases"));
    const s = summarize(input, { asOf: "2024-06-30" });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(Ledger.parse(urumqiInput("cases"))).toEqual(input);
  });

  it("throws DuchaError for an asOf that is not a date", () => {
    expect(() => summarize(urumqi(), { asOf: "2024-02-30" })).toThrow(DuchaError);
  });
});
