import type { Decimal } from "decimal.js";
import { normalizeText, toSimplified } from "../_lib/text.js";
import { DuchaError } from "../errors.js";
import { issueFrom, type Result } from "../issue.js";
import type { Lang } from "../lang.js";
import { checkCounts } from "./_counts.js";
import { exact, percentOf } from "./_exact.js";
import type { CompletionRate } from "./completionRate.js";
import { METRICS_ISSUES } from "./issues.js";
import { assertRoundingMode, DEFAULT_ROUNDING, type RoundingMode } from "./rounding.js";

/**
 * A range of percentages with open or closed ends, e.g. 超过97% = (97, 100].
 *
 * @example
 * ```ts
 * import type { RateRange } from "ducha/metrics";
 * const moreThan97: RateRange = { min: 97, max: 100, minInclusive: false, maxInclusive: true };
 * ```
 * @category Metrics
 */
export interface RateRange {
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/**
 * What kind of claim a wording makes: an `exact` figure read with its precision, or an
 * approximate one (`nearly` 近, `about` 约 / X成, `more_than` 超过/逾/过半, `at_least` …以上,
 * `less_than` 不足, `at_most` …以下, `within_tenth` X成多, `all` 全部).
 *
 * @example
 * ```ts
 * import type { RateWording } from "ducha/metrics";
 * const wording: RateWording = "nearly";
 * ```
 * @category Metrics
 */
export type RateWording =
  | "exact"
  | "all"
  | "nearly"
  | "about"
  | "more_than"
  | "at_least"
  | "less_than"
  | "at_most"
  | "within_tenth";

/**
 * A rate read from text: its range in percent, the kind of wording, the number of decimals of an
 * exact figure (`null` for approximate wording) and the part of the (normalised) text that was read.
 *
 * @example
 * ```ts
 * import { readApproximate } from "ducha/metrics";
 * const read = readApproximate("完成率近60%");
 * if (read.ok) read.value.matched; //=> "近60%"
 * ```
 * @category Metrics
 */
export interface ReadRate extends RateRange {
  readonly wording: RateWording;
  readonly decimals: number | null;
  readonly matched: string;
}

/**
 * Tolerances used to read approximate wording, in percentage points.
 *
 * - `roundTens`: 近60% / 近六成 = [55, 60); 约60% / 六成 = [55, 65). Speakers round to tens.
 * - `other`: 近98% = [97, 98); 约98% = [97, 99). A figure that is not a round ten is precise.
 * - `half`: 半数 = [48, 52]; 近半 = [45, 50) uses `roundTens`.
 *
 * {@link describeApproximately} stays well inside these: it says 近X成 only within 2 points below
 * X0% and X成 only up to 2.5 points above it, so reading its own words back always contains the
 * rate.
 *
 * @example
 * ```ts
 * import { APPROXIMATE_TOLERANCE } from "ducha/metrics";
 * APPROXIMATE_TOLERANCE.roundTens; //=> 5
 * ```
 * @category Metrics
 */
export const APPROXIMATE_TOLERANCE = { roundTens: 5, other: 1, half: 2 } as const;

// ---------------------------------------------------------------------------------------------
// Reading

/** Chinese numerals of 成 (tenths). */
const TENTHS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Full-width digits and signs to ASCII, traditional to simplified, spaces collapsed. */
function normalise(text: string): string {
  return toSimplified(normalizeText(text));
}

type Range = Omit<ReadRate, "matched">;

interface ReadRule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, rounding: RoundingMode) => Range | undefined;
}

function range(
  wording: RateWording,
  min: Decimal.Value,
  max: Decimal.Value,
  minInclusive: boolean,
  maxInclusive: boolean,
): Range | undefined {
  const D = exact();
  const low = new D(min);
  const high = new D(max);
  if (low.isNegative() || high.greaterThan(100) || low.greaterThan(high)) return undefined;
  return {
    wording,
    min: low.toNumber(),
    max: high.toNumber(),
    minInclusive,
    maxInclusive,
    decimals: null,
  };
}

function tolerance(value: string): number {
  const D = exact();
  const number = new D(value);
  return number.isInteger() && number.modulo(10).isZero()
    ? APPROXIMATE_TOLERANCE.roundTens
    : APPROXIMATE_TOLERANCE.other;
}

function clampLow(value: Decimal): Decimal {
  return value.isNegative() ? new (exact())(0) : value;
}

