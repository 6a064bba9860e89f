import { describe, expect, it } from "vitest";
import {
  OUTCOME_KIND,
  OUTCOME_KINDS,
  readOutcomes,
  readOutcomeValue,
  sumOutcomes,
  yuanToFen,
} from "../../src/outcomes/index.js";

describe("OUTCOME_KINDS", () => {
  it("has one entry per key, bilingual labels and at least one cue and unit each", () => {
    const keys = OUTCOME_KINDS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of OUTCOME_KINDS) {
      expect(kind.label["zh-CN"]).not.toBe("");
      expect(kind.label.en).not.toBe("");
      expect(kind.cues.length).toBeGreaterThan(0);
      expect(kind.units[0]).toBe(kind.unit);
      expect(OUTCOME_KIND[kind.key]).toBe(kind);
    }
  });

  it("never gives one cue to two kinds", () => {
    const cues = OUTCOME_KINDS.flatMap((k) => k.cues);
    expect(new Set(cues).size).toBe(cues.length);
  });
});

describe("readOutcomes: figures", () => {
  // Source of the bulletin wording: https://sthjt.nmg.gov.cn/sthjdt/ztzl/zysthjbhdcznmg/bdbg/202506/t20250617_2741439.html
  it("reads every figure of a bulletin clause, with its passage", () => {
    const text =
      "责令整改88家，立案处罚46家，罚款金额251542.71元，立案侦查18件，刑事拘留3人，约谈5人，问责8人。";
    const read = readOutcomes(text);
    expect(read.outcomes).toEqual({
      ordersToRectify: 88,
      casesFiled: 46,
      finesYuan: 251542.71,
      criminalCases: 18,
      criminalDetentions: 3,
      detentions: 3,
      interviews: 5,
      accountablePeople: 8,
    });
    expect(read.unread).toEqual([]);
    for (const f of read.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
    expect(read.figures.map((f) => f.quote)).toEqual([
      "责令整改88家",
      "立案处罚46家",
      "罚款金额251542.71元",
      "立案侦查18件",
      "刑事拘留3人",
      "约谈5人",
      "问责8人",
    ]);
  });

  it("keeps fines exact in yuan", () => {
    expect(readOutcomes("罚款2150.5万元").outcomes.finesYuan).toBe(21505000);
    expect(readOutcomes("罚款3.56万元").outcomes.finesYuan).toBe(35600);
    expect(readOutcomes("处罚金额2175.82888万元").outcomes.finesYuan).toBe(21758288.8);
    expect(readOutcomes("罚款1.2亿元").outcomes.finesYuan).toBe(120000000);
    expect(readOutcomes("罚款五万元").outcomes.finesYuan).toBe(50000);
    expect(readOutcomes("罚款1,234,567元").outcomes.finesYuan).toBe(1234567);
    expect(readOutcomes("罚款０.１万元，另案罚款０.２万元").outcomes.finesYuan).toBe(3000);
  });

  it("reads full-width digits and traditional characters, keeping the original passage", () => {
    const read = readOutcomes("責令整改５５家，立案處罰５家，問責２人。");
    expect(read.outcomes).toEqual({ ordersToRectify: 55, casesFiled: 5, accountablePeople: 2 });
    expect(read.figures[1]?.quote).toBe("立案處罰５家");
  });

  it("reads Chinese numerals", () => {
    expect(readOutcomes("约谈十二人，问责两人").outcomes).toEqual({
      interviews: 12,
      accountablePeople: 2,
    });
  });

  it("reads a number written before its cue", () => {
    expect(readOutcomes("对3家企业立案处罚，处以5万元罚款，2人被问责").outcomes).toEqual({
      casesFiled: 3,
      finesYuan: 50000,
      accountablePeople: 2,
    });
  });

  it("tells the variants of a cue apart, longest first", () => {
    const read = readOutcomes(
      "责令限期整改2家，立案查处1起，立案侦查1件，行政拘留2人，拘留1人，查封扣押1家，关停取缔3家",
    );
    expect(read.outcomes).toEqual({
      ordersToRectify: 2,
      casesFiled: 1,
      criminalCases: 1,
      administrativeDetentions: 2,
      detentions: 3,
      seizures: 1,
      closures: 3,
    });
  });

  it("counts a total once, not with its parts", () => {
    expect(readOutcomes("甲公司罚款3万元，乙公司罚款2万元，合计罚款5万元").outcomes.finesYuan).toBe(
      50000,
    );
    expect(readOutcomes("罚款3起，合计12万元").outcomes.finesYuan).toBe(120000);
    expect(readOutcomes("共计罚款8万元").figures[0]?.total).toBe(true);
  });

  it("does not steal the number of the next cue", () => {
    const read = readOutcomes("责令整改并立案处罚2家");
    expect(read.outcomes).toEqual({ casesFiled: 2 });
    expect(read.unread.map((u) => u.quote)).toEqual(["责令整改"]);
  });
});

describe("readOutcomes: lists and capital numerals", () => {
  it("adds up a list of amounts after one 罚款, each amount a figure of its own", () => {
    const text = "对2家企业分别罚款2万元、3万元和1.5万元。";
    const read = readOutcomes(text);
    expect(read.outcomes).toEqual({ finesYuan: 65000 });
    expect(read.figures.map((f) => [f.quote, f.value, f.total])).toEqual([
      ["罚款2万元", 20000, false],
      ["3万元", 30000, false],
      ["1.5万元", 15000, false],
    ]);
    for (const f of read.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
  });

  it("reads a list of counts only after 分别, so the next kind keeps its number", () => {
    expect(readOutcomes("分别约谈2人、3人").outcomes).toEqual({ interviews: 5 });
    expect(readOutcomes("问责2人、3人被约谈").outcomes).toEqual({
      accountablePeople: 2,
      interviews: 3,
    });
  });

  // https://gyxww.net/html/xinwenzixun/shizhengyaowen/52230.html (Guangxi, 2023)
  it("reads 处罚 with an amount of yuan after it as a fine, and 处罚 before a count as nothing", () => {
    const text = "立案查处59起环境违法案件、处罚745万元";
    expect(readOutcomes(text).outcomes).toEqual({ casesFiled: 59, finesYuan: 7450000 });
    expect(readOutcomes(text).figures[1]?.quote).toBe("处罚745万元");
    expect(readOutcomes("处罚3家企业")).toMatchObject({ outcomes: {}, unread: [] });
  });

  // https://gyxww.net/html/xinwenzixun/shizhengyaowen/52230.html (Guangxi, 2023)
  it("reads 追责 as holding people accountable", () => {
    const read = readOutcomes(
      "对移交的5个生态环境损害责任追究问题,依规依纪依法对68名责任人进行追责。",
    );
    expect(read.outcomes).toEqual({ accountablePeople: 68 });
    expect(read.figures[0]?.quote).toBe("68名责任人进行追责");
  });

  // https://xwzx.qqzyw.com/show-209888.html (Hunan, provincial inspection batch 2)
  it("reports 1492余万元 as approximate, with its 万 after the 余", () => {
    const read = readOutcomes("立案处罚282家,处罚金额1492余万元,立案侦查14件");
    expect(read.outcomes).toEqual({ casesFiled: 282, criminalCases: 14 });
    expect(read.unread.map((u) => [u.quote, u.reason])).toEqual([
      ["处罚金额1492余万元", "approximate"],
    ]);
  });

  it("reads the capital numerals of an amount, and only before 元", () => {
    expect(readOutcomes("处以罚款人民币贰万伍仟元整").outcomes).toEqual({ finesYuan: 25000 });
    expect(readOutcomes("罚款人民币壹拾万元").outcomes).toEqual({ finesYuan: 100000 });
    // 伍 outside an amount stays a word: no figure is made of 队伍.
    expect(readOutcomes("执法队伍约谈企业负责人2人").outcomes).toEqual({ interviews: 2 });
  });
});

describe("readOutcomes: what it cannot read", () => {
  it("leaves a cue without a number as unread text", () => {
    const read = readOutcomes("责令该公司限期整改，并对其立案处罚。");
    expect(read.outcomes).toEqual({});
    expect(read.unread.map((u) => [u.kind, u.reason, u.quote])).toEqual([
      ["ordersToRectify", "no_number", "责令该公司限期整改"],
      ["casesFiled", "no_number", "立案处罚"],
    ]);
  });

  it("reports approximate figures and wrong units instead of guessing", () => {
    const read = readOutcomes("约谈3家企业，罚款5万余元，约谈20多人");
    expect(read.outcomes).toEqual({});
    expect(read.unread.map((u) => u.reason)).toEqual(["unit", "approximate", "approximate"]);
  });

  it("reports a fine below the fen and a fraction of a count", () => {
    expect(readOutcomes("罚款1.23456万元").outcomes).toEqual({ finesYuan: 12345.6 });
    expect(readOutcomes("罚款1.2345678万元").unread[0]?.reason).toBe("not_whole");
    expect(readOutcomes("责令整改2.5家").unread[0]?.reason).toBe("not_whole");
  });

  it("reports a proposed penalty (拟) instead of counting it", () => {
    const read = readOutcomes("已对该企业立案调查，拟处罚款5万元；约谈负责人1人。");
    expect(read.outcomes).toEqual({ interviews: 1 });
    expect(read.unread.map((u) => [u.quote, u.reason])).toEqual([
      ["立案调查", "no_number"],
      ["处罚款5万元", "proposed"],
    ]);
    // 拟 reaches to the end of its phrase only.
    expect(readOutcomes("拟对其罚款5万元，罚款3万元").outcomes).toEqual({ finesYuan: 30000 });
  });

  it("neither counts nor reports a negated cue", () => {
    expect(readOutcomes("经核查不属实，不予立案处罚，未罚款，无需问责")).toEqual({
      outcomes: {},
      figures: [],
      unread: [],
    });
  });

  it("returns nothing for empty or non-text input", () => {
    expect(readOutcomes("")).toEqual({ outcomes: {}, figures: [], unread: [] });
    expect(readOutcomes(undefined as unknown as string)).toEqual({
      outcomes: {},
      figures: [],
      unread: [],
    });
  });
});

describe("sumOutcomes", () => {
  it("adds fines on fen, exactly", () => {
    expect(sumOutcomes([{ finesYuan: 0.1 }, { finesYuan: 0.2 }]).finesYuan).toBe(0.3);
    expect(sumOutcomes([{ finesYuan: 2368000 }, undefined, { finesYuan: 0.07 }])).toEqual({
      finesYuan: 2368000.07,
    });
    expect(yuanToFen(251542.71)).toBe(25154271);
  });

  it("keeps absent kinds absent and skips non-numbers", () => {
    expect(
      sumOutcomes([{ ordersToRectify: 1 }, { ordersToRectify: 2, interviews: "x" } as never]),
    ).toEqual({ ordersToRectify: 3 });
  });
});

describe("readOutcomes: hostile input", () => {
  it("reads long runs of cues, brackets and numerals without failing", () => {
    expect(readOutcomes("罚款".repeat(20000)).unread).toHaveLength(20000);
    expect(readOutcomes("（问责".repeat(20000)).unread).toHaveLength(1);
    expect(readOutcomes(`${"一".repeat(20000)}家`).figures).toEqual([]);
    expect(readOutcomes("责令整改3家，罚款3.5万元；".repeat(2000)).outcomes).toEqual({
      ordersToRectify: 6000,
      finesYuan: 70000000,
    });
  });
});

describe("readOutcomeValue", () => {
  it("reads a count column's whole numbers and a fine column's amounts exactly", () => {
    expect(readOutcomeValue("ordersToRectify", "88")).toEqual({ value: 88 });
    expect(readOutcomeValue("ordersToRectify", "十二")).toEqual({ value: 12 });
    expect(readOutcomeValue("finesYuan", "25.154271万")).toEqual({ value: 251542.71 });
    expect(readOutcomeValue("finesYuan", "1.0203亿")).toEqual({ value: 102030000 });
    expect(readOutcomeValue("finesYuan", "1,234.5")).toEqual({ value: 1234.5 });
    expect(readOutcomeValue("interviews", "2.5")).toEqual({ reason: "not_whole" });
    expect(readOutcomeValue("finesYuan", "0.001")).toEqual({ reason: "not_whole" });
  });
});
