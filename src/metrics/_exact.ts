// Private decimal helpers for the metrics module; not exported from any public entry.
import { Decimal } from "decimal.js";
import { DECIMAL_ROUNDING, type RoundingMode } from "./rounding.js";

/**
 * Precision of the private Decimal clone. Why 40 digits is enough: for counts below 2^53 and at
 * most 10 decimals, a percentage 100·done/total that is not exactly on a rounding grid point or
 * tie lies at least 1/(2·10^10·total) > 5e-27 away from it, while a 40-digit result of a value
 * ≤ 100 is off by at most 1e-37. Rounding the 40-digit value therefore gives the same digits as
 * rounding the exact fraction, in every mode.
 */
const PRECISION = 40;

/** Significant digits shown for a non-terminating fraction. */
export const FRACTION_DIGITS = 30;

let exactClass: typeof Decimal | undefined;

/** A private Decimal class (precision 40, plain notation); the global config is never touched. */
export function exact(): typeof Decimal {
  exactClass ??= Decimal.clone({ precision: PRECISION, rounding: 4, toExpNeg: -60, toExpPos: 60 });
  return exactClass;
}

/** 100·done/total as a 40-digit Decimal. */
export function percentOf(done: number, total: number): Decimal {
  const D = exact();
  return new D(done).times(100).dividedBy(total);
}

/** The value rounded to `decimals` places in `mode`, as a plain decimal string ("97.64"). */
export function roundToString(value: Decimal, decimals: number, mode: RoundingMode): string {
  const text = value.toFixed(decimals, DECIMAL_ROUNDING[mode]);
  // decimal.js keeps the sign of a negative value that rounds to zero ("-0.0"); a change of
  // "-0.0 points" reads as a fall, so drop it.
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** "done/total" in lowest terms; "0/1" for done 0. */
export function reducedRatio(done: number, total: number): string {
  const divisor = gcd(done, total);
  return `${done / divisor}/${total / divisor}`;
}

/** True when done/total has a finite decimal expansion (reduced denominator only has 2s and 5s). */
function terminates(done: number, total: number): boolean {
  let denominator = total / gcd(done, total);
  while (denominator % 2 === 0) denominator /= 2;
  while (denominator % 5 === 0) denominator /= 5;
  return denominator === 1;
}

/**
 * done/total as a plain decimal string: exact when it terminates within 30 significant digits,
 * otherwise rounded half-up to 30 significant digits (`exact: false`).
 */
export function fractionString(done: number, total: number): { text: string; exact: boolean } {
  const D = exact();
  const value = new D(done).dividedBy(total);
  if (terminates(done, total) && value.sd() <= FRACTION_DIGITS) {
    return { text: value.toFixed(), exact: true };
  }
  return { text: value.toSignificantDigits(FRACTION_DIGITS, 4).toFixed(), exact: false };
}
