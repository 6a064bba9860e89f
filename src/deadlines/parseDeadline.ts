import { assertIsoDate, daysInMonth } from "../dates.js";
import { DuchaError } from "../errors.js";
import { type Issue, type IssuePath, issueFrom, type Result } from "../issue.js";
import { quickPoint } from "./_quickPoint.js";
import {
  DURATION_NOTE,
  IMMEDIATE,
  LONG_TERM,
  LONG_TERM_AFTER,
  MONTH_PARTS,
  normalizeDeadlineText,
  OPEN_START,
  PERCENT,
  POINT,
  RANGE_JOINER,
  RECURRENCES,
  RELATIVE_YEARS,
  STATUS,
  VAGUE_AFTER,
} from "./forms.js";
import { deadlineIssues } from "./issues.js";
import type { Deadline, DeadlineKind, ParseDeadlineOptions, Recurrence } from "./types.js";

/** A point in time read from the text: its first and last day, and the due day it implies. */
interface Point {
  readonly index: number;
  readonly end: number;
  readonly year: number;
  readonly first: number; // dates as yyyymmdd integers: they sort, and need no Date
  readonly last: number;
  readonly due: number;
  readonly start: number;
}

/** Why a point could not be read. */
type PointProblem =
  | { readonly problem: "needs_anchor" }
  | { readonly problem: "vague" }
  | {
      readonly problem: "invalid";
      readonly year: number;
      readonly month: number;
      readonly day?: number;
    };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MAX_POINTS = 3;

/** The path of issues when none is given: one frozen array, not a new one per call. */
const NO_PATH: IssuePath = /* @__PURE__ */ Object.freeze([]);

