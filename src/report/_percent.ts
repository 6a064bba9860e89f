import type { Decimal } from "decimal.js";
import { exact, roundToString } from "../metrics/_exact.js";
import { completionRate } from "../metrics/completionRate.js";
import type { RoundingMode } from "../metrics/rounding.js";

/**
 * A rate of done over total as reports print it.
 *
 * @example
 * ```ts
 * import type { ReportPercent } from "ducha/report";
 * const rate: ReportPercent = { defined: true, percent: "97.64", text: "97.64%", fraction: "4593/4704" };
 * ```
 * @category Report
 */
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

/**
 * `done / total` as a percentage through the shared exact `completionRate`. A zero total has no
 * rate (printed "—"); so do counts that cannot form one (more done than total), which
 * `validateLedger` reports as data issues.
 */
export function percentOf(
  done: number,
  total: number,
  decimals: number,
  rounding: RoundingMode,
): ReportPercent {
  const fraction = `${done}/${total}`;
  const rate = completionRate(done, total, { decimals, rounding });
  if (!rate.ok || !rate.value.defined) return { defined: false, text: "—", fraction };
  return { defined: true, percent: rate.value.percent, text: rate.value.text, fraction };
}

/** Change between two shares in percentage points, with its sign; undefined when a total is 0. */
export function pointsBetween(
  before: readonly [number, number],
  after: readonly [number, number],
  decimals: number,
  rounding: RoundingMode,
): string | undefined {
  if (before[1] === 0 || after[1] === 0) return undefined;
  const D = exact();
  const points = new D(after[0])
    .dividedBy(after[1])
    .minus(new D(before[0]).dividedBy(before[1]))
    .times(100);
  return signed(points, decimals, rounding);
}

/** Relative change (after / before − 1) in percent, with its sign; undefined from zero. */
export function relativeChange(
  before: number,
  after: number,
  decimals: number,
  rounding: RoundingMode,
): string | undefined {
  if (before === 0) return undefined;
  const D = exact();
  return signed(new D(after).minus(before).times(100).dividedBy(before), decimals, rounding);
}

/** Relative change of a share (p_after / p_before − 1), in percent. */
export function relativeShareChange(
  before: readonly [number, number],
  after: readonly [number, number],
  decimals: number,
  rounding: RoundingMode,
): string | undefined {
  if (before[1] === 0 || after[1] === 0 || before[0] === 0) return undefined;
  const D = exact();
  const change = new D(after[0])
    .times(before[1])
    .dividedBy(new D(after[1]).times(before[0]))
    .minus(1)
    .times(100);
  return signed(change, decimals, rounding);
}

function signed(value: Decimal, decimals: number, rounding: RoundingMode): string {
  const text = roundToString(value.abs(), decimals, rounding);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return value.isNegative() ? `-${text}` : `+${text}`;
}
