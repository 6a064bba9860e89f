import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { compareRates } from "../../src/metrics/compare.js";

describe("compareRates", () => {
  it("gives the Xilingol air-quality change in percentage points (seed 000)", () => {
    // "2024年1-11月，我盟优良天数比率96.7%，较去年同期上升3.3个百分点"
    const result = compareRates({ percent: "93.4%" }, { percent: "96.7%" });
    expect(result).toEqual({
      ok: true,
      value: {
        before: "93.4",
        after: "96.7",
        points: {
          value: "3.3",
          direction: "up",
          text: { "zh-CN": "上升3.3个百分点", en: "up 3.3 percentage points" },
        },
        relative: {
          value: "3.5",
          direction: "up",
          text: { "zh-CN": "增长3.5%", en: "up 3.5%" },
        },
        counts: null,
        decimals: 1,
        rounding: "half-up",
        basis: "exact",
      },
      issues: [],
    });
  });

  it("gives the Jilin water-quality change (seed 002)", () => {
    // "国考断面优良水体比例达到79.4%，同比上升5.1个百分点"
    const result = compareRates({ percent: 74.3 }, { percent: 79.4 });
    expect(result.ok && result.value.points.text["zh-CN"]).toBe("上升5.1个百分点");
  });

  it("compares counts and reports the change in counts", () => {
    const result = compareRates({ done: 1275, total: 2164 }, { done: 1822, total: 2164 });
    expect(result.ok && result.value).toMatchObject({
      before: "58.9",
      after: "84.2",
      points: { value: "25.3" },
      relative: { value: "42.9", text: { "zh-CN": "增长42.9%" } },
      counts: { done: 547, total: 0 },
    });
  });

  it("says falls and no change", () => {
    const down = compareRates({ percent: 96.7 }, { percent: 93.4 });
    expect(down.ok && down.value.points).toEqual({
      value: "-3.3",
      direction: "down",
      text: { "zh-CN": "下降3.3个百分点", en: "down 3.3 percentage points" },
    });
    expect(down.ok && down.value.relative?.text["zh-CN"]).toBe("下降3.4%");
    const flat = compareRates({ percent: 79.4 }, { percent: "79.4" });
    expect(flat.ok && flat.value.points.text).toEqual({ "zh-CN": "持平", en: "unchanged" });
    const tiny = compareRates({ percent: 79.4 }, { percent: 79.38 });
    expect(tiny.ok && tiny.value.points).toMatchObject({ value: "0.0", direction: "flat" });
  });

  it("rounds falls half away from zero, like rises", () => {
    const result = compareRates({ percent: 50 }, { percent: 46.75 });
    expect(result.ok && result.value.points.value).toBe("-3.3");
  });

  it("uses the singular for exactly one point", () => {
    const result = compareRates({ percent: 0 }, { percent: 1 }, { decimals: 0 });
    expect(result.ok && result.value.points.text.en).toBe("up 1 percentage point");
    expect(result.ok && result.value.relative).toBe(null);
  });

  it("can subtract the rounded figures instead of the exact ones", () => {
    // 1/3 → 33.3 and 2/3 → 66.7: exact difference 33.33…, printed difference 33.4
    const exact = compareRates({ done: 1, total: 3 }, { done: 2, total: 3 });
    const rounded = compareRates(
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { basis: "rounded" },
    );
    expect(exact.ok && exact.value.points.value).toBe("33.3");
    expect(rounded.ok && rounded.value.points.value).toBe("33.4");
  });

  it("returns issues for bad measurements", () => {
    const codes = (before: unknown, after: unknown) =>
      compareRates(before as never, after as never).issues.map((i) => [i.code, i.path]);
    expect(codes({ done: 5, total: 3 }, { done: 0, total: 0 })).toEqual([
      ["done_exceeds_total", ["before", "done"]],
      ["rate_undefined", ["after", "total"]],
    ]);
    expect(codes({ percent: "abc" }, { percent: 101 })).toEqual([
      ["percent_not_finite", ["before", "percent"]],
      ["percent_out_of_range", ["after", "percent"]],
    ]);
    expect(codes({ percent: Number.NaN }, null)).toEqual([
      ["percent_not_finite", ["before", "percent"]],
      ["count_not_number", ["after", "done"]],
      ["count_not_number", ["after", "total"]],
    ]);
    const [issue] = compareRates({ percent: 101 }, { percent: 1 }).issues;
    expect(issue?.message["zh-CN"]).toBe("基期的百分比不在0到100之间：101");
  });

  it("throws invalid_argument on misuse", () => {
    expect(() => compareRates({ percent: 1 }, { percent: 2 }, { decimals: 20 })).toThrow(
      DuchaError,
    );
    expect(() =>
      compareRates({ percent: 1 }, { percent: 2 }, { basis: "printed" as never }),
    ).toThrow(/basis/);
  });

  it("does not mutate its inputs", () => {
    const before = Object.freeze({ done: 1275, total: 2164 });
    const after = Object.freeze({ percent: "84.2" });
    compareRates(before, after);
    expect(before).toEqual({ done: 1275, total: 2164 });
    expect(after).toEqual({ percent: "84.2" });
  });
});
