import { parseChineseNumber } from "../_lib/text.js";
import { type MappedText, mapText, NUMBER_SOURCE, quoteOf } from "../audit/_figureText.js";
import type { TextSpan } from "../audit/figureTypes.js";
import type { Bilingual } from "../lang.js";
import type { EnforcementOutcomes } from "../model/petition.js";
import { OUTCOME_KIND, OUTCOME_KINDS, type OutcomeKey } from "./kinds.js";
import { sumOutcomes } from "./sumOutcomes.js";

/**
 * One enforcement figure read from a text: its kind, its value (a count, or for `finesYuan` the
 * yuan, exact to the fen), the measure word as written (`unit`: 家, 起, 人, 元...), whether the text
 * gives it as a total (合计, 共计, 累计, 总计, 共: then the figures of that kind that are not totals
 * are its parts and are not added again), and the passage it was read from.
 *
 * @example
 * ```ts
 * import { readOutcomes } from "ducha/outcomes";
 * const [fine] = readOutcomes("罚款3.56万元").figures;
 * fine; //=> { kind: "finesYuan", value: 35600, unit: "元", total: false, span: { start: 0, end: 8 }, quote: "罚款3.56万元" }
 * ```
 * @category Outcomes
 */
export interface OutcomeFigure {
  readonly kind: OutcomeKey;
  readonly value: number;
  readonly unit: string;
  readonly total: boolean;
  readonly span: TextSpan;
  readonly quote: string;
}

/**
 * Why a cue word was found but no figure was read from it: `no_number` (立案处罚 with no count
 * next to it), `unit` (a count in a measure word the kind does not take, e.g. 约谈3家), `approximate`
 * (万余元, 20多人, 约110万元), `not_whole` (2.5家, a fine below the fen, or a number too large to
 * hold exactly), `proposed` (拟罚款5万元, 拟对其立案处罚: not yet decided).
 *
 * @example
 * ```ts
 * import type { UnreadReason } from "ducha/outcomes";
 * const reason: UnreadReason = "no_number";
 * ```
 * @category Outcomes
 */
export type UnreadReason = "no_number" | "unit" | "approximate" | "not_whole" | "proposed";

/**
 * What each {@link UnreadReason} means, in zh-CN and English, for messages and reports.
 *
 * @example
 * ```ts
 * import { UNREAD_REASONS } from "ducha/outcomes";
 * UNREAD_REASONS.proposed["zh-CN"]; //=> "拟作出，尚未决定"
 * UNREAD_REASONS.approximate.en; //=> "an approximate figure"
 * ```
 * @category Outcomes
 */
export const UNREAD_REASONS: Readonly<Record<UnreadReason, Bilingual>> = {
  no_number: { "zh-CN": "未写数字", en: "no number given" },
  unit: { "zh-CN": "计量单位不符", en: "a measure word the kind does not take" },
  approximate: { "zh-CN": "约数", en: "an approximate figure" },
  not_whole: { "zh-CN": "不是整数或无法精确表示", en: "not a whole number, or not exact" },
  proposed: { "zh-CN": "拟作出，尚未决定", en: "proposed, not yet decided" },
};

/**
 * A cue word whose figure could not be read; it is left as text, never guessed.
 *
 * @example
 * ```ts
 * import { readOutcomes } from "ducha/outcomes";
 * readOutcomes("责令该公司限期整改").unread[0]?.reason; //=> "no_number"
 * ```
 * @category Outcomes
 */
export interface UnreadOutcome {
  readonly kind: OutcomeKey;
  readonly reason: UnreadReason;
  readonly span: TextSpan;
  readonly quote: string;
}

/**
 * What {@link readOutcomes} read: the counts (`outcomes`, only the kinds it found), every figure
 * with its passage, and every cue it could not read.
 *
 * @example
 * ```ts
 * import { readOutcomes } from "ducha/outcomes";
 * const read = readOutcomes("责令整改3家，立案处罚2家");
 * read.outcomes; //=> { ordersToRectify: 3, casesFiled: 2 }
 * read.unread.length; //=> 0
 * ```
 * @category Outcomes
 */
