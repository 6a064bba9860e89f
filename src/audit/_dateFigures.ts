import { daysInMonth, type IsoDate } from "../dates.js";
import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { type MappedText, quoteOf, type Stretch, stretchAt } from "./_figureText.js";
import { FIGURE_ISSUES } from "./figureIssues.js";
import type { DateFigure, PeriodFigure } from "./figureTypes.js";

// A day as written: "2022年3月25日", "4月25日", "25日", and the garbled forms of pages that lost
// 年/月 ("2022325日", "425日", "61日"). A digit or dot before it is not part of it.
const DATE_POINT = /(?<![\d.])(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,8})日/g;
// Words before a point that make it a date even without 年/月.
const ANCHOR = /[于至到]/;
const JOINER = /^(?:至|到|-|—|–|~|～)/;
// 截至/截止 + a year, a month and a part of it ("2024年6月底", "2024年12月中旬", "2024年底"), or
// the garbled "20246月底".
const AS_OF =
  /(?:截至|截止)(?:到|至)?(?:(\d{4})年(?:(\d{1,2})月)?|(20\d{2})(\d{1,2})月|(\d{1,2})月)(底|末|中旬|上旬|下旬)?(?:(\d{1,2})日)?/g;
const FEEDBACK = /反馈/;
const STATIONING = /督察组|督查组|进驻/;
const LOOK_AHEAD = 30;

/** The day a part of a month ends on. */
const PART_END: Readonly<Record<string, (days: number) => number>> = {
  底: (days) => days,
  末: (days) => days,
  下旬: (days) => days,
  中旬: () => 20,
  上旬: () => 10,
};

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (day: Day): IsoDate => `${day.y}-${pad(day.m)}-${pad(day.d)}` as IsoDate;
const validDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Every way to cut a run of digits into month and day (each one or two digits). */
function monthDaySplits(run: string, year: number): Day[] {
  const out: Day[] = [];
  for (let k = 1; k <= 2 && k < run.length; k++) {
    const monthText = run.slice(0, k);
    const dayText = run.slice(k);
    if (dayText.length > 2 || monthText.startsWith("0") || dayText.startsWith("0")) continue;
    const m = Number(monthText);
    const d = Number(dayText);
    if (validDay(year, m, d)) out.push({ y: year, m, d });
  }
  return out;
}

type Reading =
  | {
      readonly kind: "day";
      readonly day: Day;
      readonly garbled: boolean;
      readonly carried: boolean;
    }
  | { readonly kind: "day_only"; readonly d: number; readonly y?: number }
  | { readonly kind: "ambiguous"; readonly readings: readonly Day[] }
  | { readonly kind: "invalid" }
  | { readonly kind: "no_year" };

/** Reads one date point; `monthHint` is the month of a period's start, for "至25日". */
function readPoint(
  yearText: string | undefined,
  monthText: string | undefined,
  run: string,
  contextYear: number | undefined,
  monthHint: number | undefined,
  anchored: boolean,
): Reading {
  const explicitYear = yearText === undefined ? undefined : Number(yearText);
  if (monthText !== undefined) {
    const y = explicitYear ?? contextYear;
    if (y === undefined) return { kind: "no_year" };
    if (run.length > 2 || !validDay(y, Number(monthText), Number(run))) return { kind: "invalid" };
    return {
      kind: "day",
      day: { y, m: Number(monthText), d: Number(run) },
      garbled: false,
      carried: explicitYear === undefined,
    };
  }
  let y = explicitYear ?? contextYear;
  let rest = run;
  let carried = explicitYear === undefined;
  if (explicitYear === undefined && run.length >= 5 && /^(?:19|20)/.test(run)) {
    y = Number(run.slice(0, 4));
    rest = run.slice(4);
    carried = false;
  } else if (explicitYear === undefined && run.length <= 2 && Number(run) <= 31) {
    // A plain day: it needs the month of a period's start, or it is not a date claim.
    if (monthHint === undefined) return { kind: "day_only", d: Number(run) };
    if (y === undefined) return { kind: "no_year" };
    return validDay(y, monthHint, Number(run))
      ? { kind: "day", day: { y, m: monthHint, d: Number(run) }, garbled: false, carried }
      : { kind: "invalid" };
  }
  // Without 年 or 月, "325日" is read as a lost month only where a date must stand: after 于/至
  // or as the end of a period; elsewhere ("100日") it is not a date claim.
  if (carried && !anchored) return { kind: "day_only", d: Number(run) };
  if (y === undefined) return { kind: "no_year" };
  if (rest.length < 2 || rest.length > 4) return { kind: "invalid" };
  const readings = monthDaySplits(rest, y);
  if (readings.length === 0) return { kind: "invalid" };
  if (readings.length > 1) return { kind: "ambiguous", readings };
  return { kind: "day", day: readings[0] as Day, garbled: true, carried };
}

interface AsOf {
  readonly start: number;
  readonly end: number;
  readonly match: RegExpExecArray;
}