/**
 * Reads the free-text deadline of a plan (完成时限 / 整改时限) into a {@link Deadline}: dates
 * ("2018年6月底前", "到2025年", "2022年12月31日前", "2027年前"), texts relative to the plan's
 * year ("今年底前", "9月底前", "年内", "上半年", "一季度": pass `anchor`), windows
 * ("2023-2025年", "2019年5月6日至6月14日", "6月中旬至12月31日"), 立行立改, 长期坚持, 每季度 and
 * their combinations ("2025年底前，并长期坚持", "立行立改、长期坚持"), in Chinese numerals,
 * full-width digits or traditional characters, inside surrounding words ("应于今年底前完成").
 *
 * Text it cannot read gives an issue, never a guess: `deadline_empty`, `deadline_unparseable`,
 * `deadline_needs_anchor`, `deadline_invalid_date`, `deadline_invalid_range`,
 * `deadline_multiple` (several milestones in one cell). A status written in the cell
 * ("已经完成，长期坚持") adds the info issue `deadline_status_stated`.
 *
 * Days are inclusive: "12月31日前" is due on 31 December (official usage: by the end of that
 * day). A bare 前 after a month, quarter or year means before it starts: "2024年8月前" is due
 * 2024-07-31, "2027年前" 2026-12-31.
 *
 * @example
 * ```ts
 * import { parseDeadline } from "ducha/deadlines";
 * const result = parseDeadline("2025年底前，并长期坚持");
 * if (result.ok) result.value;
 * //=> { kind: "date", due: "2025-12-31", longTermAfter: true, text: "2025年底前，并长期坚持" }
 * const relative = parseDeadline("9月底前", { anchor: "2017-06-15" });
 * if (relative.ok) relative.value.due; //=> "2017-09-30"
 * parseDeadline("9月底前").issues[0]?.code; //=> "deadline_needs_anchor"
 * ```
 * @throws {DuchaError} `invalid_argument` when `text` is not a string; `invalid_date` when
 * `anchor` is not a real `YYYY-MM-DD` date.
 * @category Deadlines
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Result<Deadline> {
  if (typeof text !== "string") {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `完成时限必须是字符串，收到${typeof text}`,
        en: `the deadline text must be a string, got ${typeof text}`,
      },
      { value: text },
    );
  }
  const anchor = options.anchor;
  const path = options.path ?? NO_PATH;
  if (anchor !== undefined) assertIsoDate(anchor, "anchor");
  const anchorYear = anchor === undefined ? undefined : yearOf(anchor);
  const n = normalizeDeadlineText(text);
  if (n === "") return failure(issueFrom(deadlineIssues, "deadline_empty", path, {}));

  // The commonest texts are one point and nothing else ("2018年6月底前", "2020年底前"): with no
  // word around the point, none of the tables below can apply, and the point is the deadline.
  const whole = quickPoint(n, 0);
  if (whole !== undefined && whole[0].length === n.length) {
    const point = readPoint(whole, anchorYear, undefined);
    if ("problem" in point) return failure(problemIssue(point, text, path));
    const value: Deadline = { kind: "date", longTermAfter: false, text, due: isoOf(point.due) };
    return { ok: true, value, issues: [] };
  }

  const points: Point[] = [];
  let consumedDigits = 0;
  // POINT matches a non-empty string only where a digit or a character of its lookahead stands;
  // elsewhere it matches "". The scan jumps from one such character to the next, so keyword
  // texts (立行立改, 长期坚持, 每季度) and the words around a date cost no regex call each.
  for (let from = nextPointStart(n, 0); from >= 0; ) {
    let m = (from === 0 ? whole : quickPoint(n, from)) ?? null;
    if (m === null) {
      POINT.lastIndex = from;
      m = POINT.exec(n);
      if (m === null) break;
    }
    if (m[0] === "" || !isPoint(m)) {
      from = nextPointStart(n, m.index + Math.max(1, m[0].length));
      continue;
    }
    from = nextPointStart(n, m.index + m[0].length);
    const inherit = points.length > 0 ? points[points.length - 1]?.year : undefined;
    const point = readPoint(m, anchorYear, inherit);
    if ("problem" in point) {
      return failure(problemIssue(point, text, path));
    }
    points.push(point);
    consumedDigits += countDigits(m[0]);
    if (points.length > MAX_POINTS) break;
  }

  // Every figure in the text must be accounted for; a figure left over is a date we cannot read.
  // One pass counts the figures and looks for the characters the tables below start with (%,
  // 共, 已): most texts have none of them, and skip those regexes.
  let digits = 0;
  let hasPercent = false;
  let hasTotal = false;
  let hasAlready = false;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 0x25) hasPercent = true;
    else if (c === 0x5171) hasTotal = true;
    else if (c === 0x5df2) hasAlready = true;
  }
  const percent = hasPercent ? PERCENT.exec(n) : null;
  if (percent) consumedDigits += countDigits(percent[1] ?? "");
  const note = hasTotal ? DURATION_NOTE.exec(n) : null;
  if (note) consumedDigits += countDigits(note[0]);
  if (digits !== consumedDigits) return unparseable(text, path);

  const issues: Issue[] = [];
  const status = hasAlready ? STATUS.exec(n) : null;
  if (status) {
    issues.push(
      issueFrom(deadlineIssues, "deadline_status_stated", path, { text, status: status[0] }),
    );
  }
  const value: Mutable<Deadline> = { kind: "date", longTermAfter: false, text };
  if (percent) value.percentTarget = Number(percent[1]);

  if (points.length === 0) {
    const kind = keywordKind(n);
    if (kind === undefined) return unparseable(text, path);
    if (kind === "multiple") {
      return failure(issueFrom(deadlineIssues, "deadline_multiple", path, { text, count: 2 }));
    }
    value.kind = kind.kind;
    if (kind.recurrence !== undefined) value.recurrence = kind.recurrence;
    value.longTermAfter = kind.kind === "immediate" && LONG_TERM_AFTER.test(n);
    return { ok: true, value, issues };
  }

  const first = points[0] as Point;
  if (points.length === 1) {
    const after = n.slice(first.end);
    if (VAGUE_AFTER.test(after)) return unparseable(text, path);
    if (OPEN_START.test(after)) {
      value.kind = "long_term";
      value.start = isoOf(first.first);
      return { ok: true, value, issues };
    }
    value.kind = IMMEDIATE.test(n) ? "immediate" : "date";
    value.due = isoOf(first.due);
  } else {
    const second = points[1] as Point;
    if (points.length > 2 || !RANGE_JOINER.test(n.slice(first.end, second.index))) {
      return failure(
        issueFrom(deadlineIssues, "deadline_multiple", path, { text, count: points.length }),
      );
    }
    const start = isoOf(first.start);
    const due = isoOf(second.last);
    if (second.last < first.start) {
      return failure(
        issueFrom(deadlineIssues, "deadline_invalid_range", path, { text, start, due }),
      );
    }
    value.kind = "range";
    value.start = start;
    value.due = due;
  }
  value.longTermAfter = LONG_TERM_AFTER.test(n);
  return { ok: true, value, issues };
}

function failure(issue: Issue): Result<Deadline> {
  return { ok: false, issues: [issue] };
}

function unparseable(text: string, path: IssuePath): Result<Deadline> {
  return failure(issueFrom(deadlineIssues, "deadline_unparseable", path, { text }));
}

function problemIssue(point: PointProblem, text: string, path: IssuePath): Issue {
  if (point.problem === "needs_anchor") {
    return issueFrom(deadlineIssues, "deadline_needs_anchor", path, { text });
  }
  if (point.problem === "vague")
    return issueFrom(deadlineIssues, "deadline_unparseable", path, { text });
  const { year, month, day } = point;
  return issueFrom(
    deadlineIssues,
    "deadline_invalid_date",
    path,
    day === undefined ? { text, year, month } : { text, year, month, day },
  );
}

/** The day before a date, as yyyymmdd. */
function dayBefore(year: number, month: number, day: number): number {
  if (day > 1) return year * 10_000 + month * 100 + day - 1;
  if (month > 1) return year * 10_000 + (month - 1) * 100 + daysInMonth(year, month - 1);
  return (year - 1) * 10_000 + 1231;
}

