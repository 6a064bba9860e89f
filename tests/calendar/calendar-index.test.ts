import { describe, expect, it } from "vitest";
import { createCalendar } from "../../src/calendar/calendar.js";
import { indexOf, locate } from "../../src/calendar/calendar-index.js";
import { CN_2019, CN_2021 } from "../../src/calendar/data/index.js";
import { fromDayNumber, toDayNumber } from "../../src/dates.js";
import { DuchaError } from "../../src/errors.js";

describe("locate", () => {
  it("finds every day of the bundled calendar at its day number", () => {
    const index = indexOf(undefined);
    const first = toDayNumber(`${index.firstYear}-01-01`);
    const last = toDayNumber(`${index.lastYear}-12-31`);
    for (let day = first; day <= last; day++) {
      expect(locate(index, fromDayNumber(day))).toBe(day - index.origin);
    }
  });

  it("throws the checked errors for dates it cannot locate", () => {
    const index = indexOf(undefined);
    expect(() => locate(index, "2024-02-30")).toThrow(DuchaError);
    expect(() => locate(index, "0999-01-01")).toThrow(DuchaError);
    expect(() => locate(index, 20240101)).toThrow(DuchaError);
    expect(() => locate(index, "1999-06-01")).toThrow(/1999/);
  });

  it("skips a year missing in the middle of a calendar", () => {
    const index = indexOf({ calendar: createCalendar([CN_2019, CN_2021]) });
    expect(locate(index, "2021-01-01")).toBe(toDayNumber("2021-01-01") - index.origin);
    expect(() => locate(index, "2020-06-01")).toThrow(/2020/);
  });
});
