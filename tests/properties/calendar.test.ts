// Laws of working-day arithmetic beyond those in tests/calendar/workdays.test.ts (which checks
// addWorkdays against a day-walking reference, the workdaysBetween/addWorkdays inverse and
// monotonicity in n).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkdays, isWorkday, workdaysBetween } from "../../src/calendar/index.js";
import { addDays, fromDayNumber, toDayNumber } from "../../src/dates.js";

// Dates well inside the bundled years (2007-2026), so n up to ±300 never leaves them.
const date = fc
  .integer({ min: toDayNumber("2009-01-01"), max: toDayNumber("2025-03-31") })
  .map(fromDayNumber);
const n = fc.integer({ min: 0, max: 300 });

describe("workdaysBetween (property)", () => {
  it("is additive over a middle date: (a, b] + (b, c] = (a, c]", () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workdaysBetween(a, b) + workdaysBetween(b, c)).toBe(workdaysBetween(a, c));
      }),
      { numRuns: 150 },
    );
  });

  it("is antisymmetric and zero on the same date", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(workdaysBetween(a, b)).toBe(-workdaysBetween(b, a) || 0);
        expect(workdaysBetween(a, a)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it("counts one for a working day and none for a rest day, from the day before", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(workdaysBetween(addDays(d, -1), d)).toBe(isWorkday(d) ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it("never exceeds the calendar days between", () => {
    fc.assert(
      fc.property(date, n, (d, days) => {
        const counted = workdaysBetween(d, addDays(d, days));
        expect(counted).toBeGreaterThanOrEqual(0);
        expect(counted).toBeLessThanOrEqual(days);
      }),
      { numRuns: 150 },
    );
  });
});

describe("addWorkdays (property)", () => {
  it("composes: adding m then n working days is adding m + n (m >= 1)", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        (d, m, k) => {
          expect(addWorkdays(addWorkdays(d, m), k)).toBe(addWorkdays(d, m + k));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is monotone in the start date for a fixed n", () => {
    fc.assert(
      fc.property(date, date, n, (a, b, days) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkdays(early, days) <= addWorkdays(late, days)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("from a working day, lands n working days later: workdaysBetween gives n back both ways", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -300, max: 300 }), (d, days) => {
        fc.pre(isWorkday(d));
        const landed = addWorkdays(d, days);
        expect(workdaysBetween(d, landed)).toBe(days);
      }),
      { numRuns: 150 },
    );
  });
});
