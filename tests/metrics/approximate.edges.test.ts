import { describe, expect, it } from "vitest";
import {
  APPROXIMATE_TOLERANCE,
  describeApproximately,
  readApproximate,
} from "../../src/metrics/approximate.js";
import { thrown } from "./_thrown.js";

describe("describeApproximately (boundaries)", () => {
  it.each([
    [48, "近半", "nearly half"],
    [47.9, "逾四成", "more than 40%"],
    [52.5, "过半", "more than half"],
    [52.6, "逾五成", "more than 50%"],
    [90, "90%", "90%"],
    [90.5, "超过90%", "more than 90%"],
    [89.9, "近九成", "nearly 90%"],
    [8, "近一成", "nearly 10%"],
    [7.9, "不足一成", "less than 10%"],
    [62.5, "六成", "about 60%"],
    [62.6, "逾六成", "more than 60%"],
    [68, "近七成", "nearly 70%"],
    [67.9, "逾六成", "more than 60%"],
    [20, "两成", "about 20%"],
    [100, "全部", "all"],
    [0, "0%", "0%"],
  ])("says %s %% as %s / %s", (percent, zh, en) => {
    expect(describeApproximately(percent)).toBe(zh);
    expect(describeApproximately(percent, "en")).toBe(en);
  });

  it("explains each misuse in both languages", () => {
    expect(thrown(() => describeApproximately(101)).messages).toEqual({
      "zh-CN": "百分比须在0到100之间：101",
      en: "a percentage must be from 0 to 100: 101",
    });
    expect(thrown(() => describeApproximately(-1)).details).toEqual({ percent: -1 });
    expect(thrown(() => describeApproximately(Number.POSITIVE_INFINITY)).code).toBe(
      "invalid_argument",
    );
    expect(thrown(() => describeApproximately(1, "fr" as never)).messages).toEqual({
      "zh-CN": "未知的语言：fr",
      en: "unknown language: fr",
    });
    const counts = thrown(() => describeApproximately(5, 3));
    expect(counts.messages).toEqual({
      "zh-CN": "完成数5大于总数3",
      en: "the done count 5 is greater than the total 3",
    });
    expect(counts.details.issues).toMatchObject([{ code: "done_exceeds_total" }]);
    expect(thrown(() => describeApproximately(1, 3, "fr" as never)).details).toEqual({
      lang: "fr",
    });
  });
});

describe("readApproximate (wording and edges)", () => {
  it.each([
    ["97.64%", "exact", 2],
    ["全部办结", "all", null],
    ["近半", "nearly", null],
    ["半数以上", "at_least", null],
    ["过半", "more_than", null],
    ["半数", "about", null],
    ["不足10%", "less_than", null],
    ["超过97%", "more_than", null],
    ["近60%", "nearly", null],
    ["约60%", "about", null],
    ["90%以上", "at_least", null],
    ["10%以下", "at_most", null],
    ["60%左右", "about", null],
    ["不足三成", "less_than", null],
    ["逾八成", "more_than", null],
    ["近六成", "nearly", null],
    ["约七成", "about", null],
    ["七成以上", "at_least", null],
    ["七成左右", "about", null],
    ["七成多", "within_tenth", null],
    ["七成余", "within_tenth", null],
    ["七成", "about", null],
  ])("reads %s as %s", (text, wording, decimals) => {
    const read = readApproximate(text);
    expect(read.ok && [read.value.wording, read.value.decimals]).toEqual([wording, decimals]);
  });

  it("keeps the tolerances of the published wording", () => {
    expect(APPROXIMATE_TOLERANCE).toEqual({ roundTens: 5, other: 1, half: 2 });
  });

  it("clamps ranges at 0 and 100", () => {
    const near = readApproximate("近3%");
    expect(near.ok && near.value).toMatchObject({ min: 2, max: 3 });
    const nearTens = readApproximate("接近一成");
    expect(nearTens.ok && nearTens.value).toMatchObject({ min: 5, max: 10 });
    const low = readApproximate("约0.5%");
    expect(low.ok && low.value).toMatchObject({ min: 0, max: 1.5, minInclusive: true });
    const high = readApproximate("约99.5%");
    expect(high.ok && high.value).toMatchObject({ min: 98.5, max: 100, maxInclusive: true });
    const top = readApproximate("100%", { rounding: "down" });
    expect(top.ok && top.value).toMatchObject({ min: 100, max: 100, maxInclusive: true });
    const zeroDown = readApproximate("0%", { rounding: "half-even" });
    expect(zeroDown.ok && zeroDown.value).toMatchObject({ min: 0, minInclusive: true });
  });

  it("prefers the longer reading where two start at the same place", () => {
    const read = readApproximate("90%以上");
    expect(read.ok && read.value.matched).toBe("90%以上");
    const tenths = readApproximate("七成以上");
    expect(tenths.ok && tenths.value.matched).toBe("七成以上");
  });

  it("reads a bare number after words as an exact figure", () => {
    const read = readApproximate("完成率 97.1");
    expect(read.ok && read.value).toMatchObject({ wording: "exact", matched: "97.1", decimals: 1 });
    expect(readApproximate("完成率97.1，其余").ok).toBe(false);
  });

  it("shows what it could not read in both languages", () => {
    expect(readApproximate("正在推进").issues).toEqual([
      {
        code: "rate_text_unreadable",
        severity: "error",
        path: [],
        params: { text: "正在推进" },
        message: {
          "zh-CN": "无法识别比率表述：“正在推进”",
          en: 'cannot read a rate from "正在推进"',
        },
      },
    ]);
    expect(readApproximate(97 as never).issues[0]?.params).toEqual({ text: "97" });
  });
});
