/**
 * Exact percentages from counts, with decimal.js. Private to the report module: the shared
 * `completionRate` of `ducha/metrics` replaces it at merge, so every caller goes through
 * {@link percentOf} and {@link pointsBetween} only.
 *
 * @module
 * @internal
 */
import { Decimal } from "decimal.js";
import { DuchaError } from "../errors.js";
import type { ReportRounding } from "./policy.js";

/** A rate of done over total, exact up to its printed decimals. */
export type ReportPercent =
  | {
      readonly defined: true;
      /** The percentage rounded at the policy's decimals, e.g. `"97.64"`. */
      readonly percent: string;
      /** The percentage with its sign, e.g. `"97.64%"`. */
      readonly text: string;
      /** The counts it was taken from, e.g. `"4593/4704"`. */
      readonly fraction: string;
    }
  | { readonly defined: false; readonly text: "—"; readonly fraction: string };

/** Enough significant digits that a quotient of two safe integers rounds like the exact fraction. */
const PRECISION = 80;

const MODES: Readonly<Record<ReportRounding, Decimal.Rounding>> = {
  "half-up": 4, // Decimal.ROUND_HALF_UP
  "half-even": 6, // Decimal.ROUND_HALF_EVEN
  down: 1, // Decimal.ROUND_DOWN
  up: 0, // Decimal.ROUND_UP
};

/** A private Decimal class: the global decimal.js configuration is never touched. */
function exact(): typeof Decimal {
  return Decimal.clone({ precision: PRECISION, toExpNeg: -100, toExpPos: 100 });
}

function checkArgs(decimals: number, rounding: ReportRounding): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10 || !(rounding in MODES)) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `小数位数须为0至10的整数、舍入方式须为${Object.keys(MODES).join("/")}，收到${decimals}、${rounding}`,
        en: `decimals must be a whole number 0-10 and rounding one of ${Object.keys(MODES).join("/")}, got ${decimals}, ${rounding}`,
      },
      { decimals, rounding },
    );
  }
}

/** `done / total` as a percentage; a zero total has no rate (printed "—"). */
export function percentOf(
  done: number,
  total: number,
  decimals: number,
  rounding: ReportRounding,
): ReportPercent {
  checkArgs(decimals, rounding);
  const fraction = `${done}/${total}`;
  if (total === 0) return { defined: false, text: "—", fraction };
  const D = exact();
  const percent = new D(done)
    .times(100)
    .dividedBy(total)
    .toDecimalPlaces(decimals, MODES[rounding])
    .toFixed(decimals);
  return { defined: true, percent, text: `${percent}%`, fraction };
}

/**
 * The change from one share to another in percentage points (after − before, exact then
 * rounded), with its sign: `"+4.17"`, `"-0.50"`, `"0.00"`. Undefined when either share is.
 */
export function pointsBetween(
  before: readonly [number, number],
  after: readonly [number, number],
  decimals: number,
  rounding: ReportRounding,
): string | undefined {
  checkArgs(decimals, rounding);
  if (before[1] === 0 || after[1] === 0) return undefined;
  const D = exact();
  const points = new D(after[0])
    .dividedBy(after[1])
    .minus(new D(before[0]).dividedBy(before[1]))
    .times(100)
    .toDecimalPlaces(decimals, MODES[rounding]);
  return signed(points, decimals);
}

/** Relative change (after / before − 1) in percent, with its sign; undefined from zero. */
export function relativeChange(
  before: number,
  after: number,
  decimals: number,
  rounding: ReportRounding,
): string | undefined {
  checkArgs(decimals, rounding);
  if (before === 0) return undefined;
  const D = exact();
  const change = new D(after)
    .minus(before)
    .times(100)
    .dividedBy(before)
    .toDecimalPlaces(decimals, MODES[rounding]);
  return signed(change, decimals);
}

/** Relative change of a share (p_after / p_before − 1), in percent. */
export function relativeShareChange(
  before: readonly [number, number],
  after: readonly [number, number],
  decimals: number,
  rounding: ReportRounding,
): string | undefined {
  checkArgs(decimals, rounding);
  if (before[1] === 0 || after[1] === 0 || before[0] === 0) return undefined;
  const D = exact();
  const change = new D(after[0])
    .times(before[1])
    .dividedBy(new D(after[1]).times(before[0]))
    .minus(1)
    .times(100)
    .toDecimalPlaces(decimals, MODES[rounding]);
  return signed(change, decimals);
}

function signed(value: Decimal, decimals: number): string {
  if (value.isZero()) return (0).toFixed(decimals);
  const text = value.abs().toFixed(decimals);
  return value.isNegative() ? `-${text}` : `+${text}`;
}
