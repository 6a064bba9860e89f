import { parseChineseNumber, toSimplified } from "../_lib/text.js";
import type { FigureCount, TextSpan } from "./figureTypes.js";

// Full-width forms turned into ASCII, except the Chinese punctuation ！（），：；？ kept as is.
const isFullWidth = (code: number): boolean =>
  code >= 0xff01 && code <= 0xff5e && "！（），：；？".indexOf(String.fromCharCode(code)) < 0;
const isZeroWidth = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
// A pinyin reading some reposting sites put after a character: "辦結(jié)", "問責(zé)". It would split
// the words the extractors look for, so it is skipped like a zero-width character.
const RUBY = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * The text the extractors read, with the way back to the original: `text` is simplified,
 * half-width and without zero-width characters; `map[i]` is the offset in the original text of
 * `text[i]` (one entry more, for the end).
 */
export interface MappedText {
  readonly original: string;
  readonly text: string;
  readonly map: readonly number[];
}

/** Normalises one character at a time so every character keeps its original offset. */
export function mapText(original: string): MappedText {
  const simplified = toSimplified(original); // one character for one: offsets are unchanged
  const map: number[] = [];
  let text = "";
  for (let i = 0; i < simplified.length; i++) {
    const code = simplified.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    if (code === 0x28 && HAN.test(simplified.charAt(i - 1))) {
      const ruby = RUBY.exec(simplified.slice(i, i + 9));
      if (ruby !== null) {
        i += ruby[0].length - 1;
        continue;
      }
    }
    let c = simplified.charAt(i);
    if (isFullWidth(code)) c = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) c = " ";
    text += c;
    map.push(i);
  }
  map.push(original.length);
  return { original, text: text.replace(NUMERAL_RUN, smallNumerals), map };
}

// The capital numerals of amounts on official documents (人民币壹拾万元整), one character for one,
// read only in a run of numerals right before 元 or 圆: 伍 and 陆 are also words (队伍, 大陆).
const CAPITAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
const SMALL = "一二二三三四五六六七八九十百千";
// Whole runs, with 元 checked after the match: a lookahead would make the engine retry every
// shorter run at every start, quadratic on a long run of numerals.
const NUMERAL_RUN = new RegExp(`[零〇${CAPITAL}${SMALL}两万萬亿]+`, "g");
const CAPITAL_CHAR = new RegExp(`[${CAPITAL}]`, "g");
const AMOUNT_END = /[元圆]/;
function smallNumerals(run: string, offset: number, text: string): string {
  if (!AMOUNT_END.test(text.charAt(offset + run.length))) return run;
  return run.replace(CAPITAL_CHAR, (c) => SMALL.charAt(CAPITAL.indexOf(c)));
}

/** The original span of `text[start, end)`. */
export function spanOf(mapped: MappedText, start: number, end: number): TextSpan {
  const from = mapped.map[start] ?? mapped.original.length;
  const to = end > start ? (mapped.map[end - 1] ?? from) + 1 : from;
  return { start: from, end: to };
}

/** The span and its original text. */
export function quoteOf(
  mapped: MappedText,
  start: number,
  end: number,
): {
  span: TextSpan;
  quote: string;
} {
  const span = spanOf(mapped, start, end);
  return { span, quote: mapped.original.slice(span.start, span.end) };
}

/** A count whose span runs over `text[start, end)`. */
export function countAt(
  mapped: MappedText,
  value: number,
  start: number,
  end: number,
  derived = false,
): FigureCount {
  return { value, ...quoteOf(mapped, start, end), derived };
}

/** The span covering several spans. */
export function cover(spans: readonly TextSpan[]): TextSpan {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start: Number.isFinite(start) ? start : 0, end };
}

/**
 * A number as written in reports: Arabic (with thousands separators, 万/亿) or Chinese. It starts
 * where its run of digits or numerals starts: retrying from every character of a long run that is
 * not followed by a unit would take quadratic time (a minute on 50,000 "一").
 */
export const NUMBER_SOURCE =
  "(?<!\\d)(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?(?:万|亿)?" +
  "|(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]+";

/** Reads a matched number; `undefined` when it cannot be read (never a guess). */
export function readNumber(s: string): number | undefined {
  return parseChineseNumber(s);
}

/** A stretch of the normalised text: a sentence (。！？ or line end) or a segment (also ；). */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = /[。！？!?\n]/g;
const SEGMENT_END = /[。！？!?\n；;]/g;

function stretches(text: string, ends: RegExp): Stretch[] {
  const out: Stretch[] = [];
  let start = 0;
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

/** Sentences of the normalised text. */
export function sentencesOf(text: string): Stretch[] {
  return stretches(text, SENTENCE_END);
}

/** Segments (sentences also cut at ；) of the normalised text. */
export function segmentsOf(text: string): Stretch[] {
  return stretches(text, SEGMENT_END);
}

/** The stretch that holds offset `at` (binary search over stretches in order). */
export function stretchAt(list: readonly Stretch[], at: number): Stretch | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid] as Stretch;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
