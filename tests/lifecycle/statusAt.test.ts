import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/dates.js";
import { DuchaError } from "../../src/errors.js";
import {
  applyEvent,
  applyEvents,
  hasStandingObligation,
  historyAt,
  statusAt,
  taskAt,
} from "../../src/lifecycle/index.js";
import { TASK_TRANSITIONS } from "../../src/lifecycle/transitions.js";
import type { TaskEventType, TaskStatus } from "../../src/model/enums.js";
import type { RectificationTask } from "../../src/model/task.js";
import { eventOf, grassland } from "./fixtures.js";

const signedOff = grassland({
  status: "signed_off",
  requiresPublicNotice: false,
  events: [
    { type: "start", date: "2017-03-01" },
    { type: "report_completed", date: "2017-09-20" },
    { type: "request_acceptance", date: "2017-10-10" },
    { type: "accept", date: "2017-11-30" },
    { type: "sign_off", date: "2017-12-15" },
  ],
});

describe("statusAt", () => {
  it("replays events up to and including the date", () => {
    expect(statusAt(signedOff, "2017-02-28")).toBe("not_started");
    expect(statusAt(signedOff, "2017-03-01")).toBe("in_progress");
    expect(statusAt(signedOff, "2017-09-30")).toBe("completed");
    expect(statusAt(signedOff, "2017-12-14")).toBe("accepted");
    expect(statusAt(signedOff, "2017-12-15")).toBe("signed_off");
  });

  it("keeps the recorded status of a task without events", () => {
    expect(statusAt(grassland({ status: "in_progress" }), "2000-01-01")).toBe("in_progress");
    expect(statusAt(grassland(), "2000-01-01")).toBeUndefined();
  });

  it("sorts by date and keeps the recorded order of same-day events", () => {
    const task = grassland({
      events: [
        { type: "report_completed", date: "2018-06-28" },
        { type: "start", date: "2017-07-01" },
        { type: "report_basically_completed", date: "2018-06-20" },
        { type: "request_acceptance", date: "2018-06-28" },
      ],
    });
    expect(statusAt(task, "2018-06-27")).toBe("basically_completed");
    expect(statusAt(task, "2018-06-28")).toBe("acceptance_requested");
    expect(historyAt(task, "2018-06-28").map((e) => e.type)).toEqual([
      "start",
      "report_basically_completed",
      "report_completed",
      "request_acceptance",
    ]);
  });

  it("takes an event the table would not allow at its word (a history with gaps)", () => {
    const task = grassland({
      events: [
        { type: "start", date: "2017-07-01" },
        { type: "sign_off", date: "2018-12-15" },
        { type: "extend_deadline", date: "2018-12-20", due: "2019-06-30" },
      ],
    });
    expect(statusAt(task, "2018-12-31")).toBe("signed_off");
  });

  it("throws on a malformed date", () => {
    expect(() => statusAt(signedOff, "2017/12/15")).toThrow(DuchaError);
    expect(() => historyAt(signedOff, "20171215")).toThrow(DuchaError);
  });
});

describe("taskAt", () => {
  const extended = grassland({
    status: "completed",
    deadline: {
      text: "2018年底前",
      due: "2018-12-31",
      originalDue: "2018-06-30",
      originalText: "2018年6月底",
    },
    completedDate: "2018-11-30",
    percentComplete: 100,
    events: [
      { type: "start", date: "2017-07-01" },
      { type: "report_progress", date: "2018-03-01", percentComplete: 60 },
      { type: "extend_deadline", date: "2018-06-20", due: "2018-12-31", text: "2018年底前" },
      { type: "report_progress", date: "2018-09-01", percentComplete: 90 },
      { type: "report_completed", date: "2018-11-30" },
    ],
  });

  it("gives the deadline in force, progress and dates as they stood", () => {
    const june = taskAt(extended, "2018-06-01");
    expect(june.status).toBe("in_progress");
    expect(june.deadline).toEqual({ text: "2018年6月底", due: "2018-06-30" });
    expect(june.percentComplete).toBe(60);
    expect(june.completedDate).toBeUndefined();
    expect(june.events).toHaveLength(2);
    const july = taskAt(extended, "2018-07-01");
    expect(july.deadline?.due).toBe("2018-12-31");
    expect(july.deadline?.originalDue).toBe("2018-06-30");
    const end = taskAt(extended, "2018-12-31");
    expect(end).toEqual({ ...extended, percentComplete: 90 });
  });

  it("is not_started with no events before the first event", () => {
    const before = taskAt(extended, "2017-01-01");
    expect(before.status).toBe("not_started");
    expect(before.events).toEqual([]);
    expect(before.percentComplete).toBeUndefined();
  });

  it("keeps fields no event touches, dated ones once their date has come", () => {
    const task = grassland({
      status: "signed_off",
      completedDate: "2018-05-30",
      acceptedDate: "2018-06-20",
      publicNotice: { start: "2018-06-21", end: "2018-07-04" },
      signedOffDate: "2018-07-10",
    });
    expect(taskAt(task, "2018-06-25")).toEqual({
      ...grassland(),
      status: "signed_off",
      completedDate: "2018-05-30",
      acceptedDate: "2018-06-20",
      publicNotice: { start: "2018-06-21", end: "2018-07-04" },
    });
    expect(taskAt(task, "2018-06-01")).not.toHaveProperty("publicNotice");
    const noOriginal = grassland({
      deadline: { text: "2018年底前", due: "2018-12-31" },
      events: [{ type: "extend_deadline", date: "2018-06-20", due: "2018-12-31" }],
    });
    expect(taskAt(noOriginal, "2018-06-01").deadline).toEqual({ text: "2018年底前" });
  });

  it("never changes its input", () => {
    const copy = structuredClone(extended);
    taskAt(extended, "2018-06-01");
    statusAt(extended, "2018-06-01");
    expect(extended).toEqual(copy);
  });
});

