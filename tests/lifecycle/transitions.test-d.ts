import { describe, expectTypeOf, it } from "vitest";
import {
  type AllowedEvent,
  type NextStatus,
  TASK_TRANSITIONS,
  transition,
} from "../../src/lifecycle/index.js";

describe("transition types", () => {
  it("derives the next status from the table", () => {
    expectTypeOf(transition("not_started", "start")).toEqualTypeOf<"in_progress">();
    expectTypeOf(transition("acceptance_requested", "reject")).toEqualTypeOf<"in_progress">();
    expectTypeOf(transition("in_public_notice", "sign_off")).toEqualTypeOf<"signed_off">();
    expectTypeOf(transition("relapsed", "extend_deadline")).toEqualTypeOf<"relapsed">();
    expectTypeOf<NextStatus<"signed_off", "relapse">>().toEqualTypeOf<"relapsed">();
  });

  it("lists the events allowed in a status", () => {
    expectTypeOf<AllowedEvent<"not_started">>().toEqualTypeOf<"start" | "extend_deadline">();
    expectTypeOf<AllowedEvent<"in_public_notice">>().toEqualTypeOf<"sign_off" | "found_false">();
    expectTypeOf(TASK_TRANSITIONS.accepted.open_public_notice).toEqualTypeOf<"in_public_notice">();
  });

  it("rejects illegal pairs at compile time", () => {
    // @ts-expect-error a task cannot be signed off while in progress
    transition("in_progress", "sign_off");
    // @ts-expect-error acceptance comes after completion is reported
    transition("not_started", "accept");
    // @ts-expect-error the deadline of work reported done cannot be extended
    transition("completed", "extend_deadline");
    // @ts-expect-error a relapse needs a signed-off task
    transition("accepted", "relapse");
    // @ts-expect-error not a status
    transition("done", "start");
  });
});
