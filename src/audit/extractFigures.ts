import { toSimplified } from "../_lib/text.js";
import { type Issue, issueFrom } from "../issue.js";
import type { Bilingual } from "../lang.js";
import { assertRoundingMode, DEFAULT_ROUNDING, ROUNDING_LABELS } from "../metrics/rounding.js";
import {
  type CountGroup,
  type CountKind,
  extractAccountability,
  extractCountGroups,
  groupFigure,
  unreadIssues,
} from "./_countFigures.js";
import { extractDates } from "./_dateFigures.js";
import {
  cover,
  type MappedText,
  mapText,
  type Stretch,
  segmentsOf,
  sentencesOf,
  stretchAt,
} from "./_figureText.js";
import { extractIndicators } from "./_indicatorFigures.js";
import { extractOutcomes } from "./_outcomes.js";
import { quantitiesOf } from "./_quantities.js";
import { extractChanges, extractRates, type RateMatch } from "./_rateFigures.js";
import { auditRate } from "./auditRate.js";
import { FIGURE_ISSUES } from "./figureIssues.js";
import type {
  AccountabilityFigure,
  CountPart,
  ExtractFiguresOptions,
  Figure,
  FigureCount,
  Finding,
  FindingCode,
  PetitionsFigure,
  Quantity,
  RateFigure,
  TasksFigure,
  TextSpan,
} from "./figureTypes.js";

/**
 * What {@link extractFigures} returns: the figures in the order of the text, the audit findings,
 * the issues (text that could not be read one way only) and every quantity of the text with its
 * role (`quantities`; those no figure explains have `role: "unknown"`).
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const { figures, findings, issues, quantities } = extractFigures("共问责118人，其中厅级8人");
 * [figures.length, findings.length, issues.length, quantities.length]; //=> [1, 1, 0, 2]
 * ```
 * @category Audit
 */
export interface ExtractedFigures {
  readonly figures: readonly Figure[];
  readonly findings: readonly Finding[];
  readonly issues: readonly Issue[];
  readonly quantities: readonly Quantity[];
}

function finding(
  code: FindingCode,
  consistent: boolean,
  spans: readonly (TextSpan | undefined)[],
  message: Bilingual,
  details: Record<string, unknown>,
  severity: Finding["severity"] = consistent ? "info" : "error",
): Finding {
  return {
    code,
    consistent,
    severity,
    spans: spans.filter((s): s is TextSpan => s !== undefined),
    message,
    details,
  };
}

const KIND_ZH = { tasks: "整改任务", petitions: "信访件" } as const;
const KIND_EN = { tasks: "tasks", petitions: "cases" } as const;

/** done + remaining = total, and done ≤ total, for tasks and petitions. */
/** A count explained as taking in cases from before ("办结146件（部分为12月19日之前受理）"). */
const figureMixed = (figure: TasksFigure | PetitionsFigure): boolean => figure.mixed === true;

