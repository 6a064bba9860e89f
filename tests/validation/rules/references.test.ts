import { describe, expect, it } from "vitest";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("problem_references", () => {
  it("passes tasks whose problems exist", () => {
    expect(validateLedger(baseLedger()).issues).toEqual([]);
  });

  it("reports each unknown problem id at its place and warns about a task with none", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.problemIds = ["p2", "p9"];
    ledger.tasks[2]!.problemIds = [];
    ledger.problems.push({ id: "p4", roundId: "r2-nm", text: "露天矿山生态修复滞后问题" });
    ledger.tasks.push({ id: "t4", problemIds: ["p4"], title: "露天矿山生态修复" });
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["dangling_reference", "tasks.1.problemIds.1"],
      ["task_without_problem", "tasks.2.problemIds"],
      ["problem_without_task", "problems.2"],
    ]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "引用的反馈问题p9不存在",
      en: "refers to feedback problem p9, which does not exist",
    });
    expect(result.issues[1]!.severity).toBe("warning");
  });
});

describe("round_references", () => {
  it("reports roundIds of problems, petitions, tallies and accountability that name no round", () => {
    const ledger = baseLedger();
    ledger.problems[2]!.roundId = "r2-nmg";
    ledger.petitions[0]!.roundId = "r3-nm";
    ledger.petitionTallies[0]!.roundId = "r2-wlmq";
    ledger.accountability[0]!.roundId = "r2-jilin";
    const result = validateLedger(ledger);
    expect(located(result.issues, "dangling_reference")).toEqual([
      ["dangling_reference", "problems.2.roundId"],
      ["dangling_reference", "petitions.0.roundId"],
      ["dangling_reference", "petitionTallies.0.roundId"],
      ["dangling_reference", "accountability.0.roundId"],
    ]);
    expect(result.issues[0]!.message["zh-CN"]).toBe("引用的督察轮次r2-nmg不存在");
  });

  it("does not report a reference to a record that exists but is broken", () => {
    const ledger = baseLedger();
    ledger.rounds[1]!.stationing = { start: "2022-03-25" };
    ledger.problems[0]!.text = 42;
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["missing_field", "rounds.1.stationing.end"],
      ["invalid_type", "problems.0.text"],
    ]);
  });
});

describe("duplicate_of_references", () => {
  it("passes a duplicateOf naming a petition and reports one that does not", () => {
    const ledger = baseLedger();
    ledger.petitions[1]!.duplicateOf = "XM-001";
    expect(validateLedger(ledger).issues).toEqual([]);
    ledger.petitions[1]!.duplicateOf = "XM-999";
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["dangling_reference", "petitions.1.duplicateOf"],
    ]);
  });
});

describe("problems_have_tasks", () => {
  it("warns about a problem no task addresses", () => {
    const ledger = baseLedger();
    ledger.tasks.splice(1, 1);
    const result = validateLedger(ledger);
    expect(result.ok).toBe(true);
    expect(located(result.issues)).toEqual([["problem_without_task", "problems.1"]]);
    expect(result.issues[0]!.message["zh-CN"]).toBe("反馈问题p2没有对应的整改任务");
  });

  it("leaves a feedback list without tasks alone, and counts broken tasks' problems", () => {
    const ledger = baseLedger();
    ledger.tasks = [];
    expect(validateLedger(ledger).issues).toEqual([]);
    const broken = baseLedger();
    broken.tasks[1]!.title = null;
    expect(located(validateLedger(broken).issues)).toEqual([["invalid_type", "tasks.1.title"]]);
  });
});
