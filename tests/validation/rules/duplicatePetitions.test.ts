import { describe, expect, it } from "vitest";
import { normaliseSummary, validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

describe("normaliseSummary", () => {
  it("ignores width, case, spaces and punctuation", () => {
    expect(normaliseSummary("某企业 夜间生产噪声扰民！")).toBe("某企业夜间生产噪声扰民");
    expect(normaliseSummary("ＡＢＣ化工厂，异味。")).toBe("abc化工厂异味");
  });
});

describe("duplicate_petitions", () => {
  const repeat = () => {
    const ledger = baseLedger();
    ledger.petitions.push({
      ...ledger.petitions[0]!,
      id: "XM-003",
      channel: "online",
      summary: "某企业 夜间生产噪声扰民。",
    });
    return ledger;
  };

  it("warns about the same complaint entered twice", () => {
    const result = validateLedger(repeat());
    expect(result.ok).toBe(true);
    expect(located(result.issues)).toEqual([["duplicate_petition", "petitions.2"]]);
    expect(result.issues[0]!.params).toEqual({ firstId: "XM-001", firstIndex: 0 });
    // The Chinese message counts records from 1, as a reader of the list does; params keep the index.
    expect(result.issues[0]!.message).toEqual({
      "zh-CN":
        "与案件XM-001（第1条）同一轮次、同一受理日期且内容相同，疑似重复举报；如确属重复请填写duplicateOf",
      en: "same round, received date and summary as case XM-001 (index 0); likely a repeat complaint: mark it with duplicateOf",
    });
  });

  it("leaves cases already marked duplicateOf, and different dates, regions or rounds, alone", () => {
    const marked = repeat();
    marked.petitions[2]!.duplicateOf = "XM-001";
    expect(validateLedger(marked).issues).toEqual([]);
    const otherDay = repeat();
    otherDay.petitions[2]!.receivedDate = "2022-03-26";
    expect(validateLedger(otherDay).issues).toEqual([]);
    const otherRegion = repeat();
    otherRegion.petitions[2]!.region = { name: "二连浩特市", code: "152501" };
    expect(validateLedger(otherRegion).issues).toEqual([]);
    const noSummary = repeat();
    delete noSummary.petitions[2]!.summary;
    delete noSummary.petitions[0]!.summary;
    expect(validateLedger(noSummary).issues).toEqual([]);
    const punctuationOnly = repeat();
    punctuationOnly.petitions[0]!.summary = "……";
    punctuationOnly.petitions[2]!.summary = "——";
    expect(validateLedger(punctuationOnly).issues).toEqual([]);
  });

  it("compares region names when there is no code", () => {
    const ledger = repeat();
    ledger.petitions[0]!.region = { name: "锡林浩特市" };
    ledger.petitions[2]!.region = { name: "锡林浩特市" };
    expect(located(validateLedger(ledger).issues)).toEqual([["duplicate_petition", "petitions.2"]]);
  });
});
