import { describe, expect, it } from "vitest";
import {
  addWorkdays,
  type CalendarYear,
  CN_2025,
  CN_2026,
  CN_CALENDAR_YEARS,
  coveredYears,
  createCalendar,
  defaultCalendar,
  extendCalendar,
  isWorkday,
} from "../../src/calendar/index.js";
import { DuchaError } from "../../src/errors.js";

/** A made-up 2027 arrangement, only for testing overrides. */
const FAKE_2027: CalendarYear = {
  year: 2027,
  notice: { title: "测试用2027年安排（虚构）", url: "https://example.org/2027" },
  holidays: [
    { name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" },
  ],
  workdays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, date: "2027-01-09" }],
};

function invalid(years: unknown): string {
  try {
    createCalendar(years as CalendarYear[]);
  } catch (error) {
    if (error instanceof DuchaError && error.code === "invalid_calendar") return error.message;
    throw error;
  }
  throw new Error("expected invalid_calendar");
}

describe("defaultCalendar", () => {
  it("covers 2007-2026 and is built once", () => {
    expect(coveredYears(defaultCalendar())).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    expect(defaultCalendar()).toBe(defaultCalendar());
    expect(CN_CALENDAR_YEARS).toHaveLength(20);
  });
});

describe("coveredYears", () => {
  it("defaults to the bundled calendar", () => {
    expect(coveredYears()).toHaveLength(20);
  });
});

describe("extendCalendar", () => {
  it("adds a year so dates in it work", () => {
    const calendar = extendCalendar(defaultCalendar(), FAKE_2027);
    expect(coveredYears(calendar).at(-1)).toBe(2027);
    expect(isWorkday("2027-01-01", { calendar })).toBe(false); // Friday off
    expect(isWorkday("2027-01-09", { calendar })).toBe(true); // Saturday worked
    expect(isWorkday("2027-01-11", { calendar })).toBe(true);
    expect(addWorkdays("2026-12-31", 1, { calendar })).toBe("2027-01-04");
    // The bundled calendar is untouched.
    expect(() => isWorkday("2027-01-04")).toThrow(DuchaError);
  });
  it("replaces a year of the base with the same number", () => {
    const local2025 = { ...CN_2025, workdays: CN_2025.workdays.slice(1) };
    const calendar = extendCalendar(defaultCalendar(), local2025);
    expect(isWorkday("2025-01-26")).toBe(true);
    expect(isWorkday("2025-01-26", { calendar })).toBe(false);
    expect(coveredYears(calendar)).toHaveLength(20);
  });
  it("does not change its inputs, and later changes to them do not leak in", () => {
    const year = structuredClone(FAKE_2027) as { holidays: { to: string }[] } & CalendarYear;
    const before = structuredClone(year);
    const calendar = extendCalendar(defaultCalendar(), year);
    expect(year).toEqual(before);
    (year.holidays[0] as { to: string }).to = "2027-01-01";
    expect(isWorkday("2027-01-03", { calendar })).toBe(false);
    expect(Object.isFrozen(calendar.years)).toBe(true);
  });
});

