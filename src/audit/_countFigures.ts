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
  CountPart,
  FigureCount,
  PetitionsFigure,
  TasksFigure,
  TextSpan,
} from "./figureTypes.js";

// ---------------------------------------------------------------------------------------------
// Accountability

const N = `(${NUMBER_SOURCE})`;
const ACC_TOTAL = new RegExp(
  // "问责48个单位和88名责任人": the people count, after the units held to account.
  `(?:问责|追责)(?:了)?(?:\\d+个(?:单位|党组织|部门)[和、，,])?(?:党政领导干部|领导干部|党员干部|干部|人员)?(?:超过|近|约)?${N}(?:人|名)`,
  "g",
);
// "2人被问责", "68名责任人进行追责" (追责 alone, as readOutcomes reads it).
const ACC_TOTAL_PASSIVE = new RegExp(
  `${N}(?:人|名)(?:干部|责任人)?(?:被|实施|进行)?(?:追责问责|问责|追责)`,
  "g",
);
const ACC_PROBLEMS = new RegExp(`${N}(?:个|项|起)(?:生态环境损害)?责任追究(?:问题|线索)?`, "g");
// Longer labels first, so 厅局级 is not read as 厅…
const ACC_PART = new RegExp(
  `(正厅局级|副厅局级|正厅级|副厅级|正厅|厅局级|厅级|正处级|副处级|正处|县处级|处级|乡科级及以下|乡科级|科级及以下|科级|一般干部|其他人员)(?:以上)?(?:领导)?(?:干部)?${N}(?:人|名)`,
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

const COUNT = new RegExp(`(?<![第\\d.]|\\d,)${N} ?(余|多)?(项|件|个|批)`, "g");
// The head nouns a count may name: the first one in the words after it decides its kind
// ("27件信访举报件进行调查处理", "3665个信访举报问题", "150个黑臭水体治理任务").
const NOUN_HEAD = /(信访|举报|投诉|案件|来信|来电|交办件|转办件)|(任务|问题|措施)/;
// Phrases where a count is rhetoric, not a figure: "一项重大政治任务", "七个方面重点任务之一".
const RHETORIC = /重大|重要|政治|方面|之一/;
// A closing bracket ends it too: "（湛江4件，佛山、揭阳各3件）".
const NOUN_END = /[已正均全经，,、：:（(）)；;。]|\d/;
// 交办件/转办件 are nouns ("共计639件交办件"), not the verbs.
// 居第 ranks the count, it names nothing: "昆明12件居第一位".
const VERB_START = /共(?!性)|收到|受理|交办(?!件)|转办(?!件)|进行|纳入|需|向|被|对|居第/;
// A negated completion word right after a bare count: "还有7项未完成".
const REMAINING_AFTER = /^(?:尚|仍)?未(?:完成|办结|结案|销号|整改到位)/;
const LOOK_BACK = 40;
const NOUN_LENGTH = 12;
// A completion word right after a bare count: "其中21项已完成", "120个已完成治理".
const DONE_AFTER = /^(?:已经|均已|已)(?:全部)?(?:完成|办结|结案|销号|整改到位)/;
const APPROX_BEFORE = /(?:近|约|逾|超过|大约)$/;
const DUE = /(?:须|需|需要|应|应当|应于|计划|拟|将要?|待)[^，,；;。已]{0,8}完成[^，,；;。已]{0,8}$/;

type Role = "total" | "done" | "basically" | "staged" | "remaining" | "part";
// Checked in order against the words just before a number. A negated completion word (未办结,
// 尚未完成) names what remains, so it is tried before the plain word it ends with.
const ROLES: readonly (readonly [RegExp, Role, boolean])[] = [
  [
    /(?:未|没有?)(?:完成(?:整改)?|办结|结案(?:销号)?|销号|办理完毕|整改到位)(?:的)?$/,
    "remaining",
    false,
  ],
  [/办结或阶段性?办结了?$/, "done", false],
  [/阶段性?办结了?$/, "staged", false],
  [/完成或基本完成(?:整改)?了?$/, "done", true],
  [/(?:基本完成(?:整改)?(?:任务)?|基本整改完成)了?$/, "basically", false],
  [
    /(?:完成(?:问题整改|整改(?:交账)?|查处)?|整改完成|办结|结案(?:销号)?|销号|办理完毕|整改到位|查处|解决了)了?$/,
    "done",
    false,
  ],
  // A completion word, then the noun it counts: "共办结信访件2313件", "解决群众身边环境问题8万余个".
  [
    /(?:完成|办结|结案|销号|查处|整改完成|解决)了?[\u4e00-\u9fa5]{0,8}?(?:信访件|举报件|案件|问题|任务)$/,
    "done",
    false,
  ],
  [/(?:其余|剩余|其他|尚有|还有|余下|另有|正在办理|正在整改)$/, "remaining", false],
  // The class a part counts: 属实/部分属实/不属实, 来电/来信, 重点件.
  [/(?:属实|来电(?:举报)?|来信(?:举报)?|微信|重点(?:交办|关注)?件?|重点关注|的有)$/, "part", false],
];
// Words that open a list of parts of the total before them: 其中, 包括, an unclosed （.
const PARTS_OPEN = /其中|包括|含|分别|涉及|[（(][^）)]*$/;
// A count right after "涉及…" or "…中，" names a class: "涉及水污染问题11个", "这批信访件中，来信举报72件".
// So does a list after 分别是/分别为 ("从高到低分别是大气99件").
const PART_LEAD = /(?:涉及|中[，,]|分别(?:是|为))[^，,；;。]{0,8}$/;
const ALL_DONE = /(?:全部|均已)[^，,；;。]{0,15}?(?:完成|办结|结案|销号|到位)/;
// A bracket after a count that says it takes in another period: "办结146件（部分为12月19日之前受理）".
const MIXED = /^[（(][^）)]*(?:之前|以前|此前|往期|上期)/;
// Completion words only petitions use: a bare count after them is a count of cases.
const PETITION_CUE = /办结|结案|查处/;

export type CountKind = "tasks" | "petitions";

interface ClassifiedCount {
  readonly kind: CountKind;
  readonly role: Role | "batches" | "problems";
  readonly basically: boolean;
  readonly count: FigureCount;
  readonly start: number;
  readonly end: number;
  readonly label?: string;
  readonly list?: number;
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
  parts: CountPart[];
  /** A count of the group says it takes in cases from another period: nothing is checked. */
  mixed?: boolean;
}

/** The kind a noun phrase after a count names, or undefined (not tasks nor petitions). */
function kindOf(noun: string, rhetoric = true): CountKind | undefined {
  if (rhetoric && RHETORIC.test(noun)) return undefined;
  // A noun ending in …件 counts cases whatever it is about: "1043件环境问题信访件".
  if (/(?:信访|举报|交办|转办|案)件/.test(noun)) return "petitions";
  const head = NOUN_HEAD.exec(noun);
  if (head === null) return undefined;
  return head[1] !== undefined ? "petitions" : "tasks";
}

/**
 * The kind named last in the words before a number ("整改任务已完成", "信访件已办结"): the last
 * clause that names one, read like a noun phrase (its first head decides: "信访举报问题" is a
 * petition, not a task).
 */
function kindBefore(words: string): CountKind | undefined {
  const clauses = words.split(/[，,、；;。：:]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i] as string;
    // The noun after the clause's last count names what it counts: "信访举报件涉及的9070个各类
    // 生态环境问题" counts problems.
    const tail = clause.split(/\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[项件个]/).pop() ?? "";
    const kind = (tail !== clause ? kindOf(tail, false) : undefined) ?? kindOf(clause, false);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** The label of a part: the words after the last separator before it ("，来电" → "来电"). */
function labelOf(before: string): string {
  const cut = before.split(/[，,、；;：:（(）)]|其中|包括|涉及|分别为?|含/);
  return (cut[cut.length - 1] ?? "").trim();
}

/** The label of a part as written in the original text (traditional characters kept). */
function labelAt(mapped: MappedText, before: string, start: number): string {
  const label = labelOf(before);
  if (label === "") return "";
  const end = mapped.text.lastIndexOf(label, start);
  return end < 0 ? label : quoteOf(mapped, end, end + label.length).quote;
}

/** The tasks and petitions counts of one segment, grouped. */
export function extractCountGroups(
  mapped: MappedText,
  segment: Stretch,
  claimed: readonly Stretch[],
  unread: Unread[],
  previousKind: CountKind | undefined,
  paragraphKind?: CountKind,
): CountGroup[] {
  const { text } = mapped;
  const found: ClassifiedCount[] = [];
  const taken = [...claimed].sort((a, b) => a.start - b.start);
  let next = 0;
  let list = -1;
  const whole = new Set<number>();
  for (const m of allMatches(COUNT, text, segment.start, segment.end)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < taken.length && (taken[next] as Stretch).end <= start) next += 1;
    if (next < taken.length && (taken[next] as Stretch).start < end) continue;
    const unit = m[3] as string;
    const after = text.slice(end, Math.min(end + NOUN_LENGTH, segment.end));
    // The noun ends where a verb starts: "7个督察组共收到群众信访举报…" counts inspection groups.
    const ends = [after.search(NOUN_END), after.search(VERB_START)].filter((i) => i >= 0);
    const cut = ends.length === 0 ? -1 : Math.min(...ends);
    // "在转交的…1427件中，属实440件": 中 closes the phrase, it is not a noun.
    let noun = /^中[，,：:]/.test(after) ? "" : cut < 0 ? after : after.slice(0, cut);
    const before = text.slice(Math.max(segment.start, start - LOOK_BACK), start).replace(/ +$/, "");
    let role: ClassifiedCount["role"] = "total";
    let basically = false;
    let kind: CountKind | undefined;
    if (unit === "批") {
      // "29批91件", "十三批信访件1074件", "35批次386件", "十一批次共计639件"; not "抽查14批次，".
      if (
        !/^次?[^，,。；;、\d零〇一二两三四五六七八九十百千次]{0,6}(?:\d|[零〇一二两三四五六七八九十百千])/.test(
          after,
        )
      )
        continue;
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
      // A completion that is due, not done: "2017年底前须完成任务23项" counts what must be done.
      if (role === "done" && DUE.test(before)) role = "total";
      if (role === "total" && noun === "" && DONE_AFTER.test(after)) role = "done";
      if (noun.startsWith("未") && REMAINING_AFTER.test(after)) {
        noun = "";
        if (role === "total") role = "remaining";
      }
      // A class word names a part only once a total stands before it: "来电、来信举报3809件"
      // is a total.
      if (role === "part" && !found.some((c) => c.role === "total")) role = "total";
      if (
        role === "total" &&
        noun === "" &&
        PART_LEAD.test(before) &&
        // "涉及环境问题27个，其中…", "涉及我市问题2个，整改完成1个": a total with its own outcome
        !/^[，,]?(?:其中|已|均已|全部|整改完成|完成|基本)/.test(text.slice(end))
      )
        role = "part";
      // A bracket after a number written without its classifier annotates that number, whose
      // count is unread: "累计交办群众信访举报件2245（重点交办件196件）" — 196 is no total.
      if (role === "total" && /\d[（(][^）)]*$/.test(before)) role = "part";
      kind = kindOf(noun);
      if (kind === undefined) {
        if (noun !== "" && role !== "part") continue; // "三个专项推进组", "4项污染物"
        // Bare "已完成6项": the kind named just before, or that of the counts before it.
        kind =
          kindBefore(before) ??
          (PETITION_CUE.test(before.slice(-6)) ? "petitions" : undefined) ??
          found[found.length - 1]?.kind ??
          previousKind ??
          // A list of parts names no noun: "从区域分布上看，杭州45件、宁波9件" counts the cases
          // of the paragraph.
          // …and a count after a completion word in a later sentence of the paragraph
          // ("正在整改72件"), the kind the paragraph counts.
          (role !== "total" ||
          new RegExp(`^、[^，,；;。、\\d]{0,8}\\d+ ?(?:余|多)?${unit}`).test(text.slice(end))
            ? paragraphKind
            : undefined);
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
    // An uncued count after a total and a word that opens a list (其中, 包括, （…, 涉及), or
    // inside a 、 list, is a part of that total, not a second total.
    const last = found[found.length - 1];
    // An item of a 、 list of counts in the same classifier: "杭州45件、宁波9件".
    const listed = new RegExp(`^、[^，,；;。、\\d]{0,8}\\d+ ?(?:余|多)?${unit}`).test(
      text.slice(end),
    );
    if (role === "total" && listed) role = "part";
    // "其中…14件，…31件，另有27件", "大气99件（占43.8%），…其他20件": 另有/其他 go on the
    // list of parts.
    if (
      role === "remaining" &&
      last?.role === "part" &&
      /(?:另有|其他)$/.test(before) &&
      !/[；;]/.test(text.slice(last.end, start))
    )
      role = "part";
    if (role === "total" && last !== undefined) {
      const between = text.slice(last.end, start);
      const opens = PARTS_OPEN.test(between);
      const inList = between.endsWith("、") && last.role === "part";
      // Parts of a total, or of what is done or remains: "正在整改72件，其中…14件".
      const hasTotal = found.some((c) => c.role !== "batches" && c.role !== "problems");
      if (hasTotal && (opens || inList || (last.role === "part" && !/[；;]/.test(between)))) {
        role = "part";
      }
    }
    if (role === "part") {
      const between = last === undefined ? before : text.slice(last.end, start);
      if (last?.role !== "part" || PARTS_OPEN.test(between)) {
        list += 1;
        // "共375项，分别为北京47项…": the list claims to be the whole total ("其中…分别" does not).
        if (/分别/.test(between) && !/其中|包括|含/.test(between)) whole.add(list);
      }
    }
    const approximate = m[2] !== undefined || APPROX_BEFORE.test(before);
    const count = countAt(mapped, value, start, end);
    found.push({
      kind,
      role,
      basically,
      count: approximate ? { ...count, approximate: true } : count,
      start,
      end,
      ...(role === "part" ? { label: labelAt(mapped, before, start), list } : {}),
    });
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
  for (const [i, c0] of found.entries()) {
    // A part that has its own completion count after it in the same clause is the total of a
    // group of its own: "其中，…2019年21个问题已完成20个".
    const nextCount = found[i + 1];
    const ownDone =
      c0.role === "part" &&
      ((nextCount !== undefined &&
        (nextCount.role === "done" || nextCount.role === "remaining") &&
        !/[，,；;。]/.test(text.slice(c0.end, nextCount.start))) ||
        ALL_DONE.test(text.slice(c0.end, c0.end + 20).split(/[，,；;。]/)[0] ?? ""));
    const c: ClassifiedCount = ownDone ? { ...c0, role: "total" } : c0;
    if (c.role === "batches") {
      pendingBatches = c.count;
      continue;
    }
    if (c.role === "part") {
      if (current === undefined) {
        current = { kind: c.kind, start: c.start, end: c.end, basicallyIncluded: false, parts: [] };
        groups.push(current);
      }
      const list = c.list ?? 0;
      current.parts.push({
        label: c.label ?? "",
        count: c.count,
        list,
        ...(whole.has(list) ? { whole: true } : {}),
      });
      current.end = c.end;
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
      current = { kind: c.kind, start: c.start, end: c.end, basicallyIncluded: false, parts: [] };
      groups.push(current);
    }
    const g = current as CountGroup;
    if (MIXED.test(text.slice(c.end, c.end + 24).split(/[，,；;。]/)[0] ?? "")) g.mixed = true;
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
  const spans = [
    g.total,
    g.problems,
    g.batches,
    g.done,
    g.basically,
    g.staged,
    g.remaining,
    g.all,
    ...g.parts.map((p) => p.count),
  ]
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
      ...(g.mixed ? { mixed: true } : {}),
      ...(g.parts.length > 0 ? { parts: g.parts } : {}),
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
    ...(g.mixed ? { mixed: true } : {}),
    ...(g.parts.length > 0 ? { parts: g.parts } : {}),
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
