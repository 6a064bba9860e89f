import { describe, expect, it } from "vitest";
import {
  addDays,
  assertIsoDate,
  compareIsoDates,
  DuchaError,
  daysBetween,
  daysInMonth,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoDateParts,
  isoWeekday,
  toDayNumber,
} from "../src/index.js";

describe("isIsoDate", () => {
  it("accepts real dates, including 29 February of leap years", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2022-06-02")).toBe(true);
  });
  it("rejects impossible or malformed dates", () => {
    for (const bad of [
      "2023-02-30",
      "1900-02-29",
      "2023-13-01",
      "2023-00-10",
      "2023-1-01",
      "20230101",
      "２０２３-01-01",
      "0999-01-01",
      "",
      20230101,
      null,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
});

describe("day numbers", () => {
  it("round-trip through every day of a leap year", () => {
    let n = toDayNumber("2024-01-01");
    for (let i = 0; i < 366; i++) expect(toDayNumber(fromDayNumber(n + i))).toBe(n + i);
    n = toDayNumber("1970-01-01");
    expect(n).toBe(0);
    expect(fromDayNumber(-1)).toBe("1969-12-31");
  });
  it("adds and subtracts calendar days across month and year ends", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2023-01-01", -1)).toBe("2022-12-31");
    expect(daysBetween("2022-03-25", "2022-04-25")).toBe(31);
    expect(() => addDays("2024-01-01", 1.5)).toThrow(DuchaError);
  });
  it("knows the day of the week (2024-10-01 was a Tuesday)", () => {
    expect(isoWeekday("2024-10-01")).toBe(2);
    expect(isoWeekday("2024-10-06")).toBe(7);
  });
});

describe("month helpers", () => {
  it("give month lengths and last days", () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(endOfMonth(2018, 6)).toBe("2018-06-30");
    expect(endOfMonth(2020, 12)).toBe("2020-12-31");
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
});

describe("assertIsoDate", () => {
  it("throws a bilingual DuchaError with code invalid_date", () => {
    try {
      assertIsoDate("2023-02-30", "feedbackDate");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DuchaError);
      const e = error as DuchaError;
      expect(e.code).toBe("invalid_date");
      expect(e.message).toContain("[ducha] feedbackDate must be a real date");
      expect(e.messages["zh-CN"]).toContain("feedbackDate必须是");
    }
    expect(() => isoDateParts("x")).toThrow(/invalid|real date/);
  });
  it("sorts dates", () => {
    expect(["2024-03-01", "2023-12-31", "2024-03-01"].sort(compareIsoDates)).toEqual([
      "2023-12-31",
      "2024-03-01",
      "2024-03-01",
    ]);
  });
});
