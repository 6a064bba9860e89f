import { type Issue, issueFrom } from "../issue.js";
import {
  countAt,
  cover,
  type MappedText,
  NUMBER_SOURCE,
  quoteOf,
  readNumber,
  type Stretch,
} from "./_figureText.js";
import { FIGURE_ISSUES } from "./figureIssues.js";
import type {
  AccountabilityFigure,
  AccountabilityPart,
  CadreRankGroup,
  FigureCount,
  PetitionsFigure,
  TasksFigure,
  TextSpan,
} from "./figureTypes.js";

// ---------------------------------------------------------------------------------------------
// Accountability

const N = `(${NUMBER_SOURCE})`;
const ACC_TOTAL = new RegExp(`问责(?:了)?(?:党员干部|干部|人员)?${N}(?:人|名)`, "g");
const ACC_TOTAL_PASSIVE = new RegExp(`${N}(?:人|名)(?:干部)?被(?:追责)?问责`, "g");
const ACC_PROBLEMS = new RegExp(`${N}(?:个|项|起)(?:生态环境损害)?责任追究(?:问题|线索)?`, "g");
// Longer labels first, so 厅局级 is not read as 厅…
const ACC_PART = new RegExp(
  `(正厅局级|副厅局级|正厅级|副厅级|正厅|厅局级|厅级|正处级|副处级|正处|县处级|处级|乡科级及以下|乡科级|科级及以下|科级|一般干部|其他人员)(?:干部)?${N}(?:人|名)`,
  "g",
);
const RANKS: readonly (readonly [RegExp, CadreRankGroup])[] = [
  [/厅/, "bureau"],
  [/处/, "county"],
  [/科/, "township"],
  [/./, "other"],
];
const CATCH_ALL = /及以下|其他|一般/;

type Unread = { start: number; end: number };

function numberAt(
  mapped: MappedText,
  m: RegExpExecArray,
  group: number,
  unread: Unread[],
): FigureCount | undefined {
  const start = m.index;
  const end = start + m[0].length;
  const value = readNumber(m[group] ?? "");
  if (value === undefined) {
    unread.push({ start, end });
    return undefined;
  }
  return countAt(mapped, value, start, end);
}

/** Matches inside `text[from, to)` only (searching the slice keeps the scan linear). */
export function allMatches(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const part = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    m.index += from;
    out.push(m);
  }
  return out;
}

/** Accountability figures of one segment, and the ranges of text they used. */
export function extractAccountability(
  mapped: MappedText,
  segment: Stretch,
  unread: Unread[],
): { figures: AccountabilityFigure[]; claimed: Stretch[] } {
  const { text } = mapped;
  const totals = [
    ...allMatches(ACC_TOTAL, text, segment.start, segment.end),
    ...allMatches(ACC_TOTAL_PASSIVE, text, segment.start, segment.end),
  ].sort((a, b) => a.index - b.index);
  const problems = allMatches(ACC_PROBLEMS, text, segment.start, segment.end);
  if (totals.length === 0 && problems.length === 0) return { figures: [], claimed: [] };
  const parts = allMatches(ACC_PART, text, segment.start, segment.end);
  const claimed: Stretch[] = [...totals, ...problems, ...parts].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const figures: AccountabilityFigure[] = [];
  const problemCount = problems[0] ? numberAt(mapped, problems[0], 1, unread) : undefined;
  if (totals.length === 0) {
    if (problemCount !== undefined) {
      figures.push({
        kind: "accountability",
        problems: problemCount,
        parts: [],
        exhaustive: false,
        ...quoteOf(mapped, problems[0]!.index, problems[0]!.index + problems[0]![0].length),
      });
    }
    return { figures, claimed };
  }
  let nextPart = 0;
  totals.forEach((m, i) => {
    const until = totals[i + 1]?.index ?? segment.end;
    while (nextPart < parts.length && (parts[nextPart] as RegExpExecArray).index < m.index) {
      nextPart += 1;
    }
    const mine: AccountabilityPart[] = [];
    const total = numberAt(mapped, m, 1, unread);
    for (; nextPart < parts.length; nextPart++) {
      const p = parts[nextPart] as RegExpExecArray;
      if (p.index >= until) break;
      if (total === undefined || p.index < m.index + m[0].length) continue;
      const count = numberAt(mapped, p, 2, unread);
      if (count === undefined) continue;
      const label = (p[1] as string) + (p[0].includes("干部") ? "干部" : "");
      const rank = RANKS.find(([re]) => re.test(label))?.[1] ?? "other";
      mine.push({ label, rank, nested: /^[正副]/.test(label), count });
    }
    if (total === undefined) return;
    const withProblems = i === 0 && problemCount !== undefined;
    const spans: TextSpan[] = [total.span, ...mine.map((p) => p.count.span)];
    if (withProblems) spans.push(problemCount.span);
    const span = cover(spans);
    figures.push({
      kind: "accountability",
      ...(withProblems ? { problems: problemCount } : {}),
      total,
      parts: mine,
      exhaustive: mine.some((p) => CATCH_ALL.test(p.label)),
      span,
      quote: mapped.original.slice(span.start, span.end),
    });
  });
  return { figures, claimed };
}

