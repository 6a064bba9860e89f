import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import {
  applyEvent,
  eventTarget,
  isDoneStatus,
  nextStatus,
  TASK_TRANSITIONS,
  transition,
} from "../../src/lifecycle/index.js";
import { TaskEventType, TaskStatus } from "../../src/model/enums.js";
import { drive, eventOf, grassland, nextDate, pathsTo } from "./fixtures.js";

const STATUSES = TaskStatus.options;
const EVENTS = TaskEventType.options;
const pairs = STATUSES.flatMap((status) => EVENTS.map((event) => [status, event] as const));
const legal = pairs.filter(([s, e]) => nextStatus(s, e) !== undefined);
const illegal = pairs.filter(([s, e]) => nextStatus(s, e) === undefined);

describe("TASK_TRANSITIONS", () => {
  it("has a row for every status and only known events and statuses", () => {
    expect(Object.keys(TASK_TRANSITIONS).sort()).toEqual([...STATUSES].sort());
    for (const row of Object.values(TASK_TRANSITIONS)) {
      for (const [event, to] of Object.entries(row)) {
        expect(EVENTS).toContain(event);
        expect(STATUSES).toContain(to);
      }
    }
    expect(legal.length).toBe(26);
    expect(illegal.length).toBe(STATUSES.length * EVENTS.length - 26);
  });

  it("reaches every status from not_started", () => {
    expect([...pathsTo().keys()].sort()).toEqual([...STATUSES].sort());
  });

  it("sends each event to one status wherever it is allowed (extend_deadline keeps it)", () => {
    for (const [status, event] of legal) {
      const to = nextStatus(status, event);
      expect(to).toBe(eventTarget(event) ?? status);
    }
  });

  it("follows the domain paths of the brief", () => {
    expect(TASK_TRANSITIONS.not_started.start).toBe("in_progress");
    expect(TASK_TRANSITIONS.basically_completed.report_completed).toBe("completed");
    expect(TASK_TRANSITIONS.acceptance_requested.reject).toBe("in_progress");
    expect(TASK_TRANSITIONS.in_public_notice.sign_off).toBe("signed_off");
    expect(TASK_TRANSITIONS.signed_off.relapse).toBe("relapsed");
    expect(TASK_TRANSITIONS.relapsed.report_progress).toBe("in_progress");
    expect(nextStatus("completed", "extend_deadline")).toBeUndefined();
    expect(nextStatus("not_started", "found_false")).toBeUndefined();
  });
});

describe("transition", () => {
  it("returns the table's next status for every legal pair", () => {
    for (const [status, event] of legal) {
      // biome-ignore lint/suspicious/noExplicitAny: iterating every pair defeats the static types
      expect(transition(status as any, event as never)).toBe(nextStatus(status, event));
    }
  });

  it("throws transition_not_allowed for every illegal pair forced through a cast", () => {
    for (const [status, event] of illegal) {
      // biome-ignore lint/suspicious/noExplicitAny: forcing an illegal pair past the types
      const call = () => transition(status as any, event as never);
      expect(call).toThrow(DuchaError);
      try {
        call();
      } catch (error) {
        expect((error as DuchaError).code).toBe("transition_not_allowed");
      }
    }
  });
});

describe("applyEvent through the table", () => {
  const paths = pathsTo();

  it.each(legal)("allows %s -%s->", (status, event) => {
    const task = drive(grassland(), paths.get(status) ?? []);
    expect(task.status ?? "not_started").toBe(status);
    const date = nextDate(task, event, 15);
    const result = applyEvent(task, eventOf(event, date, task.deadline?.due), {
      requirePublicNotice: false,
    });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.ok && result.value.status).toBe(nextStatus(status, event));
  });

  it.each(illegal)("refuses %s -%s->", (status, event) => {
    const task = drive(grassland(), paths.get(status) ?? []);
    const date = nextDate(task, event, 15);
    const result = applyEvent(task, eventOf(event, date, task.deadline?.due));
    expect(result.ok).toBe(false);
    // a signed-off task was accepted: signing it off again is simply not allowed
    const expected =
      event === "sign_off" && status !== "signed_off"
        ? "sign_off_without_acceptance"
        : "transition_not_allowed";
    expect(result.issues.map((i) => i.code)).toContain(expected);
    expect(result.issues[0]?.path).toEqual(["events", task.events?.length ?? 0, "type"]);
  });
});

describe("isDoneStatus", () => {
  it("counts completion claims that stand as done", () => {
    expect(STATUSES.filter(isDoneStatus)).toEqual([
      "completed",
      "basically_completed",
      "acceptance_requested",
      "accepted",
      "in_public_notice",
      "signed_off",
    ]);
    expect(isDoneStatus(undefined)).toBe(false);
  });
});