describe("createCalendar", () => {
  it("builds a calendar from some years only", () => {
    const calendar = createCalendar([CN_2026]);
    expect(coveredYears(calendar)).toEqual([2026]);
    expect(isWorkday("2026-02-14", { calendar })).toBe(true);
    expect(() => isWorkday("2025-12-31", { calendar })).toThrow(/covers 2026/);
  });
  it("rejects empty or non-array data", () => {
    expect(invalid([])).toMatch(/at years: must be an array/);
    expect(invalid("2027")).toMatch(/at years/);
  });
  it("rejects a bad year", () => {
    expect(invalid([{ ...FAKE_2027, year: 2027.5 }])).toMatch(/years\[0\]\.year/);
    expect(invalid([FAKE_2027, FAKE_2027])).toMatch(/2027 repeats years\[0\]/);
    expect(invalid([null])).toMatch(/years\[0\]: must be a calendar year object/);
  });
  it("rejects a bad notice", () => {
    expect(invalid([{ ...FAKE_2027, notice: { title: "x", url: "example.org" } }])).toMatch(
      /notice\.url: must be an http\(s\) link/,
    );
    expect(invalid([{ ...FAKE_2027, notice: "x" }])).toMatch(/notice: must be a notice/);
    expect(invalid([{ ...FAKE_2027, notice: { title: " ", url: "https://a.b" } }])).toMatch(
      /notice\.title: must be a non-empty string/,
    );
    expect(
      invalid([{ ...FAKE_2027, notice: { ...FAKE_2027.notice, documentNumber: "" } }]),
    ).toMatch(/documentNumber/);
  });
  it("rejects bad holiday periods", () => {
    const period = FAKE_2027.holidays[0];
    const withPeriod = (p: unknown) => [{ ...FAKE_2027, holidays: [p] }];
    expect(invalid(withPeriod({ ...period, to: "2027-02-30" }))).toMatch(/holidays\[0\]\.to/);
    expect(invalid(withPeriod({ ...period, from: "2027-01-05" }))).toMatch(/to is before from/);
    expect(invalid(withPeriod({ ...period, to: "2027-12-31" }))).toMatch(/longer than 31 days/);
    expect(invalid(withPeriod({ ...period, from: "2025-12-31" }))).toMatch(/not in 2026 or 2027/);
    expect(invalid(withPeriod({ ...period, name: "元旦" }))).toMatch(/name: must be a name/);
    expect(invalid(withPeriod({ ...period, name: { "zh-CN": "元旦" } }))).toMatch(/name\.en/);
    expect(invalid(withPeriod({ ...period, notice: {} }))).toMatch(/holidays\[0\]\.notice/);
    expect(invalid(withPeriod(7))).toMatch(/must be a holiday period object/);
    expect(invalid([{ ...FAKE_2027, holidays: {} }])).toMatch(/holidays: must be an array/);
  });
  it("rejects bad make-up workdays", () => {
    const day = FAKE_2027.workdays[0];
    const withDay = (d: unknown) => [{ ...FAKE_2027, workdays: [d] }];
    expect(invalid(withDay({ ...day, date: "2027-01-08" }))).toMatch(
      /2027-01-08 is not a Saturday or Sunday/,
    );
    expect(invalid(withDay({ ...day, notice: { title: "t" } }))).toMatch(/workdays\[0\]\.notice/);
    expect(invalid(withDay(null))).toMatch(/must be a make-up workday object/);
    expect(invalid([{ ...FAKE_2027, workdays: null }])).toMatch(/workdays: must be an array/);
  });
  it("rejects a date listed twice, also across years", () => {
    expect(
      invalid([{ ...FAKE_2027, workdays: [{ ...FAKE_2027.workdays[0], date: "2027-01-02" }] }]),
    ).toMatch(/already listed at years\[0\]\.holidays\[0\]/);
    const clash: CalendarYear = {
      ...FAKE_2027,
      year: 2028,
      holidays: [{ name: FAKE_2027.holidays[0]!.name, from: "2027-01-03", to: "2027-01-03" }],
      workdays: [],
    };
    expect(invalid([FAKE_2027, clash])).toMatch(/already listed/);
  });
  it("gives bilingual messages", () => {
    try {
      createCalendar([]);
    } catch (error) {
      expect((error as DuchaError).messages["zh-CN"]).toMatch(/^日历数据无效/);
    }
    expect.assertions(1);
  });
  it("validates calendars made by hand when they are used", () => {
    const handMade = { years: [{ ...FAKE_2027, year: 1 }] };
    expect(() => isWorkday("2027-01-04", { calendar: handMade })).toThrow(/calendar\.years\[0\]/);
  });
});
