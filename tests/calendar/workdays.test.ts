import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  CN_2024,
  createCalendar,
  isRestDay,
  isWorkday,
  nextWorkday,
  workdaysBetween,
} from "../../src/calendar/index.js";
import { fromDayNumber, toDayNumber } from "../../src/dates.js";
import { DuchaError } from "../../src/errors.js";

const FIRST = toDayNumber("2007-01-01");
const LAST = toDayNumber("2026-12-31");

/** Day-walking reference implementations, slow on purpose. */
function walkAdd(date: string, n: number): string {
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  let d = toDayNumber(date);
  let left = Math.abs(n);
  while (left > 0) {
    d += step;
    if (isWorkday(fromDayNumber(d))) left--;
  }
  return fromDayNumber(d);
}
function walkBetween(start: string, end: string): number {
  const a = toDayNumber(start);
  const b = toDayNumber(end);
  let count = 0;
  for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++)
    if (isWorkday(fromDayNumber(d))) count++;
  return b >= a ? count : -count;
}

const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
/** Dates far enough from both ends that ±600 working days stay inside 2007-2026. */
const innerDate = fc.integer({ min: FIRST + 900, max: LAST - 900 }).map(fromDayNumber);
const steps = fc.integer({ min: -600, max: 600 });

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DuchaError ? error.code : "not a DuchaError";
  }
  return undefined;
}

describe("isWorkday", () => {
  it("treats weekend make-up days as working days", () => {
    expect(isWorkday("2024-02-04")).toBe(true); // Sunday, Spring Festival
    expect(isWorkday("2024-09-29")).toBe(true); // Sunday, National Day
    expect(isWorkday("2024-10-12")).toBe(true); // Saturday, National Day
    expect(isWorkday("2015-09-06")).toBe(true); // Sunday, 70th anniversary holiday
  });
  it("treats official days off as rest days, weekdays included", () => {
    expect(isWorkday("2024-10-01")).toBe(false);
    expect(isWorkday("2024-10-07")).toBe(false); // Monday
    expect(isWorkday("2015-09-03")).toBe(false);
    expect(isWorkday("2009-10-08")).toBe(false); // 60th anniversary National Day, 8 days
  });
  it("follows the 2020 Spring Festival extension (国办发明电〔2020〕1号)", () => {
    expect(isWorkday("2020-01-31")).toBe(false);
    expect(isWorkday("2020-02-01")).toBe(false); // the annual notice's make-up day, cancelled
    expect(isWorkday("2020-02-03")).toBe(true);
  });
  it("follows the adjusted 2019 Labour Day notice", () => {
    expect(isWorkday("2019-05-02")).toBe(false);
    expect(isWorkday("2019-04-28")).toBe(true);
    expect(isWorkday("2019-05-05")).toBe(true);
  });
  it("keeps ordinary weekdays and weekends", () => {
    expect(isWorkday("2024-10-09")).toBe(true);
    expect(isWorkday("2024-10-19")).toBe(false);
  });
  it("throws calendar_year_not_covered outside 2007-2026, never guessing", () => {
    expect(code(() => isWorkday("2006-12-30"))).toBe("calendar_year_not_covered");
    expect(code(() => isWorkday("2027-01-04"))).toBe("calendar_year_not_covered");
    expect(() => isWorkday("2027-01-04")).toThrow(/does not cover 2027 \(it covers 2007-2026\)/);
  });
  it("names the year and how to extend in both languages", () => {
    try {
      isWorkday("1999-10-01");
    } catch (error) {
      expect((error as DuchaError).messages["zh-CN"]).toContain("未覆盖1999年");
      expect((error as DuchaError).messages["zh-CN"]).toContain("extendCalendar");
      expect((error as DuchaError).details).toEqual({ year: 1999, coverage: "2007-2026" });
    }
    expect.assertions(3);
  });
  it("throws invalid_date for malformed dates", () => {
    for (const bad of ["2024-02-30", "2024-2-04", "20240204", "", undefined]) {
      expect(code(() => isWorkday(bad as string))).toBe("invalid_date");
    }
  });
});

describe("isRestDay", () => {
  it("is the negation of isWorkday", () => {
    expect(isRestDay("2024-10-05")).toBe(true);
    expect(isRestDay("2024-10-12")).toBe(false);
  });
});

