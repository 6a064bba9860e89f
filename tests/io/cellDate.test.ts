import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../../src/dates.js";
import { cellToIsoDate } from "../../src/io/index.js";

describe("cellToIsoDate", () => {
  it("reads the written forms of a date", () => {
    expect(cellToIsoDate("2018-06-30")).toBe("2018-06-30");
    expect(cellToIsoDate("2018-6-30")).toBe("2018-06-30");
    expect(cellToIsoDate("2018/6/30")).toBe("2018-06-30");
    expect(cellToIsoDate("2018.06.30")).toBe("2018-06-30");
    expect(cellToIsoDate(" 2018年6月30日 ")).toBe("2018-06-30");
    expect(cellToIsoDate("20180630")).toBe("2018-06-30");
    expect(cellToIsoDate("2018-06-30T00:00:00.000Z")).toBe("2018-06-30");
    expect(cellToIsoDate("2018-06-30 15:30")).toBe("2018-06-30");
  });

  it("reads Excel serial numbers, including those before the 1900 leap-year bug", () => {
    expect(cellToIsoDate(43281)).toBe("2018-06-30");
    expect(cellToIsoDate(43281.75)).toBe("2018-06-30");
    expect(cellToIsoDate(1)).toBe("1900-01-01");
    expect(cellToIsoDate(59)).toBe("1900-02-28");
    expect(cellToIsoDate(61)).toBe("1900-03-01");
    expect(cellToIsoDate(60)).toBeUndefined();
    expect(cellToIsoDate(0)).toBeUndefined();
    expect(cellToIsoDate(3_000_000)).toBeUndefined();
    expect(cellToIsoDate(Number.NaN)).toBeUndefined();
  });

  it("reads Date cells by their UTC day, whatever the host time zone", () => {
    expect(cellToIsoDate(new Date(Date.UTC(2018, 5, 30)))).toBe("2018-06-30");
    expect(cellToIsoDate(new Date(Date.UTC(2018, 5, 30, 23, 59)))).toBe("2018-06-30");
    expect(cellToIsoDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("does not take deadline words or impossible dates for dates", () => {
    for (const text of [
      "2018年6月底",
      "2018年底",
      "9月底前",
      "2023-02-30",
      "2018/13/1",
      "",
      "长期坚持",
    ]) {
      expect(cellToIsoDate(text)).toBeUndefined();
    }
    expect(cellToIsoDate(null)).toBeUndefined();
    expect(cellToIsoDate(true)).toBeUndefined();
  });

  it("agrees across the ISO, slash, Chinese and serial forms of every date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 2_900_000 }), (dayNumber) => {
        const iso = fromDayNumber(dayNumber);
        const [y, m, d] = iso.split("-").map(Number);
        expect(cellToIsoDate(iso)).toBe(iso);
        expect(cellToIsoDate(`${y}/${m}/${d}`)).toBe(iso);
        expect(cellToIsoDate(`${y}年${m}月${d}日`)).toBe(iso);
        expect(cellToIsoDate(dayNumber + 25569)).toBe(iso);
        expect(cellToIsoDate(new Date(dayNumber * 86_400_000))).toBe(iso);
      }),
    );
  });
});
