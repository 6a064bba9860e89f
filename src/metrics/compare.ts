import type { Decimal } from "decimal.js";
import { DuchaError } from "../errors.js";
import { type Issue, issueFrom, type Result } from "../issue.js";
import type { Bilingual } from "../lang.js";
import { checkCounts } from "./_counts.js";
import { exact, percentOf, roundToString } from "./_exact.js";
import { METRICS_ISSUES } from "./issues.js";
import {
  assertDecimals,
  assertRoundingMode,
  DEFAULT_ROUNDING,
  type RoundingMode,
} from "./rounding.js";

/**
 * One measurement of a share: counts (`done` of `total`) or a published percentage (`96.7` or
 * `"96.7"`; a trailing "%" and full-width digits are accepted in strings).
 *
 * @example
 * ```ts
 * import type { Measurement } from "ducha/metrics";
 * const byCounts: Measurement = { done: 1275, total: 2164 };
 * const published: Measurement = { percent: "96.7" };
 * ```
 * @category Metrics
 */
export type Measurement =
  | { readonly done: number; readonly total: number }
  | { readonly percent: number | string };

/**
 * Options of {@link compareRates}: `decimals` (default 1, as 百分点 changes are printed),
 * `rounding` (default `"half-up"`, ties away from zero for falls too: −3.25 → −3.3) and `basis`:
 * `"exact"` (default) subtracts the exact shares, `"rounded"` first rounds each share to
 * `decimals`, as a publisher subtracting two printed figures does.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from "ducha/metrics";
 * const options: CompareOptions = { decimals: 1, basis: "rounded" };
 * ```
 * @category Metrics
 */
export interface CompareOptions {
  readonly decimals?: number;
  readonly rounding?: RoundingMode;
  readonly basis?: "exact" | "rounded";
}

/**
 * Which way a change goes, after rounding: a change that rounds to zero is `flat` (持平).
 *
 * @example
 * ```ts
 * import type { ChangeDirection } from "ducha/metrics";
 * const direction: ChangeDirection = "up";
 * ```
 * @category Metrics
 */
export type ChangeDirection = "up" | "down" | "flat";

/**
 * A rounded change: the signed `value` as a decimal string, its `direction` and a sentence
 * fragment in both languages.
 *
 * @example
 * ```ts
 * import type { RateChange } from "ducha/metrics";
 * const change: RateChange = {
 *   value: "3.3",
 *   direction: "up",
 *   text: { "zh-CN": "上升3.3个百分点", en: "up 3.3 percentage points" },
 * };
 * ```
 * @category Metrics
 */
export interface RateChange {
  readonly value: string;
  readonly direction: ChangeDirection;
  readonly text: Bilingual;
}

/**
 * The comparison of two measurements. `points` is the change in share in percentage points
 * (百分点); `relative` is the relative change of the share in % (增长/下降…%), `null` when the
 * earlier share is 0. The two are kept apart on purpose: from 93.4% to 96.7% is "上升3.3个百分点"
 * but "增长3.5%". `counts` is the change in `done` and `total` when both measurements have counts.
 *
 * @example
 * ```ts
 * import { compareRates, type RateComparison } from "ducha/metrics";
 * const result = compareRates({ percent: 93.4 }, { percent: 96.7 });
 * if (result.ok) {
 *   const comparison: RateComparison = result.value;
 *   comparison.points.value; //=> "3.3"
 * }
 * ```
 * @category Metrics
 */
export interface RateComparison {
  readonly before: string;
  readonly after: string;
  readonly points: RateChange;
  readonly relative: RateChange | null;
  readonly counts: { readonly done: number; readonly total: number } | null;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly basis: "exact" | "rounded";
}

const PERCENT_TEXT = /^(\d+(?:\.\d+)?)%?$/;

function measure(
  m: Measurement,
  field: "before" | "after",
): { issues: Issue[]; value?: Decimal; counts?: { done: number; total: number } } {
  if (m !== null && typeof m === "object" && "percent" in m) {
    const D = exact();
    const raw = m.percent;
    const text = typeof raw === "string" ? raw.normalize("NFKC").trim() : raw;
    const parsed = typeof text === "string" ? PERCENT_TEXT.exec(text)?.[1] : text;
    if (parsed === undefined || (typeof parsed === "number" && !Number.isFinite(parsed))) {
      return {
        issues: [
          issueFrom(METRICS_ISSUES, "percent_not_finite", [field, "percent"], {
            field,
            value: String(raw),
          }),
        ],
      };
    }
    const value = new D(parsed);
    if (value.isNegative() || value.greaterThan(100)) {
      return {
        issues: [
          issueFrom(METRICS_ISSUES, "percent_out_of_range", [field, "percent"], {
            field,
            value: String(raw),
          }),
        ],
      };
    }
    return { issues: [], value };
  }
  const { done, total } = (m ?? {}) as { done?: unknown; total?: unknown };
  const issues = checkCounts(done, total, { done: [field, "done"], total: [field, "total"] });
  if (issues.length > 0) return { issues };
  const counts = { done: done as number, total: total as number };
  if (counts.total === 0) {
    return { issues: [issueFrom(METRICS_ISSUES, "rate_undefined", [field, "total"], { field })] };
  }
  return { issues: [], value: percentOf(counts.done, counts.total), counts };
}