export interface ReadOutcomes {
  readonly outcomes: EnforcementOutcomes;
  readonly figures: readonly OutcomeFigure[];
  readonly unread: readonly UnreadOutcome[];
}

// ---------------------------------------------------------------------------------------------
// Patterns, built once from the table.

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const longestFirst = (a: string, b: string): number => b.length - a.length;

interface Patterns {
  readonly cue: RegExp;
  readonly cueKind: ReadonlyMap<string, OutcomeKey>;
  /** By kind key: its own measure words; by key + "*": any measure word. */
  readonly forward: ReadonlyMap<string, RegExp>;
  readonly backward: ReadonlyMap<string, RegExp>;
}

const NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";
// Between a cue and its number: anything but digits, numerals and the ends of a clause; a comma
// only when a total follows ("罚款3起，合计12万元").
const TOTAL_WORD = "合计|共计|累计|总计|金额";
const FILLER = `(?:[^，,。；;\\n\\d${NUMERAL_CHARS}]|[，,](?=${TOTAL_WORD}))`;
// For money only: a count of cases may stand between 罚款 and the amount ("罚款3起，合计12万元").
const CASE_COUNT = `(?:\\d+|[一二两三四五六七八九十]+)(?:起|家|个|件|宗|户|次)`;
// Between a number's measure word and the cue after it: "对3家企业立案处罚", "2人被问责".
const BACK_FILLER = `[^，,、。；;：:\\n\\d${NUMERAL_CHARS}]`;
// 余 or 多 after a number, with the 万 or 亿 written after it ("1492余万元"): approximate.
const APPROX = "(?:(余|多)(?:万|亿)?)?";

let patterns: Patterns | undefined;

function buildPatterns(): Patterns {
  const cueKind = new Map<string, OutcomeKey>();
  for (const kind of OUTCOME_KINDS) for (const cue of kind.cues) cueKind.set(cue, kind.key);
  // Plain cues first (longest first), then the open cues, one named group per kind.
  const open = OUTCOME_KINDS.flatMap((kind) =>
    (kind.openCues ?? []).map((source) => `(?<${kind.key}>${source})`),
  );
  const cue = new RegExp(
    [...[...cueKind.keys()].sort(longestFirst).map(escapeRegExp), ...open].join("|"),
    "g",
  );
  const forward = new Map<string, RegExp>();
  const backward = new Map<string, RegExp>();
  // Any measure word too, so that a count in the wrong one is seen (and reported) rather than
  // skipped: the kind's own words are tried first, then any ("约谈3家" is reported as a unit).
  const anyUnit = [...new Set(OUTCOME_KINDS.flatMap((k) => k.units))];
  for (const kind of OUTCOME_KINDS) {
    const filler = kind.unit === "元" ? `(?:${CASE_COUNT}|${FILLER})` : FILLER;
    for (const [suffix, units] of [
      ["", kind.units],
      ["*", anyUnit],
    ] as const) {
      const unitGroup = `(${[...units].sort(longestFirst).map(escapeRegExp).join("|")})`;
      forward.set(
        kind.key + suffix,
        new RegExp(`^(${filler}{0,16}?)(${NUMBER_SOURCE})${APPROX}${unitGroup}`),
      );
      backward.set(
        kind.key + suffix,
        new RegExp(`(${NUMBER_SOURCE})${APPROX}${unitGroup}(${BACK_FILLER}{0,8})$`),
      );
    }
  }
  patterns = { cue, cueKind, forward, backward };
  return patterns;
}