function auditCounts(figure: TasksFigure | PetitionsFigure): Finding[] {
  let done = figure.kind === "tasks" ? figure.done : figure.closed;
  let extra = figure.kind === "tasks" ? figure.basicallyCompleted : figure.staged;
  const { total, remaining } = figure;
  let doneWord =
    figure.kind === "tasks" ? { zh: "已完成", en: "done" } : { zh: "已办结", en: "closed" };
  const extraWord =
    figure.kind === "tasks"
      ? { zh: "基本完成", en: "basically done" }
      : { zh: "阶段性办结", en: "staged" };
  // "已基本完成任务20个" alone: the basically completed count must stay within the total.
  if (done === undefined && extra !== undefined) {
    done = extra;
    extra = undefined;
    doneWord = extraWord;
  }
  if (total === undefined || done === undefined || done.derived || figureMixed(figure)) return [];
  // An approximate count (13.5万余件, 近3000件) checks nothing: abstain rather than guess.
  if ([total, done, extra, remaining].some((c) => c?.approximate === true)) return [];
  const spans = [total.span, done.span, extra?.span, remaining?.span];
  if (remaining !== undefined) {
    const sum = done.value + (extra?.value ?? 0) + remaining.value;
    const ok = sum === total.value;
    const zhParts = `${doneWord.zh}${done.value}${extra ? `+${extraWord.zh}${extra.value}` : ""}+其余${remaining.value}`;
    const enParts = `${doneWord.en} ${done.value}${extra ? ` + ${extraWord.en} ${extra.value}` : ""} + remaining ${remaining.value}`;
    return [
      finding(
        ok ? "remaining_consistent" : "remaining_inconsistent",
        ok,
        spans,
        ok
          ? {
              "zh-CN": `${zhParts}=${sum}，与总数${total.value}相符`,
              en: `${enParts} = ${sum}, the total`,
            }
          : {
              "zh-CN": `${zhParts}=${sum}，但总数为${total.value}`,
              en: `${enParts} = ${sum}, but the total is ${total.value}`,
            },
        {
          kind: figure.kind,
          total: total.value,
          done: done.value,
          extra: extra?.value,
          remaining: remaining.value,
          sum,
        },
      ),
    ];
  }
  const counted = done.value + (extra?.value ?? 0);
  const ok = counted <= total.value;
  const zhCount = extra
    ? `${doneWord.zh}${done.value}+${extraWord.zh}${extra.value}=${counted}`
    : `${doneWord.zh}${counted}`;
  const enCount = extra
    ? `${done.value} ${doneWord.en} + ${extra.value} ${extraWord.en} = ${counted}`
    : `${counted} ${doneWord.en}`;
  return [
    finding(
      ok ? "count_within_total" : "count_exceeds_total",
      ok,
      spans,
      ok
        ? {
            "zh-CN": `${zhCount}，不超过${KIND_ZH[figure.kind]}总数${total.value}`,
            en: `${enCount}, within the ${total.value} ${KIND_EN[figure.kind]}`,
          }
        : {
            "zh-CN": `${zhCount}，超过${KIND_ZH[figure.kind]}总数${total.value}`,
            en: `${enCount}, more than the ${total.value} ${KIND_EN[figure.kind]}`,
          },
      { kind: figure.kind, total: total.value, done: done.value, extra: extra?.value },
    ),
  ];
}

/** The parts of an accountability total add up (or stay within it when the list is partial). */
function auditAccountability(figure: AccountabilityFigure): Finding[] {
  const { total } = figure;
  const parts = figure.parts.filter((p) => !p.nested);
  if (total === undefined || parts.length === 0) return [];
  const sum = parts.reduce((acc, p) => acc + p.count.value, 0);
  const zhList = parts.map((p) => `${p.label}${p.count.value}人`).join("+");
  const enList = parts.map((p) => `${p.count.value} ${p.rank}`).join(" + ");
  const spans = [total.span, ...parts.map((p) => p.count.span)];
  const details = {
    total: total.value,
    sum,
    exhaustive: figure.exhaustive,
    parts: parts.map((p) => [p.label, p.count.value]),
  };
  if (figure.exhaustive ? sum === total.value : sum <= total.value) {
    const code = figure.exhaustive ? "parts_add_up" : "parts_within_total";
    const relation = figure.exhaustive ? { zh: "=", en: "=" } : { zh: "≤", en: "≤" };
    return [
      finding(
        code,
        true,
        spans,
        {
          "zh-CN": `${zhList}=${sum}${relation.zh}问责总数${total.value}人`,
          en: `${enList} = ${sum} ${relation.en} ${total.value} held accountable`,
        },
        details,
      ),
    ];
  }
  return [
    finding(
      "parts_do_not_add_up",
      false,
      spans,
      {
        "zh-CN": `${zhList}=${sum}，但问责总数为${total.value}人`,
        en: `${enList} = ${sum}, but ${total.value} were held accountable`,
      },
      details,
    ),
  ];
}

