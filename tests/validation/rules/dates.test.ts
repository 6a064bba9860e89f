import { describe, expect, it } from "vitest";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("round_dates", () => {
  it("reports a feedback date before the end of stationing, and a plan published before it", () => {
    const ledger = baseLedger();
    ledger.rounds[1]!.feedbackDate = "2022-04-20";
    ledger.rounds[2]!.plan = { submittedDate: "2022-07-13", publishedDate: "2022-05-01" };
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["date_order", "rounds.1.feedbackDate"],
      ["date_order", "rounds.2.plan.publishedDate"],
      // The schedule (ducha/rounds) has Inner Mongolia's round-2 feedback on 2022-06-02.
      ["schedule_date_differs", "rounds.1.feedbackDate"],
    ]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "反馈日期2022-04-20早于进驻结束日期2022-04-25",
      en: "feedback date 2022-04-20 is before stationing end 2022-04-25",
    });
  });

  it("skips absent dates and compares with the last present one", () => {
    const ledger = baseLedger();
    ledger.rounds[2]!.plan = { approvedDate: "2022-06-01" };
    expect(validateLedger(ledger).issues).toEqual([]);
    ledger.rounds[0]!.stationing = { start: "2016-08-14", end: "2016-07-14" };
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["date_order", "rounds.0.stationing.end"],
    ]);
  });
});

describe("petition_dates", () => {
  it("reports a petition transferred before it was received and closed before transfer", () => {
    const ledger = baseLedger();
    ledger.petitions[0]!.transferredDate = "2022-03-26";
    ledger.petitions[1]!.closedDate = "2022-03-20";
    ledger.petitions[1]!.status = "closed";
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["date_order", "petitions.0.transferredDate"],
      ["date_order", "petitions.1.closedDate"],
    ]);
  });
});

describe("task_dates", () => {
  it("reports acceptance before completion and sign-off before acceptance", () => {
    const ledger = baseLedger();
    const task = ledger.tasks[0]!;
    task.acceptedDate = "2018-11-01";
    task.signedOffDate = "2018-10-01";
    delete task.publicNotice;
    delete task.events;
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["date_order", "tasks.0.acceptedDate"],
      ["date_order", "tasks.0.signedOffDate"],
    ]);
  });

  it("reports a public notice that runs backwards or does not end before the sign-off", () => {
    const ledger = baseLedger();
    ledger.tasks[0]!.publicNotice = { start: "2019-01-04", end: "2018-12-21" };
    let result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["date_order", "tasks.0.publicNotice.end"]]);
    ledger.tasks[0]!.publicNotice = { start: "2018-12-27", end: "2019-01-10" };
    result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["date_order", "tasks.0.signedOffDate"]]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "销号日期2019-01-10不晚于公示结束日期2019-01-10",
      en: "signed-off date 2019-01-10 is not after public notice end 2019-01-10",
    });
  });
});

describe("event_order", () => {
  it("reports an event dated before the one listed above it", () => {
    const ledger = baseLedger();
    const events = ledger.tasks[0]!.events as { type: string; date: string }[];
    events[2]!.date = "2018-11-20";
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["events_out_of_order", "tasks.0.events.2.date"]]);
    expect(result.issues[0]!.params).toEqual({ date: "2018-11-20", previousDate: "2018-11-30" });
  });
});

describe("dates_before_as_of", () => {
  it("warns about dates after the ledger's as-of date, from meta or options", () => {
    const ledger = baseLedger();
    expect(
      validateLedger(ledger, { asOf: "2019-01-09" }).issues.map((i) => i.path.join(".")),
    ).toEqual([
      "tasks.0.signedOffDate",
      "tasks.0.events.5.date",
      "tasks.2.completedDate",
      "petitions.0.receivedDate",
      "petitions.0.transferredDate",
      "petitions.0.closedDate",
      "petitions.1.receivedDate",
      "petitions.1.transferredDate",
    ]);
    ledger.meta = { asOf: "2022-05-01" };
    const result = validateLedger(ledger);
    expect(result.ok).toBe(true);
    expect(located(result.issues)).toEqual([
      ["date_after_as_of", "tasks.2.completedDate"],
      ["date_after_as_of", "petitions.0.closedDate"],
    ]);
    expect(result.issues[1]!.message["zh-CN"]).toBe("办结日期2022-05-30晚于台账截止日期2022-05-01");
  });

  it("checks nothing without an as-of date", () => {
    const ledger = baseLedger();
    delete ledger.meta;
    ledger.tasks[2]!.completedDate = "2099-01-01";
    expect(validateLedger(ledger).issues).toEqual([]);
  });
});
