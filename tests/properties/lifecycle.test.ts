// statusAt beyond tests/lifecycle/statusAt.test.ts (which checks it against replaying applyEvent):
// it depends on the events' dates, not on the order they were recorded in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/dates.js";
import { applyEvent } from "../../src/lifecycle/applyEvent.js";
import { statusAt, taskAt } from "../../src/lifecycle/index.js";
import { TASK_TRANSITIONS } from "../../src/lifecycle/transitions.js";
import type { TaskEventType, TaskStatus } from "../../src/model/enums.js";
import type { RectificationTask } from "../../src/model/task.js";
import { eventOf, grassland } from "../lifecycle/fixtures.js";

/** A legal history with one event per day at most (gaps of 1 to 40 days). */
function build(steps: readonly [number, number][]): RectificationTask {
  let task: RectificationTask = grassland({ status: "not_started", events: [] });
  let date = "2017-07-01";
  for (const [choice, gap] of steps) {
    const allowed = Object.keys(TASK_TRANSITIONS[task.status as TaskStatus]) as TaskEventType[];
    const type = allowed[choice % allowed.length] as TaskEventType;
    date = addDays(date, gap);
    if (type === "sign_off" && task.publicNotice && date <= task.publicNotice.end) {
      date = addDays(task.publicNotice.end, 1);
    }
    const result = applyEvent(task, eventOf(type, date, task.deadline?.due), {
      requirePublicNotice: false,
    });
    if (result.ok) task = result.value;
  }
  return task;
}

const steps = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { maxLength: 25 });

describe("statusAt (property)", () => {
  it("does not depend on the order events were recorded in, when their dates differ", () => {
    fc.assert(
      fc.property(steps, fc.integer(), fc.integer({ min: -5, max: 900 }), (plan, seed, offset) => {
        const task = build(plan);
        const events = [...(task.events ?? [])];
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), {
          numRuns: 1,
          seed,
        })[0] as typeof events;
        const reordered = { ...task, events: shuffled };
        const date = addDays("2017-07-01", offset);
        expect(statusAt(reordered, date)).toBe(statusAt(task, date));
        expect(taskAt(reordered, date)).toEqual(taskAt(task, date));
      }),
      { numRuns: 150 },
    );
  });

  it("is the recorded status from the last event's date on", () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 400 }), (plan, after) => {
        const task = build(plan);
        const last = task.events?.at(-1)?.date;
        fc.pre(last !== undefined);
        expect(statusAt(task, addDays(last as string, after))).toBe(task.status);
      }),
      { numRuns: 150 },
    );
  });
});
