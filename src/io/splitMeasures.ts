/**
 * One numbered item of a measures cell: its number as written ("1", "一") and its text.
 *
 * @example
 * ```ts
 * import type { MeasureItem } from "ducha/io";
 * const item: MeasureItem = { number: "四", text: "加快岱海电厂一期水改空工程实施" };
 * ```
 * @category IO
 */
export interface MeasureItem {
  readonly number?: string;
  readonly text: string;
}

const CHINESE_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumeral(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] ?? "";
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? "" : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[value % 10]}`;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const BOUNDARY = /[\s；;。，,：:、]/;

interface Style {
  readonly pattern: RegExp;
  readonly value: (match: RegExpExecArray) => number;
  readonly number: (value: number) => string;
  readonly needsBoundary: boolean;
}

// Each numbering style: its marker and how to read the marker's value. Data, not branches.
const STYLES: readonly Style[] = [
  {
    pattern: /(?<![\d.])(\d{1,2})[.．、](?!\d)/g,
    value: (m) => Number(m[1]),
    number: String,
    needsBoundary: true,
  },
  {
    pattern: /[（(](\d{1,2})[）)]/g,
    value: (m) => Number(m[1]),
    number: String,
    needsBoundary: false,
  },
  {
    pattern: /([一二三四五六七八九十]{1,3})是/g,
    value: (m) => chineseValue(m[1] ?? ""),
    number: chineseNumeral,
    needsBoundary: true,
  },
  {
    pattern: /[①-⑳]/g,
    value: (m) => CIRCLED.indexOf(m[0]) + 1,
    number: String,
    needsBoundary: false,
  },
];

function chineseValue(text: string): number {
  for (let value = 1; value <= 20; value++) if (chineseNumeral(value) === text) return value;
  return 0;
}

/**
 * Splits a measures cell (整改措施) into its numbered items: `1. 2.` / `1、2、`, `（1）（2）`,
 * `一是…二是…` or `①②`. Numbers must start at 1 at the start of the cell and go up by one, so
 * "2.5万吨" or a "（3）" quoted inside an item does not split it. A cell without numbering is one
 * item without a number.
 *
 * @example
 * ```ts
 * import { splitMeasures } from "ducha/io";
 * splitMeasures("一是加快岱海立法保护工作进程；二是加快岱海电厂一期水改空工程实施。");
 * //=> [{ number: "一", text: "加快岱海立法保护工作进程" }, { number: "二", text: "加快岱海电厂一期水改空工程实施" }]
 * splitMeasures("提高城市污水收集率（达到90%）"); //=> [{ text: "提高城市污水收集率（达到90%）" }]
 * ```
 * @category IO
 */
export function splitMeasures(text: string): MeasureItem[] {
  const body = text.trim();
  if (body === "") return [];
  for (const style of STYLES) {
    const starts = markers(body, style);
    if (starts.length === 0) continue;
    return starts.map((start, index) => {
      const end = starts[index + 1]?.at ?? body.length;
      return { number: style.number(start.value), text: clean(body.slice(start.textAt, end)) };
    });
  }
  return [{ text: body }];
}

function markers(body: string, style: Style): { at: number; textAt: number; value: number }[] {
  const found: { at: number; textAt: number; value: number }[] = [];
  const pattern = new RegExp(style.pattern.source, "g");
  for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
    const value = style.value(match);
    if (value !== found.length + 1) continue;
    if (found.length === 0 && match.index !== 0) return [];
    if (style.needsBoundary && match.index > 0 && !BOUNDARY.test(body[match.index - 1] ?? "")) {
      continue;
    }
    found.push({ at: match.index, textAt: match.index + match[0].length, value });
  }
  return found;
}

function clean(item: string): string {
  return item.replace(/^[\s：:]+/, "").replace(/[\s；;，,。]+$/, "");
}