/** A yyyymmdd integer written as an ISO date. */
function isoOf(yyyymmdd: number): string {
  const year = Math.floor(yyyymmdd / 10_000); // 1000-9999: POINT reads four-digit years
  const month = Math.floor(yyyymmdd / 100) % 100;
  const day = yyyymmdd % 100;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** The year of a valid ISO date, without a substring. */
function yearOf(iso: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) year = year * 10 + iso.charCodeAt(i) - 48;
  return year;
}

/**
 * The index of the first character at or after `from` that a non-empty POINT match can start
 * on (a digit, or one of 今本当明次去上下第年, POINT's lookahead), or -1.
 */
function nextPointStart(n: string, from: number): number {
  for (let i = from; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c > 127 && isPointLead(c))) return i;
  }
  return -1;
}

/** 今本当明次去上下第年: the characters other than digits in POINT's lookahead. */
function isPointLead(c: number): boolean {
  switch (c) {
    case 0x4eca: // 今
    case 0x672c: // 本
    case 0x5f53: // 当
    case 0x660e: // 明
    case 0x6b21: // 次
    case 0x53bb: // 去
    case 0x4e0a: // 上
    case 0x4e0b: // 下
    case 0x7b2c: // 第
    case 0x5e74: // 年
      return true;
    default:
      return false;
  }
}

function countDigits(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

/** A match names a point when it has a year, a month, a half or a quarter, or is "年底"/"年内". */
function isPoint(m: RegExpExecArray): boolean {
  return (
    m[1] !== undefined ||
    m[4] !== undefined ||
    m[5] !== undefined ||
    m[6] !== undefined ||
    m[9] !== undefined ||
    m[10] !== undefined ||
    m[11]?.charAt(0) === "年"
  );
}

/** The kind of a text with no date in it, from the keyword tables. */
function keywordKind(
  n: string,
): { kind: DeadlineKind; recurrence?: Recurrence } | "multiple" | undefined {
  if (IMMEDIATE.test(n)) return { kind: "immediate" };
  let found: Recurrence | undefined;
  for (const { re, recurrence } of RECURRENCES) {
    if (!re.test(n)) continue;
    if (found !== undefined) return "multiple";
    found = recurrence;
  }
  if (found !== undefined) return { kind: "recurring", recurrence: found };
  if (LONG_TERM.test(n)) return { kind: "long_term" };
  return undefined;
}

function readPoint(
  m: RegExpExecArray,
  anchorYear: number | undefined,
  inheritYear: number | undefined,
): Point | PointProblem {
  const explicitYear = m[1] ?? m[4];
  const relative = m[5] === undefined ? undefined : RELATIVE_YEARS[m[5]];
  const baseYear = inheritYear ?? anchorYear;
  const year =
    explicitYear !== undefined
      ? Number(explicitYear)
      : relative !== undefined && anchorYear !== undefined
        ? anchorYear + relative
        : relative === undefined
          ? baseYear
          : undefined;
  if (year === undefined) return { problem: "needs_anchor" };
  const monthText = m[2] ?? m[6];
  const dayText = m[3] ?? m[7];
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (year < 1000 || year > 9999 || (month !== undefined && (month < 1 || month > 12))) {
    return { problem: "invalid", year, month: month ?? 0 };
  }

  let firstM = 1;
  let firstD = 1;
  let lastM = 12;
  let lastD = 31;
  if (month !== undefined) {
    const monthEnd = daysInMonth(year, month);
    firstM = month;
    lastM = month;
    lastD = monthEnd;
    if (day !== undefined) {
      if (day < 1 || day > monthEnd) return { problem: "invalid", year, month, day };
      firstD = day;
      lastD = day;
    } else if (m[8] !== undefined) {
      const part = MONTH_PARTS[m[8]];
      if (part === undefined) return { problem: "vague" };
      firstD = part[0];
      lastD = part[1] === 0 ? monthEnd : part[1];
    }
  } else if (m[9] !== undefined) {
    if (m[9] === "上") {
      lastM = 6;
      lastD = 30;
    } else firstM = 7;
  } else if (m[10] !== undefined) {
    const quarter = Number(m[10]);
    firstM = quarter * 3 - 2;
    lastM = quarter * 3;
    lastD = daysInMonth(year, lastM);
  }
  const first = year * 10_000 + firstM * 100 + firstD;
  const last = year * 10_000 + lastM * 100 + lastD;
  // A bare 前 after a month, quarter or year means before it begins; after a day, by its end.
  const before = m[12] !== undefined && m[11] === undefined && day === undefined;
  // "2023年底至2025年底" starts at the first point's end, not at its beginning.
  const endSuffix = m[11] !== undefined && m[11] !== "内" && m[11] !== "年内";
  return {
    index: m.index,
    end: m.index + m[0].length,
    year,
    first,
    last,
    due: before ? dayBefore(year, firstM, firstD) : last,
    start: endSuffix ? last : first,
  };
}
