import type { Bilingual, Lang } from "../lang.js";
import type { RatePolicy } from "../metrics/policy.js";
import { CADRE_RANK_LABELS, type CadreRank } from "../model/enums.js";
import {
  caseBatchRange,
  outcomeClauseEn,
  outcomeClauseZh,
  petitionTables,
} from "./_outcomeText.js";
import { asOfPhrase } from "./asOfPhrase.js";
import { DEFAULT_REPORT_POLICY } from "./policy.js";
import { petitionCounts, tallyCounts } from "./rates.js";
import { NOT_RECORDED, type Summary, type TallyMap, type TaskTally } from "./summary.js";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * import type { RenderReportOptions } from "ducha/report";
 * const options: RenderReportOptions = {
 *   lang: "zh-CN", format: "text", publisher: { "zh-CN": "我市", en: "the city" },
 * };
 * ```
 * @category Report
 */
export interface RenderReportOptions {
  readonly lang: Lang;
  /** `text`: the report's sentences; `markdown`: the sentences and tables by lead unit and region. */
  readonly format: "text" | "markdown";
  /** Rate rules and decimals; the summary's `policy`, else {@link DEFAULT_REPORT_POLICY}. */
  readonly policy?: RatePolicy;
  /**
   * Who led the tasks, as the sentence names them: "我市" gives 我市牵头的9项整改任务. A string is
   * used in both languages.
   */
  readonly publisher?: string | Bilingual;
  /** The whole date phrase, e.g. 截至2024年12月中旬; otherwise made from the summary's `asOf`. */
  readonly asOfText?: string | Bilingual;
}

const RANKS: readonly CadreRank[] = ["bureau", "division", "section_or_below"];
const RANK_EN: Readonly<Record<CadreRank, string>> = {
  bureau: "at bureau level",
  division: "at county/division level",
  section_or_below: "at township/section level and below",
};

/**
 * Writes a summary as a progress report in the register of published rectification reports:
 * tasks completed and in progress, petitions closed with the closure rate, and people held
 * accountable by rank. "已全部" when everything is done; rates at the policy's decimals. Markdown
 * adds tables by lead unit and by region (tasks, done, remaining, overdue, rate). Pure: the same
 * summary and options always give the same string.
 *
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { renderReport, summarize } from "ducha/report";
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   meta: { asOf: "2024-06-30" },
 *   tasks: Array.from({ length: 9 }, (_, i) => ({
 *     id: `t${i + 1}`, problemIds: [`p${i + 1}`], title: `任务${i + 1}`,
 *     status: i < 6 ? "completed" : "in_progress",
 *   })),
 *   petitionTallies: [{ id: "wlmq", roundId: "r2-xj", transferred: 811, closed: 808 }],
 * });
 * const city = { "zh-CN": "我市", en: "the city" };
 * renderReport(summarize(ledger), { lang: "zh-CN", format: "text", publisher: city });
 * //=> "截至2024年6月底，我市牵头的9项整改任务已完成6项，其余3项正在持续推进中；转办的811件信访件已办结808件，办结率99.63%，其余3件正在持续推进中。"
 * ```
 * @category Report
 */
export function renderReport(summary: Summary, options: RenderReportOptions): string {
  const policy = options.policy ?? summary.policy ?? DEFAULT_REPORT_POLICY;
  const lang = options.lang;
  const text =
    lang === "zh-CN" ? zhText(summary, options, policy) : enText(summary, options, policy);
  if (options.format === "text") return text;
  const parts = [text];
  if (summary.tasks.total.tasks > 0) {
    parts.push(table(summary.tasks.byLeadUnit, summary.tasks.total, "unit", lang, policy));
  }
  if (Object.keys(summary.tasks.byRegion).some((k) => k !== NOT_RECORDED)) {
    parts.push(table(summary.tasks.byRegion, summary.tasks.total, "region", lang, policy));
  }
  if (summary.petitions.transferred > 0) parts.push(...petitionTables(summary, lang));
  const notes = summary.accountabilityConsistency.map((m) => {
    const what = m.field === "byRank" ? ["分级人数", "by rank"] : ["分处理方式人数", "by sanction"];
    return lang === "zh-CN"
      ? `> 注意：问责记录${m.id}的${what[0]}之和为${m.sum}人，与问责总人数${m.total}人不一致。`
      : `> Note: in accountability record ${m.id} the people ${what[1]} add up to ${m.sum}, not the total of ${m.total}.`;
  });
  if (notes.length > 0) parts.push(notes.join("\n"));
  return `${parts.join("\n\n")}\n`;
}

