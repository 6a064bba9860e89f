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

describe("readApproximate (negation, position and precision)", () => {
  it("reads no 'all' from a denied 全部 / all, and reads the figure after it", () => {
    for (const text of [
      "尚未全部",
      "尚未全部办结",
      "未能全部完成",
      "没有全部整改到位",
      "not all done",
      "not all",
    ]) {
      expect(readApproximate(text).ok, text).toBe(false);
    }
    const denied = readApproximate("未全部办结，办结率97.64%");
    expect(denied.ok && denied.value).toMatchObject({ wording: "exact", matched: "97.64%" });
    const english = readApproximate("not all closed: 97.64%");
    expect(english.ok && english.value.wording).toBe("exact");
    // 全部 alone is a claim only when it is the whole text
    const tasks = readApproximate("全部整改任务中，已完成97.64%");
    expect(tasks.ok && tasks.value.matched).toBe("97.64%");
    const allTasks = readApproximate("all tasks: 97.64%");
    expect(allTasks.ok && allTasks.value.matched).toBe("97.64%");
    const whole = readApproximate(" 全部 ");
    expect(whole.ok && [whole.value.wording, whole.value.min]).toEqual(["all", 100]);
    expect(readApproximate("已全部办结").ok).toBe(true);
  });

  it("reads the earliest wording in the text, whichever rule comes first", () => {
    const exactFirst = readApproximate("办结率97.64%，超过半数");
    expect(exactFirst.ok && exactFirst.value).toMatchObject({ wording: "exact", decimals: 2 });
    const halfFirst = readApproximate("过半，97.64%");
    expect(halfFirst.ok && halfFirst.value).toMatchObject({
      wording: "more_than",
      matched: "过半",
    });
    const about = readApproximate("约六成");
    expect(about.ok && about.value.matched).toBe("约六成");
  });

  it.each([
    ["不足97.64%", "less_than", 0, 97.64],
    ["超过 97.64 %", "more_than", 97.64, 100],
    ["近59.55 %", "nearly", 58.55, 59.55],
    ["约59.55 %", "about", 58.55, 60.55],
    ["97.64 % 以上", "at_least", 97.64, 100],
    ["97.64%以下", "at_most", 0, 97.64],
    ["2.25 %左右", "about", 1.25, 3.25],
  ])("reads every decimal and the spaces of %s", (text, wording, min, max) => {
    const read = readApproximate(text);
    expect(read.ok && read.value).toMatchObject({ wording, min, max, matched: text });
    expect(read.issues).toEqual([]);
  });

  it("refuses a figure above 100 % in any wording", () => {
    for (const text of ["超过120%", "不足120%", "约100.5%", "办结率101", "100.5%左右"]) {
      expect(readApproximate(text).ok, text).toBe(false);
    }
    // rounding up, 100.1 % stands for (100.0, 100.1]: nothing of it is a rate
    expect(readApproximate("100.1%", { rounding: "up" }).ok).toBe(false);
  });

  it("reads a bare whole number, and nothing from digits in the words before it", () => {
    const bare = readApproximate("81");
    expect(bare.ok && bare.value).toMatchObject({ min: 80.5, max: 81.5, decimals: 0 });
    expect(bare.issues).toEqual([]);
    expect(readApproximate("第3批81").ok).toBe(false);
  });
});

describe("readApproximate (bounds: 不低于, 不超过, 未过半, 不到一半)", () => {
  // [text, wording, range as written in the docs]
  it.each([
    ["达标率不低于90%", "at_least", "[90, 100]"],
    ["不少于九成", "at_least", "[90, 100]"],
    ["至少95%", "at_least", "[95, 100]"],
    ["at least 90%", "at_least", "[90, 100]"],
    ["no less than 90%", "at_least", "[90, 100]"],
    ["不少于一半", "at_least", "[50, 100]"],
    ["at least half", "at_least", "[50, 100]"],
    ["不超过5%", "at_most", "[0, 5]"],
    ["未超过90%", "at_most", "[0, 90]"],
    ["没有超过90%", "at_most", "[0, 90]"],
    ["不高于10%", "at_most", "[0, 10]"],
    ["no more than 5%", "at_most", "[0, 5]"],
    ["最多三成", "at_most", "[0, 30]"],
    ["未超过三成", "at_most", "[0, 30]"],
    ["未过半", "at_most", "[0, 50]"],
    ["没有超过半数", "at_most", "[0, 50]"],
    ["没过半", "at_most", "[0, 50]"],
    ["没超过三成", "at_most", "[0, 30]"],
    ["not more than half", "at_most", "[0, 50]"],
    ["未达到90%", "less_than", "[0, 90)"],
    ["没达到90%", "less_than", "[0, 90)"],
    ["少于三成", "less_than", "[0, 30)"],
    ["不到一半", "less_than", "[0, 50)"],
    ["尚不足半数", "less_than", "[0, 50)"],
    ["less than half", "less_than", "[0, 50)"],
    // each bound word reads the same before a percentage, a half and a tenth
    ["not less than half", "at_least", "[50, 100]"],
    ["不小于九成", "at_least", "[90, 100]"],
    ["未过90%", "at_most", "[0, 90]"],
    ["未超出三成", "at_most", "[0, 30]"],
    ["不多于三成", "at_most", "[0, 30]"],
    ["没达到三成", "less_than", "[0, 30)"],
    ["没有达到一半", "less_than", "[0, 50)"],
    ["高于半数", "more_than", "(50, 100]"],
    ["多于两成", "more_than", "(20, 100]"],
    ["above half", "more_than", "(50, 100]"],
  ])("reads %s as %s %s", (text, wording, written) => {
    const read = readApproximate(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { min, max, minInclusive, maxInclusive } = read.value;
    const shown = `${minInclusive ? "[" : "("}${min}, ${max}${maxInclusive ? "]" : ")"}`;
    expect([read.value.wording, shown]).toEqual([wording, written]);
  });

  it("keeps the negation with the figure: 不超过5% is not 超过5%", () => {
    const read = readApproximate("不超过5%");
    expect(read.ok && read.value.matched).toBe("不超过5%");
    const plain = readApproximate("超过5%");
    expect(plain.ok && plain.value.wording).toBe("more_than");
  });
});
