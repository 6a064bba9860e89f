import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as zod from "zod";
import { isIsoDateString, isRealIsoDate } from "../../src/_lib/isoDate.js";
import { daysInMonth } from "../../src/dates.js";

const digits = (n: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
/** Strings shaped like dates, most of them real or nearly so, and some not quite. */
const dateLike = fc
  .tuple(
    digits(4),
    fc.constantFrom("-", "-", "/", "0"),
    digits(2),
    fc.constantFrom("-", "1"),
    digits(2),
  )
  .map((parts) => parts.join(""));
const EDGES = [
  "2024-02-29",
  "2023-02-29",
  "2000-02-29",
  "1900-02-29",
  "0000-02-29",
  "0999-12-31",
  "1000-01-01",
  "2023-04-31",
  "2023-12-31",
  "2023-13-01",
  "2023-00-10",
  "2023-01-00",
  "2023-1-01",
  "２０２３-01-01",
  "2023/01/01",
  "2023-01-011",
];

describe("isIsoDateString", () => {
  const zodDate = zod.iso.date();
  const agrees = (text: string): void => {
    expect(isIsoDateString(text)).toBe(zodDate.safeParse(text).success);
  };

  it("reads leap days and month lengths as zod's ISO date pattern does", () => {
    for (const text of EDGES) agrees(text);
    expect(isIsoDateString("2024-02-29")).toBe(true);
    expect(isIsoDateString("2023-02-29")).toBe(false);
  });

  it("agrees with zod on any date-shaped or arbitrary string", () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string()), agrees), { numRuns: 5000 });
  });
});

/** An independent reading of "a real date, year 1000 or later": a regular expression and month lengths. */
function referenceIsoDate(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

describe("isRealIsoDate (isIsoDate)", () => {
  const agrees = (value: unknown): void => {
    expect(isRealIsoDate(value)).toBe(referenceIsoDate(value));
  };

  it("answers as isIsoDate does, years before 1000 and non-strings included", () => {
    for (const value of [...EDGES, undefined, null, 20240229, ["2024-02-29"]]) agrees(value);
    expect(isRealIsoDate("0999-12-31")).toBe(false);
    expect(isRealIsoDate("1000-01-01")).toBe(true);
  });

  it("agrees with the reference on any date-shaped or arbitrary value", () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string(), fc.anything()), agrees), {
      numRuns: 5000,
    });
  });
});