function clampHigh(value: Decimal): Decimal {
  return value.greaterThan(100) ? new (exact())(100) : value;
}

function near(value: string): Range | undefined {
  const D = exact();
  return range("nearly", clampLow(new D(value).minus(tolerance(value))), value, true, false);
}

function about(value: string): Range | undefined {
  const D = exact();
  const v = new D(value);
  if (v.greaterThan(100)) return undefined;
  const t = tolerance(value);
  const high = v.plus(t);
  return range("about", clampLow(v.minus(t)), clampHigh(high), true, high.greaterThan(100));
}

/** The range an exact figure with its decimals stands for under a rounding mode. */
function exactRange(value: string, rounding: RoundingMode): Range | undefined {
  const D = exact();
  const v = new D(value);
  if (v.greaterThan(100)) return undefined;
  const decimals = v.decimalPlaces();
  const unit = new D(10).pow(-decimals);
  const half = unit.dividedBy(2);
  const lastDigitEven = v.times(new D(10).pow(decimals)).modulo(2).isZero();
  const [low, high, minInclusive, maxInclusive] =
    rounding === "half-up"
      ? [v.minus(half), v.plus(half), true, false]
      : rounding === "half-even"
        ? [v.minus(half), v.plus(half), lastDigitEven, lastDigitEven]
        : rounding === "down"
          ? [v, v.plus(unit), true, false]
          : [v.minus(unit), v, false, true];
  const cappedHigh = high.greaterThan(100);
  const flooredLow = low.isNegative();
  const result = range(
    "exact",
    clampLow(low),
    clampHigh(high),
    flooredLow || minInclusive,
    cappedHigh || maxInclusive,
  );
  return result && { ...result, decimals };
}

function tenths(match: RegExpExecArray, group: number): number {
  return TENTHS[match[group] ?? ""] ?? 0;
}

type Bound = "less_than" | "more_than" | "at_least" | "at_most";

/**
 * Words that bound a rate from one side, in Chinese and English, used before a percentage (不低于
 * 90%), a half (不到一半) and a tenth (最多三成). A negated bound (不超过 = at most, 不低于 = at
 * least, 未过 = not more than) starts before the plain word it contains, so the earliest-match
 * rule reads it whole.
 */
const BOUND_WORDS: Readonly<Record<Bound, { readonly zh: string; readonly en: string }>> = {
  less_than: { zh: "不足|不到|不满|低于|少于|未达到|未达|没有?达到", en: "less than|under|below" },
  more_than: { zh: "超过|超出|逾|高于|多于|超|过", en: "more than|over|above" },
  at_least: { zh: "不低于|不少于|不小于|不下于|至少", en: "at least|no less than|not less than" },
  at_most: {
    zh: "不超过|不超出|不高于|不多于|不大于|未超过|未超出|没有?超过|未过|没有?过|至多|最多",
    en: "at most|no more than|not more than",
  },
};

/** The range a bound word gives a value: 不足 90 = [0, 90), 超过 90 = (90, 100]. */
function bounded(bound: Bound, value: Decimal.Value): Range | undefined {
  return bound === "less_than" || bound === "at_most"
    ? range(bound, 0, value, true, bound === "at_most")
    : range(bound, value, 100, bound === "at_least", true);
}

/** A bound word and a percentage (the figure is group 1): 不低于90%, at least 90 %. */
function percentAfter(bound: Bound): RegExp {
  const { zh, en } = BOUND_WORDS[bound];
  return new RegExp(`(?:${zh}|\\b(?:${en}))\\s*(\\d+(?:\\.\\d+)?)\\s*%`, "i");
}

/**
 * A bound word and a half: 不到一半, less than half. 半 alone only after 过 (过半, 未过半): in
 * 不到半个月 it is not a rate.
 */
function halfAfter(bound: Bound): RegExp {
  const { zh, en } = BOUND_WORDS[bound];
  const halves = bound === "more_than" || bound === "at_most" ? "一半|半数|半" : "一半|半数";
  return new RegExp(`(?:${zh})(?:${halves})|\\b(?:${en}) half\\b`, "i");
}

/** A bound word and a tenth (the digit is group 1): 不少于九成, 最多三成. */
function tenthAfter(bound: Bound): RegExp {
  return new RegExp(`(?:${BOUND_WORDS[bound].zh})([一二两三四五六七八九])成`);
}

/** The bounds in the order their rules are tried when two readings tie. */
const BOUNDS: readonly Bound[] = ["at_least", "less_than", "at_most", "more_than"];

