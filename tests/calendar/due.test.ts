import { describe, expect, it } from "vitest";
import {
  daysRemaining,
  isOverdue,
  publicNoticeWindow,
  workdaysBetween,
  workdaysRemaining,
} from "../../src/calendar/index.js";
import { addDays } from "../../src/dates.js";
import { DuchaError } from "../../src/errors.js";

describe("publicNoticeWindow", () => {
  it("shows the Suzhou 2024 notice window held only 4 working days, not the 10 it claimed", () => {
    // "公示期间（2024年9月29日至2024年10月9日，共10个工作日）": 29 Sep (a Sunday worked),
    // 30 Sep, 8 and 9 Oct are the only working days in it.
    expect(workdaysBetween(addDays("2024-09-29", -1), "2024-10-09")).toBe(4);
    expect(publicNoticeWindow("2024-09-29", 10)).toEqual({
      start: "2024-09-29",
      end: "2024-10-16",
    });
  });
  it("matches the Sichuan 2025 window of 9-20 June", () => {
    expect(publicNoticeWindow("2025-06-09", 10)).toEqual({
      start: "2025-06-09",
      end: "2025-06-20",
    });
  });
  it("starts counting at the next working day when the start is a rest day", () => {
    expect(publicNoticeWindow("2024-10-01", 1)).toEqual({ start: "2024-10-01", end: "2024-10-08" });
  });
  it("works at the first covered day", () => {
    expect(publicNoticeWindow("2007-01-04", 1).end).toBe("2007-01-04");
  });
  it("rejects a length that is not a positive integer", () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => publicNoticeWindow("2024-01-02", bad)).toThrow(DuchaError);
    }
  });
});

describe("daysRemaining", () => {
  it("counts calendar days, negative once past", () => {
    expect(daysRemaining("2024-12-31", "2024-12-01")).toBe(30);
    expect(daysRemaining("2024-12-31", "2024-12-31")).toBe(0);
    expect(daysRemaining("2024-12-31", "2025-01-02")).toBe(-2);
  });
  it("does not need the calendar", () => {
    expect(daysRemaining("2031-01-01", "2030-12-01")).toBe(31);
    expect(() => daysRemaining("2031-02-30", "2030-12-01")).toThrow(/due/);
  });
});

describe("workdaysRemaining", () => {
  it("counts working days in (asOf, due]", () => {
    expect(workdaysRemaining("2024-10-09", "2024-09-27")).toBe(4);
    expect(workdaysRemaining("2024-09-27", "2024-10-09")).toBe(-4);
  });
  it("names the bad argument", () => {
    expect(() => workdaysRemaining("2024-10-09", "x")).toThrow(/asOf/);
  });
});

describe("isOverdue", () => {
  it("is overdue only after the due date", () => {
    expect(isOverdue("2024-12-31", "2024-12-30")).toBe(false);
    expect(isOverdue("2024-12-31", "2024-12-31")).toBe(false);
    expect(isOverdue("2024-12-31", "2025-01-01")).toBe(true);
  });
  it("rejects malformed dates", () => {
    expect(() => isOverdue("2024-12-31", "2025-1-1")).toThrow(DuchaError);
  });
});