const WORDS = {
  points: {
    up: { "zh-CN": "上升", en: "up" },
    down: { "zh-CN": "下降", en: "down" },
  },
  relative: {
    up: { "zh-CN": "增长", en: "up" },
    down: { "zh-CN": "下降", en: "down" },
  },
} as const;

function change(
  value: Decimal,
  decimals: number,
  rounding: RoundingMode,
  kind: "points" | "relative",
): RateChange {
  const text = roundToString(value, decimals, rounding);
  const size = text.replace(/^-/, "");
  const D = exact();
  const rounded = new D(text);
  if (rounded.isZero()) {
    return { value: text, direction: "flat", text: { "zh-CN": "持平", en: "unchanged" } };
  }
  const direction = rounded.isNegative() ? "down" : "up";
  const word = WORDS[kind][direction];
  if (kind === "relative") {
    return {
      value: text,
      direction,
      text: { "zh-CN": `${word["zh-CN"]}${size}%`, en: `${word.en} ${size}%` },
    };
  }
  const unit = size === "1" ? "percentage point" : "percentage points";
  return {
    value: text,
    direction,
    text: { "zh-CN": `${word["zh-CN"]}${size}个百分点`, en: `${word.en} ${size} ${unit}` },
  };
}

/**
 * Compares two measurements of a share: the change in percentage points (百分点), the relative
 * change in %, and the change in counts. Computed with decimal.js and rounded explicitly.
 *
 * Bad counts, a zero total (`rate_undefined`) or an unreadable or out-of-range percentage
 * (`percent_not_finite`, `percent_out_of_range`) are returned as issues.
 *
 * @param before - The earlier measurement (基期, e.g. 去年同期).
 * @param after - The later measurement.
 * @param options - `decimals` (default 1), `rounding` (default half-up), `basis` (default exact).
 * @throws {DuchaError} `invalid_argument` for bad `decimals`, `rounding` or `basis`.
 * @example
 * ```ts
 * import { compareRates } from "ducha/metrics";
 * // Xilingol 2024 (seed 000): "优良天数比率96.7%，较去年同期上升3.3个百分点"
 * const air = compareRates({ percent: "93.4%" }, { percent: "96.7%" });
 * if (air.ok) {
 *   air.value.points.text["zh-CN"]; //=> "上升3.3个百分点"
 *   air.value.points.text.en; //=> "up 3.3 percentage points"
 *   air.value.relative?.text["zh-CN"]; //=> "增长3.5%"
 * }
 * const tasks = compareRates({ done: 1275, total: 2164 }, { done: 1822, total: 2164 });
 * if (tasks.ok) tasks.value.counts; //=> { done: 547, total: 0 }
 * ```
 * @category Metrics
 */
export function compareRates(
  before: Measurement,
  after: Measurement,
  options: CompareOptions = {},
): Result<RateComparison> {
  const decimals = assertDecimals(options.decimals ?? 1);
  const rounding = assertRoundingMode(options.rounding ?? DEFAULT_ROUNDING);
  const basis = options.basis ?? "exact";
  if (basis !== "exact" && basis !== "rounded") {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `比较基准须为 exact 或 rounded，收到：${String(basis)}`,
        en: `basis must be "exact" or "rounded", got ${String(basis)}`,
      },
      { basis },
    );
  }
  const first = measure(before, "before");
  const second = measure(after, "after");
  const issues = [...first.issues, ...second.issues];
  if (first.value === undefined || second.value === undefined) return { ok: false, issues };

  const D = exact();
  const shown = (value: Decimal) => roundToString(value, decimals, rounding);
  const [from, to] =
    basis === "rounded"
      ? [new D(shown(first.value)), new D(shown(second.value))]
      : [first.value, second.value];
  const points = change(to.minus(from), decimals, rounding, "points");
  const relative = from.isZero()
    ? null
    : change(to.minus(from).dividedBy(from).times(100), decimals, rounding, "relative");
  const counts =
    first.counts && second.counts
      ? {
          done: second.counts.done - first.counts.done,
          total: second.counts.total - first.counts.total,
        }
      : null;
  return {
    ok: true,
    value: {
      before: shown(first.value),
      after: shown(second.value),
      points,
      relative,
      counts,
      decimals,
      rounding,
      basis,
    },
    issues: [],
  };
}