// Words right before a number that make it approximate: "罚款约14.3亿元", "近百人".
const APPROX_BEFORE = /(?:约|近|逾|超过|超|大约|将近)$/;
// Words before a cue that say it did not happen: "不予立案", "未罚款", "无需约谈".
const NEGATION = /(?:不予|未予|未|无需|无|没有|暂不|免予|不)$/;
// Words before a cue, or in the filler after it, that make the figure a total.
const TOTAL_BEFORE = /(?:合计|共计|累计|总计|共)$/;
const TOTAL_IN = /合计|共计|累计|总计|共/;
const CLAUSE_END = /[。；;\n]/;
// 拟 in the phrase before a cue: a penalty proposed, not yet decided ("拟处罚款5万元").
const PHRASE_END = /[，,。；;\n]/;

// ---------------------------------------------------------------------------------------------
// Numbers.

const ARABIC_AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万|亿)?$/;

/**
 * An amount of yuan as an integer number of fen, read from its digits (no floating point):
 * "2150.5万" → 2150500000 fen. `undefined` below the fen or beyond the safe integers.
 */
function fenOf(number: string): number | undefined {
  const arabic = ARABIC_AMOUNT.exec(number);
  if (arabic === null) {
    const value = parseChineseNumber(number);
    return value === undefined || !Number.isInteger(value) ? undefined : value * 100;
  }
  const int = (arabic[1] as string).replace(/,/g, "");
  const frac = arabic[2] ?? "";
  const shift = 2 + (arabic[3] === "万" ? 4 : arabic[3] === "亿" ? 8 : 0);
  if (frac.length > shift && /[1-9]/.test(frac.slice(shift))) return undefined;
  const digits = `${int}${frac.slice(0, shift).padEnd(shift, "0")}`;
  const fen = BigInt(digits);
  return fen > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(fen);
}

type Reading = { value: number } | { reason: UnreadReason };

/**
 * One figure of an outcome kind written as a bare number, as a ledger's count column holds it: a
 * whole count ("3", "三"), or for `finesYuan` an amount of yuan, exact to the fen, with 万 or 亿
 * after it when the column counts in those ("25.154271万" is 251542.71). A number that is not
 * whole (2.5家, a fine below the fen) gives `{ reason: "not_whole" }`.
 *
 * @example
 * ```ts
 * import { readOutcomeValue } from "ducha/outcomes";
 * readOutcomeValue("finesYuan", "2150.5万"); //=> { value: 21505000 }
 * readOutcomeValue("ordersToRectify", "十二"); //=> { value: 12 }
 * readOutcomeValue("interviews", "2.5"); //=> { reason: "not_whole" }
 * ```
 * @category Outcomes
 */
export function readOutcomeValue(
  key: OutcomeKey,
  number: string,
): { readonly value: number } | { readonly reason: UnreadReason } {
  return readValue(key, number.trim().replace(/,/g, ""), undefined);
}

function readValue(key: OutcomeKey, number: string, approx: string | undefined): Reading {
  if (approx !== undefined) return { reason: "approximate" };
  if (key === "finesYuan") {
    const fen = fenOf(number);
    return fen === undefined ? { reason: "not_whole" } : { value: fen / 100 };
  }
  const value = parseChineseNumber(number);
  return value === undefined || !Number.isInteger(value) || value < 0
    ? { reason: "not_whole" }
    : { value };
}

// ---------------------------------------------------------------------------------------------
// Reading.

interface Cue {
  readonly key: OutcomeKey;
  readonly start: number;
  readonly end: number;
  readonly total: boolean;
  /** Matched by an open cue: its count may stand inside it ("责令228家企业立即整改"). */
  readonly open: boolean;
}

interface Match {
  readonly start: number;
  readonly end: number;
  readonly number: string;
  readonly approx: string | undefined;
  readonly unit: string;
  readonly total: boolean;
}