/** The classifier a count was written with, simplified: "個" → "个". */
const unitOf = (count: FigureCount): string =>
  toSimplified(count.quote.replace(/[\d\s.,余多]/g, ""));

// "39个信访举报件": counted in 个, but what is counted is 件, as its parts are ("其中西宁市20件").
const PIECE_NOUN = /^[^，,。；;、\d]{0,6}?(?:信访件|举报件|案件|交办件|信访举报件)/;

/** The classifier of a total, or 件 when a 个 counts things named …件. */
function countedUnit(figure: TasksFigure | PetitionsFigure, total: FigureCount): string {
  const unit = unitOf(total);
  if (unit !== "个" || figure.kind !== "petitions") return unit;
  const after = figure.quote.slice(total.span.end - figure.span.start);
  return PIECE_NOUN.test(toSimplified(after)) ? "件" : unit;
}

/**
 * Each list of parts of a tasks or petitions total adds up to at most the total (每个其中 list on
 * its own). Parts in another classifier than the total (件 vs 个) are not added to it.
 */
function auditParts(figure: TasksFigure | PetitionsFigure): Finding[] {
  const { total, parts } = figure;
  if (total === undefined || parts === undefined || total.approximate === true) return [];
  const unit = countedUnit(figure, total);
  const lists = new Map<number, CountPart[]>();
  for (const p of parts) {
    if (unitOf(p.count) !== unit || p.count.approximate === true) continue;
    lists.set(p.list, [...(lists.get(p.list) ?? []), p]);
  }
  const out: Finding[] = [];
  for (const list of lists.values()) {
    const sum = list.reduce((acc, p) => acc + p.count.value, 0);
    const zhList = list.map((p) => `${p.label}${p.count.value}`).join("+");
    const enList = list.map((p) => `${p.count.value}${p.label ? ` ${p.label}` : ""}`).join(" + ");
    const spans = [total.span, ...list.map((p) => p.count.span)];
    const details = { total: total.value, sum, parts: list.map((p) => [p.label, p.count.value]) };
    // 分别, or 属实 … 不属实: the list claims every class, so it must make the total.
    const whole =
      list.some((p) => p.whole === true) ||
      (list.some((p) => /不属实/.test(toSimplified(p.label))) &&
        list.some((p) => /^(?:基本)?属实$/.test(toSimplified(p.label))));
    if (sum === total.value || (sum < total.value && !whole)) {
      const equal = sum === total.value;
      out.push(
        finding(
          equal ? "parts_add_up" : "parts_within_total",
          true,
          spans,
          {
            "zh-CN": `${zhList}=${sum}${equal ? "=" : "≤"}总数${total.value}`,
            en: `${enList} = ${sum} ${equal ? "=" : "≤"} the total ${total.value}`,
          },
          details,
        ),
      );
    } else {
      out.push(
        finding(
          "parts_do_not_add_up",
          false,
          spans,
          sum > total.value
            ? {
                "zh-CN": `${zhList}=${sum}，超过总数${total.value}`,
                en: `${enList} = ${sum}, more than the total ${total.value}`,
              }
            : {
                "zh-CN": `${zhList}=${sum}，少于总数${total.value}，但所列为全部分类`,
                en: `${enList} = ${sum}, less than the total ${total.value}, though every class is listed`,
              },
          details,
        ),
      );
    }
  }
  return out;
}

const OTHER_ROUNDINGS = ["down", "half-even"] as const;

