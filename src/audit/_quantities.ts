import { toSimplified } from "../_lib/text.js";
import type { IsoDate } from "../dates.js";
import { type MappedText, NUMBER_SOURCE, quoteOf, readNumber } from "./_figureText.js";
import type { Figure, FigureCount, Quantity, QuantityRole, TextSpan } from "./figureTypes.js";

// Every number written with a classifier or a unit; those no figure explains are `unknown`.
const QUANTITY = new RegExp(
  `(?<![第\\d.])(${NUMBER_SOURCE}) ?(余|多)?(个百分点|万元|亿元|元|项|个|件|起|家|人次|人|名|批|%|微克/立方米|微克每立方米|微克)`,
  "g",
);

/** The classifier of a quoted count: what is left once the number is taken away. */
function unitOf(quote: string): string {
  return toSimplified(
    quote
      .normalize("NFKC")
      .replace(/^[^\d零〇一二两三四五六七八九十百千万亿]*/, "")
      .replace(/[\d.,\s余多零〇一二两三四五六七八九十百千]+/g, "")
      .replace(/^[万亿](?!元)/, ""),
  );
}

/** The number a stated rate or share stands for: "97.64%" → 97.64, "近六成" → 60. */
function statedValue(stated: string): number {
  const text = stated.normalize("NFKC");
  const digits = /\d+(?:\.\d+)?/.exec(text);
  if (digits !== null) return Number(digits[0]);
  const tenth = /([一二两三四五六七八九])成/.exec(text);
  return tenth === null ? Number.NaN : (readNumber(tenth[1] as string) ?? Number.NaN) * 10;
}

/** The roles of the counts of one figure. */
function countsOf(figure: Figure): [FigureCount, QuantityRole][] {
  const out: [FigureCount, QuantityRole][] = [];
  const add = (count: FigureCount | undefined, role: QuantityRole) => {
    if (count !== undefined && !count.derived) out.push([count, role]);
  };
  switch (figure.kind) {
    case "tasks":
      add(figure.problems, "problems");
      add(figure.total, "total");
      add(figure.done, "done");
      add(figure.basicallyCompleted, "basically");
      add(figure.remaining, "remaining");
      for (const p of figure.parts ?? []) add(p.count, "part");
      break;
    case "petitions":
      add(figure.batches, "batches");
      add(figure.total, "total");
      add(figure.closed, "done");
      add(figure.staged, "staged");
      add(figure.remaining, "remaining");
      for (const p of figure.parts ?? []) add(p.count, "part");
      break;
    case "accountability":
      add(figure.problems, "problems");
      add(figure.total, "outcome");
      for (const p of figure.parts) add(p.count, "part");
      break;
    case "enforcement":
      add(figure.count, "outcome");
      break;
    default:
      break;
  }
  return out;
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Every quantity of the text, in text order: those of the figures with their roles, then every
 * other number with a classifier as `unknown`; each with the as-of date (截至…) before it in the
 * same paragraph.
 */
export function quantitiesOf(mapped: MappedText, figures: readonly Figure[]): Quantity[] {
  const out: Omit<Quantity, "asOf">[] = [];
  const asOf: { at: number; date: IsoDate }[] = [];
  for (const figure of figures) {
    if (figure.kind === "date" && figure.role === "as_of")
      asOf.push({ at: figure.span.start, date: figure.date });
    for (const [count, role] of countsOf(figure)) {
      out.push({
        value: count.value,
        unit: figure.kind === "enforcement" ? figure.unit : unitOf(count.quote),
        role,
        kind: figure.kind,
        span: count.span,
        quote: count.quote,
      });
    }
    if (figure.kind === "rate") {
      out.push({
        value: statedValue(figure.stated),
        unit: /成/.test(figure.stated) ? "成" : "%",
        role: "rate",
        kind: "rate",
        span: figure.span,
        quote: figure.quote,
      });
    } else if (figure.kind === "indicator" || figure.kind === "change") {
      out.push({
        value: figure.value,
        unit:
          figure.unit === "percent"
            ? "%"
            : figure.unit === "percentage_points"
              ? "个百分点"
              : "微克/立方米",
        role: figure.kind,
        kind: figure.kind,
        span: figure.span,
        quote: figure.quote,
      });
    }
  }
  // Known spans in order, walked with the matches (both in text order): linear in the text.
  const known = out.map((q) => q.span).sort((x, y) => x.end - y.end);
  let k = 0;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(mapped.text); m !== null; m = QUANTITY.exec(mapped.text)) {
    const { span, quote } = quoteOf(mapped, m.index, m.index + m[0].length);
    while (k < known.length && (known[k] as TextSpan).end <= span.start) k += 1;
    if (known.slice(k, k + 8).some((x) => overlaps(x, span))) continue;
    if (m[1] === "一") continue; // "一项重大政治任务": an article, not a count
    const value = readNumber(m[1] as string);
    if (value === undefined) continue;
    out.push({ value, unit: m[3] as string, role: "unknown", span, quote });
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const original = mapped.original;
  return out.map((q) => {
    let date: IsoDate | undefined;
    for (const d of asOf) {
      if (d.at > q.span.start) break;
      if (!original.slice(d.at, q.span.start).includes("\n")) date = d.date;
    }
    return date === undefined ? q : { ...q, asOf: date };
  });
}