/** For each offset, where its clause starts and ends (at 。；; or a line break): two passes. */
function clauseBounds(text: string): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(text.length + 1);
  const end = new Int32Array(text.length + 1);
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    start[i] = from;
    if (i < text.length && CLAUSE_END.test(text.charAt(i))) from = i + 1;
  }
  let to = text.length;
  for (let i = text.length; i >= 0; i--) {
    if (i < text.length && CLAUSE_END.test(text.charAt(i))) to = i;
    end[i] = to;
  }
  return { start, end };
}

/**
 * For each offset, whether `word` has been written since the last character matching `end`
 * (one pass, so that asking it for every cue stays linear).
 */
function seenSince(text: string, word: string, end: RegExp): Uint8Array {
  const seen = new Uint8Array(text.length + 1);
  let on = 0;
  for (let i = 0; i < text.length; i++) {
    seen[i] = on;
    const c = text.charAt(i);
    if (end.test(c)) on = 0;
    else if (text.startsWith(word, i)) on = 1;
  }
  seen[text.length] = on;
  return seen;
}

/** For each offset, where the innermost bracket that holds it opens (-1 outside brackets). */
function bracketOpenings(text: string): Int32Array {
  const openAt = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "(" || c === "（") stack.push(i);
    else if ((c === ")" || c === "）") && stack.length > 0) stack.pop();
    openAt[i] = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
  }
  return openAt;
}

function cuesOf(text: string, p: Patterns): Cue[] {
  const out: Cue[] = [];
  const openAt = bracketOpenings(text);
  // Where the first cue of each kind ends: a bracket opened after it details that kind.
  const firstEnd = new Map<OutcomeKey, number>();
  p.cue.lastIndex = 0;
  for (let m = p.cue.exec(text); m !== null; m = p.cue.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (NEGATION.test(before)) continue;
    const openKey = m.groups
      ? (Object.keys(m.groups).find((k) => m.groups?.[k] !== undefined) as OutcomeKey | undefined)
      : undefined;
    const key = openKey ?? (p.cueKind.get(m[0]) as OutcomeKey);
    // A bracket after a figure details it: "问责2人（诫勉谈话1人，通报批评1人）",
    // "问责干部3人（给予3人谈话诫勉问责）". Its cues of a kind already named are not read again.
    const open = openAt[m.index] as number;
    const first = firstEnd.get(key);
    if (open >= 0 && first !== undefined && first <= open) continue;
    if (first === undefined) firstEnd.set(key, m.index + m[0].length);
    out.push({
      key,
      start: m.index,
      end: m.index + m[0].length,
      total: TOTAL_BEFORE.test(before),
      open: openKey !== undefined,
    });
  }
  return out;
}

// The next amount of a list: "、3万元", "和1.5万元", "及2家".
const LIST_NEXT = new RegExp(
  `^(?:、|和|及|与)(${NUMBER_SOURCE})${APPROX}(家次|家|个|处|户|座|项|件|起|宗|人次|人|名|元)`,
);

const INNER = new RegExp(`(${NUMBER_SOURCE})${APPROX}(家次|家|个|处|户|座|项|件|起)`);

/** The count written inside an open cue. */
function innerMatch(text: string, cue: Cue): Match | undefined {
  const m = INNER.exec(text.slice(cue.start, cue.end));
  if (m === null) return undefined;
  const start = cue.start + m.index;
  return {
    start,
    end: start + m[0].length,
    number: m[1] as string,
    approx: m[2],
    unit: m[3] as string,
    total: cue.total,
  };
}

function forwardMatch(text: string, cue: Cue, until: number, p: Patterns): Match | undefined {
  const slice = text.slice(cue.end, until);
  const m =
    (p.forward.get(cue.key) as RegExp).exec(slice) ??
    (p.forward.get(`${cue.key}*`) as RegExp).exec(slice);
  if (m === null) return undefined;
  const filler = m[1] as string;
  const start = cue.end + filler.length;
  return {
    start,
    end: cue.end + m[0].length,
    number: m[2] as string,
    approx: m[3] ?? (APPROX_BEFORE.test(filler) ? "约" : undefined),
    unit: m[4] as string,
    total: cue.total || TOTAL_IN.test(filler),
  };
}

