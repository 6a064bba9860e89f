import type { Bilingual } from "../lang.js";
import { INSPECTIONS } from "../rounds/data/index.js";
import type { Inspection, Sourced } from "../rounds/schema.js";
import type { DateFigure, Figure, Finding, PeriodFigure } from "./figureTypes.js";

/**
 * Options of {@link scheduleFindings}: the schedule to check against (default: the shipped
 * `INSPECTIONS`).
 *
 * @example
 * ```ts
 * import type { ScheduleFindingsOptions } from "ducha/audit";
 * const options: ScheduleFindingsOptions = { schedule: [] };
 * ```
 * @category Audit
 */
export interface ScheduleFindingsOptions {
  readonly schedule?: readonly Inspection[];
}

const ORDINALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const SENTENCE_END = /[。；;！？\n]/u;

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? "")) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? "")) to++;
  return text.slice(from, to);
}

/** The names of the schedule's parties a passage mentions (full name, alias or city). */
function partiesIn(passage: string, schedule: readonly Inspection[]): Set<string> {
  const found = new Set<string>();
  for (const { party } of schedule) {
    if (found.has(party.name)) continue;
    const names = [party.name, ...party.aliases, ...(party.cities ?? [])];
    if (names.some((n) => passage.includes(n))) found.add(party.name);
  }
  return found;
}

function roundIn(passage: string): { ordinal?: number; kind?: Inspection["kind"] } {
  const ordinal = /第([一二三四五六])轮/u.exec(passage)?.[1];
  return {
    ...(ordinal === undefined ? {} : { ordinal: ORDINALS[ordinal] }),
    ...(passage.includes("回头看") ? { kind: "look_back" as const } : {}),
  };
}

const year = (date: string): string => date.slice(0, 4);

type Checked = {
  readonly label: Bilingual;
  readonly stated: string;
  readonly fact: Sourced<string>;
};

function compare(figure: DateFigure | PeriodFigure, record: Inspection): Checked[] {
  const checks: Checked[] = [];
  if (figure.kind === "period") {
    if (record.stationingStart !== undefined) {
      checks.push({
        label: { "zh-CN": "进驻开始", en: "stationing start" },
        stated: figure.start,
        fact: record.stationingStart,
      });
    }
    if (record.stationingEnd !== undefined) {
      checks.push({
        label: { "zh-CN": "进驻结束", en: "stationing end" },
        stated: figure.end,
        fact: record.stationingEnd,
      });
    }
  } else if (record.feedbackDate !== undefined) {
    checks.push({
      label: { "zh-CN": "反馈", en: "feedback" },
      stated: figure.date,
      fact: record.feedbackDate,
    });
  }
  return checks;
}

const agrees = (check: Checked): boolean =>
  check.stated === check.fact.value ||
  (check.fact.disagreement?.readings ?? []).some((r) => r.value === check.stated);

/**
 * Checks the stationing periods and feedback dates a text states against the inspection
 * schedule: for each stationing period (`role: "stationing"`) or feedback date the extractor read,
 * the party is the one the sentence (else the whole text) names, the round the one it states
 * (第二轮, 回头看), and the record the single one left, matching the year when the round is not
 * stated. `schedule_consistent` when the dates agree, `schedule_inconsistent` (a warning) when
 * they do not, with both dates and the schedule's sources. Abstains (no finding) when the party,
 * the record or the schedule's date is not known.
 *
 * @example
 * ```ts
 * import { extractFigures, scheduleFindings } from "ducha/audit";
 * const text = "2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省";
 * const [finding] = scheduleFindings(text, extractFigures(text).figures);
 * finding?.code; //=> "schedule_consistent"
 * ```
 * @category Audit
 */
export function scheduleFindings(
  text: string,
  figures: readonly Figure[],
  options: ScheduleFindingsOptions = {},
): Finding[] {
  const schedule = options.schedule ?? INSPECTIONS;
  const textParties = partiesIn(text, schedule);
  const textRound = roundIn(text);
  const findings: Finding[] = [];
  for (const figure of figures) {
    const isStationing = figure.kind === "period" && figure.role === "stationing";
    const isFeedback = figure.kind === "date" && figure.role === "feedback";
    if (!isStationing && !isFeedback) continue;
    const sentence = sentenceAround(text, figure.span.start, figure.span.end);
    const sentenceParties = partiesIn(sentence, schedule);
    const parties = sentenceParties.size > 0 ? sentenceParties : textParties;
    const [party] = parties;
    if (party === undefined || parties.size > 1) continue;
    const round = { ...textRound, ...roundIn(sentence) };
    const kind = round.kind ?? "routine";
    const statedYear = year(figure.kind === "period" ? figure.start : figure.date);
    const candidates = schedule.filter((record) => {
      if (record.party.name !== party || record.kind !== kind) return false;
      if (round.ordinal !== undefined) return record.ordinal === round.ordinal;
      const own = figure.kind === "period" ? record.stationingStart : record.feedbackDate;
      if (own === undefined) return false;
      const readings = [
        own.value,
        ...(own.disagreement?.readings ?? []).map((r) => String(r.value)),
      ];
      return readings.some((date) => year(date) === statedYear);
    });
    const [record] = candidates;
    if (record === undefined || candidates.length > 1) continue;
    const checks = compare(figure, record);
    if (checks.length === 0) continue;
    const consistent = checks.every(agrees);
    const sources = [...new Set(checks.flatMap((c) => c.fact.sources))];
    const list = (lang: "zh-CN" | "en") =>
      checks
        .map((c) =>
          lang === "en"
            ? `${c.label.en} ${c.stated}${agrees(c) ? "" : ` (schedule: ${c.fact.value})`}`
            : `${c.label["zh-CN"]}${c.stated}${agrees(c) ? "" : `（督察安排：${c.fact.value}）`}`,
        )
        .join(lang === "en" ? ", " : "，");
    findings.push({
      code: consistent ? "schedule_consistent" : "schedule_inconsistent",
      consistent,
      severity: consistent ? "info" : "warning",
      spans: [figure.span],
      message: {
        "zh-CN": `${party}${consistent ? "与督察安排一致" : "与督察安排不一致"}：${list("zh-CN")}；来源：${sources.join(" ")}`,
        en: `${party} ${consistent ? "agrees with" : "differs from"} the schedule (${record.id}): ${list("en")}; source: ${sources.join(" ")}`,
      },
      details: {
        recordId: record.id,
        checks: checks.map((c) => ({
          field: c.label.en,
          stated: c.stated,
          schedule: c.fact.value,
          sources: c.fact.sources,
        })),
      },
    });
  }
  return findings;
}