/** When a rate fits its counts only under another rounding, the rounding that makes it fit. */
function otherRounding(figure: RateFigure, options: ExtractFiguresOptions): Finding[] {
  const { numerator, denominator } = figure;
  if (numerator === undefined || denominator === undefined) return [];
  // Publishers that do not round half up truncate (1691/1786 printed 94%) or round half to even.
  for (const rounding of OTHER_ROUNDINGS) {
    if (rounding === (options.rounding ?? DEFAULT_ROUNDING)) continue;
    const audit = auditRate({
      numerator: numerator.value,
      denominator: denominator.value,
      stated: figure.stated,
      ...(figure.staged ? { staged: figure.staged.value } : {}),
      ...(figure.basicallyCompleted ? { basicallyCompleted: figure.basicallyCompleted.value } : {}),
      rounding,
    });
    if (!audit.ok || !audit.value.consistent) continue;
    const label = ROUNDING_LABELS[rounding];
    return [
      finding(
        "rate_other_rounding",
        true,
        [figure.span, numerator.span, denominator.span],
        {
          "zh-CN": `“${figure.quote}”按${ROUNDING_LABELS[options.rounding ?? DEFAULT_ROUNDING]["zh-CN"]}与${numerator.value}/${denominator.value}不符，按${label["zh-CN"]}相符`,
          en: `"${figure.quote}" does not match ${numerator.value}/${denominator.value} when rounded ${ROUNDING_LABELS[options.rounding ?? DEFAULT_ROUNDING].en}, but does when ${label.en}`,
        },
        { rounding, audit: audit.value },
        "warning",
      ),
    ];
  }
  return [];
}

function auditBoundRate(figure: RateFigure, options: ExtractFiguresOptions): Finding[] {
  const { numerator, denominator } = figure;
  if (numerator === undefined || denominator === undefined) return [];
  const audit = auditRate({
    numerator: numerator.value,
    denominator: denominator.value,
    stated: figure.stated,
    ...(figure.staged ? { staged: figure.staged.value } : {}),
    ...(figure.basicallyCompleted ? { basicallyCompleted: figure.basicallyCompleted.value } : {}),
    ...(options.rounding ? { rounding: options.rounding } : {}),
  });
  const spans = [
    figure.span,
    numerator.span,
    denominator.span,
    figure.staged?.span,
    figure.basicallyCompleted?.span,
  ];
  if (!audit.ok) {
    return [
      finding(
        "rate_inconsistent",
        false,
        spans,
        {
          "zh-CN": `“${figure.quote}”无法用${numerator.value}/${denominator.value}核对`,
          en: `"${figure.quote}" cannot be checked against ${numerator.value}/${denominator.value}`,
        },
        { issues: audit.issues },
      ),
    ];
  }
  const ok = audit.value.consistent;
  return [
    finding(ok ? "rate_consistent" : "rate_inconsistent", ok, spans, audit.value.summary, {
      audit: audit.value,
    }),
    // Inconsistent as rounded, but it fits when truncated: say which rounding makes it fit.
    ...(!ok && audit.value.precision !== null ? otherRounding(figure, options) : []),
  ];
}