/**
 * The amounts listed after a figure of the same kind: "分别罚款2万元、3万元和1.5万元" gives the
 * 3万元 and 1.5万元 after the first match (each a part, never a total). Amounts of yuan are always
 * read as a list; counts only after 分别.
 */
function listedAfter(text: string, cue: Cue, first: Match, until: number): Match[] {
  const out: Match[] = [];
  const units = OUTCOME_KIND[cue.key].units;
  let at = first.end;
  for (;;) {
    const m = LIST_NEXT.exec(text.slice(at, until));
    if (m === null || !units.includes(m[3] as string)) return out;
    out.push({
      start: at + 1, // after the one-character separator
      end: at + m[0].length,
      number: m[1] as string,
      approx: m[2],
      unit: m[3] as string,
      total: false,
    });
    at += m[0].length;
  }
}

function backwardMatch(text: string, cue: Cue, from: number, p: Patterns): Match | undefined {
  const start = Math.max(from, cue.start - 30);
  const slice = text.slice(start, cue.start);
  const m =
    (p.backward.get(cue.key) as RegExp).exec(slice) ??
    (p.backward.get(`${cue.key}*`) as RegExp).exec(slice);
  if (m === null) return undefined;
  const before = text.slice(Math.max(from, start + m.index - 3), start + m.index);
  return {
    start: start + m.index,
    end: start + m.index + (m[1] as string).length + (m[2] ?? "").length + (m[3] as string).length,
    number: m[1] as string,
    approx: m[2] ?? (APPROX_BEFORE.test(before) ? "约" : undefined),
    unit: m[3] as string,
    total: cue.total || TOTAL_BEFORE.test(before),
  };
}

/**
 * Reads the enforcement outcomes written in the free text of a petition's 处理和整改情况 or
 * 责任追究情况: 责令整改X家 (also 责令限期整改, 责令改正), 立案处罚X家 / 立案查处 / 立案X起, 罚款X万元
 * (also 处罚款, 罚金, 罚款金额, 合计, 共计; kept exactly as yuan), 查封扣押X家, 关停取缔X家,
 * 立案侦查X件, 行政拘留 / 刑事拘留 / 拘留X人, 约谈X人, 问责X人, with the number after the cue or
 * before it ("对3家企业立案处罚", "处以5万元罚款", "2人被问责"); Arabic or Chinese numerals, 万 and
 * 亿, full-width digits and traditional characters. The kinds and their words are the data of
 * {@link OUTCOME_KINDS}.
 *
 * Fines are yuan as a number exact to the fen: each amount is read from its digits as an integer
 * number of fen (2150.5万元 → 21505000, 3.56万元 → 35600) and sums are taken on fen
 * ({@link sumOutcomes}), so no floating-point error enters. A cue with no readable figure
 * (立案处罚 with no count, 万余元, 约谈3家) is returned in `unread`, never guessed; a negated cue
 * (不予处罚, 未罚款) is neither a figure nor unread. When a kind has a figure given as a total
 * (合计, 共计, 累计, 总计, 共), the total is what counts and the other figures of that kind are its
 * parts. A pure function.
 *
 * @example
 * ```ts
 * import { readOutcomes } from "ducha/outcomes";
 * const read = readOutcomes("责令限期整改，对该公司立案处罚，罚款2150.5万元；约谈负责人2人，问责1人。");
 * read.outcomes; //=> { finesYuan: 21505000, interviews: 2, accountablePeople: 1 }
 * read.unread.map((u) => u.quote); //=> ["责令限期整改", "立案处罚"]
 * ```
 * @category Outcomes
 */
