import { describe, expect, it } from "vitest";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("unique_ids", () => {
  it("passes a ledger whose ids are unique per collection (the same id in two collections is fine)", () => {
    const ledger = baseLedger();
    ledger.petitionTallies[0]!.id = "jl-total";
    expect(located(validateLedger(ledger).issues, "duplicate_id")).toEqual([]);
  });

  it("reports the second occurrence with the index of the first", () => {
    const ledger = baseLedger();
    ledger.tasks.push({ ...ledger.tasks[1]!, title: "黑河水质达标整治（重复录入）" });
    ledger.petitions[1]!.id = " XM-001 ";
    const result = validateLedger(ledger);
    expect(located(result.issues, "duplicate_id")).toEqual([
      ["duplicate_id", "tasks.3.id"],
      ["duplicate_id", "petitions.1.id"],
    ]);
    const issue = result.issues.find((i) => i.code === "duplicate_id")!;
    expect(issue.params).toEqual({ collection: "tasks", id: "t2", firstIndex: 1 });
    expect(issue.message["zh-CN"]).toBe("整改任务编号t2重复，首次出现在第2条（索引1）");
    expect(issue.message.en).toBe("rectification task id t2 is used again (first at index 1)");
    expect(result.records.tasks).toEqual({ total: 4, valid: 3, withErrors: 1 });
  });

  it("counts the id of a record the schema rejected as its first use", () => {
    const ledger = baseLedger();
    ledger.tasks[0]!.status = "done";
    ledger.tasks.push({ ...ledger.tasks[2]!, id: "t1" });
    const result = validateLedger(ledger);
    expect(located(result.issues, "duplicate_id")).toEqual([["duplicate_id", "tasks.3.id"]]);
    expect(result.records.tasks).toEqual({ total: 4, valid: 2, withErrors: 2 });
  });
});