// ---------------------------------------------------------------------------------------------
// Tasks and petitions

const COUNT = new RegExp(`(?<![第\\d.]|\\d,)${N}(项|件|个|批)`, "g");
// The head of a Chinese noun phrase comes last: "群众信访举报案件", "行政村生活污水治理任务".
const PETITION_NOUN = /(?:信访|举报|投诉|案件|件|来信|来电)$/;
const TASK_NOUN = /(?:任务|问题|措施)$/;
// Phrases where a count is rhetoric, not a figure: "一项重大政治任务", "七个方面重点任务之一".
const RHETORIC = /重大|重要|政治|方面|之一/;
const NOUN_END = /[已正均全经的，,、：:（(；;。]|\d/;
const LOOK_BACK = 40;
const NOUN_LENGTH = 12;

type Role = "total" | "done" | "basically" | "staged" | "remaining";
// Checked in order against the words just before a number. A negated completion word (未办结,
// 尚未完成) names what remains, so it is tried before the plain word it ends with.
const ROLES: readonly (readonly [RegExp, Role, boolean])[] = [
  [
    /(?:未|没有?)(?:完成(?:整改)?|办结|结案(?:销号)?|销号|办理完毕|整改到位)(?:的)?$/,
    "remaining",
    false,
  ],
  [/阶段性办结了?$/, "staged", false],
  [/完成或基本完成(?:整改)?了?$/, "done", true],
  [/基本完成(?:整改)?了?$/, "basically", false],
  [/(?:完成(?:整改)?|办结|结案(?:销号)?|销号|办理完毕|整改到位)了?$/, "done", false],
  [/(?:其余|剩余|其他|尚有|还有|余下|另有|正在办理)$/, "remaining", false],
];
const ALL_DONE = /(?:全部|均已)[^，,；;。]{0,15}?(?:完成|办结|结案|销号|到位)/;

export type CountKind = "tasks" | "petitions";

interface ClassifiedCount {
  readonly kind: CountKind;
  readonly role: Role | "batches" | "problems";
  readonly basically: boolean;
  readonly count: FigureCount;
  readonly start: number;
  readonly end: number;
}

/** A group of counts about the same tasks or petitions, in the order of the text. */
export interface CountGroup {
  readonly kind: CountKind;
  readonly start: number;
  end: number;
  total?: FigureCount;
  problems?: FigureCount;
  batches?: FigureCount;
  done?: FigureCount;
  basically?: FigureCount;
  staged?: FigureCount;
  remaining?: FigureCount;
  basicallyIncluded: boolean;
  all?: FigureCount;
}

function kindOf(noun: string): CountKind | undefined {
  if (RHETORIC.test(noun)) return undefined;
  if (PETITION_NOUN.test(noun)) return "petitions";
  if (TASK_NOUN.test(noun)) return "tasks";
  return undefined;
}

/** The kind named last in the words before a number ("整改任务已完成", "信访件已办结"). */
function kindBefore(words: string): CountKind | undefined {
  let best: CountKind | undefined;
  let at = -1;
  for (const [re, kind] of [
    [/信访|举报|投诉|案件|来信|来电|交办件|转办件/g, "petitions"],
    [/任务|问题|措施/g, "tasks"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(words); m !== null; m = re.exec(words)) {
      if (m.index > at) {
        at = m.index;
        best = kind;
      }
    }
  }
  return best;
}

/** The tasks and petitions counts of one segment, grouped. */
export function extractCountGroups(
  mapped: MappedText,
  segment: Stretch,
  claimed: readonly Stretch[],
  unread: Unread[],
  previousKind: CountKind | undefined,
): CountGroup[] {
  const { text } = mapped;
  const found: ClassifiedCount[] = [];
  const taken = [...claimed].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const m of allMatches(COUNT, text, segment.start, segment.end)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < taken.length && (taken[next] as Stretch).end <= start) next += 1;
    if (next < taken.length && (taken[next] as Stretch).start < end) continue;
    const unit = m[2] as string;
    const after = text.slice(end, Math.min(end + NOUN_LENGTH, segment.end));
    const cut = after.search(NOUN_END);
    const noun = cut < 0 ? after : after.slice(0, cut);
    const before = text.slice(Math.max(segment.start, start - LOOK_BACK), start);
    let role: ClassifiedCount["role"] = "total";
    let basically = false;
    let kind: CountKind | undefined;
    if (unit === "批") {
      if (!/^\d|^[零〇一二两三四五六七八九十百千]/.test(after)) continue;
      role = "batches";
      kind = "petitions";
    } else {
      for (const [re, r, b] of ROLES) {
        if (re.test(before)) {
          role = r;
          basically = b;
          break;
        }
      }
      kind = kindOf(noun);
      if (kind === undefined) {
        if (noun !== "") continue; // "三个专项推进组", "4项污染物": not tasks nor petitions
        // Bare "已完成6项": the kind named just before, or that of the counts before it.
        kind = kindBefore(before) ?? found[found.length - 1]?.kind ?? previousKind;
        if (kind === undefined) continue;
      }
    }
    // A bare 一 before 项/个 is an article ("作为一项…"), not a count.
    if (m[1] === "一" && role === "total") continue;
    const value = readNumber(m[1] as string);
    if (value === undefined) {
      unread.push({ start, end });
      continue;
    }
    found.push({ kind, role, basically, count: countAt(mapped, value, start, end), start, end });
  }
  // "44个问题190项具体任务": the problems a task count comes from.
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i] as ClassifiedCount;
    const b = found[i + 1] as ClassifiedCount;
    if (a.role === "total" && b.role === "total" && a.kind === "tasks" && b.kind === "tasks") {
      const between = text.slice(a.end, b.start);
      if (/^问题$/.test(between) && /^[^，,]{0,4}任务/.test(text.slice(b.end, b.end + 8))) {
        found[i] = { ...a, role: "problems" };
      }
    }
  }
  const groups: CountGroup[] = [];
  let current: CountGroup | undefined;
  let pendingBatches: FigureCount | undefined;
  for (const c of found) {
    if (c.role === "batches") {
      pendingBatches = c.count;
      continue;
    }
    const slot = c.role === "basically" ? "basically" : c.role;
    const fresh =
      current === undefined ||
      current.kind !== c.kind ||
      current[slot] !== undefined ||
      ((c.role === "total" || c.role === "problems") &&
        (current.total !== undefined || current.remaining !== undefined));
    if (fresh) {
      current = { kind: c.kind, start: c.start, end: c.end, basicallyIncluded: false };
      groups.push(current);
    }
    const g = current as CountGroup;
    g[slot] = c.count;
    g.end = c.end;
    if (c.basically) g.basicallyIncluded = true;
    if (c.role === "total" && pendingBatches !== undefined && c.kind === "petitions") {
      g.batches = pendingBatches;
      pendingBatches = undefined;
    }
  }
  // "已全部…办结": every case of the total is closed.
  for (const [i, g] of groups.entries()) {
    if (g.total === undefined || g.done !== undefined) continue;
    const limit = groups[i + 1]?.start ?? segment.end;
    const rest = text.slice(g.end, Math.min(limit, g.end + 40));
    const all = ALL_DONE.exec(rest);
    if (all === null) continue;
    const s = g.end + all.index;
    g.all = countAt(mapped, g.total.value, s, s + all[0].length, true);
  }
  return groups;
}

