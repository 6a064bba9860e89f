import { describe, expect, it } from "vitest";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("task_status", () => {
  it("passes a signed-off task accepted by event only", () => {
    const ledger = baseLedger();
    delete ledger.tasks[0]!.acceptedDate;
    expect(validateLedger(ledger).issues).toEqual([]);
  });

  it("reports a sign-off without any acceptance", () => {
    const ledger = baseLedger();
    const task = ledger.tasks[0]!;
    delete task.acceptedDate;
    delete task.events;
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["signed_off_without_acceptance", "tasks.0.status"]]);
    expect(result.issues[0]!.message["zh-CN"]).toBe("任务已销号，但没有验收日期或通过验收记录");
  });

  it("warns about a completed task without a completed date or completion event", () => {
    const ledger = baseLedger();
    delete ledger.tasks[2]!.completedDate;
    ledger.tasks[2]!.status = "basically_completed";
    const result = validateLedger(ledger);
    expect(result.ok).toBe(true);
    expect(located(result.issues)).toEqual([["missing_completed_date", "tasks.2.completedDate"]]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "任务状态为“基本完成”，但缺少完成日期",
      en: "the task is basically completed but has no completed date",
    });
    ledger.tasks[2]!.events = [{ type: "report_basically_completed", date: "2023-10-31" }];
    expect(validateLedger(ledger).issues).toEqual([]);
  });

  it("reports a status other than the one the last event leads to", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.status = "completed";
    ledger.tasks[1]!.completedDate = "2018-06-20";
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["status_disagrees_with_events", "tasks.1.status"]]);
    expect(result.issues[0]!.params).toEqual({ status: "completed", fromEvents: "in_progress" });
    expect(result.issues[0]!.message["zh-CN"]).toBe(
      "记录的状态“已完成”与事件推出的状态“正在推进”不一致",
    );
  });

  it("ignores events that do not change the status (a deadline extension)", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.status = "in_progress";
    delete ledger.tasks[2]!.completedDate;
    ledger.tasks[2]!.events = [
      { type: "extend_deadline", date: "2023-12-20", due: "2024-06-30", text: "2024年6月底前" },
    ];
    expect(validateLedger(ledger).issues).toEqual([]);
    ledger.tasks[2]!.events = [
      { type: "start", date: "2023-01-01" },
      { type: "relapse", date: "2023-12-20" },
    ];
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["status_disagrees_with_events", "tasks.2.status"],
    ]);
  });
});

describe("petition_status", () => {
  it("reports a closed case without a closed date", () => {
    const ledger = baseLedger();
    delete ledger.petitions[0]!.closedDate;
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["closed_without_date", "petitions.0.closedDate"],
    ]);
  });

  it("reports a case in handling that has a closed date", () => {
    const ledger = baseLedger();
    ledger.petitions[1]!.closedDate = "2022-06-15";
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["date_without_status", "petitions.1.status"]]);
    expect(result.issues[0]!.message.en).toBe(
      "the case has a closed date 2022-06-15 but is still in handling",
    );
    ledger.petitions[1]!.status = "staged_closed";
    expect(validateLedger(ledger).issues).toEqual([]);
  });
});
