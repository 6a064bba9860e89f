import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import {
  describeApproximately,
  type RateRange,
  rangeContains,
  readApproximate,
} from "../../src/metrics/approximate.js";
import { completionRate } from "../../src/metrics/completionRate.js";

function range(text: string, rounding?: "half-up" | "half-even" | "down" | "up") {
  const result = readApproximate(text, rounding ? { rounding } : {});
  if (!result.ok) throw new Error(`unreadable: ${text}`);
  const { min, max, minInclusive, maxInclusive } = result.value;
  return `${minInclusive ? "[" : "("}${min}, ${max}${maxInclusive ? "]" : ")"}`;
}

describe("readApproximate", () => {
  it.each([
    ["97.64%", "[97.635, 97.645)"],
    ["97.64", "[97.635, 97.645)"],
    ["结案销号率97.64%", "[97.635, 97.645)"],
    ["９７．６４％", "[97.635, 97.645)"],
    ["办结率达81%", "[80.5, 81.5)"],
    ["完成率97.1%", "[97.05, 97.15)"],
    ["0%", "[0, 0.5)"],
    ["100%", "[99.5, 100]"],
    ["近60%", "[55, 60)"],
    ["完成率近60%", "[55, 60)"],
    ["近六成", "[55, 60)"],
    ["接近六成", "[55, 60)"],
    ["nearly 60%", "[55, 60)"],
    ["近98%", "[97, 98)"],
    ["约60%", "[55, 65)"],
    ["60%左右", "[55, 65)"],
    ["约98%", "[97, 99)"],
    ["about 100%", "[95, 100]"],
    ["约七成", "[65, 75)"],
    ["七成左右", "[65, 75)"],
    ["七成", "[65, 75)"],
    ["完成七成", "[65, 75)"],
    ["两成", "[15, 25)"],
    ["超过97%", "(97, 100]"],
    ["已经完成超过64%", "(64, 100]"],
    ["逾97%", "(97, 100]"],
    ["more than 97%", "(97, 100]"],
    ["整改完成率达到90%以上", "[90, 100]"],
    ["10%以下", "[0, 10]"],
    ["逾八成", "(80, 100]"],
    ["七成以上", "[70, 100]"],
    ["七成多", "(70, 80)"],
    ["不足一成", "[0, 10)"],
    ["less than 10%", "[0, 10)"],
    ["不足10%", "[0, 10)"],
    ["半数", "[48, 52]"],
    ["半數", "[48, 52]"],
    ["half", "[48, 52]"],
    ["近半", "[45, 50)"],
    ["nearly half", "[45, 50)"],
    ["过半", "(50, 100]"],
    ["過半", "(50, 100]"],
    ["超过半数", "(50, 100]"],
    ["more than half", "(50, 100]"],
    ["半数以上", "[50, 100]"],
    ["全部", "[100, 100]"],
    ["全部办结", "[100, 100]"],
    ["91件全部辦結", "[100, 100]"],
    ["all", "[100, 100]"],
    ["all closed", "[100, 100]"],
  ])("reads %s as %s", (text, expected) => {
    expect(range(text)).toBe(expected);
  });

  it("reads exact figures under each rounding mode", () => {
    expect(range("12%", "half-even")).toBe("[11.5, 12.5]");
    expect(range("13%", "half-even")).toBe("(12.5, 13.5)");
    expect(range("97.6%", "down")).toBe("[97.6, 97.7)");
    expect(range("97.6%", "up")).toBe("(97.5, 97.6]");
    expect(range("0%", "up")).toBe("[0, 0]");
  });

  it("reports the precision of exact figures and what it read", () => {
    const read = readApproximate("第二轮整改完成率97.1%，较上年提高");
    expect(read.ok && read.value).toEqual({
      wording: "exact",
      min: 97.05,
      max: 97.15,
      minInclusive: true,
      maxInclusive: false,
      decimals: 1,
      matched: "97.1%",
    });
    const near = readApproximate("近六成");
    expect(near.ok && near.value.decimals).toBe(null);
  });

  it("reads the earliest rate in a sentence", () => {
    expect(range("已完成1275项，完成率近60%，其余正在推进")).toBe("[55, 60)");
    expect(range("已经完成超过64%，年底达到79%")).toBe("(64, 100]");
  });

  it("returns rate_text_unreadable for text without a rate or above 100%", () => {
    for (const text of ["正在推进", "2023年", "120%", "超过120%", "", "约120%"]) {
      const result = readApproximate(text);
      expect(result.ok, text).toBe(false);
      expect(result.issues[0]?.code).toBe("rate_text_unreadable");
    }
    expect(readApproximate(97 as never).ok).toBe(false);
    expect(readApproximate("正在推进").issues[0]?.message["zh-CN"]).toBe(
      "无法识别比率表述：“正在推进”",
    );
  });

  it("throws for an unknown rounding mode", () => {
    expect(() => readApproximate("97%", { rounding: "x" as never })).toThrow(DuchaError);
  });
});

