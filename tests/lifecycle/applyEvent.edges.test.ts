import { describe, expect, it } from "vitest";
import { applyEvent } from "../../src/lifecycle/index.js";
import type { TaskStatus } from "../../src/model/enums.js";
import type { RectificationTask } from "../../src/model/task.js";
import { drive, grassland } from "./fixtures.js";

const ok = (result: ReturnType<typeof applyEvent>): RectificationTask => {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join("; "));
  return result.value;
};

const started = () => ok(applyEvent(grassland(), { type: "start", date: "2017-07-01" }));
const accepted = () =>
  drive(grassland(), ["start", "report_completed", "request_acceptance", "accept"]);

describe("applyEvent (edges)", () => {
  it("returns no issue at all when every guard passes", () => {
    // completion dated on its report's day, a notice ending the day it opens, a later due date
    const completed = applyEvent(started(), {
      type: "report_completed",
      date: "2018-06-28",
      completedDate: "2018-06-28",
    });
    expect(completed).toMatchObject({ ok: true, issues: [] });
    expect(ok(completed).completedDate).toBe("2018-06-28");
    const basically = applyEvent(started(), {
      type: "report_basically_completed",
      date: "2018-06-28",
      completedDate: "2018-06-25",
    });
    expect(basically).toMatchObject({ ok: true, issues: [] });
    const notice = applyEvent(accepted(), {
      type: "open_public_notice",
      date: "2019-01-02",
      end: "2019-01-02",
    });
    expect(notice).toMatchObject({ ok: true, issues: [] });
    expect(ok(notice).publicNotice).toEqual({ start: "2019-01-02", end: "2019-01-02" });
    const signed = applyEvent(ok(notice), { type: "sign_off", date: "2019-01-03" });
    expect(signed).toMatchObject({ ok: true, issues: [] });
    const unrequired = applyEvent(
      accepted(),
      { type: "sign_off", date: "2019-01-03" },
      {
        requirePublicNotice: false,
      },
    );
    expect(unrequired).toMatchObject({ ok: true, issues: [] });
    const extended = applyEvent(started(), {
      type: "extend_deadline",
      date: "2018-06-20",
      due: "2018-07-01",
    });
    expect(extended).toMatchObject({ ok: true, issues: [] });
  });

  it("locates and explains an invalid event date in full", () => {
    const result = applyEvent(started(), { type: "report_progress", date: "2017-13-01" });
    expect(result.issues).toEqual([
      {
        code: "invalid_event_date",
        severity: "error",
        path: ["events", 1, "date"],
        params: { field: "date", received: "2017-13-01" },
        message: {
          "zh-CN": "事件的date“2017-13-01”不是有效的YYYY-MM-DD日期",
          en: 'the event\'s date "2017-13-01" is not a real date written YYYY-MM-DD',
        },
      },
    ]);
  });

  it("names the field of an invalid completedDate, end or due", () => {
    const completion = applyEvent(started(), {
      type: "report_completed",
      date: "2018-06-28",
      completedDate: "2018-02-30",
    });
    expect(completion.issues[0]).toMatchObject({
      path: ["events", 1, "completedDate"],
      params: { field: "completedDate", received: "2018-02-30" },
    });
    const end = applyEvent(accepted(), {
      type: "open_public_notice",
      date: "2019-01-02",
      end: "2019-01-32",
    });
    expect(end.issues[0]).toMatchObject({
      path: ["events", 4, "end"],
      params: { field: "end", received: "2019-01-32" },
    });
    const due = applyEvent(started(), {
      type: "extend_deadline",
      date: "2018-06-20",
      due: "2019-02-29",
    });
    expect(due.issues[0]).toMatchObject({
      path: ["events", 1, "due"],
      params: { field: "due", received: "2019-02-29" },
    });
  });

  it("gives the facts of a completion after its report and a notice ending before it opens", () => {
    const late = applyEvent(started(), {
      type: "report_basically_completed",
      date: "2018-06-28",
      completedDate: "2018-06-30",
    });
    expect(late.issues.map((i) => [i.code, i.params])).toEqual([
      ["completion_after_event", { completedDate: "2018-06-30", date: "2018-06-28" }],
    ]);
    const backwards = applyEvent(accepted(), {
      type: "open_public_notice",
      date: "2019-01-02",
      end: "2019-01-01",
    });
    expect(backwards.issues).toEqual([
      {
        code: "dates_out_of_order",
        severity: "error",
        path: ["events", 4, "end"],
        params: { field: "end", date: "2019-01-01", earlierField: "date", earlier: "2019-01-02" },
        message: {
          "zh-CN": "end（2019-01-01）早于date（2019-01-02）",
          en: "end (2019-01-01) is before date (2019-01-02)",
        },
      },
    ]);
  });

  it("leaves `to` out of the params when the event keeps the status", () => {
    const result = applyEvent(drive(grassland(), ["start", "report_completed"]), {
      type: "extend_deadline",
      date: "2019-01-01",
      due: "2019-06-30",
    });
    expect(Object.keys(result.issues[0]?.params ?? {})).toEqual(["from", "event"]);
  });

  it("compares with the latest event, even when the ledger lists events out of order", () => {
    const progressed = ok(applyEvent(started(), { type: "report_progress", date: "2017-09-01" }));
    const between = applyEvent(progressed, { type: "report_progress", date: "2017-08-01" });
    expect(between.issues.map((i) => i.params)).toEqual([
      { date: "2017-08-01", previous: "2017-09-01" },
    ]);
    const unordered = grassland({
      status: "in_progress",
      events: [
        { type: "report_progress", date: "2017-09-01" },
        { type: "start", date: "2017-07-01" },
      ],
    });
    const result = applyEvent(unordered, { type: "report_progress", date: "2017-08-01" });
    expect(result.issues.map((i) => i.params)).toEqual([
      { date: "2017-08-01", previous: "2017-09-01" },
    ]);
  });

  it("locates sign-off issues at the event's date, with their facts", () => {
    const refused = applyEvent(accepted(), { type: "sign_off", date: "2018-12-31" });
    expect(refused.issues).toMatchObject([
      {
        code: "public_notice_not_finished",
        path: ["events", 4, "date"],
        params: { date: "2018-12-31" },
      },
    ]);
    const open = ok(applyEvent(accepted(), { type: "open_public_notice", date: "2019-01-02" }));
    const unknown = applyEvent(open, { type: "sign_off", date: "2019-01-20" });
    expect(unknown.issues).toEqual([
      {
        code: "public_notice_end_unknown",
        severity: "warning",
        path: ["events", 5, "date"],
        params: { date: "2019-01-20" },
        message: {
          "zh-CN": "公示结束日期未知，无法核对2019-01-20是否在公示期后",
          en: "the public notice's end is unknown, so 2019-01-20 cannot be checked against it",
        },
      },
    ]);
    const noticeWithoutEnd = applyEvent(accepted(), {
      type: "open_public_notice",
      date: "2019-01-02",
    });
    expect(noticeWithoutEnd.issues[0]).toMatchObject({
      path: ["events", 4, "end"],
      params: { date: "2019-01-02" },
    });
  });

  it("refuses a sign-off before acceptance with that one issue, whatever the notice", () => {
    const before: readonly TaskStatus[] = [
      "not_started",
      "in_progress",
      "completed",
      "basically_completed",
      "acceptance_requested",
      "relapsed",
    ];
    for (const status of before) {
      const task = grassland({
        status,
        publicNotice: { start: "2018-07-01", end: "2018-07-10" },
      });
      const result = applyEvent(task, { type: "sign_off", date: "2018-08-01" });
      expect(result.issues).toEqual([
        {
          code: "sign_off_without_acceptance",
          severity: "error",
          path: ["events", 0, "type"],
          params: { from: status },
          message: {
            "zh-CN": `未通过验收不得销号（当前状态“${status}”）`,
            en: `a task cannot be signed off before acceptance (status ${status})`,
          },
        },
      ]);
    }
  });

  // Regression: a second sign-off of a signed-off task said "cannot be signed off before
  // acceptance", which is false: the task was accepted. It is an event the table does not allow.
  it("refuses a second sign-off as not allowed, not as lacking acceptance", () => {
    const signed = grassland({ status: "signed_off", acceptedDate: "2018-08-10" });
    const result = applyEvent(signed, { type: "sign_off", date: "2018-09-01" });
    expect(result.issues.map((i) => [i.code, i.params])).toEqual([
      ["transition_not_allowed", { from: "signed_off", event: "sign_off", to: "signed_off" }],
    ]);
    expect(result.issues[0]?.message.en).toBe(
      "event sign_off is not allowed in status signed_off (it leads to signed_off)",
    );
  });

  it("replaces an earlier public notice when a new one opens", () => {
    const task = grassland({
      status: "accepted",
      publicNotice: { start: "2018-08-01", end: "2018-08-10" },
    });
    const reopened = ok(applyEvent(task, { type: "open_public_notice", date: "2018-09-01" }));
    expect(reopened).not.toHaveProperty("publicNotice");
    const dated = ok(
      applyEvent(task, { type: "open_public_notice", date: "2018-09-01", end: "2018-09-10" }),
    );
    expect(dated.publicNotice).toEqual({ start: "2018-09-01", end: "2018-09-10" });
  });

  it("keeps the progress figure when a progress report gives none", () => {
    const task = ok(
      applyEvent(started(), { type: "report_progress", date: "2017-09-02", percentComplete: 40 }),
    );
    const next = ok(applyEvent(task, { type: "report_progress", date: "2017-10-02" }));
    expect(next.percentComplete).toBe(40);
    const fresh = ok(applyEvent(started(), { type: "report_progress", date: "2017-10-02" }));
    expect(Object.keys(fresh)).not.toContain("percentComplete");
  });

  it("extends a deadline that had no due date without inventing an originalDue", () => {
    const task = grassland({ status: "in_progress", deadline: { text: "立行立改" } });
    const next = ok(
      applyEvent(task, { type: "extend_deadline", date: "2018-06-20", due: "2018-12-31" }),
    );
    expect(next.deadline).toEqual({
      text: "2018-12-31",
      due: "2018-12-31",
      originalText: "立行立改",
    });
    expect(Object.keys(next.deadline ?? {})).not.toContain("originalDue");
  });
});
