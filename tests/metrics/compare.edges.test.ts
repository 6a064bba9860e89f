import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { compareRates } from "../../src/metrics/index.js";

describe("compareRates (edges)", () => {
  it("says why a basis is refused, in both languages", () => {
    let error: unknown;
    try {
      compareRates({ percent: 1 }, { percent: 2 }, { basis: "printed" as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DuchaError);
    expect(error).toMatchObject({
      code: "invalid_argument",
      messages: {
        "zh-CN": "比较基准须为 exact 或 rounded，收到：printed",
        en: 'basis must be "exact" or "rounded", got printed',
      },
      details: { basis: "printed" },
    });
  });

  it("reads full-width and padded percentages as written in reports", () => {
    // Xilingol 2024 (seed 000): 93.4 % → 96.7 %, written with full-width digits and sign
    const result = compareRates({ percent: " ９３.４％ " }, { percent: "96.7" });
    expect(result.ok && result.value.points.value).toBe("3.3");
  });

  it("refuses a percentage with words around it or a sign", () => {
    for (const percent of ["约93.4%", "93.4%左右", "-3", "+3", "3.", ".5", "93.4%%"]) {
      expect(compareRates({ percent }, { percent: 50 }).issues).toEqual([
        {
          code: "percent_not_finite",
          severity: "error",
          path: ["before", "percent"],
          params: { field: "before", value: percent },
          message: {
            "zh-CN": `基期的百分比不是有限数：${percent}`,
            en: `the percentage of the earlier measurement is not a finite number: ${percent}`,
          },
        },
      ]);
    }
  });

  it("accepts the bounds 0 and 100 and refuses a negative number", () => {
    const full = compareRates({ percent: 0 }, { percent: 100 }, { decimals: 0 });
    expect(full.ok && full.value.points.text.en).toBe("up 100 percentage points");
    expect(compareRates({ percent: -0.1 }, { percent: 1 }).issues.map((i) => i.code)).toEqual([
      "percent_out_of_range",
    ]);
    expect(compareRates({ percent: 1 }, { percent: Infinity }).issues[0]?.params).toEqual({
      field: "after",
      value: "Infinity",
    });
  });

  it("names the measurement whose total is 0", () => {
    expect(compareRates({ done: 0, total: 0 }, { percent: 1 }).issues).toEqual([
      {
        code: "rate_undefined",
        severity: "error",
        path: ["before", "total"],
        params: { field: "before" },
        message: {
          "zh-CN": "基期的总数为0，比率无定义，无法比较",
          en: "the total of the earlier measurement is 0, so its rate is undefined and cannot be compared",
        },
      },
    ]);
  });

  it("writes relative falls and flat relative changes", () => {
    const down = compareRates({ done: 80, total: 100 }, { done: 60, total: 100 }, { decimals: 0 });
    expect(down.ok && down.value.relative).toEqual({
      value: "-25",
      direction: "down",
      text: { "zh-CN": "下降25%", en: "down 25%" },
    });
    expect(down.ok && down.value.points.text.en).toBe("down 20 percentage points");
    const flat = compareRates({ percent: 80 }, { percent: 80.01 });
    expect(flat.ok && flat.value.relative).toEqual({
      value: "0.0",
      direction: "flat",
      text: { "zh-CN": "持平", en: "unchanged" },
    });
  });

  it("keeps counts null when only one side has counts, and gives their change otherwise", () => {
    const mixed = compareRates({ percent: 50 }, { done: 3, total: 4 });
    expect(mixed.ok && mixed.value.counts).toBe(null);
    const other = compareRates({ done: 3, total: 4 }, { percent: 50 });
    expect(other.ok && other.value.counts).toBe(null);
    const both = compareRates({ done: 3, total: 4 }, { done: 5, total: 10 });
    expect(both.ok && both.value.counts).toEqual({ done: 2, total: 6 });
  });

  it("rounds the shown figures with the chosen mode and decimals", () => {
    const result = compareRates(
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      {
        decimals: 2,
        rounding: "down",
      },
    );
    expect(result.ok && result.value).toMatchObject({
      before: "33.33",
      after: "66.66",
      decimals: 2,
      rounding: "down",
      basis: "exact",
    });
  });

  it("reads percentage strings with and without decimals and a sign", () => {
    const result = compareRates({ percent: "97" }, { percent: "97.64%" }, { decimals: 2 });
    expect(result.ok && [result.value.before, result.value.after]).toEqual(["97.00", "97.64"]);
  });

  it("shows a change that rounds to zero as flat, unsigned, at any precision", () => {
    const cases: [number, number][] = [
      [0, 0.3], // 50 -> 49.7: "-0" before the sign is dropped
      [2, 0.004], // "-0.00"
      [3, 0.0004], // "-0.000"
    ];
    for (const [decimals, fall] of cases) {
      const result = compareRates({ percent: 50 }, { percent: 50 - fall }, { decimals });
      expect(result.ok && result.value.points).toMatchObject({
        value: (0).toFixed(decimals),
        direction: "flat",
      });
    }
    // a fall that does not round to zero keeps its sign and direction
    const half = compareRates({ percent: 50 }, { percent: 49.5 }, { decimals: 2 });
    expect(half.ok && half.value.points).toMatchObject({ value: "-0.50", direction: "down" });
  });

  it("reports a missing or broken measurement without throwing, and only its issues", () => {
    for (const junk of [5, "97%", undefined]) {
      expect(compareRates(junk as never, { percent: 1 }).ok).toBe(false);
    }
    const missing = compareRates(null as never, { done: 1, total: 2 });
    expect(missing).toMatchObject({ ok: false });
    expect(missing.issues.map((issue) => issue.path.join("."))).toEqual([
      "before.done",
      "before.total",
    ]);
    // the valid side adds nothing to the issues of the broken one
    expect(compareRates({ done: 1, total: 2 }, { done: 3, total: 2 })).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "done_exceeds_total", path: ["after", "done"] })],
    });
  });
});
