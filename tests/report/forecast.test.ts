import { describe, expect, it } from "vitest";
import { DuchaError, Ledger } from "../../src/index.js";
import { DEFAULT_REPORT_POLICY, forecast } from "../../src/report/index.js";
import { deepFreeze, task } from "./_seeds.js";

const doneOn = (id: string, date: string) =>
  task(id, { status: "completed", events: [{ type: "report_completed", date }] });
const due = (date: string) => ({ text: date, due: date });

describe("forecast", () => {
  it("projects the remaining tasks at the pace of the last six months", () => {
    const ledger = deepFreeze(
      Ledger.parse({
        format: "ducha/ledger@1",
        tasks: [
          doneOn("d1", "2023-11-30"), // before the window
          doneOn("d2", "2024-02-10"),
          doneOn("d3", "2024-04-10"),
          doneOn("d4", "2024-06-10"),
          task("o1", { status: "in_progress", deadline: due("2024-12-31") }),
          task("o2", { status: "in_progress", deadline: due("2024-07-31") }),
          task("o3", { status: "in_progress", deadline: due("2024-03-31") }),
          task("o4", { status: "in_progress", timeLimitKind: "long_term" }),
          task("u1", { status: "signed_off" }),
        ],
      }),
    );
    const f = forecast(ledger, { asOf: "2024-06-30" });
    expect(f).toMatchObject({
      windowStart: "2023-12-31",
      months: 6,
      completedInWindow: 3,
      pacePerMonth: "0.50",
      remaining: 4,
      undatedCompletions: 1,
      // 4 tasks × 183 days / 3 completions = 244 days after 2024-06-30.
      projectedCompletion: "2025-03-01",
    });
    // o1 is third in deadline order: 3 × 61 days → 2024-12-30, one day inside its deadline.
    expect(f.atRisk).toEqual([
      {
        taskId: "o3",
        title: "整改任务o3",
        due: "2024-03-31",
        projected: "2024-08-30",
        reason: "overdue",
      },
      {
        taskId: "o2",
        title: "整改任务o2",
        due: "2024-07-31",
        projected: "2024-10-30",
        reason: "will_miss",
      },
    ]);
    expect(f.message["zh-CN"]).toBe(
      "按近6个月每月完成0.50项的进度，其余4项任务预计于2025-03-01前完成，其中2项将超过或已超过整改时限。",
    );
    expect(f.message.en).toBe(
      "At the pace of the last 6 months (0.50 a month), the remaining 4 would be done by 2025-03-01; 2 will miss or have missed their deadline.",
    );
  });

  it("says so when the pace is zero, and names every task with a deadline", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [
        task("o1", { status: "in_progress", deadline: due("2025-06-30") }),
        task("b1", {
          status: "basically_completed",
          completedDate: "2024-05-01",
          deadline: due("2025-06-30"),
        }),
      ],
    });
    const f = forecast(ledger, {
      asOf: "2024-06-30",
      months: 3,
      policy: { ...DEFAULT_REPORT_POLICY, basicallyCompletedCountsAsDone: false },
    });
    expect(f.projectedCompletion).toBeUndefined();
    expect(f.pacePerMonth).toBe("0.00");
    expect(f.atRisk.map((r) => [r.taskId, r.projected, r.reason])).toEqual([
      ["b1", undefined, "will_miss"],
      ["o1", undefined, "will_miss"],
    ]);
    expect(f.message["zh-CN"]).toBe("近3个月没有完成整改任务，按此进度其余2项任务无法完成。");
    expect(f.message.en).toContain("will never be done");
    const counted = forecast(ledger, { asOf: "2024-06-30", months: 3 });
    expect(counted).toMatchObject({ completedInWindow: 1, remaining: 1, pacePerMonth: "0.33" });
  });

  it("reads completions from events, relapses and clamped month ends", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [
        task("r", {
          events: [
            { type: "report_completed", date: "2024-03-10" },
            { type: "relapse", date: "2024-05-01" },
            { type: "report_completed", date: "2024-08-20", completedDate: "2024-08-15" },
          ],
        }),
      ],
    });
    const f = forecast(ledger, { asOf: "2024-08-31", months: 6 });
    expect(f.windowStart).toBe("2024-03-01");
    expect(f).toMatchObject({
      completedInWindow: 1,
      remaining: 0,
      projectedCompletion: "2024-08-31",
      atRisk: [],
    });
    expect(f.message.en).toBe("All rectification tasks are done.");
    expect(forecast(ledger, { asOf: "2024-06-30" })).toMatchObject({
      remaining: 1,
      completedInWindow: 0,
    });
  });

  it("throws DuchaError for a bad date or window", () => {
    const ledger = Ledger.parse({ format: "ducha/ledger@1" });
    expect(() => forecast(ledger, { asOf: "2024-13-01" })).toThrow(DuchaError);
    expect(() => forecast(ledger, { asOf: "2024-06-30", months: 0 })).toThrow(/months/);
    expect(() => forecast(ledger, { asOf: "2024-06-30", months: 1.5 })).toThrow(DuchaError);
  });
});