export function readOutcomes(text: string): ReadOutcomes {
  if (typeof text !== "string" || text === "") return { outcomes: {}, figures: [], unread: [] };
  const p = patterns ?? buildPatterns();
  const mapped: MappedText = mapText(text);
  const norm = mapped.text;
  const cues = cuesOf(norm, p);
  const bounds = clauseBounds(norm);
  const found: (Match | undefined)[] = cues.map((cue, i) => {
    const next = cues[i + 1];
    const until = Math.min(next?.start ?? norm.length, bounds.end[cue.end] as number);
    return (cue.open ? innerMatch(norm, cue) : undefined) ?? forwardMatch(norm, cue, until, p);
  });
  // Backward only where no number followed the cue, and never over a number already used.
  let used = 0;
  const listWord = seenSince(norm, "分别", CLAUSE_END);
  const proposed = seenSince(norm, "拟", PHRASE_END);
  const listed: Match[][] = cues.map((cue, i) => {
    if (found[i] === undefined) {
      const from = Math.max(used, bounds.start[cue.start] as number, cues[i - 1]?.end ?? 0);
      found[i] = backwardMatch(norm, cue, from, p);
    }
    const first = found[i];
    const until = Math.min(cues[i + 1]?.start ?? norm.length, bounds.end[cue.end] as number);
    // A list of counts only after 分别 ("分别约谈2人、3人"): "问责2人、3人被约谈" is two kinds.
    const listable = cue.key === "finesYuan" || listWord[cue.start] === 1;
    const more =
      first === undefined || first.end < cue.end || !listable
        ? []
        : listedAfter(norm, cue, first, until);
    used = Math.max(used, more.at(-1)?.end ?? first?.end ?? cue.end, cue.end);
    return more;
  });
  const figures: OutcomeFigure[] = [];
  const unread: UnreadOutcome[] = [];
  const read = (cue: Cue, match: Match | undefined, start: number, end: number): void => {
    const quoted = quoteOf(mapped, start, end);
    if (proposed[Math.min(cue.start, match?.start ?? cue.start)] === 1) {
      unread.push({ kind: cue.key, reason: "proposed", ...quoted });
      return;
    }
    if (match === undefined) {
      unread.push({ kind: cue.key, reason: "no_number", ...quoted });
      return;
    }
    if (!OUTCOME_KIND[cue.key].units.includes(match.unit)) {
      unread.push({ kind: cue.key, reason: "unit", ...quoted });
      return;
    }
    const reading = readValue(cue.key, match.number, match.approx);
    if ("reason" in reading) {
      unread.push({ kind: cue.key, reason: reading.reason, ...quoted });
      return;
    }
    figures.push({
      kind: cue.key,
      value: reading.value,
      unit: match.unit,
      total: match.total,
      ...quoted,
    });
  };
  cues.forEach((cue, i) => {
    const match = found[i];
    read(
      cue,
      match,
      Math.min(cue.start, match?.start ?? cue.start),
      Math.max(cue.end, match?.end ?? cue.end),
    );
    for (const next of listed[i] as Match[]) read(cue, next, next.start, next.end);
  });
  return { outcomes: outcomesOf(figures), figures, unread };
}

/** The counts of a text's figures: totals when the kind has one, otherwise every figure. */
function outcomesOf(figures: readonly OutcomeFigure[]): EnforcementOutcomes {
  const parts: EnforcementOutcomes[] = [];
  for (const kind of OUTCOME_KINDS) {
    const mine = figures.filter((f) => f.kind === kind.key);
    const counted = mine.some((f) => f.total) ? mine.filter((f) => f.total) : mine;
    for (const f of counted) parts.push({ [kind.key]: f.value });
  }
  const sum = sumOutcomes(parts);
  // detentions is the total of every detention; the split fields refine it.
  const split = (sum.administrativeDetentions ?? 0) + (sum.criminalDetentions ?? 0);
  if (split > 0) return { ...sum, detentions: (sum.detentions ?? 0) + split };
  return sum;
}
