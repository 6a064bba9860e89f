import { describe, expect, it } from "vitest";
import { applyEvent, applyEvents } from "../../src/lifecycle/index.js";
import type { RectificationTask, TaskEvent } from "../../src/model/task.js";
import { drive, grassland } from "./fixtures.js";

const ok = (result: ReturnType<typeof applyEvent>): RectificationTask => {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join("; "));
  return result.value;
};
const codes = (result: ReturnType<typeof applyEvent>) => result.issues.map((i) => i.code);

const started = () => ok(applyEvent(grassland(), { type: "start", date: "2017-07-01" }));

describe("applyEvent", () => {
  it("returns a new task and never changes the input", () => {
    const task = started();
    const before = structuredClone(task);
    const next = ok(
      applyEvent(task, { type: "report_progress", date: "2017-09-02", percentComplete: 40 }),
    );
    expect(task).toEqual(before);
    expect(next).not.toBe(task);
    expect(next.events).toHaveLength(2);
    expect(next.percentComplete).toBe(40);
    expect(task.events).toHaveLength(1);
  });

  it("records completion, acceptance, notice and sign-off dates", () => {
    let task = started();
    task = ok(
      applyEvent(task, {
        type: "report_completed",
        date: "2018-06-28",
        completedDate: "2018-06-25",
      }),
    );
    expect(task.completedDate).toBe("2018-06-25");
    task = ok(applyEvent(task, { type: "request_acceptance", date: "2018-07-02" }));
    task = ok(applyEvent(task, { type: "accept", date: "2018-08-10", units: ["市农牧业局"] }));
    expect(task.acceptedDate).toBe("2018-08-10");
    // Sichuan 2025: notice from 06-09 to 06-20.
    task = ok(
      applyEvent(task, { type: "open_public_notice", date: "2025-06-09", end: "2025-06-20" }),
    );
    expect(task.publicNotice).toEqual({ start: "2025-06-09", end: "2025-06-20" });
    expect(task.status).toBe("in_public_notice");
    const early = applyEvent(task, { type: "sign_off", date: "2025-06-20" });
    expect(codes(early)).toEqual(["public_notice_not_finished"]);
    expect(early.issues[0]?.message["zh-CN"]).toBe(
      "公示期至2025-06-20，销号日期2025-06-20须在公示期结束之后",
    );
    task = ok(applyEvent(task, { type: "sign_off", date: "2025-06-21" }));
    expect(task.signedOffDate).toBe("2025-06-21");
    expect(task.status).toBe("signed_off");
  });

  it("defaults completedDate to the report's date and refuses a completion after it", () => {
    const task = started();
    expect(
      ok(applyEvent(task, { type: "report_basically_completed", date: "2018-06-28" }))
        .completedDate,
    ).toBe("2018-06-28");
    const late = applyEvent(task, {
      type: "report_completed",
      date: "2018-06-28",
      completedDate: "2018-06-30",
    });
    expect(codes(late)).toEqual(["completion_after_event"]);
    expect(late.issues[0]?.path).toEqual(["events", 1, "completedDate"]);
    const bad = applyEvent(task, {
      type: "report_completed",
      date: "2018-06-28",
      completedDate: "2018-02-30",
    });
    expect(codes(bad)).toEqual(["invalid_event_date"]);
  });

  it("refuses an event dated before the previous one", () => {
    const result = applyEvent(started(), { type: "report_progress", date: "2017-06-30" });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      code: "event_before_previous",
      path: ["events", 1, "date"],
      params: { date: "2017-06-30", previous: "2017-07-01" },
    });
    expect(result.issues[0]?.message.en).toBe(
      "the event is dated 2017-06-30, before the previous event (2017-07-01)",
    );
    // the same day is fine
    expect(applyEvent(started(), { type: "report_progress", date: "2017-07-01" }).ok).toBe(true);
  });

  it("refuses an event whose date is not a real date", () => {
    const result = applyEvent(started(), { type: "report_progress", date: "2017-13-01" });
    expect(codes(result)).toEqual(["invalid_event_date"]);
  });

  it("requires a public notice before sign-off unless the task or the options say otherwise", () => {
    const accepted = drive(grassland(), [
      "start",
      "report_completed",
      "request_acceptance",
      "accept",
    ]);
    const signOff: TaskEvent = { type: "sign_off", date: "2018-12-31" };
    const refused = applyEvent(accepted, signOff);
    expect(codes(refused)).toEqual(["public_notice_not_finished"]);
    expect(refused.issues[0]?.message.en).toBe(
      "the task must go through a public notice before sign-off (sign-off dated 2018-12-31)",
    );
    expect(applyEvent(accepted, signOff, { requirePublicNotice: false }).ok).toBe(true);
    expect(applyEvent({ ...accepted, requiresPublicNotice: false }, signOff).ok).toBe(true);
    // the task's own flag wins over the option
    const strict = { ...accepted, requiresPublicNotice: true };
    expect(applyEvent(strict, signOff, { requirePublicNotice: false }).ok).toBe(false);
  });

  it("refuses sign-off before acceptance with its own code", () => {
    const result = applyEvent(started(), { type: "sign_off", date: "2018-07-01" });
    expect(result.issues[0]).toMatchObject({
      code: "sign_off_without_acceptance",
      params: { from: "in_progress" },
    });
    expect(result.issues[0]?.message["zh-CN"]).toBe("未通过验收不得销号（当前状态“in_progress”）");
  });

  it("names the status an illegal event would lead to", () => {
    const result = applyEvent(grassland(), { type: "accept", date: "2018-07-01" });
    expect(result.issues[0]).toMatchObject({
      code: "transition_not_allowed",
      params: { from: "not_started", event: "accept", to: "accepted" },
    });
    expect(result.issues[0]?.message.en).toBe(
      "event accept is not allowed in status not_started (it leads to accepted)",
    );
    const extend = applyEvent(drive(grassland(), ["start", "report_completed"]), {
      type: "extend_deadline",
      date: "2019-01-01",
      due: "2019-06-30",
    });
    expect(extend.issues[0]?.params).toEqual({ from: "completed", event: "extend_deadline" });
  });

  it("keeps the first due date and text across extensions and refuses one that is not later", () => {
    let task = started();
    task = ok(
      applyEvent(task, {
        type: "extend_deadline",
        date: "2018-06-20",
        due: "2018-12-31",
        text: "2018年底前",
      }),
    );
    expect(task.deadline).toEqual({
      text: "2018年底前",
      due: "2018-12-31",
      originalDue: "2018-06-30",
      originalText: "2018年6月底",
    });
    expect(task.status).toBe("in_progress");
    task = ok(applyEvent(task, { type: "extend_deadline", date: "2018-12-20", due: "2019-06-30" }));
    expect(task.deadline).toEqual({
      text: "2019-06-30",
      due: "2019-06-30",
      originalDue: "2018-06-30",
      originalText: "2018年6月底",
    });
    const same = applyEvent(task, {
      type: "extend_deadline",
      date: "2019-01-05",
      due: "2019-06-30",
    });
    expect(same.issues[0]).toMatchObject({
      code: "extension_not_later",
      path: ["events", 3, "due"],
      params: { due: "2019-06-30", current: "2019-06-30" },
    });
    expect(
      codes(applyEvent(task, { type: "extend_deadline", date: "2019-01-05", due: "2019-02-31" })),
    ).toEqual(["invalid_event_date"]);
  });

  it("gives a task without a deadline one on extension", () => {
    const task = ok(
      applyEvent(grassland({ deadline: undefined }), {
        type: "extend_deadline",
        date: "2018-01-01",
        due: "2018-12-31",
      }),
    );
    expect(task.deadline).toEqual({ text: "2018-12-31", due: "2018-12-31" });
  });

  it("clears the undone pass on rejection, false rectification and relapse", () => {
    const signed = drive(grassland(), [
      "start",
      "report_completed",
      "request_acceptance",
      "accept",
      "open_public_notice",
      "sign_off",
    ]);
    expect(signed.signedOffDate).toBeDefined();
    const relapsed = ok(applyEvent(signed, { type: "relapse", date: "2019-12-01" }));
    expect(relapsed).toMatchObject({ status: "relapsed", relapseCount: 1 });
    for (const field of ["completedDate", "acceptedDate", "publicNotice", "signedOffDate"]) {
      expect(relapsed).not.toHaveProperty(field);
    }
    const again = drive(relapsed, [
      "report_completed",
      "request_acceptance",
      "accept",
      "open_public_notice",
      "sign_off",
      "relapse",
    ]);
    expect(again.relapseCount).toBe(2);

    const fake = ok(
      applyEvent(signed, { type: "found_false", date: "2019-12-01", falseKind: "superficial" }),
    );
    expect(fake.status).toBe("in_progress");
    expect(fake).not.toHaveProperty("completedDate");
    const rejected = drive(grassland(), [
      "start",
      "report_completed",
      "request_acceptance",
      "reject",
    ]);
    expect(rejected.status).toBe("in_progress");
    expect(rejected).not.toHaveProperty("completedDate");
  });

  it("warns when a public notice has no end, and refuses one ending before it starts", () => {
    const accepted = drive(grassland(), [
      "start",
      "report_completed",
      "request_acceptance",
      "accept",
    ]);
    const open = applyEvent(accepted, { type: "open_public_notice", date: "2019-01-02" });
    expect(open.ok).toBe(true);
    expect(open.issues.map((i) => [i.code, i.severity])).toEqual([
      ["public_notice_end_unknown", "warning"],
    ]);
    if (!open.ok) return;
    expect(open.value).not.toHaveProperty("publicNotice");
    const signOff = applyEvent(open.value, { type: "sign_off", date: "2019-01-20" });
    expect(signOff.ok).toBe(true);
    expect(codes(signOff)).toEqual(["public_notice_end_unknown"]);

    const backwards = applyEvent(accepted, {
      type: "open_public_notice",
      date: "2019-01-02",
      end: "2018-12-20",
    });
    expect(codes(backwards)).toEqual(["dates_out_of_order"]);
    const invalid = applyEvent(accepted, {
      type: "open_public_notice",
      date: "2019-01-02",
      end: "2019-01-32",
    });
    expect(codes(invalid)).toEqual(["invalid_event_date"]);
  });

  it("uses the replayed status when the task records none", () => {
    const task = grassland({ events: [{ type: "start", date: "2017-07-01" }] });
    expect(task.status).toBeUndefined();
    expect(ok(applyEvent(task, { type: "report_completed", date: "2018-06-01" })).status).toBe(
      "completed",
    );
  });
});

describe("applyEvents", () => {
  it("folds events and stops at the first refused one, located in the events list", () => {
    const result = applyEvents(grassland(), [
      { type: "start", date: "2017-07-01" },
      { type: "report_basically_completed", date: "2018-06-28" },
      { type: "accept", date: "2018-07-10" },
      { type: "report_completed", date: "2018-11-30" },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      code: "transition_not_allowed",
      path: ["events", 2, "type"],
    });
    const done = applyEvents(grassland(), [
      { type: "start", date: "2017-07-01" },
      { type: "report_basically_completed", date: "2018-06-28" },
      { type: "report_completed", date: "2018-11-30" },
    ]);
    expect(done.ok && done.value.status).toBe("completed");
  });

  it("keeps warnings of the events it applied", () => {
    const result = applyEvents(grassland(), [
      { type: "start", date: "2017-07-01" },
      { type: "report_completed", date: "2018-06-28" },
      { type: "request_acceptance", date: "2018-07-01" },
      { type: "accept", date: "2018-07-10" },
      { type: "open_public_notice", date: "2018-07-11" },
    ]);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(["public_notice_end_unknown"]);
  });
});