function pick(value: string | Bilingual | undefined, lang: Lang): string | undefined {
  return value === undefined || typeof value === "string" ? value : value[lang];
}

function datePhrase(summary: Summary, options: RenderReportOptions): string | undefined {
  const given = pick(options.asOfText, options.lang);
  if (given !== undefined) return given;
  return summary.asOf === undefined ? undefined : asOfPhrase(summary.asOf)[options.lang];
}

function batchesOf(summary: Summary): number {
  const numbered = Object.keys(summary.petitions.byBatch).filter((k) => k !== NOT_RECORDED);
  return Math.max(numbered.length, summary.petitions.tallyBatches);
}

function zhText(summary: Summary, options: RenderReportOptions, policy: RatePolicy): string {
  const clauses: string[] = [];
  const t = tallyCounts(summary.tasks.total, policy);
  if (t.tasks > 0) {
    const who = pick(options.publisher, "zh-CN");
    const subject = `${who === undefined ? "" : `${who}牵头的`}${t.tasks}项整改任务`;
    const basic =
      policy.basicallyCompletedCountsAsDone && summary.tasks.total.basicallyCompleted > 0;
    const verb = basic ? "已完成或基本完成" : "已完成";
    const overdue = t.overdue > 0 ? `，其中${t.overdue}项已超过整改时限` : "";
    if (t.remaining === 0)
      clauses.push(`${subject}${basic ? "已全部完成或基本完成" : "已全部完成"}`);
    else if (t.done === 0) clauses.push(`${subject}正在持续推进中${overdue}`);
    else clauses.push(`${subject}${verb}${t.done}项，其余${t.remaining}项正在持续推进中${overdue}`);
  }
  const p = petitionCounts(summary, policy);
  if (p.transferred > 0) {
    const batches = batchesOf(summary);
    // Cases read from batch tables: the bulletin's "第1至29批交办的91件…已办结91件".
    const range = caseBatchRange(summary);
    const span =
      range === undefined
        ? undefined
        : range[0] === range[1]
          ? `第${range[0]}批`
          : `第${range[0]}至${range[1]}批`;
    const head =
      span !== undefined
        ? `${span}交办的${p.transferred}件群众信访举报案件`
        : batches > 0
          ? `转办的${batches}批${p.transferred}件群众信访举报案件`
          : `转办的${p.transferred}件信访件`;
    // Cases whose 办结情况 is not filled in are said as such, never as "in progress"; when no case
    // has one, no closure rate is written at all.
    const unrecorded = summary.petitions.statusless ?? 0;
    if (unrecorded === p.transferred) {
      clauses.push(`${head}均未填报办结情况`);
    } else if (p.remaining === 0) {
      clauses.push(span !== undefined ? `${head}已办结${p.closed}件` : `${head}已全部办结`);
    } else {
      const staged = p.staged;
      const counted = policy.stagedClosureCountsAsClosed && staged > 0;
      const closed = `已办结${p.closed}件${counted ? `（含阶段性办结${staged}件）` : ""}`;
      const going = p.remaining - (counted ? 0 : staged) - unrecorded;
      const parts = [
        staged > 0 && !counted ? `另有${staged}件阶段性办结` : "",
        going > 0 ? `其余${going}件正在持续推进中` : "",
        unrecorded > 0 ? `${unrecorded}件未填报办结情况` : "",
      ].filter((part) => part !== "");
      clauses.push(`${head}${closed}，办结率${p.rate.text}，${parts.join("，")}`);
    }
    const outcomes = outcomeClauseZh(summary.petitions.outcomes ?? {});
    if (outcomes !== "") clauses.push(outcomes);
  }
  const sentences: string[] = [];
  if (clauses.length > 0) {
    const date = datePhrase(summary, options);
    sentences.push(`${date === undefined ? "" : `${date}，`}${clauses.join("；")}。`);
  }
  const a = summary.accountability;
  if (a.people > 0) {
    const lead =
      a.handedOverProblems > 0 ? `针对移交的${a.handedOverProblems}个责任追究问题，` : "";
    const ranks = RANKS.flatMap((rank) => {
      const n = a.byRank[rank] ?? 0;
      return n > 0 ? [`${CADRE_RANK_LABELS[rank]["zh-CN"]}干部${n}人`] : [];
    });
    const detail = ranks.length > 0 ? `，其中${ranks.join("、")}` : "";
    sentences.push(`${lead}共问责${a.people}人${detail}。`);
  }
  return sentences.length > 0 ? sentences.join("") : "暂无可报告的整改任务、信访件或问责数据。";
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function enText(summary: Summary, options: RenderReportOptions, policy: RatePolicy): string {
  const sentences: string[] = [];
  const t = tallyCounts(summary.tasks.total, policy);
  if (t.tasks > 0) {
    const who = pick(options.publisher, "en");
    const led = who === undefined ? "" : ` led by ${who}`;
    const noun = `rectification ${plural(t.tasks, "task", "tasks")}${led}`;
    const basic =
      policy.basicallyCompletedCountsAsDone && summary.tasks.total.basicallyCompleted > 0;
    const verb = basic ? "completed or basically completed" : "completed";
    const overdue =
      t.overdue > 0
        ? `, ${t.overdue} of them past ${plural(t.overdue, "its", "their")} deadline`
        : "";
    const rest = `the remaining ${t.remaining} ${plural(t.remaining, "is", "are")} in progress${overdue}`;
    if (t.remaining === 0) {
      sentences.push(`${t.tasks === 1 ? "The" : `All ${t.tasks}`} ${noun} had been ${verb}.`);
    } else if (t.done === 0) {
      const none =
        t.tasks === 1
          ? `The ${noun} had not been ${verb}; it is`
          : `None of the ${t.tasks} ${noun} had been ${verb}; all are`;
      sentences.push(`${none} in progress${overdue}.`);
    } else {
      sentences.push(`${t.done} of the ${t.tasks} ${noun} had been ${verb}; ${rest}.`);
    }
  }
  const p = petitionCounts(summary, policy);
  if (p.transferred > 0) {
    const batches = batchesOf(summary);
    const range = caseBatchRange(summary);
    const inBatches =
      range !== undefined
        ? range[0] === range[1]
          ? ` in batch ${range[0]}`
          : ` in batches ${range[0]} to ${range[1]}`
        : batches > 0
          ? ` in ${batches} ${plural(batches, "batch", "batches")}`
          : "";
    const cases = `petition ${plural(p.transferred, "case", "cases")} transferred${inBatches}`;
    const unrecorded = summary.petitions.statusless ?? 0;
    if (unrecorded === p.transferred) {
      const none = p.transferred === 1 ? "it has" : "none has";
      sentences.push(`Of ${p.transferred} ${cases}, ${none} a recorded status.`);
    } else if (p.remaining === 0) {
      sentences.push(
        `${p.transferred === 1 ? "The" : `All ${p.transferred}`} ${cases} had been closed.`,
      );
    } else {
      const staged = p.staged;
      const counted = policy.stagedClosureCountsAsClosed && staged > 0;
      const rate = `${p.rate.text}${counted ? `, including ${staged} closed for this stage` : ""}`;
      const left = p.remaining - (counted ? 0 : staged) - unrecorded;
      const parts = [
        staged > 0 && !counted ? `${staged} had been closed for this stage` : "",
        left > 0 ? `the remaining ${left} ${plural(left, "is", "are")} in progress` : "",
        unrecorded > 0
          ? `${unrecorded} ${plural(unrecorded, "has", "have")} no recorded status`
          : "",
      ].filter((part) => part !== "");
      const rest =
        parts.length > 1
          ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`
          : (parts[0] ?? "");
      sentences.push(
        `Of ${p.transferred} ${cases}, ${p.closed} had been closed (${rate}); ${rest}.`,
      );
    }
    const outcomes = outcomeClauseEn(summary.petitions.outcomes ?? {});
    if (outcomes !== "") sentences.push(`Enforcement on these cases: ${outcomes}.`);
  }
  const date = datePhrase(summary, options);
  if (date !== undefined && sentences.length > 0) {
    const first = sentences[0] as string;
    sentences[0] = `${date}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  }
  const a = summary.accountability;
  if (a.people > 0) {
    const lead =
      a.handedOverProblems > 0
        ? `For the ${a.handedOverProblems} ${plural(a.handedOverProblems, "problem", "problems")} handed over for accountability, `
        : "";
    const held = `${a.people} ${plural(a.people, "official was", "officials were")} held accountable`;
    const ranks = RANKS.flatMap((rank) => {
      const n = a.byRank[rank] ?? 0;
      return n > 0 ? [`${n} ${RANK_EN[rank]}`] : [];
    });
    const detail =
      ranks.length === 0
        ? ""
        : `: ${ranks.length === 1 ? ranks[0] : `${ranks.slice(0, -1).join(", ")} and ${ranks.at(-1)}`}`;
    const sentence = `${lead}${held}${detail}.`;
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
  }
  return sentences.length > 0
    ? sentences.join(" ")
    : "There are no tasks, petitions or accountability figures to report.";
}

const HEADERS: Readonly<Record<Lang, Readonly<Record<"unit" | "region", readonly string[]>>>> = {
  "zh-CN": {
    unit: ["牵头单位", "任务数", "已完成", "未完成", "超期", "完成率"],
    region: ["地区", "任务数", "已完成", "未完成", "超期", "完成率"],
  },
  en: {
    unit: ["Lead unit", "Tasks", "Done", "Remaining", "Overdue", "Rate"],
    region: ["Region", "Tasks", "Done", "Remaining", "Overdue", "Rate"],
  },
};
const TITLES: Readonly<Record<Lang, Readonly<Record<"unit" | "region", string>>>> = {
  "zh-CN": { unit: "按牵头单位", region: "按地区" },
  en: { unit: "By lead unit", region: "By region" },
};

/**
 * The label a summary row is printed under: the key, or 未明确 / "(not recorded)".
 *
 * @example
 * ```ts
 * import { rowLabel } from "ducha/report";
 * rowLabel("", "zh-CN"); //=> "（未明确）"
 * ```
 * @category Report
 */
export function rowLabel(key: string, lang: Lang): string {
  if (key !== NOT_RECORDED) return key;
  return lang === "zh-CN" ? "（未明确）" : "(not recorded)";
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function table(
  rows: TallyMap,
  total: TaskTally,
  kind: "unit" | "region",
  lang: Lang,
  policy: RatePolicy,
): string {
  const header = HEADERS[lang][kind];
  const line = (label: string, tally: TaskTally): string => {
    const c = tallyCounts(tally, policy);
    return `| ${cell(label)} | ${c.tasks} | ${c.done} | ${c.remaining} | ${c.overdue} | ${c.rate.text} |`;
  };
  const body = Object.entries(rows).map(([key, tally]) => line(rowLabel(key, lang), tally));
  const totalLabel = lang === "zh-CN" ? "合计" : "Total";
  return [
    `### ${TITLES[lang][kind]}`,
    "",
    `| ${header.join(" | ")} |`,
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...body,
    line(totalLabel, total),
  ].join("\n");
}
