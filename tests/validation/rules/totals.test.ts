import { describe, expect, it } from "vitest";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("tally_totals", () => {
  it("passes Urumqi's 808 closed + 3 in handling of 811 transferred", () => {
    expect(validateLedger(baseLedger()).issues).toEqual([]);
  });

  it("reports parts that exceed the cases transferred", () => {
    const ledger = baseLedger();
    ledger.petitionTallies[0]!.handling = 4;
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["tally_parts_exceed_total", "petitionTallies.0"]]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "已办结808件、阶段性办结0件、正在办理4件，合计超过转办总数811件",
      en: "closed 808 + staged 0 + handling 4 = 812, more than the 811 transferred",
    });
  });
});

describe("accountability_totals", () => {
  it("passes Jilin's 118 = 8 + 51 + 59 and partial national figures", () => {
    expect(validateLedger(baseLedger()).issues).toEqual([]);
  });

  it("reports ranks that do not add up to the people when all are given", () => {
    const ledger = baseLedger();
    ledger.accountability[0]!.byRank = { bureau: 8, division: 51, section_or_below: 58 };
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["parts_do_not_add_up", "accountability.0.byRank"]]);
    expect(result.issues[0]!.params).toEqual({
      part: "byRank",
      sum: 117,
      people: 118,
      complete: true,
    });
    expect(result.issues[0]!.message["zh-CN"]).toBe("按职级分项合计117人，不等于问责总人数118人");
  });

  it("reports partial ranks that exceed the people", () => {
    const ledger = baseLedger();
    ledger.accountability[1]!.byRank = { bureau: 1335, division: 4195 };
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([["parts_do_not_add_up", "accountability.1.byRank"]]);
    expect(result.issues[0]!.message.en).toBe(
      "the parts by rank add up to 5530, more than the 3035 people held accountable",
    );
  });

  it("allows sanctions to add up to more than the people, but not one kind alone", () => {
    const ledger = baseLedger();
    ledger.accountability[1]!.bySanction = { discipline: 3035, admonishment: 782 };
    expect(validateLedger(ledger).issues).toEqual([]);
    ledger.accountability[1]!.bySanction = { discipline: 3100, admonishment: 782 };
    const result = validateLedger(ledger);
    expect(located(result.issues)).toEqual([
      ["parts_do_not_add_up", "accountability.1.bySanction.discipline"],
    ]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "按处理方式，党纪政务处分3100人，超过问责总人数3035人",
      en: "Party or administrative discipline alone counts 3100, more than the 3035 people held accountable",
    });
  });

  it("warns when all five sanction kinds are given and still fall short of the people", () => {
    const ledger = baseLedger();
    ledger.accountability[1]!.bySanction = {
      discipline: 1509,
      admonishment: 782,
      organisational: 300,
      judicial_transfer: 10,
      other: 400,
    };
    const result = validateLedger(ledger);
    expect(result.ok).toBe(true);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: "parts_do_not_add_up",
      severity: "warning",
      path: ["accountability", 1, "bySanction"],
    });
    expect(result.issues[0]!.message["zh-CN"]).toBe(
      "按处理方式分项合计3001人，不等于问责总人数3035人",
    );
  });
});
