/**
 * The grammar of deadline texts as data: one normalisation pass, one regular expression for a
 * point in time, and tables for what surrounds it. parseDeadline.ts reads these tables.
 *
 * @module
 * @internal
 */
import { isSettledText, normalizeText, parseChineseNumber, toSimplified } from "../_lib/text.js";
import type { Recurrence } from "./types.js";

// Chinese numerals that stand for a year, month, day or quarter ("二〇一八年", "十二月底",
// "第三季度"); numerals elsewhere ("完成一期") are words, not figures, and stay as they are.
// A run is tried from its first numeral only: from every one, a long run takes quadratic time.
const CN_NUMERAL =
  /(?<![〇○零一二三四五六七八九十两])[〇○零一二三四五六七八九十两]+(?=[年月日号]|季度)/g;
const SPACES = /\s+/g;
const numeralToDigits = (run: string): string => String(parseChineseNumber(run) ?? run);

/** Any character CN_NUMERAL could start a match on. */
const CN_NUMERAL_CHAR = /[〇○零一二三四五六七八九十两]/;

/** The one normalisation pass: full-width, traditional characters, spaces, Chinese numerals. */
export function normalizeDeadlineText(text: string): string {
  // Most deadline texts are already normal: one scan instead of six regular-expression passes.
  // Settled text has no space, full-width or traditional character: only numerals may remain.
  if (isSettledText(text)) {
    return CN_NUMERAL_CHAR.test(text) ? text.replace(CN_NUMERAL, numeralToDigits) : text;
  }
  return toSimplified(normalizeText(text)).replace(SPACES, "").replace(CN_NUMERAL, numeralToDigits);
}

/**
 * A point in time. Groups: 1-3 a numeric date (2024-12-31, 2018.6.30); 4 a year (also a bare
 * year before a range connector: "2023-2025年"); 5 a year relative to the anchor (今年, 明年);
 * 6 month, 7 day, 8 part of a month (旬, 中, 初); 9 上/下半年; 10 quarter; 11 the end suffix
 * (底, 末, 内, with an optional 年); 12 前.
 */
export const POINT =
  /(?<!\d)(?:(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)|(?=[\d今本当明次去上下第年])(?:(\d{4})(?:年|(?=[-—–~至到]\d{4}年))|([今本当明次去])年)?(?:(\d{1,2})月份?(?:(\d{1,2})[日号]|(上旬|中旬|下旬|中|初))?|([上下])半年|第?([1-4])季度)?(年?底|年?末|年内|内)?(之前|以前|前(?!后))?)/g;

/** Years relative to the anchor's year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今: 0,
  本: 0,
  当: 0,
  明: 1,
  次: 1,
  去: -1,
};

/** Parts of a month: first and last day (0 = the month's last day); 初 is too vague to read. */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number] | undefined>> = {
  上旬: [1, 10],
  中旬: [11, 20],
  下旬: [21, 0],
  中: [15, 15],
  初: undefined,
};

/** What joins two points into one window: "5月6日至6月14日", "2023-2025年". */
export const RANGE_JOINER = /^(?:自|从)?(?:至|到|-|—|——|–|~|―)$/;

/** Right after a point: the obligation starts there ("2020年1月以后"). */
export const OPEN_START = /^(?:以后|之后|后|起|开始)/;
/** Right after a point: a vaguer period than any date ("2025年初", "2025年中", "以来"). */
export const VAGUE_AFTER = /^(?:初|中|春|夏|秋|冬|以来|左右|前后)/;

/** Fix at once: the 立行立改 family. */
export const IMMEDIATE = /立行立改|立即整改|立查立改|即知即改|即查即改|边督边改/;

/** A standing obligation after a deadline or 立行立改: "，并长期坚持", "需长期持续整改". */
export const LONG_TERM_AFTER = /长期(?:坚持|持续|保持|推进|整改)|常态化/;

/**
 * A standing obligation with no date: the above, plus texts that say the work goes on against
 * the timetable (持续推进, 按序时进度推进): nothing in them can be overdue on a given day.
 */
export const LONG_TERM = /长期(?:坚持|持续|保持|推进|整改)|常态化|需长期|持续推进|持续整改|按序时/;

/** Recurring duties, in the order they are tried. */
export const RECURRENCES: readonly { readonly re: RegExp; readonly recurrence: Recurrence }[] = [
  { re: /每年|按年度|逐年/, recurrence: "yearly" },
  { re: /每季|按季/, recurrence: "quarterly" },
  { re: /每个?月|按月/, recurrence: "monthly" },
  { re: /每周|每星期|按周|周调度/, recurrence: "weekly" },
];

/** A status written into the deadline cell ("已经完成，长期坚持"). */
export const STATUS = /已经?(?:完成|整改到位|办结|销号)/;

/** A completion-rate target paired with the deadline: "整改完成率达到90%以上" → 90. */
export const PERCENT = /(?<!\d)(\d+(?:\.\d+)?)%/;

/** Figures that may sit next to a window without being a deadline: "（…，共10个工作日）". */
export const DURATION_NOTE = /共\d+个?(?:工作日|日|天)/;
