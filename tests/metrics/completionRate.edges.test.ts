import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/metrics/index.js";

describe("completionRate (edges)", () => {
  it("shows what was received instead of a count, by its kind", () => {
    const shown = (value: unknown) => completionRate(value as never, 10).issues[0]?.params?.value;
    expect(shown("12")).toBe('"12"');
    expect(shown(12n)).toBe("12n");
    expect(shown(null)).toBe("null");
    expect(shown([1])).toBe("array");
    expect(shown({ done: 1 })).toBe("object");
    expect(shown(undefined)).toBe("undefined");
    expect(shown(true)).toBe("true");
  });

  it("reports a negative fraction as both negative and not whole", () => {
    expect(completionRate(-1.5, 10).issues.map((i) => [i.code, i.params])).toEqual([
      ["count_negative", { field: "done", value: -1.5 }],
      ["count_not_integer", { field: "done", value: -1.5 }],
    ]);
    expect(completionRate(Number.NaN, 10).issues.map((i) => [i.code, i.params])).toEqual([
      ["count_not_finite", { field: "done", value: "NaN" }],
    ]);
    expect(completionRate(2 ** 53, 2 ** 53).issues[0]).toMatchObject({
      code: "count_too_large",
      params: { field: "done", value: 2 ** 53 },
    });
    // the largest safe integer is still a count
    expect(completionRate(2 ** 53 - 1, 2 ** 53 - 1).ok).toBe(true);
  });

  it("gives done = total as 100 % and checks counts before the zero total", () => {
    // Jilin's petitions (seed 002) all closed: 4704 of 4704
    const all = completionRate(4704, 4704);
    expect(all.ok && all.value).toMatchObject({ percent: "100.00", ratio: "1/1", text: "100.00%" });
    expect(completionRate(1, 0).issues.map((i) => i.code)).toEqual(["done_exceeds_total"]);
  });

  it("writes the undefined rate of a zero total with the options it was asked for", () => {
    expect(completionRate(0, 0, { decimals: 1, rounding: "down" })).toEqual({
      ok: true,
      value: {
        defined: false,
        done: 0,
        total: 0,
        reason: "zero_total",
        text: "—",
        decimals: 1,
        rounding: "down",
      },
      issues: [],
    });
  });

  it("gives an exact fraction when it terminates and 30 significant digits otherwise", () => {
    // Jilin 2023: 4593 of 4704 petitions closed, 97.64 %
    const jilin = completionRate(4593, 4704);
    expect(jilin.ok && jilin.value).toMatchObject({
      ratio: "1531/1568",
      fraction: "0.976403061224489795918367346939",
      fractionExact: false,
      percent: "97.64",
    });
    const quarter = completionRate(75, 300);
    expect(quarter.ok && quarter.value).toMatchObject({
      ratio: "1/4",
      fraction: "0.25",
      fractionExact: true,
    });
    // 1/2^40 terminates in 28 significant digits; 1/2^50 needs 35, more than the 30 kept
    const tiny = completionRate(1, 2 ** 50);
    expect(tiny.ok && tiny.value).toMatchObject({ fractionExact: false });
    const small = completionRate(1, 2 ** 40);
    expect(small.ok && small.value).toMatchObject({
      fraction: "0.0000000000009094947017729282379150390625",
      fractionExact: true,
    });
  });

  it("knows a fraction terminates whatever mix of 2s and 5s its denominator has", () => {
    // 1/5, 3/80 = 3/(2^4·5), 7/625 = 7/5^4: each exact; 1/15 is not
    expect(
      [
        [1, 5],
        [3, 80],
        [7, 625],
        [1, 15],
      ].map(([done, total]) => {
        const rate = completionRate(done as number, total as number);
        return rate.ok && rate.value.defined && [rate.value.fraction, rate.value.fractionExact];
      }),
    ).toEqual([
      ["0.2", true],
      ["0.0375", true],
      ["0.0112", true],
      ["0.0666666666666666666666666666667", false],
    ]);
    // exactly 30 significant digits is still exact
    const thirty = completionRate(2 ** 30 - 1, 2 ** 30);
    expect(thirty.ok && thirty.value).toMatchObject({
      fraction: "0.999999999068677425384521484375",
      fractionExact: true,
    });
  });

  it("names the count that is wrong, done or total", () => {
    const total = completionRate(1, -1);
    expect(total.issues.map((issue) => [issue.path, issue.params?.field])).toEqual([
      [["total"], "total"],
    ]);
    expect(total.issues[0]?.message.en).toContain("total");
  });

  it("drops the sign of a rate that rounds to zero", () => {
    const none = completionRate(0, 7, { decimals: 0 });
    expect(none.ok && none.value).toMatchObject({ percent: "0" });
  });
});
