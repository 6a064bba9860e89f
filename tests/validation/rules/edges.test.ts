// Boundaries of the status and date rules: which statuses need a completion, which field each
// date-order issue names, and that equal dates are in order.
import { describe, expect, it } from "vitest";
import { TaskStatus } from "../../../src/model/enums.js";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger } from "../fixtures.js";

type Ledger = ReturnType<typeof baseLedger>;
type Json = Record<string, unknown>;
const task = (ledger: Ledger, i: number) => ledger.tasks[i] as Json;
const issuesOf = (ledger: Ledger, code: string) =>
  validateLedger(ledger).issues.filter((issue) => issue.code === code);

describe("task_status", () => {
  it("asks for a completion date exactly for the statuses reached once the work is done", () => {
    const needs = TaskStatus.options.filter((status) => {
      const ledger = baseLedger();
      const t3 = task(ledger, 2);
      delete t3.completedDate;
      t3.status = status;
      return issuesOf(ledger, "missing_completed_date").length > 0;
    });
    expect(needs).toEqual([
      "completed",
      "basically_completed",
      "acceptance_requested",
      "accepted",
      "in_public_notice",
      "signed_off",
    ]);
  });

  it("takes a completion event in place of a completion date", () => {
    for (const [type, status] of [
      ["report_completed", "completed"],
      ["report_basically_completed", "basically_completed"],
    ]) {
      const ledger = baseLedger();
      const t3 = task(ledger, 2);
      delete t3.completedDate;
      t3.status = status;
      t3.events = [
        { type: "start", date: "2023-03-01" },
        { type, date: "2023-10-31" },
      ];
      expect(validateLedger(ledger).issues).toEqual([]);
    }
  });
});

describe("date order", () => {
  it("names the earlier field of each step of a round, a petition and a task", () => {
    const ledger = baseLedger();
    (ledger.rounds[1] as Json).stationing = { start: "2022-04-25", end: "2022-03-25" };
    (ledger.rounds[1] as Json).plan = {
      title: "整改方案",
      submittedDate: "2022-11-30",
      approvedDate: "2022-11-20",
      publishedDate: "2022-11-10",
    };
    (ledger.petitions[0] as Json).transferredDate = "2022-03-26";
    task(ledger, 2).acceptedDate = "2023-10-30";
    const orders = validateLedger(ledger)
      .issues.filter((issue) => issue.code === "date_order")
      .map((issue) => [issue.path.join("."), issue.params?.earlierField]);
    expect(orders).toEqual([
      ["rounds.1.stationing.end", "stationing.start"],
      ["rounds.1.plan.approvedDate", "plan.submittedDate"],
      ["rounds.1.plan.publishedDate", "plan.approvedDate"],
      ["petitions.0.transferredDate", "receivedDate"],
      ["tasks.2.acceptedDate", "completedDate"],
    ]);
  });

  it("takes equal dates as in order, except a sign-off on the last day of its public notice", () => {
    const ledger = baseLedger();
    const t3 = task(ledger, 2);
    Object.assign(t3, {
      status: "signed_off",
      acceptedDate: "2023-11-01",
      publicNotice: { start: "2023-11-05", end: "2023-11-05" },
      signedOffDate: "2023-11-06",
      events: [
        { type: "start", date: "2023-03-01" },
        { type: "report_completed", date: "2023-10-31" },
        { type: "request_acceptance", date: "2023-10-31" },
        { type: "accept", date: "2023-11-01" },
        { type: "open_public_notice", date: "2023-11-05" },
        { type: "sign_off", date: "2023-11-06" },
      ],
    });
    expect(validateLedger(ledger).issues).toEqual([]);
    t3.signedOffDate = "2023-11-05";
    expect(
      issuesOf(ledger, "date_order").map((issue) => [issue.path.join("."), issue.params?.strict]),
    ).toEqual([["tasks.2.signedOffDate", true]]);
  });
});

describe("date_after_as_of", () => {
  it("reports dates after the as-of date by field, and not a date on it", () => {
    const ledger = baseLedger(); // meta.asOf 2024-06-30
    Object.assign(task(ledger, 2), { acceptedDate: "2024-06-30", completedDate: "2024-06-30" });
    expect(issuesOf(ledger, "date_after_as_of")).toEqual([]);
    Object.assign(task(ledger, 2), {
      acceptedDate: "2024-07-01",
      events: [{ type: "report_completed", date: "2024-07-02" }],
    });
    expect(
      issuesOf(ledger, "date_after_as_of").map((issue) => [
        issue.path.join("."),
        issue.params?.field,
      ]),
    ).toEqual([
      ["tasks.2.acceptedDate", "acceptedDate"],
      ["tasks.2.events.0.date", "events.date"],
    ]);
  });
});