/**
 * Rules to read rate wording; the earliest match in the text wins, then the longer one. A figure
 * starts where a digit run starts (`(?<!\d)`): retrying from every digit of a long run without a
 * "%" would take quadratic time (minutes on a 100,000-digit text).
 */
const READ_RULES: readonly ReadRule[] = [
  {
    // 未全部办结 / not all done deny the claim: read no rate from them, but a figure after them.
    pattern:
      /(?<!未|不|没|没有|未能|不能|无法|尚未)全部(?:办结|完成|整改到位|到位|销号|结案)|^全部$|^all$|(?<!\bnot )\ball (?:done|closed|completed)\b/i,
    read: () => range("all", 100, 100, true, true),
  },
  {
    pattern: /(?:将近|接近|近)(?:一半|半数|半)|\b(?:nearly|almost) half\b/i,
    read: () => range("nearly", 50 - APPROXIMATE_TOLERANCE.roundTens, 50, true, false),
  },
  {
    pattern: /(?:半数|一半)以上/,
    read: () => bounded("at_least", 50),
  },
  ...BOUNDS.map((bound) => ({ pattern: halfAfter(bound), read: () => bounded(bound, 50) })),
  {
    pattern: /半数|一半|\bhalf\b/i,
    read: () =>
      range("about", 50 - APPROXIMATE_TOLERANCE.half, 50 + APPROXIMATE_TOLERANCE.half, true, true),
  },
  ...BOUNDS.map((bound) => ({
    pattern: percentAfter(bound),
    read: (m: RegExpExecArray) => bounded(bound, m[1] ?? ""),
  })),
  {
    pattern: /(?:将近|接近|近|\bnearly|\balmost|\bclose to)\s*(\d+(?:\.\d+)?)\s*%/i,
    read: (m) => near(m[1] ?? ""),
  },
  {
    pattern: /(?:大约|约|\babout|\baround|\broughly|\bapproximately)\s*(\d+(?:\.\d+)?)\s*%/i,
    read: (m) => about(m[1] ?? ""),
  },
  {
    pattern: /(?<!\d)(\d+(?:\.\d+)?)\s*%\s*(以上|以下|左右)/,
    read: (m) =>
      m[2] === "以上"
        ? bounded("at_least", m[1] ?? "")
        : m[2] === "以下"
          ? bounded("at_most", m[1] ?? "")
          : about(m[1] ?? ""),
  },
  {
    pattern: /(?<!\d)(\d+(?:\.\d+)?)\s*%/,
    read: (m, rounding) => exactRange(m[1] ?? "", rounding),
  },
  ...BOUNDS.map((bound) => ({
    pattern: tenthAfter(bound),
    read: (m: RegExpExecArray) => bounded(bound, tenths(m, 1) * 10),
  })),
  {
    pattern: /(?:将近|接近|近)([一二两三四五六七八九])成/,
    read: (m) => near(String(tenths(m, 1) * 10)),
  },
  {
    pattern: /(?:大约|约)([一二两三四五六七八九])成/,
    read: (m) => about(String(tenths(m, 1) * 10)),
  },
  {
    pattern: /([一二两三四五六七八九])成(以上|多|余|左右)/,
    read: (m) => {
      const base = tenths(m, 1) * 10;
      if (m[2] === "以上") return bounded("at_least", base);
      if (m[2] === "左右") return about(String(base));
      return range("within_tenth", base, base + 10, false, false);
    },
  },
  {
    pattern: /([一二两三四五六七八九])成/,
    read: (m) => about(String(tenths(m, 1) * 10)),
  },
];

/** A whole text that is just a number, possibly after words such as "办结率达": a bare percent. */
const BARE_NUMBER = /^[^\d]*?(\d+(?:\.\d+)?)$/;