describe("rangeContains", () => {
  const range: RateRange = { min: 97.635, max: 97.645, minInclusive: true, maxInclusive: false };

  it("honours open and closed ends exactly", () => {
    expect(rangeContains(range, 97.635)).toBe(true);
    expect(rangeContains(range, "97.6449999999999999999")).toBe(true);
    expect(rangeContains(range, 97.645)).toBe(false);
    const open = { min: 97, max: 100, minInclusive: false, maxInclusive: true };
    expect(rangeContains(open, 97)).toBe(false);
    expect(rangeContains(open, 100)).toBe(true);
  });

  it("leaves out what lies beyond either end, whichever end is closed", () => {
    expect(rangeContains(range, "97.6349999999999999999")).toBe(false);
    expect(rangeContains(range, 50)).toBe(false);
    const closed = { min: 55, max: 60, minInclusive: true, maxInclusive: true };
    expect(rangeContains(closed, 54.99)).toBe(false);
    expect(rangeContains(closed, 60.01)).toBe(false);
    expect(rangeContains(closed, 60)).toBe(true);
  });
});

describe("describeApproximately", () => {
  it.each([
    [1275, 2164, "近六成", "nearly 60%"],
    [313, 531, "近六成", "nearly 60%"],
    [357, 493, "七成", "about 70%"],
    [4593, 4704, "超过97%", "more than 97%"],
    [2750, 3411, "八成", "about 80%"],
    [783, 1427, "逾五成", "more than 50%"],
    [6, 13, "逾四成", "more than 40%"],
    [100, 1427, "不足一成", "less than 10%"],
    [1227, 2454, "半数", "half"],
    [49, 100, "近半", "nearly half"],
    [51, 100, "过半", "more than half"],
    [91, 91, "全部", "all"],
    [0, 91, "0%", "0%"],
    [96, 100, "96%", "96%"],
    [9, 100, "近一成", "nearly 10%"],
    [19, 100, "近两成", "nearly 20%"],
  ])("says %i/%i as %s / %s", (done, total, zh, en) => {
    expect(describeApproximately(done, total)).toBe(zh);
    expect(describeApproximately(done, total, "zh-CN")).toBe(zh);
    expect(describeApproximately(done, total, "en")).toBe(en);
  });

  it("accepts a percentage or a CompletionRate", () => {
    expect(describeApproximately(58.95)).toBe("近六成");
    expect(describeApproximately(97.64, "en")).toBe("more than 97%");
    const rate = completionRate(357, 493);
    if (!rate.ok) throw new Error("unexpected");
    expect(describeApproximately(rate.value, "zh-CN")).toBe("七成");
    const zero = completionRate(0, 0);
    if (!zero.ok) throw new Error("unexpected");
    expect(describeApproximately(zero.value)).toBe("—");
    expect(describeApproximately(0, 0)).toBe("—");
  });

  it("throws invalid_argument on misuse", () => {
    expect(() => describeApproximately(101)).toThrow(DuchaError);
    expect(() => describeApproximately(Number.NaN)).toThrow(DuchaError);
    expect(() => describeApproximately(5, 3)).toThrow(/greater than the total/);
    expect(() => describeApproximately(5, "fr" as never)).toThrow(/unknown language/);
  });

  it("reads back to a range containing the rate, in both languages", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
        fc.constantFrom("zh-CN" as const, "en" as const),
        ([done, total], lang) => {
          const words = describeApproximately(done, total, lang);
          const read = readApproximate(words);
          expect(read.ok, words).toBe(true);
          if (read.ok) {
            const exact = new Decimal(done).times(100).dividedBy(total);
            expect(rangeContains(read.value, exact.toString()), `${done}/${total} ${words}`).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});
