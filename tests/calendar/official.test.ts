/**
 * Compares every day of 2007-2026 in the bundled calendar with the independent `chinese-days`
 * package (1.5.7, dev dependency), using its data file and the same rule as its `isWorkday`:
 * a listed make-up workday, or a Monday-Friday not listed as a holiday.
 *
 * Result when written: 7305 days compared, 0 disagreements on work/rest, so EXCEPTIONS is empty.
 * A future disagreement must be investigated against the notice and either fixed in
 * src/calendar/data or recorded here with the notice that decides it.
 */
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { dayInfo, isWorkday } from "../../src/calendar/index.js";
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from "../../src/dates.js";

const reference = data as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

/** Dates where chinese-days is wrong, each with the notice that says so. None so far. */
const EXCEPTIONS: Readonly<Record<string, { workday: boolean; notice: string }>> = {};

function theirWorkday(date: string): boolean {
  const weekday = weekdayOfDayNumber(toDayNumber(date));
  return reference.workdays[date] !== undefined || (weekday <= 5 && !reference.holidays[date]);
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) days.push(fromDayNumber(d));
  return days;
}

describe("official calendar against chinese-days", () => {
  const days = everyDay("2007-01-01", "2026-12-31");

  it("compares all 7305 days of 2007-2026", () => {
    expect(days).toHaveLength(7305);
  });

  it("agrees on work or rest for every day, apart from the recorded exceptions", () => {
    const disagreements = days.filter((date) => {
      const expected = EXCEPTIONS[date]?.workday ?? theirWorkday(date);
      return isWorkday(date) !== expected;
    });
    expect(disagreements).toEqual([]);
  });

  it("names the same festival for every weekday off", () => {
    const mismatches = days.filter((date) => {
      const theirs = reference.holidays[date];
      if (theirs === undefined || weekdayOfDayNumber(toDayNumber(date)) > 5) return false;
      const zh = theirs.split(",")[1] ?? "";
      return !(dayInfo(date).name?.["zh-CN"] ?? "").includes(zh);
    });
    expect(mismatches).toEqual([]);
  });
});