/** Dates, periods and as-of phrases of a text, in order, with the issues met on the way. */
export function extractDates(
  mapped: MappedText,
  sentences: readonly Stretch[],
): { figures: (DateFigure | PeriodFigure)[]; issues: Issue[] } {
  const { text } = mapped;
  const figures: (DateFigure | PeriodFigure)[] = [];
  const issues: Issue[] = [];
  const asOfs: AsOf[] = [];
  AS_OF.lastIndex = 0;
  for (let m = AS_OF.exec(text); m !== null; m = AS_OF.exec(text)) {
    asOfs.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  let year: number | undefined;
  let nextAsOf = 0;
  const issue = (
    code: "figure_ambiguous" | "date_invalid" | "date_year_missing",
    s: number,
    e: number,
    readings = "",
  ) => {
    const { span, quote } = quoteOf(mapped, s, e);
    const params = { quote, start: span.start, end: span.end };
    issues.push(
      code === "figure_ambiguous"
        ? issueFrom(FIGURE_ISSUES, code, ["text", span.start, span.end], { ...params, readings })
        : issueFrom(FIGURE_ISSUES, code, ["text", span.start, span.end], params),
    );
  };
  const flushAsOf = (upTo: number) => {
    while (nextAsOf < asOfs.length && (asOfs[nextAsOf] as AsOf).start <= upTo) {
      const asOf = asOfs[nextAsOf] as AsOf;
      nextAsOf += 1;
      const figure = readAsOf(mapped, asOf, year);
      if (figure === undefined) continue;
      if (figure === "no_year") issue("date_year_missing", asOf.start, asOf.end);
      else if (figure === "invalid") issue("date_invalid", asOf.start, asOf.end);
      else {
        figures.push(figure);
        year = Number(figure.date.slice(0, 4));
      }
    }
  };
  const describe = (days: readonly Day[]) => days.map(iso).join(" / ");

  DATE_POINT.lastIndex = 0;
  for (let m = DATE_POINT.exec(text); m !== null; m = DATE_POINT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    flushAsOf(start);
    const last = asOfs[nextAsOf - 1];
    if (last !== undefined && start < last.end) continue; // part of an as-of phrase
    const anchored = ANCHOR.test(text.charAt(start - 1));
    const first = readPoint(m[1], m[2], m[3] as string, year, undefined, anchored);
    if (first.kind === "day_only") continue;
    if (first.kind !== "day") {
      if (first.kind === "ambiguous")
        issue("figure_ambiguous", start, end, describe(first.readings));
      else issue(first.kind === "invalid" ? "date_invalid" : "date_year_missing", start, end);
      // The end of a period whose start could not be read is not read either.
      const joined = JOINER.exec(text.slice(end, end + 2));
      if (joined !== null) {
        DATE_POINT.lastIndex = end + joined[0].length;
        const second = DATE_POINT.exec(text);
        DATE_POINT.lastIndex =
          second !== null && second.index === end + joined[0].length
            ? second.index + second[0].length
            : end;
      }
      continue;
    }
    year = first.day.y;
    const sentence = stretchAt(sentences, start);
    const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : "";
    // A period: another point right after a joiner.
    const joiner = JOINER.exec(text.slice(end, end + 2));
    if (joiner !== null) {
      DATE_POINT.lastIndex = end + joiner[0].length;
      const second = DATE_POINT.exec(text);
      if (second !== null && second.index === end + joiner[0].length) {
        const secondEnd = second.index + second[0].length;
        const other = readPoint(second[1], second[2], second[3] as string, year, first.day.m, true);
        if (other.kind === "day") {
          const { span, quote } = quoteOf(mapped, start, secondEnd);
          const reversed = iso(other.day) < iso(first.day);
          if (!reversed) {
            figures.push({
              kind: "period",
              role: STATIONING.test(sentenceText) ? "stationing" : "period",
              start: iso(first.day),
              end: iso(other.day),
              garbled: first.garbled || other.garbled,
              span,
              quote,
            });
            year = other.day.y;
            continue;
          }
          issue("date_invalid", start, secondEnd);
          continue;
        }
        if (other.kind === "ambiguous") {
          issue("figure_ambiguous", second.index, secondEnd, describe(other.readings));
        } else issue("date_invalid", second.index, secondEnd);
        continue;
      }
      DATE_POINT.lastIndex = end;
    }
    const after = text.slice(end, Math.min(end + LOOK_AHEAD, sentence?.end ?? end));
    const nextDate = after.search(/\d+日/);
    const feedbackAt = after.search(FEEDBACK);
    const feedback = feedbackAt >= 0 && (nextDate < 0 || feedbackAt < nextDate);
    const { span, quote } = quoteOf(mapped, start, end);
    figures.push({
      kind: "date",
      role: feedback ? "feedback" : "date",
      date: iso(first.day),
      phrase: quote,
      garbled: first.garbled,
      yearCarried: first.carried,
      span,
      quote,
    });
  }
  flushAsOf(text.length);
  return { figures, issues };
}

function readAsOf(
  mapped: MappedText,
  asOf: AsOf,
  contextYear: number | undefined,
): DateFigure | "no_year" | "invalid" | undefined {
  const m = asOf.match;
  const garbled = m[3] !== undefined;
  const explicitYear = m[1] ?? m[3];
  const y = explicitYear === undefined ? contextYear : Number(explicitYear);
  const monthText = m[2] ?? m[4] ?? m[5];
  const part = m[6];
  const dayText = m[7];
  if (monthText === undefined && part === undefined) return undefined; // "截至2024年": no day
  if (y === undefined) return "no_year";
  const month = monthText === undefined ? 12 : Number(monthText);
  if (month < 1 || month > 12) return "invalid";
  const days = daysInMonth(y, month);
  let d: number;
  if (dayText !== undefined) {
    if (part !== undefined) return "invalid";
    d = Number(dayText);
  } else d = part === undefined ? days : (PART_END[part] as (n: number) => number)(days);
  if (!validDay(y, month, d)) return "invalid";
  const { span, quote } = quoteOf(mapped, asOf.start, asOf.end);
  return {
    kind: "date",
    role: "as_of",
    date: iso({ y, m: month, d }),
    phrase: quote,
    garbled,
    yearCarried: explicitYear === undefined,
    span,
    quote,
  };
}
