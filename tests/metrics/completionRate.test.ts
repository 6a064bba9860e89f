import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { completionRate, type DefinedRate } from "../../src/metrics/completionRate.js";
import { ROUNDING_MODES } from "../../src/metrics/rounding.js";

function defined(done: number, total: number, options = {}): DefinedRate {
  const result = completionRate(done, total, options);
  if (!result.ok || !result.value.defined) throw new Error("expected a defined rate");
  return result.value;
}

describe("completionRate", () => {
  it.each([
    // [done, total, decimals, percent, published wording]
    [4593, 4704, 2, "97.64", "Jilin 2023 结案销号率97.64%"],
    [135, 137, 2, "98.54", "Hainan 到期应完成整改措施"],
    [135, 137, 1, "98.5", "Hainan 按期完成率98.5%"],
    [2750, 3411, 0, "81", "Jiangsu 办结率达81%"],
    [6345, 6532, 1, "97.1", "Sichuan 2023 完成率97.1%"],
    [8839, 9070, 1, "97.5", "Sichuan 2019 完成率97.5%"],
    [8809, 8924, 1, "98.7", "整改完成率98.7%"],
    [313, 531, 2, "58.95", "近六成"],
    [100, 1427, 2, "7.01", "Hainan 不属实率7.01%"],
    [492 + 291, 1427, 1, "54.9", "Hainan 办结率54.9% (with 阶段性办结)"],
    [6, 13, 0, "46", "Jiangsu 整改完成率46%"],
    [357, 493, 2, "72.41", "完成七成"],
    [3230, 3719, 1, "86.9", "占总数的86.9%"],
    [26, 41, 1, "63.4", "Sichuan 63.4%"],
    [188, 259, 1, "72.6", "Sichuan 72.6%"],
  ])("prints %i/%i at %i decimals as %s (%s)", (done, total, decimals, percent) => {
    const rate = defined(done, total, { decimals });
    expect(rate.percent).toBe(percent);
    expect(rate.text).toBe(`${percent}%`);
    expect(rate.decimals).toBe(decimals);
    expect(rate.rounding).toBe("half-up");
  });

  it("defaults to 2 decimals, half-up", () => {
    const rate = defined(4593, 4704);
    expect(rate).toEqual({
      defined: true,
      done: 4593,
      total: 4704,
      ratio: "1531/1568",
      fraction: "0.976403061224489795918367346939",
      fractionExact: false,
      percent: "97.64",
      text: "97.64%",
      decimals: 2,
      rounding: "half-up",
    });
  });

  it("gives terminating fractions exactly", () => {
    expect(defined(1, 8)).toMatchObject({ fraction: "0.125", fractionExact: true, ratio: "1/8" });
    expect(defined(0, 5)).toMatchObject({ fraction: "0", ratio: "0/1", percent: "0.00" });
    expect(defined(7, 7)).toMatchObject({ fraction: "1", ratio: "1/1", percent: "100.00" });
  });

  it("rounds ties half up by default and as asked otherwise", () => {
    expect(defined(1, 8, { decimals: 0 }).percent).toBe("13");
    expect(defined(1, 16, { decimals: 1 }).percent).toBe("6.3");
    expect(defined(3, 8, { decimals: 0 }).percent).toBe("38");
    expect(defined(1, 8, { decimals: 0, rounding: "half-even" }).percent).toBe("12");
    expect(defined(3, 8, { decimals: 0, rounding: "half-even" }).percent).toBe("38");
    expect(defined(1, 8, { decimals: 0, rounding: "down" }).percent).toBe("12");
    expect(defined(1, 3, { decimals: 0, rounding: "up" }).percent).toBe("34");
  });

  it("returns an undefined rate for 0 of 0, never NaN", () => {
    const result = completionRate(0, 0);
    expect(result).toEqual({
      ok: true,
      value: {
        defined: false,
        done: 0,
        total: 0,
        reason: "zero_total",
        text: "—",
        decimals: 2,
        rounding: "half-up",
      },
      issues: [],
    });
  });

  it("returns data problems as issues", () => {
    const codes = (done: unknown, total: unknown) =>
      completionRate(done as number, total as number).issues.map((i) => [i.code, i.path]);
    expect(codes(-1, 10)).toEqual([["count_negative", ["done"]]]);
    expect(codes(1.5, 10)).toEqual([["count_not_integer", ["done"]]]);
    expect(codes(-1.5, 10)).toEqual([
      ["count_negative", ["done"]],
      ["count_not_integer", ["done"]],
    ]);
    expect(codes(Number.NaN, Number.POSITIVE_INFINITY)).toEqual([
      ["count_not_finite", ["done"]],
      ["count_not_finite", ["total"]],
    ]);
    expect(codes("12", null)).toEqual([
      ["count_not_number", ["done"]],
      ["count_not_number", ["total"]],
    ]);
    expect(codes(2 ** 53, 2 ** 54)).toEqual([
      ["count_too_large", ["done"]],
      ["count_too_large", ["total"]],
    ]);
    expect(codes(5, 3)).toEqual([["done_exceeds_total", ["done"]]]);
    expect(codes(1, 0)).toEqual([["done_exceeds_total", ["done"]]]);
    expect(completionRate(5, 3).ok).toBe(false);
  });

  it("writes bilingual messages", () => {
    const [issue] = completionRate(5, 3).issues;
    expect(issue?.message).toEqual({
      "zh-CN": "完成数5大于总数3",
      en: "the done count 5 is greater than the total 3",
    });
    const [notNumber] = completionRate({} as never, 3).issues;
    expect(notNumber?.message.en).toBe("the done count is not a number: object");
  });

  it("throws invalid_argument for bad decimals or rounding (API misuse)", () => {
    expect(() => completionRate(1, 2, { decimals: 11 })).toThrow(DuchaError);
    expect(() => completionRate(1, 2, { decimals: -1 })).toThrow(/decimals/);
    expect(() => completionRate(1, 2, { decimals: 1.5 })).toThrow(DuchaError);
    expect(() => completionRate(1, 2, { rounding: "bankers" as never })).toThrow(
      /unknown rounding mode/,
    );
    try {
      completionRate(1, 2, { decimals: 11 });
    } catch (error) {
      expect((error as DuchaError).code).toBe("invalid_argument");
    }
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ decimals: 1, rounding: "half-up" as const });
    expect(defined(1, 3, options).percent).toBe("33.3");
  });

  it("does not change the global Decimal configuration", () => {
    const before = Decimal.precision;
    defined(1, 3);
    expect(Decimal.precision).toBe(before);
  });
});