/** The claimed ranges (in text order) that touch a segment: a binary search, then a walk. */
function claimedIn(claimed: readonly Stretch[], segment: Stretch): Stretch[] {
  let lo = 0;
  let hi = claimed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((claimed[mid] as Stretch).end <= segment.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Stretch[] = [];
  for (let i = lo; i < claimed.length && (claimed[i] as Stretch).start < segment.end; i++)
    out.push(claimed[i] as Stretch);
  return out;
}

// The words a sentence opens with when it goes on counting the total of the sentence before.
// …also after the date it is counted at: "累计交办举报问题10558件。截至2021年1月25日，已办结8766件".
const CONTINUES =
  /^\s*(?:截至[^，,；;。]{1,16}[，,]\s*)?(?:其中[，,]?\s*)?(?:已|并已|目前已)(?:办结|完成(?:整改)?|结案(?:销号)?)$/;

type Binding = Pick<
  RateFigure,
  "numerator" | "denominator" | "staged" | "basicallyCompleted" | "of"
>;

/**
 * Binds the rates of a segment to the counts before them: the nearest group of counts in the
 * segment, whose total may have been stated earlier in the same sentence ("2164项整改任务；…已完成
 * 1275项，完成率近60%"). `totals` holds the last total of each kind seen earlier in the sentence;
 * both lists are in text order, so one pass does it.
 */
function bindRates(
  rates: readonly RateMatch[],
  groups: readonly CountGroup[],
  totals: Partial<Record<CountKind, FigureCount>>,
): Binding[] {
  const out: Binding[] = [];
  let next = 0;
  let nearest: CountGroup | undefined;
  let before: Partial<Record<CountKind, FigureCount>> = { ...totals };
  for (const rate of rates) {
    while (next < groups.length && (groups[next] as CountGroup).end <= rate.start) {
      if (nearest?.total) before = { ...before, [nearest.kind]: nearest.total };
      nearest = groups[next] as CountGroup;
      next += 1;
    }
    // "13项整改任务已基本完成6项，整改完成率46%": the basically completed count is the numerator.
    const numerator = nearest ? (nearest.done ?? nearest.all ?? nearest.basically) : undefined;
    const total = nearest ? (nearest.total ?? before[nearest.kind]) : undefined;
    if (
      rate.listed === true ||
      nearest === undefined ||
      numerator === undefined ||
      total === undefined ||
      nearest.mixed === true
    ) {
      out.push({});
      continue;
    }
    out.push({
      numerator,
      denominator: total,
      ...(nearest.staged ? { staged: nearest.staged } : {}),
      ...(nearest.basically && nearest.basically !== numerator
        ? { basicallyCompleted: nearest.basically }
        : {}),
      of: nearest.kind,
    });
  }
  return out;
}

/**
 * Reads a published report paragraph and returns the figures it claims, then audits them.
 * Figures are tasks (total/done/remaining, 完成或基本完成), petition cases (batches, total,
 * closed, remaining, 已全部办结), rates ("结案销号率97.64%", "完成率近60%") bound to the counts
 * before them in the same sentence and checked with {@link auditRate}, accountability totals with
 * their breakdown by rank, dates (反馈, 截至…) and periods (进驻), and changes in percent or
 * percentage points. Each figure and count carries `span` (offsets into the original text) and
 * `quote` (`text.slice(span.start, span.end)`), also when the text uses traditional characters
 * or full-width digits.
 *
 * Findings say whether done + remaining = total, done ≤ total, the parts of an accountability
 * total add up, and a rate fits its counts. Text that can be read more than one way (the garbled
 * "2022111日"), or a number that cannot be read, is an issue; nothing is guessed, nothing thrown.
 * The work is linear in the length of the text.
 *
 * @param text - A paragraph or a whole report.
 * @param options - `rounding` of stated rates (default `"half-up"`).
 * @throws {DuchaError} `invalid_argument` for an unknown rounding mode.
 * @example
 * ```ts
 * import { extractFigures } from "ducha";
 * const jilin = "督察交办的4704个群众投诉举报案件，已结案销号4593个，结案销号率97.64%。";
 * extractFigures(jilin).findings.map((f) => f.code); //=> ["count_within_total", "rate_consistent"]
 * const off = extractFigures(jilin.replace("97.64%", "97.65%")).findings[1];
 * off?.message["zh-CN"]; //=> "“97.65%”与4593/4704（97.64%）不符，所试口径均不相符"
 * const wrong = extractFigures("共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部58人");
 * wrong.findings[0]?.code; //=> "parts_do_not_add_up"
 * ```
 * @category Audit
 */
export function extractFigures(
  text: string,
  options: ExtractFiguresOptions = {},
): ExtractedFigures {
  const rounding = assertRoundingMode(options.rounding ?? DEFAULT_ROUNDING);
  if (typeof text !== "string") {
    return {
      figures: [],
      findings: [],
      issues: [issueFrom(FIGURE_ISSUES, "text_not_string", [], { type: typeof text })],
      quantities: [],
    };
  }
  const mapped: MappedText = mapText(text);
  const sentences = sentencesOf(mapped.text);
  const segments = segmentsOf(mapped.text);
  const issues: Issue[] = [];
  const unread: { start: number; end: number }[] = [];

  const dates = extractDates(mapped, sentences);
  issues.push(...dates.issues);
  const figures: Figure[] = [...dates.figures];
  const rates: RateFigure[] = [];
  const outcomes = extractOutcomes(mapped);
  figures.push(...outcomes.figures);
  let lastSentence: Stretch | undefined;
  let lastKind: CountKind | undefined;
  let paragraphKind: CountKind | undefined;
  let totals: Partial<Record<CountKind, FigureCount>> = {};
  let previousTotals: Partial<Record<CountKind, FigureCount>> = {};
  let segmentEnd = 0;
  for (const segment of segments) {
    const sentence = stretchAt(sentences, segment.start);
    const newParagraph = mapped.text.slice(segmentEnd, segment.start).includes("\n");
    segmentEnd = segment.end;
    if (newParagraph) paragraphKind = undefined;
    if (sentence !== lastSentence) {
      lastKind = undefined;
      previousTotals = newParagraph ? {} : totals;
      totals = {};
    }
    const firstOfSentence = sentence !== lastSentence;
    lastSentence = sentence;
    const acc = extractAccountability(mapped, segment, unread);
    figures.push(...acc.figures);
    const indicators = extractIndicators(mapped, segment);
    figures.push(...indicators.figures);
    const groups = extractCountGroups(
      mapped,
      segment,
      [...acc.claimed, ...claimedIn(outcomes.claimed, segment)],
      unread,
      lastKind,
      paragraphKind,
    );
    // "…累计1427件中，属实440件…。已办结492件，阶段性办结291件，正在办理644件": a sentence that
    // opens on a completion word continues the total of the sentence before it.
    const first = groups[0];
    if (
      firstOfSentence &&
      first !== undefined &&
      first.total === undefined &&
      first.parts.length === 0 &&
      CONTINUES.test(mapped.text.slice(segment.start, first.start))
    ) {
      const carried = previousTotals[first.kind];
      // After a date the counts may be cumulative: carry only a total stated as such (累计, 共).
      const dated = /^\s*截至/.test(mapped.text.slice(segment.start, first.start));
      const cumulative =
        carried !== undefined &&
        /累计|共/.test(
          mapped.original.slice(Math.max(0, carried.span.start - 30), carried.span.start),
        );
      if (carried !== undefined && (!dated || cumulative)) first.total = carried;
    }
    const segmentRates = extractRates(mapped, segment, rounding, issues, indicators.claimed);
    const bindings = bindRates(segmentRates, groups, totals);
    for (const group of groups) {
      figures.push(groupFigure(mapped, group));
      lastKind = group.kind;
      paragraphKind = group.kind;
      if (group.total) totals = { ...totals, [group.kind]: group.total };
    }
    segmentRates.forEach((rate, i) => {
      const bound = bindings[i] ?? {};
      rates.push({
        kind: "rate",
        name: rate.name,
        stated: rate.stated,
        range: rate.range,
        ...bound,
        ...(rate.share ? { share: true } : {}),
        span: rate.span,
        quote: rate.quote,
      });
    });
  }
  figures.push(...rates, ...extractChanges(mapped));
  issues.push(...unreadIssues(mapped, unread));
  figures.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  issues.sort((a, b) => Number(a.path[1] ?? 0) - Number(b.path[1] ?? 0));

  const findings: Finding[] = [];
  for (const figure of figures) {
    if (figure.kind === "tasks" || figure.kind === "petitions")
      findings.push(...auditCounts(figure), ...auditParts(figure));
    else if (figure.kind === "accountability") findings.push(...auditAccountability(figure));
    else if (figure.kind === "rate") findings.push(...auditBoundRate(figure, { rounding }));
  }
  findings.sort((a, b) => cover(a.spans).start - cover(b.spans).start);
  return { figures, findings, issues, quantities: quantitiesOf(mapped, figures) };
}