describe("addWorkdays", () => {
  it("counts from the next day, jumping over days off", () => {
    expect(addWorkdays("2024-09-30", 1)).toBe("2024-10-08");
    expect(addWorkdays("2024-09-27", 1)).toBe("2024-09-29"); // Sunday worked
    expect(addWorkdays("2024-09-28", 3)).toBe("2024-10-08");
  });
  it("goes back from the day before for negative n", () => {
    expect(addWorkdays("2024-10-08", -1)).toBe("2024-09-30");
    expect(addWorkdays("2024-10-05", -1)).toBe("2024-09-30");
    expect(addWorkdays("2024-10-08", -2)).toBe("2024-09-29");
  });
  it("returns the date itself for n = 0, even on a rest day", () => {
    expect(addWorkdays("2024-10-05", 0)).toBe("2024-10-05");
    expect(addWorkdays("2024-10-08", 0)).toBe("2024-10-08");
  });
  it("spans years in one step", () => {
    expect(addWorkdays("2007-01-04", 4990)).toBe(walkAdd("2007-01-04", 4990));
    expect(workdaysBetween("2007-01-01", "2026-12-31")).toBe(
      walkBetween("2007-01-01", "2026-12-31"),
    );
  });
  it("throws when the result leaves the covered years", () => {
    expect(code(() => addWorkdays("2026-12-30", 5))).toBe("calendar_year_not_covered");
    expect(() => addWorkdays("2026-12-30", 5)).toThrow(/2027/);
    expect(code(() => addWorkdays("2007-01-05", -3))).toBe("calendar_year_not_covered");
    expect(() => addWorkdays("2007-01-05", -3)).toThrow(/2006/);
  });
  it("rejects a number of days that is not an integer", () => {
    expect(code(() => addWorkdays("2024-01-02", 1.5))).toBe("invalid_argument");
    expect(code(() => addWorkdays("2024-01-02", Number.NaN))).toBe("invalid_argument");
  });
  it("equals the day-walking reference for random dates and n", () => {
    fc.assert(
      fc.property(innerDate, steps, (date, n) => addWorkdays(date, n) === walkAdd(date, n)),
      { numRuns: 300 },
    );
  });
  it("always lands on a working day when n is not 0", () => {
    fc.assert(
      fc.property(innerDate, steps, (date, n) => n === 0 || isWorkday(addWorkdays(date, n))),
    );
  });
  it("is undone by workdaysBetween: workdaysBetween(d, addWorkdays(d, n)) === n for n >= 0", () => {
    fc.assert(
      fc.property(innerDate, fc.nat({ max: 600 }), (date, n) => {
        return workdaysBetween(date, addWorkdays(date, n)) === n;
      }),
    );
  });
  it("keeps the law for negative n from a working day", () => {
    fc.assert(
      fc.property(innerDate, fc.integer({ min: -600, max: -1 }), (date, n) => {
        fc.pre(isWorkday(date));
        return workdaysBetween(date, addWorkdays(date, n)) === n;
      }),
    );
  });
  it("is monotone in n", () => {
    fc.assert(
      fc.property(innerDate, steps, steps, (date, m, n) => {
        fc.pre(m < n);
        return addWorkdays(date, m) <= addWorkdays(date, n);
      }),
    );
  });
});

describe("nextWorkday", () => {
  it("skips the whole Spring Festival run to the Sunday worked after it", () => {
    expect(nextWorkday("2024-02-09")).toBe("2024-02-18");
  });
  it("is strictly after the date", () => {
    fc.assert(fc.property(innerDate, (date) => nextWorkday(date) > date));
  });
});

describe("workdaysBetween", () => {
  it("counts working days in (start, end]", () => {
    expect(workdaysBetween("2024-09-30", "2024-10-08")).toBe(1);
    expect(workdaysBetween("2024-10-08", "2024-10-08")).toBe(0);
    expect(workdaysBetween("2024-01-01", "2024-12-31")).toBe(251);
  });
  it("is negative for reversed ranges", () => {
    expect(workdaysBetween("2024-10-08", "2024-09-30")).toBe(-1);
  });
  it("equals the day-walking reference", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => workdaysBetween(a, b) === walkBetween(a, b)),
      { numRuns: 200 },
    );
  });
  it("is additive and antisymmetric", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        return (
          workdaysBetween(a, b) + workdaysBetween(b, c) === workdaysBetween(a, c) &&
          workdaysBetween(a, b) === -workdaysBetween(b, a)
        );
      }),
    );
  });
  it("is monotone in the end date", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (start, x, y) => {
        fc.pre(x <= y);
        return workdaysBetween(start, x) <= workdaysBetween(start, y);
      }),
    );
  });
  it("throws for a range that crosses a year the calendar lacks", () => {
    const gappy = createCalendar([
      CN_2024,
      {
        year: 2022,
        notice: { title: "test", url: "https://example.org/2022" },
        holidays: [],
        workdays: [],
      },
    ]);
    expect(workdaysBetween("2022-01-03", "2022-01-10", { calendar: gappy })).toBe(5);
    expect(code(() => workdaysBetween("2022-06-01", "2024-06-03", { calendar: gappy }))).toBe(
      "calendar_year_not_covered",
    );
    expect(() => workdaysBetween("2022-06-01", "2024-06-03", { calendar: gappy })).toThrow(
      /does not cover 2023 \(it covers 2022, 2024\)/,
    );
    expect(code(() => addWorkdays("2022-12-30", 2, { calendar: gappy }))).toBe(
      "calendar_year_not_covered",
    );
    expect(code(() => addWorkdays("2024-01-03", -3, { calendar: gappy }))).toBe(
      "calendar_year_not_covered",
    );
  });
  it("does not depend on the host time zone", () => {
    // The suite also runs under TZ=America/Los_Angeles and TZ=Asia/Shanghai; these figures are
    // the same in each.
    expect(addWorkdays("2024-12-31", 1)).toBe("2025-01-02");
    expect(workdaysBetween("2024-12-31", "2025-01-02")).toBe(1);
  });
});