describe("completionRate properties", () => {
  // [done, total] with 0 <= done <= total and total >= 1
  const counts: fc.Arbitrary<[number, number]> = fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));

  it("stays within [0, 100]", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 4 }), ([done, total], decimals) => {
        const percent = new Decimal(defined(done, total, { decimals }).percent);
        expect(percent.greaterThanOrEqualTo(0) && percent.lessThanOrEqualTo(100)).toBe(true);
      }),
    );
  });

  it("is monotone in done", () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(...ROUNDING_MODES), ([done, total], rounding) => {
        fc.pre(done < total);
        const lower = new Decimal(defined(done, total, { rounding }).percent);
        const higher = new Decimal(defined(done + 1, total, { rounding }).percent);
        expect(higher.greaterThanOrEqualTo(lower)).toBe(true);
      }),
    );
  });

  it("is within half a unit of the exact fraction at every precision 0..4 (half-up)", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 4 }), ([done, total], decimals) => {
        const exactPercent = new Decimal(done).times(100).dividedBy(total);
        const printed = new Decimal(defined(done, total, { decimals }).percent);
        const halfUnit = new Decimal(10).pow(-decimals).dividedBy(2);
        expect(printed.minus(exactPercent).abs().lessThanOrEqualTo(halfUnit)).toBe(true);
        expect(printed.decimalPlaces()).toBeLessThanOrEqual(decimals);
      }),
    );
  });

  it("rounds exact .5 ties up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (k) => {
        // (2k+1)/200 = (k + 0.5)%
        expect(defined(2 * k + 1, 200, { decimals: 0 }).percent).toBe(String(k + 1));
        // (2k+1)/2000 = (k/10 + 0.05)%
        const tenth = new Decimal(2 * k + 1).dividedBy(20).toFixed(1, Decimal.ROUND_HALF_UP);
        expect(defined(2 * k + 1, 2000, { decimals: 1 }).percent).toBe(tenth);
      }),
    );
  });

  it("agrees with the rounding of the exact fraction in every mode", () => {
    const table = { "half-up": 4, "half-even": 6, down: 1, up: 0 } as const;
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        ([done, total], decimals, rounding) => {
          const reference = Decimal.clone({ precision: 60 });
          const expected = new reference(done)
            .times(100)
            .dividedBy(total)
            .toFixed(decimals, table[rounding]);
          expect(defined(done, total, { decimals, rounding }).percent).toBe(expected);
        },
      ),
    );
  });
});