/** A random legal history built by applyEvent: each step picks an allowed event and a gap. */
const history = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 }), fc.boolean()), {
  maxLength: 30,
});

function build(steps: readonly [number, number, boolean][]) {
  const base = grassland({ status: "not_started", events: [] });
  let task: RectificationTask = base;
  let date = "2017-07-01";
  for (const [choice, gap, early] of steps) {
    const status = task.status as TaskStatus;
    const allowed = Object.keys(TASK_TRANSITIONS[status]) as TaskEventType[];
    const type = allowed[choice % allowed.length] as TaskEventType;
    date = addDays(date, gap);
    if (type === "sign_off" && task.publicNotice && date <= task.publicNotice.end) {
      date = addDays(task.publicNotice.end, 1);
    }
    let event = eventOf(type, date, task.deadline?.due);
    if (type === "report_completed" && early)
      event = { ...event, completedDate: addDays(date, -3) };
    if (type === "report_progress" && early) event = { ...event, percentComplete: gap * 2 };
    const result = applyEvent(task, event, { requirePublicNotice: early });
    if (!result.ok) continue; // a sign-off refused for want of a notice: try the next step
    task = result.value;
  }
  return { base, task };
}

describe("statusAt and taskAt (property)", () => {
  it("equal replaying applyEvent over the events up to each date", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -5, max: 800 }), (steps, offset) => {
        const { base, task } = build(steps);
        const frozen = structuredClone(task);
        const date = addDays("2017-07-01", offset);
        const prefix = (task.events ?? []).filter((e) => e.date <= date);
        const replayed = applyEvents(base, prefix, { requirePublicNotice: false });
        expect(replayed.ok).toBe(true);
        if (!replayed.ok) return;
        expect(statusAt(task, date)).toBe(replayed.value.status);
        expect(taskAt(task, date)).toEqual(replayed.value);
        expect(task).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });

  it("taskAt on the last event's date gives the task back", () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { task } = build(steps);
        const last = task.events?.at(-1)?.date ?? "2017-07-01";
        expect(taskAt(task, last)).toEqual(task);
      }),
      { numRuns: 200 },
    );
  });
});

describe("hasStandingObligation", () => {
  it("is true for long-term tasks, even once completed", () => {
    expect(
      hasStandingObligation(grassland({ timeLimitKind: "long_term", status: "signed_off" })),
    ).toBe(true);
    expect(hasStandingObligation(grassland({ deadline: { text: "已经完成，长期坚持" } }))).toBe(
      true,
    );
    expect(
      hasStandingObligation(
        grassland({ deadline: { text: "2024年底前，并长期坚持", due: "2024-12-31" } }),
      ),
    ).toBe(true);
    expect(
      hasStandingObligation(
        grassland({
          deadline: { text: "2019年底前", due: "2019-12-31", originalText: "需长期持续整改" },
        }),
      ),
    ).toBe(true);
  });

  it("is false for a task with an ordinary deadline", () => {
    expect(hasStandingObligation(grassland())).toBe(false);
    expect(hasStandingObligation(grassland({ deadline: undefined }))).toBe(false);
  });
});
