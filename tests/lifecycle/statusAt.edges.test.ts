import { describe, expect, it } from "vitest";
import { applyEvent, historyAt, statusAt, taskAt } from "../../src/lifecycle/index.js";
import type { TaskEventType } from "../../src/model/enums.js";
import type { RectificationTask } from "../../src/model/task.js";
import { grassland } from "./fixtures.js";

describe("historyAt and statusAt (edges)", () => {
  // Ulanqab c8 as a ledger might list it: out of order, two events on 2018-06-28.
  const unordered = grassland({
    events: [
      { type: "accept", date: "2018-08-10" },
      { type: "report_completed", date: "2018-06-28" },
      { type: "start", date: "2017-07-01" },
      { type: "request_acceptance", date: "2018-06-28" },
      { type: "report_progress", date: "2018-03-01", percentComplete: 60 },
      { type: "report_basically_completed", date: "2018-05-20" },
    ],
  });

  it("sorts by date, keeps same-day events in their recorded order, stops at the date", () => {
    expect(historyAt(unordered, "2018-12-31").map((e) => `${e.date} ${e.type}`)).toEqual([
      "2017-07-01 start",
      "2018-03-01 report_progress",
      "2018-05-20 report_basically_completed",
      "2018-06-28 report_completed",
      "2018-06-28 request_acceptance",
      "2018-08-10 accept",
    ]);
    expect(historyAt(unordered, "2018-05-20").map((e) => e.type)).toEqual([
      "start",
      "report_progress",
      "report_basically_completed",
    ]);
    expect(statusAt(unordered, "2018-06-27")).toBe("basically_completed");
    expect(statusAt(unordered, "2018-07-01")).toBe("acceptance_requested");
    expect(statusAt(unordered, "2018-08-10")).toBe("accepted");
  });

  it("replays a history listed newest first in date order", () => {
    const reversed = grassland({
      events: [
        { type: "report_completed", date: "2018-06-28" },
        { type: "start", date: "2017-07-01" },
      ],
    });
    expect(statusAt(reversed, "2018-12-31")).toBe("completed");
  });

  it("keeps the recorded status when the events list is empty", () => {
    expect(statusAt(grassland({ status: "in_progress", events: [] }), "2018-01-01")).toBe(
      "in_progress",
    );
  });

  it("trusts a recorded status over the replay when applying the next event", () => {
    // the ledger records completion without the report event
    const task = grassland({
      status: "completed",
      events: [{ type: "start", date: "2017-07-01" }],
    });
    const result = applyEvent(task, { type: "request_acceptance", date: "2018-07-02" });
    expect(result.ok && result.value.status).toBe("acceptance_requested");
  });
});

describe("taskAt (edges)", () => {
  // Each field with the events that set or clear it; a recorded value dated 05-20 is replaced
  // by what those events say, so before the event on 06-01 the field is absent.
  const TOUCHING: readonly [keyof RectificationTask, TaskEventType][] = [
    ["completedDate", "report_completed"],
    ["completedDate", "report_basically_completed"],
    ["acceptedDate", "accept"],
    ["publicNotice", "open_public_notice"],
    ["signedOffDate", "sign_off"],
    ...(["reject", "found_false", "relapse"] as const).flatMap((undo) =>
      (["completedDate", "acceptedDate", "publicNotice", "signedOffDate"] as const).map(
        (field) => [field, undo] as [keyof RectificationTask, TaskEventType],
      ),
    ),
  ];
  const recorded = {
    completedDate: "2018-05-20",
    acceptedDate: "2018-05-20",
    publicNotice: { start: "2018-05-20", end: "2018-05-30" },
    signedOffDate: "2018-05-20",
  };

  for (const [field, type] of TOUCHING) {
    it(`rebuilds ${field} from the history when it has a ${type} event`, () => {
      const task = grassland({
        [field]: recorded[field as keyof typeof recorded],
        events: [
          { type: "start", date: "2018-01-01" },
          { type, date: "2018-06-01" },
        ],
      });
      expect(Object.keys(taskAt(task, "2018-05-25"))).not.toContain(field);
    });
  }

  it("shows dated fields recorded without events from their own date on", () => {
    const task = grassland({
      status: "signed_off",
      completedDate: "2018-05-30",
      acceptedDate: "2018-06-20",
      publicNotice: { start: "2018-06-21", end: "2018-07-04" },
      signedOffDate: "2018-07-10",
    });
    const keys = (date: string) =>
      Object.keys(taskAt(task, date)).filter((k) => k in recorded || k === "publicNotice");
    expect(keys("2018-05-29")).toEqual([]);
    expect(keys("2018-05-30")).toEqual(["completedDate"]);
    expect(keys("2018-06-20")).toEqual(["completedDate", "acceptedDate"]);
    expect(keys("2018-06-21")).toEqual(["completedDate", "acceptedDate", "publicNotice"]);
    expect(keys("2018-07-10")).toEqual([
      "completedDate",
      "acceptedDate",
      "publicNotice",
      "signedOffDate",
    ]);
  });

  it("gives an extended deadline with no recorded first due date no due before the extension", () => {
    const task = grassland({
      deadline: { text: "2018年底前", due: "2018-12-31" },
      events: [{ type: "extend_deadline", date: "2018-06-20", due: "2018-12-31" }],
    });
    expect(taskAt(task, "2018-06-01").deadline).toStrictEqual({ text: "2018年底前" });
  });
});
