import { describe, expect, it } from "vitest";
import {
  applyPetitionEvent,
  applyPetitionEvents,
  PETITION_STAGE_LABELS,
  PetitionEvent,
  type PetitionEventType,
  PetitionStage,
} from "../../src/lifecycle/index.js";
import { PetitionCase } from "../../src/model/petition.js";

// Xiamen-style case: received 03-27 by phone, transferred 03-28, closed 04-30.
const at = (extra: Record<string, unknown> = {}) =>
  PetitionCase.parse({ id: "X1", roundId: "r2-xm", receivedDate: "2022-03-27", ...extra });
const transferred = { transferredDate: "2022-03-28" };
const FROM: Readonly<Record<PetitionEventType, PetitionCase>> = {
  transfer: at(),
  verify: at(transferred),
  start_handling: at({ ...transferred, verification: "true" }),
  close_stage: at({ ...transferred, verification: "true", status: "handling" }),
  close: at({ ...transferred, verification: "true", status: "handling" }),
  revisit: at({ ...transferred, status: "closed", closedDate: "2022-04-30" }),
  reopen: at({ ...transferred, status: "closed", closedDate: "2022-04-30" }),
};
const eventOf = (type: PetitionEventType, date: string): PetitionEvent =>
  type === "verify" ? { type, date, result: "true" } : ({ type, date } as PetitionEvent);

describe("PetitionStage and PETITION_STAGE_LABELS", () => {
  it("list the seven stages in order, each labelled in zh-CN and en", () => {
    expect(PetitionStage.options).toEqual([
      "received",
      "transferred",
      "verified",
      "handling",
      "staged_closed",
      "closed",
      "revisited",
    ]);
    expect(PETITION_STAGE_LABELS).toEqual({
      received: { "zh-CN": "已受理", en: "received" },
      transferred: { "zh-CN": "已交办", en: "transferred" },
      verified: { "zh-CN": "已核查", en: "verified" },
      handling: { "zh-CN": "正在办理", en: "in handling" },
      staged_closed: { "zh-CN": "阶段性办结", en: "closed for this stage" },
      closed: { "zh-CN": "已办结", en: "closed" },
      revisited: { "zh-CN": "已回访", en: "revisited" },
    });
  });
});

describe("PetitionEvent", () => {
  it("parses every event type with its own fields", () => {
    const events = [
      { type: "transfer", date: "2022-03-28", handlingUnit: "思明区", actor: "督察组" },
      { type: "verify", date: "2022-04-02", result: "partly_true", note: "部分属实" },
      { type: "start_handling", date: "2022-04-02" },
      { type: "close_stage", date: "2022-04-20" },
      { type: "close", date: "2022-05-30" },
      { type: "revisit", date: "2022-06-10" },
      { type: "reopen", date: "2022-07-01", reason: "relapse" },
      { type: "reopen", date: "2022-07-01", reason: "repeat_complaint" },
    ];
    for (const event of events) expect(PetitionEvent.parse(event)).toEqual(event);
  });

  it("refuses a missing or malformed date, an unknown reason or result", () => {
    expect(PetitionEvent.safeParse({ type: "close" }).success).toBe(false);
    expect(PetitionEvent.safeParse({ type: "revisit", date: "2022/06/10" }).success).toBe(false);
    expect(
      PetitionEvent.safeParse({ type: "reopen", date: "2022-07-01", reason: "other" }).success,
    ).toBe(false);
    expect(
      PetitionEvent.safeParse({ type: "verify", date: "2022-04-02", result: "maybe" }).success,
    ).toBe(false);
    expect(PetitionEvent.safeParse({ type: "archive", date: "2022-04-02" }).success).toBe(false);
  });
});

describe("applyPetitionEvent (edges)", () => {
  it("checks each event's date against every earlier date on the case, first failing first", () => {
    for (const [type, petition] of Object.entries(FROM) as [PetitionEventType, PetitionCase][]) {
      // before receipt: reported against receivedDate, the first in order
      const early = applyPetitionEvent(petition, eventOf(type, "2022-03-20"));
      expect(early.issues.map((i) => [type, i.params?.earlierField])).toEqual([
        [type, "receivedDate"],
      ]);
      if (type === "transfer") continue;
      // on the day of receipt, before transfer
      const beforeTransfer = applyPetitionEvent(petition, eventOf(type, "2022-03-27"));
      expect(beforeTransfer.issues.map((i) => [type, i.params?.earlierField])).toEqual([
        [type, "transferredDate"],
      ]);
      const beforeClosure = applyPetitionEvent(petition, eventOf(type, "2022-04-20"));
      const closedFirst = type === "revisit" || type === "reopen";
      expect(beforeClosure.issues.map((i) => [type, i.params?.earlierField])).toEqual(
        closedFirst ? [[type, "closedDate"]] : [],
      );
    }
  });

  it("accepts an event on the same day as the date before it", () => {
    const result = applyPetitionEvent(at(), { type: "transfer", date: "2022-03-27" });
    expect(result).toMatchObject({
      ok: true,
      issues: [],
      value: { transferredDate: "2022-03-27" },
    });
  });

  it("explains an invalid date and an event the table refuses, in full", () => {
    expect(applyPetitionEvent(at(), { type: "transfer", date: "2022-02-30" }).issues).toEqual([
      {
        code: "invalid_event_date",
        severity: "error",
        path: ["date"],
        params: { field: "date", received: "2022-02-30" },
        message: {
          "zh-CN": "事件的date“2022-02-30”不是有效的YYYY-MM-DD日期",
          en: 'the event\'s date "2022-02-30" is not a real date written YYYY-MM-DD',
        },
      },
    ]);
    expect(applyPetitionEvent(at(), { type: "close", date: "2022-04-01" }).issues).toEqual([
      {
        code: "transition_not_allowed",
        severity: "error",
        path: ["type"],
        params: { from: "received", event: "close" },
        message: {
          "zh-CN": "状态“received”下不允许事件“close”",
          en: "event close is not allowed in status received",
        },
      },
    ]);
  });

  it("keeps a recorded handling unit when a transfer names none", () => {
    const result = applyPetitionEvent(at({ handlingUnit: "思明区" }), {
      type: "transfer",
      date: "2022-03-28",
    });
    expect(result.ok && result.value.handlingUnit).toBe("思明区");
    const plain = applyPetitionEvent(at(), { type: "transfer", date: "2022-03-28" });
    expect(plain.ok && Object.keys(plain.value)).not.toContain("handlingUnit");
  });

  it("returns an empty issue list with every accepted event", () => {
    expect(applyPetitionEvent(FROM.verify, eventOf("verify", "2022-04-02"))).toMatchObject({
      ok: true,
      issues: [],
    });
    expect(
      applyPetitionEvents(at(), [
        eventOf("transfer", "2022-03-28"),
        eventOf("verify", "2022-04-02"),
      ]),
    ).toMatchObject({ ok: true, issues: [] });
  });

  it("fails a fold at the refused event", () => {
    const result = applyPetitionEvents(at(), [
      eventOf("transfer", "2022-03-28"),
      eventOf("close", "2022-04-01"),
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["transition_not_allowed", [1, "type"]],
    ]);
  });
});