/**
 * Reads a published rate, exact or approximate, as a range in percent. Full-width digits and
 * signs (９７．６４％), traditional characters (過半, 近六成) and surrounding words (办结率达81%,
 * 完成率近60%) are accepted; the earliest rate wording in the text is read.
 *
 * | wording | range |
 * | --- | --- |
 * | 97.64% / 97.64 (exact, half-up) | [97.635, 97.645) |
 * | 近60% / 近六成 / nearly 60% | [55, 60) |
 * | 近98% | [97, 98) |
 * | 约60% / 六成 / about 60% | [55, 65) |
 * | 超过97% / 逾97% / more than 97% | (97, 100] |
 * | 97%以上 / 七成以上 | [97, 100] / [70, 100] |
 * | 不低于90% / 至少95% / at least 90% | [90, 100] / [95, 100] |
 * | 不超过5% / 未超过90% / no more than 5% | [0, 5] / [0, 90] |
 * | 不足一成 / 未达到10% / less than 10% | [0, 10) |
 * | 未过半 / not more than half | [0, 50] |
 * | 不到一半 / less than half | [0, 50) |
 * | 七成多 | (70, 80) |
 * | 半数 / half | [48, 52] |
 * | 近半 / nearly half | [45, 50) |
 * | 过半 / 超过半数 / more than half | (50, 100] |
 * | 全部 / 全部办结 / all | [100, 100] (未全部办结 / not all done: not read) |
 *
 * @param text - The published wording.
 * @param options - `rounding` used to read exact figures (default `"half-up"`).
 * @returns `{ ok: false }` with `rate_text_unreadable` when no rate can be read (or it exceeds 100%).
 * @throws {DuchaError} `invalid_argument` for an unknown rounding mode.
 * @example
 * ```ts
 * import { readApproximate } from "ducha/metrics";
 * const near = readApproximate("近六成");
 * if (near.ok) [near.value.min, near.value.max, near.value.maxInclusive]; //=> [55, 60, false]
 * const exact = readApproximate("结案销号率９７．６４％");
 * if (exact.ok) [exact.value.min, exact.value.max, exact.value.decimals]; //=> [97.635, 97.645, 2]
 * readApproximate("正在推进").ok; //=> false
 * ```
 * @category Metrics
 */
export function readApproximate(
  text: string,
  options: { readonly rounding?: RoundingMode } = {},
): Result<ReadRate> {
  const rounding = assertRoundingMode(options.rounding ?? DEFAULT_ROUNDING);
  const unreadable: Result<ReadRate> = {
    ok: false,
    issues: [issueFrom(METRICS_ISSUES, "rate_text_unreadable", [], { text: String(text) })],
  };
  if (typeof text !== "string") return unreadable;
  const source = normalise(text);

  let best: { rule: ReadRule; match: RegExpExecArray } | undefined;
  for (const rule of READ_RULES) {
    const match = rule.pattern.exec(source);
    if (match === null) continue;
    if (
      best === undefined ||
      match.index < best.match.index ||
      (match.index === best.match.index && match[0].length > best.match[0].length)
    ) {
      best = { rule, match };
    }
  }
  if (best !== undefined) {
    const read = best.rule.read(best.match, rounding);
    return read === undefined
      ? unreadable
      : { ok: true, value: { ...read, matched: best.match[0] }, issues: [] };
  }
  const bare = BARE_NUMBER.exec(source);
  const read = bare?.[1] === undefined ? undefined : exactRange(bare[1], rounding);
  return read === undefined || bare === null
    ? unreadable
    : { ok: true, value: { ...read, matched: bare[1] ?? "" }, issues: [] };
}

/**
 * True when a percentage lies in a range, ends included or excluded as the range says. The
 * comparison is exact (decimal.js), so 97.645 is outside [97.635, 97.645).
 *
 * @example
 * ```ts
 * import { rangeContains } from "ducha/metrics";
 * const range = { min: 55, max: 60, minInclusive: true, maxInclusive: false };
 * rangeContains(range, 58.92); //=> true
 * rangeContains(range, 60); //=> false
 * ```
 * @category Metrics
 */
export function rangeContains(range: RateRange, percent: number | string): boolean {
  const D = exact();
  return rangeContainsDecimal(range, new D(percent));
}

/** As {@link rangeContains}, for a Decimal already computed (e.g. 100·done/total). */
export function rangeContainsDecimal(range: RateRange, value: Decimal): boolean {
  const low = value.comparedTo(range.min);
  const high = value.comparedTo(range.max);
  return (range.minInclusive ? low >= 0 : low > 0) && (range.maxInclusive ? high <= 0 : high < 0);
}

// ---------------------------------------------------------------------------------------------
// Describing

const ZH_TENTHS = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九"] as const;

function phrase(zh: string, en: string, lang: Lang): string {
  return lang === "zh-CN" ? zh : en;
}

