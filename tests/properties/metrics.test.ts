// Laws of completion rates beyond tests/metrics/completionRate.test.ts (which checks [0, 100],
// monotonicity in done, half a unit of error at precisions 0..4 and agreement with decimal.js).
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rangeContains, readApproximate } from "../../src/metrics/approximate.js";
import { completionRate } from "../../src/metrics/completionRate.js";
import { ROUNDING_MODES, type RoundingMode } from "../../src/metrics/rounding.js";

const counts: fc.Arbitrary<[number, number]> = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
const decimals = fc.integer({ min: 0, max: 4 });

function percent(done: number, total: number, places: number, rounding: RoundingMode): Decimal {
  const result = completionRate(done, total, { decimals: places, rounding });
  if (!result.ok || !result.value.defined) throw new Error(`no rate for ${done}/${total}`);
  return new Decimal(result.value.percent);
}

describe("completionRate (property)", () => {
  it("is antitone in total: one more task to do never raises the rate", () => {
    fc.assert(
      fc.property(
        counts,
        decimals,
        fc.constantFrom(...ROUNDING_MODES),
        ([done, total], p, mode) => {
          expect(
            percent(done, total + 1, p, mode).lessThanOrEqualTo(percent(done, total, p, mode)),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("orders the modes at every precision: down <= half-even, half-up <= up, up - down <= one unit", () => {
    fc.assert(
      fc.property(counts, decimals, ([done, total], p) => {
        const down = percent(done, total, p, "down");
        const up = percent(done, total, p, "up");
        const unit = new Decimal(10).pow(-p);
        for (const mode of ["half-up", "half-even"] as const) {
          const value = percent(done, total, p, mode);
          expect(down.lessThanOrEqualTo(value) && value.lessThanOrEqualTo(up)).toBe(true);
        }
        expect(up.minus(down).lessThanOrEqualTo(unit)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("nests the precisions: [down, up] at p + 1 decimals lies within [down, up] at p", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 3 }), ([done, total], p) => {
        const outerLow = percent(done, total, p, "down");
        const outerHigh = percent(done, total, p, "up");
        const innerLow = percent(done, total, p + 1, "down");
        const innerHigh = percent(done, total, p + 1, "up");
        expect(outerLow.lessThanOrEqualTo(innerLow)).toBe(true);
        expect(innerHigh.lessThanOrEqualTo(outerHigh)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is exact at 0 and 100 whatever the precision and mode", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        decimals,
        fc.constantFrom(...ROUNDING_MODES),
        (total, p, mode) => {
          expect(percent(0, total, p, mode).isZero()).toBe(true);
          expect(percent(total, total, p, mode).equals(100)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("is read back by readApproximate, in its own mode, as a range holding the exact rate", () => {
    fc.assert(
      fc.property(
        counts,
        decimals,
        fc.constantFrom(...ROUNDING_MODES),
        ([done, total], p, mode) => {
          const result = completionRate(done, total, { decimals: p, rounding: mode });
          if (!result.ok || !result.value.defined) return;
          const read = readApproximate(result.value.text, { rounding: mode });
          expect(read.ok).toBe(true);
          const exact = new Decimal(done).times(100).dividedBy(total);
          if (read.ok) expect(rangeContains(read.value, exact.toString())).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
