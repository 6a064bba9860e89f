import { describe, expect, it } from "vitest";
import {
  applyPetitionEvent,
  applyPetitionEvents,
  PETITION_STAGE_LABELS,
  PETITION_TRANSITIONS,
  PetitionEvent,
  type PetitionEventType,
  PetitionStage,
  petitionStage,
} from "../../src/lifecycle/index.js";
import { PetitionCase } from "../../src/model/petition.js";

// Xiamen-style case from the model's example: phone complaint, transferred the next day.
const received = () =>
  PetitionCase.parse({
    id: "X1",
    roundId: "r2-xm",
    batch: 1,
    channel: "phone",
    receivedDate: "2022-03-27",
  });
const EVENTS = PetitionEvent.options.map((o) => o.shape.type.value) as PetitionEventType[];

const eventOf = (type: PetitionEventType, date: string): PetitionEvent =>
  type === "verify" ? { type, date, result: "partly_true" } : ({ type, date } as PetitionEvent);

/** Shortest path to each stage, applied for real. */
function reach(stage: PetitionStage) {
  const paths: Record<PetitionStage, PetitionEventType[]> = {
    received: [],
    transferred: ["transfer"],
    verified: ["transfer", "verify"],
    handling: ["transfer", "verify", "start_handling"],
    staged_closed: ["transfer", "verify", "start_handling", "close_stage"],
    closed: ["transfer", "verify", "start_handling", "close"],
    revisited: ["transfer", "verify", "start_handling", "close", "revisit"],
  };
  const result = applyPetitionEvents(
    received(),
    paths[stage].map((type, i) => eventOf(type, `2022-04-${String(10 + i).padStart(2, "0")}`)),
  );
  if (!result.ok) throw new Error(result.issues[0]?.message.en);
  return result.value;
}

describe("applyPetitionEvent", () => {
  it("walks a case from receipt to closure, mapping onto the ledger's fields", () => {
    const result = applyPetitionEvents(received(), [
      { type: "transfer", date: "2022-03-28", handlingUnit: "思明区" },
      { type: "verify", date: "2022-04-02", result: "partly_true" },
      { type: "start_handling", date: "2022-04-02" },
      { type: "close_stage", date: "2022-04-20" },
      { type: "close", date: "2022-05-30" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      transferredDate: "2022-03-28",
      handlingUnit: "思明区",
      verification: "partly_true",
      status: "closed",
      closedDate: "2022-05-30",
    });
    expect(petitionStage(result.value)).toBe("closed");
  });

  it("reopens a closed case on a relapse or repeat complaint and drops closedDate", () => {
    const closed = reach("revisited");
    const input = structuredClone(closed);
    const result = applyPetitionEvent(closed, {
      type: "reopen",
      date: "2022-06-01",
      reason: "repeat_complaint",
    });
    expect(result.ok && result.value.status).toBe("handling");
    expect(result.ok && result.value).not.toHaveProperty("closedDate");
    expect(closed).toEqual(input);
  });

  it("closes a case found not true straight after verification", () => {
    const verified = reach("verified");
    expect(petitionStage(verified)).toBe("verified");
    expect(verified).not.toHaveProperty("status");
    const result = applyPetitionEvent(verified, { type: "close", date: "2022-04-20" });
    expect(result.ok && result.value.status).toBe("closed");
  });

  const stages = PetitionStage.options.filter((s) => s !== "revisited");
  for (const stage of stages) {
    for (const event of EVENTS) {
      const row: Partial<Record<PetitionEventType, PetitionStage>> = PETITION_TRANSITIONS[stage];
      const to = row[event];
      it(`${to ? "allows" : "refuses"} ${stage} -${event}->`, () => {
        const result = applyPetitionEvent(reach(stage), eventOf(event, "2022-05-01"));
        if (to === undefined) {
          expect(result.issues.map((i) => i.code)).toEqual(["transition_not_allowed"]);
          expect(result.issues[0]?.params).toEqual({ from: stage, event });
        } else {
          expect(result.ok).toBe(true);
        }
      });
    }
  }

  it("keeps received ≤ transferred ≤ closed", () => {
    const early = applyPetitionEvent(received(), { type: "transfer", date: "2022-03-26" });
    expect(early.issues[0]).toMatchObject({
      code: "dates_out_of_order",
      path: ["date"],
      params: {
        field: "date",
        date: "2022-03-26",
        earlierField: "receivedDate",
        earlier: "2022-03-27",
      },
    });
    const closing = applyPetitionEvent(reach("handling"), { type: "close", date: "2022-04-09" });
    expect(closing.issues.map((i) => i.params?.earlierField)).toEqual(["transferredDate"]);
    const revisit = applyPetitionEvent(reach("closed"), { type: "revisit", date: "2022-04-12" });
    expect(revisit.issues.map((i) => i.params?.earlierField)).toEqual(["closedDate"]);
    const folded = applyPetitionEvents(received(), [
      { type: "transfer", date: "2022-03-28" },
      { type: "verify", date: "2022-03-01", result: "true" },
    ]);
    expect(folded.issues[0]?.path).toEqual([1, "date"]);
    expect(
      applyPetitionEvent(received(), { type: "transfer", date: "2022-02-30" }).issues[0]?.code,
    ).toBe("invalid_event_date");
  });
});

describe("petitionStage", () => {
  it("reads the stage from status, verification and dates", () => {
    expect(petitionStage(received())).toBe("received");
    expect(petitionStage({ ...received(), transferredDate: "2022-03-28" })).toBe("transferred");
    expect(petitionStage({ ...received(), status: "staged_closed" })).toBe("staged_closed");
    expect(PETITION_STAGE_LABELS.staged_closed["zh-CN"]).toBe("阶段性办结");
  });
});