/** Picks the wording for an exact percentage; the rules are listed on describeApproximately. */
function describePercent(p: Decimal, lang: Lang): string {
  if (p.equals(100)) return phrase("全部", "all", lang);
  if (p.isZero()) return "0%";
  if (p.equals(50)) return phrase("半数", "half", lang);
  if (p.greaterThanOrEqualTo(48) && p.lessThan(50)) return phrase("近半", "nearly half", lang);
  if (p.greaterThan(50) && p.lessThanOrEqualTo(52.5)) return phrase("过半", "more than half", lang);
  if (p.greaterThanOrEqualTo(90)) {
    const whole = p.floor().toFixed(0);
    return p.isInteger() ? `${whole}%` : phrase(`超过${whole}%`, `more than ${whole}%`, lang);
  }
  if (p.lessThan(8)) return phrase("不足一成", "less than 10%", lang);
  const tens = p.dividedBy(10).floor().toNumber();
  const rest = p.minus(tens * 10);
  if (rest.greaterThanOrEqualTo(8)) {
    return phrase(`近${ZH_TENTHS[tens + 1]}成`, `nearly ${(tens + 1) * 10}%`, lang);
  }
  if (rest.lessThanOrEqualTo(2.5))
    return phrase(`${ZH_TENTHS[tens]}成`, `about ${tens * 10}%`, lang);
  return phrase(`逾${ZH_TENTHS[tens]}成`, `more than ${tens * 10}%`, lang);
}

function misuse(zh: string, en: string, details: Record<string, unknown>): DuchaError {
  return new DuchaError("invalid_argument", { "zh-CN": zh, en }, details);
}

/**
 * Says a rate in words, the way reports do. Rules, on the exact percentage p (first match wins):
 *
 * | p | zh-CN | en |
 * | --- | --- | --- |
 * | 100 | 全部 | all |
 * | 0 | 0% | 0% |
 * | 50 | 半数 | half |
 * | [48, 50) | 近半 | nearly half |
 * | (50, 52.5] | 过半 | more than half |
 * | [90, 100), whole N | N% | N% |
 * | (N, N+1) with N ≥ 90 | 超过N% | more than N% |
 * | (0, 8) | 不足一成 | less than 10% |
 * | [X0−2, X0) | 近X成 | nearly X0% |
 * | [X0, X0+2.5] | X成 | about X0% |
 * | (X0+2.5, X0+8) | 逾X成 | more than X0% |
 *
 * Each phrase read back with {@link readApproximate} gives a range that contains p. An undefined
 * rate (0 of 0) is "—".
 *
 * @param rate - A percentage 0–100, a {@link CompletionRate}, or `done` followed by `total`.
 * @throws {DuchaError} `invalid_argument` for a percentage outside 0–100 or not finite, or counts
 *   that {@link completionRate} would reject (check data with it first).
 * @example
 * ```ts
 * import { describeApproximately } from "ducha/metrics";
 * describeApproximately(1275, 2164); //=> "近六成"
 * describeApproximately(357, 493); //=> "七成"
 * describeApproximately(4593, 4704, "en"); //=> "more than 97%"
 * describeApproximately(58.95, "en"); //=> "nearly 60%"
 * ```
 * @category Metrics
 */
export function describeApproximately(rate: number | CompletionRate, lang?: Lang): string;
export function describeApproximately(done: number, total: number, lang?: Lang): string;
export function describeApproximately(
  first: number | CompletionRate,
  second?: number | Lang,
  third?: Lang,
): string {
  const lang: Lang = (typeof second === "string" ? second : third) ?? "zh-CN";
  if (lang !== "zh-CN" && lang !== "en") {
    throw misuse(`未知的语言：${String(lang)}`, `unknown language: ${String(lang)}`, { lang });
  }
  if (typeof first === "number" && typeof second === "number") {
    const issues = checkCounts(first, second);
    if (issues.length > 0) {
      throw misuse(issues[0]?.message["zh-CN"] ?? "", issues[0]?.message.en ?? "", { issues });
    }
    return second === 0 ? "—" : describePercent(percentOf(first, second), lang);
  }
  if (typeof first === "number") {
    if (!Number.isFinite(first) || first < 0 || first > 100) {
      throw misuse(
        `百分比须在0到100之间：${first}`,
        `a percentage must be from 0 to 100: ${first}`,
        {
          percent: first,
        },
      );
    }
    const D = exact();
    return describePercent(new D(first), lang);
  }
  return first.defined ? describePercent(percentOf(first.done, first.total), lang) : "—";
}
