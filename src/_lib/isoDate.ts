/**
 * The one check of ISO dates, without a regular expression, because every date of every record
 * passes here: `isIsoDateString` answers as zod's `z.iso.date()` does, and `isRealIsoDate` is
 * what `isIsoDate` (src/dates.ts) answers.
 *
 * @module
 * @internal
 */

const DASH = 45;
const ZERO = 48;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Exactly what zod's `z.iso.date()` pattern accepts: `YYYY-MM-DD` with ASCII digits, any year
 * 0000-9999, the month's real length and 29 February in Gregorian leap years. Hand-written
 * because every date of every record passes here.
 */
export function isIsoDateString(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== DASH || v.charCodeAt(7) !== DASH) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = v.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return false;
    year = year * 10 + digit;
  }
  const m1 = v.charCodeAt(5) - ZERO;
  const m2 = v.charCodeAt(6) - ZERO;
  const d1 = v.charCodeAt(8) - ZERO;
  const d2 = v.charCodeAt(9) - ZERO;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!);
}

/**
 * A real date written `YYYY-MM-DD`, year 1000 or later: the implementation of `isIsoDate`
 * (src/dates.ts), which `assertIsoDate` and the hot paths use.
 */
export function isRealIsoDate(v: unknown): v is string {
  return typeof v === "string" && isIsoDateString(v) && v.charCodeAt(0) !== ZERO;
}
