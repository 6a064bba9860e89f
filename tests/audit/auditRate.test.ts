import { describe, expect, it } from "vitest";
import { auditRate } from "../../src/audit/auditRate.js";
import { DuchaError } from "../../src/errors.js";

function audit(input: Parameters<typeof auditRate>[0]) {
  const result = auditRate(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.value;
}

describe("auditRate", () => {
  it("finds Jilin's 97.64% consistent with 4593/4704 at 2 decimals", () => {
    const result = audit({ numerator: 4593, denominator: 4704, stated: "97.64%" });
    expect(result).toMatchObject({
      consistent: true,
      consistentAsGiven: true,
      precision: 2,
      statedRange: { min: 97.635, max: 97.645, minInclusive: true, maxInclusive: false },
      computed: { percent: "97.64" },
      matching: ["numerator/denominator"],
      summary: {
        "zh-CN": "“97.64%”与4593/4704（97.64%）相符",
        en: '"97.64%" matches 4593/4704 (97.64%)',
      },
    });
  });

  it("checks the figure, not a denied 全部, in 未全部办结，办结率97.64%", () => {
    // "not all closed" was read as a claim of 100 % and the published figure called inconsistent
    const report = audit({
      stated: "未全部办结，办结率97.64%",
      numerator: 4593,
      denominator: 4704,
    });
    expect(report.statedRange.matched).toBe("97.64%");
    expect(report.consistent).toBe(true);
  });

  it("rejects a deliberately wrong 97.65%", () => {
    const result = audit({ numerator: 4593, denominator: 4704, stated: "97.65%" });
    expect(result.consistent).toBe(false);
    expect(result.matching).toEqual([]);
    expect(result.summary["zh-CN"]).toBe("“97.65%”与4593/4704（97.64%）不符，所试口径均不相符");
  });

  it("finds Jiangsu's 办结率达81% consistent only without the 660 staged closures", () => {
    const result = audit({
      numerator: 2750,
      staged: 660,
      denominator: 3411,
      stated: "办结率达81%",
    });
    expect(result.precision).toBe(0);
    expect(result.definitions.map((d) => [d.key, d.rate?.text, d.consistent])).toEqual([
      ["numerator/denominator", "81%", true],
      ["numerator+staged/denominator", "100%", false],
    ]);
    expect(result.summary["zh-CN"]).toBe(
      "“办结率达81%”与2750/3411（81%）相符；含阶段性办结的3410/3411（100%）不符",
    );
  });

  it("finds Hainan's 54.9% consistent only with the 291 staged closures counted", () => {
    const result = audit({ numerator: 492, staged: 291, denominator: 1427, stated: "54.9%" });
    expect(result).toMatchObject({
      consistent: true,
      consistentAsGiven: false,
      precision: 1,
      computed: { percent: "34.5" },
      matching: ["numerator+staged/denominator"],
    });
    expect(result.summary).toEqual({
      "zh-CN": "“54.9%”与492/1427（34.5%）不符，但与含阶段性办结的783/1427（54.9%）相符",
      en: '"54.9%" does not match 492/1427 (34.5%) but matches 783/1427 (54.9%) counting staged closures',
    });
  });

  it("checks approximate wording as a range", () => {
    expect(audit({ numerator: 1275, denominator: 2164, stated: "近60%" })).toMatchObject({
      consistent: true,
      precision: null,
      computed: { percent: "58.92" },
    });
    expect(audit({ numerator: 313, denominator: 531, stated: "近六成" }).consistent).toBe(true);
    expect(audit({ numerator: 357, denominator: 493, stated: "完成七成" }).consistent).toBe(true);
    expect(audit({ numerator: 4593, denominator: 4704, stated: "超过97%" }).consistent).toBe(true);
    expect(audit({ numerator: 4593, denominator: 4704, stated: "超过98%" }).consistent).toBe(false);
  });

  it("reads precision from other forms of the stated text", () => {
    expect(audit({ numerator: 6345, denominator: 6532, stated: "完成率97.1%" }).precision).toBe(1);
    expect(audit({ numerator: 4593, denominator: 4704, stated: "９７．６４％" })).toMatchObject({
      precision: 2,
      consistent: true,
    });
    expect(audit({ numerator: 4593, denominator: 4704, stated: "97.64" }).consistent).toBe(true);
    expect(audit({ numerator: 135, denominator: 137, stated: 98.5 }).consistent).toBe(true);
  });

  it("tries basically-completed counts and the due denominator", () => {
    const jiangsu = audit({
      numerator: 0,
      basicallyCompleted: 6,
      denominator: 42,
      dueDenominator: 13,
      stated: "整改完成率46%",
    });
    expect(jiangsu.matching).toEqual(["numerator+basicallyCompleted/dueDenominator"]);
    expect(jiangsu.definitions.map((d) => d.key)).toEqual([
      "numerator/denominator",
      "numerator+basicallyCompleted/denominator",
      "numerator/dueDenominator",
      "numerator+basicallyCompleted/dueDenominator",
    ]);
    expect(jiangsu.definitions[3]?.label).toEqual({
      "zh-CN": "含基本完成，以到期应完成数为分母",
      en: "counting basically completed, over the count due",
    });
    const hainan = audit({ numerator: 89, denominator: 190, dueDenominator: 91, stated: "97.8%" });
    expect(hainan.matching).toEqual(["numerator/dueDenominator"]);
    expect(hainan.definitions[1]?.label["zh-CN"]).toBe("以到期应完成数为分母");
  });

  it("tries all four numerators when both extra counts are given", () => {
    const result = audit({
      numerator: 10,
      staged: 5,
      basicallyCompleted: 5,
      denominator: 20,
      stated: "全部办结",
    });
    expect(result.matching).toEqual(["numerator+staged+basicallyCompleted/denominator"]);
    expect(result.summary.en).toBe(
      '"全部办结" does not match 10/20 (50.00%) but matches 20/20 (100.00%) counting staged closures and basically completed',
    );
  });

  it("marks a definition whose numerator passes the denominator as not consistent", () => {
    const result = audit({ numerator: 10, staged: 15, denominator: 20, stated: "50%" });
    expect(result.definitions[1]).toMatchObject({ numerator: 25, rate: null, consistent: false });
    expect(result.summary.en).toBe(
      '"50%" matches 10/20 (50%); 25/20 counting staged closures does not',
    );
  });

  it("treats a zero denominator as undefined, never consistent", () => {
    const result = audit({ numerator: 0, denominator: 0, stated: "0%" });
    expect(result.consistent).toBe(false);
    expect(result.computed.text).toBe("—");
  });

  it("returns unreadable text and bad counts as issues", () => {
    const unreadable = auditRate({ numerator: 4593, denominator: 4704, stated: "正在推进" });
    expect(unreadable.ok).toBe(false);
    expect(unreadable.issues.map((i) => [i.code, i.path])).toEqual([
      ["rate_text_unreadable", ["stated"]],
    ]);
    const bad = auditRate({
      numerator: -1,
      denominator: 1.5,
      staged: Number.NaN,
      stated: undefined as never,
    });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ["count_negative", ["numerator"]],
      ["count_not_integer", ["denominator"]],
      ["count_not_finite", ["staged"]],
      ["rate_text_unreadable", ["stated"]],
    ]);
    const over = auditRate({ numerator: 5, denominator: 3, stated: "81%" });
    expect(over.issues.map((i) => [i.code, i.path])).toEqual([
      ["done_exceeds_total", ["numerator"]],
    ]);
  });

  it("honours another rounding convention", () => {
    // 1/8 = 12.5%: "12%" fits only under half-even (or down)
    expect(audit({ numerator: 1, denominator: 8, stated: "12%" }).consistent).toBe(false);
    expect(
      audit({ numerator: 1, denominator: 8, stated: "12%", rounding: "half-even" }).consistent,
    ).toBe(true);
    expect(() =>
      auditRate({ numerator: 1, denominator: 8, stated: "12%", rounding: "x" as never }),
    ).toThrow(DuchaError);
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({
      numerator: 492,
      staged: 291,
      denominator: 1427,
      stated: "54.9%",
    });
    auditRate(input);
    expect(input).toEqual({ numerator: 492, staged: 291, denominator: 1427, stated: "54.9%" });
  });
});