/** The figure a group stands for. */
export function groupFigure(mapped: MappedText, g: CountGroup): TasksFigure | PetitionsFigure {
  const spans = [g.total, g.problems, g.batches, g.done, g.basically, g.staged, g.remaining, g.all]
    .filter((c): c is FigureCount => c !== undefined)
    .map((c) => c.span);
  const span = cover(spans);
  const quote = mapped.original.slice(span.start, span.end);
  if (g.kind === "tasks") {
    const done = g.done ?? g.all;
    return {
      kind: "tasks",
      ...(g.total ? { total: g.total } : {}),
      ...(g.problems ? { problems: g.problems } : {}),
      ...(done ? { done } : {}),
      ...(g.basically ? { basicallyCompleted: g.basically } : {}),
      ...(g.remaining ? { remaining: g.remaining } : {}),
      basicallyIncluded: g.basicallyIncluded,
      allDone: g.all !== undefined,
      span,
      quote,
    };
  }
  const closed = g.done ?? g.all;
  return {
    kind: "petitions",
    ...(g.batches ? { batches: g.batches } : {}),
    ...(g.total ? { total: g.total } : {}),
    ...(closed ? { closed } : {}),
    ...(g.staged ? { staged: g.staged } : {}),
    ...(g.remaining ? { remaining: g.remaining } : {}),
    allClosed: g.all !== undefined,
    span,
    quote,
  };
}

/** Issues for numbers that were found but could not be read. */
export function unreadIssues(mapped: MappedText, unread: readonly Unread[]): Issue[] {
  return unread.map(({ start, end }) => {
    const { span, quote } = quoteOf(mapped, start, end);
    return issueFrom(FIGURE_ISSUES, "number_unreadable", ["text", span.start, span.end], {
      quote,
      start: span.start,
      end: span.end,
    });
  });
}
