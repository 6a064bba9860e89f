/**
 * The enforcement outcomes of petition cases in report text: the bulletin clause ("责令整改52家，
 * 立案处罚18家，罚款236.8万元，约谈37人，问责12人") and the Markdown tables by batch and region.
 *
 * @module
 * @internal
 */
import type { Lang } from "../lang.js";
import type { EnforcementOutcomes } from "../model/petition.js";
import { OUTCOME_KIND, OUTCOME_KINDS, type OutcomeKey } from "../outcomes/kinds.js";
import { yuanToFen } from "../outcomes/sumOutcomes.js";
import { NOT_RECORDED, type Summary } from "./summary.js";

/** A fine as the bulletins write it, exactly: 236.8万元 from 2368000, 251542.71元 below the yuan. */
export function yuanText(yuan: number, lang: Lang): string {
  const fen = yuanToFen(yuan);
  const whole = fen % 100 === 0;
  if (lang === "en") {
    const int = Math.trunc(fen / 100).toLocaleString("en-US");
    return `${int}${whole ? "" : `.${String(fen % 100).padStart(2, "0")}`} yuan`;
  }
  if (whole && fen >= 1_000_000) {
    const wan = Math.trunc(fen / 1_000_000);
    const rest = String(fen % 1_000_000)
      .padStart(6, "0")
      .slice(0, 4)
      .replace(/0+$/, "");
    return `${wan}${rest === "" ? "" : `.${rest}`}万元`;
  }
  const int = Math.trunc(fen / 100);
  return `${int}${whole ? "" : `.${String(fen % 100).padStart(2, "0")}`.replace(/0$/, "")}元`;
}

/** The kinds printed, in bulletin order; plain 拘留 only for detentions the split does not cover. */
function shown(outcomes: EnforcementOutcomes): [OutcomeKey, number][] {
  const out: [OutcomeKey, number][] = [];
  const split = (outcomes.administrativeDetentions ?? 0) + (outcomes.criminalDetentions ?? 0);
  for (const kind of OUTCOME_KINDS) {
    let value = outcomes[kind.key] ?? 0;
    if (kind.key === "detentions") value -= split;
    if (value > 0) out.push([kind.key, value]);
  }
  return out;
}

const EN_NOUN: Readonly<Record<OutcomeKey, string>> = {
  ordersToRectify: "ordered to rectify",
  casesFiled: "filed for penalties",
  finesYuan: "",
  seizures: "sealed or seized",
  closures: "shut down or banned",
  criminalCases: "criminal investigations",
  administrativeDetentions: "administrative detentions",
  criminalDetentions: "criminal detentions",
  detentions: "other detentions",
  interviews: "people interviewed",
  accountablePeople: "people held accountable",
};

/** "责令整改52家，立案处罚18家，罚款236.8万元，约谈37人，问责12人", or "" when there is none. */
export function outcomeClauseZh(outcomes: EnforcementOutcomes): string {
  return shown(outcomes)
    .map(([key, value]) => {
      const kind = OUTCOME_KIND[key];
      return key === "finesYuan"
        ? `罚款${yuanText(value, "zh-CN")}`
        : `${kind.label["zh-CN"]}${value}${kind.unit}`;
    })
    .join("，");
}

/** "52 ordered to rectify, 18 filed for penalties, fines of 2,368,000 yuan and 12 people held accountable". */
export function outcomeClauseEn(outcomes: EnforcementOutcomes): string {
  const parts = shown(outcomes).map(([key, value]) =>
    key === "finesYuan" ? `fines of ${yuanText(value, "en")}` : `${value} ${EN_NOUN[key]}`,
  );
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** The numbered batches of the cases on the ledger, lowest and highest; none when a case has none. */
export function caseBatchRange(summary: Summary): [number, number] | undefined {
  const p = summary.petitions;
  if (p.tallyBatches > 0 || Object.hasOwn(p.byBatch, NOT_RECORDED)) return undefined;
  const batches = Object.keys(p.byBatch).map(Number);
  if (batches.length === 0) return undefined;
  return [Math.min(...batches), Math.max(...batches)];
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

/** Markdown tables of cases and outcomes by batch and by region. */
export function petitionTables(summary: Summary, lang: Lang): string[] {
  const p = summary.petitions;
  if (p.outcomesByBatch === undefined || p.outcomes === undefined) return [];
  const kinds = OUTCOME_KINDS.filter((k) => (p.outcomes?.[k.key] ?? 0) > 0).map((k) => k.key);
  const zh = lang === "zh-CN";
  const label = (key: OutcomeKey): string => {
    if (key === "finesYuan") return zh ? "罚款（元）" : "Fines (yuan)";
    // The detentions column is every detention; the split columns say which were which.
    if (key === "detentions") return zh ? "拘留合计（人）" : "Detentions (all)";
    const kind = OUTCOME_KIND[key];
    if (zh) return `${kind.label["zh-CN"]}（${kind.unit}）`;
    return kind.label.en.charAt(0).toUpperCase() + kind.label.en.slice(1);
  };
  const value = (o: EnforcementOutcomes | undefined, key: OutcomeKey): string => {
    const v = o?.[key] ?? 0;
    if (key !== "finesYuan") return String(v);
    const fen = yuanToFen(v);
    return `${Math.trunc(fen / 100)}${fen % 100 === 0 ? "" : `.${String(fen % 100).padStart(2, "0")}`}`;
  };
  const notRecorded = zh ? "（未明确）" : "(not recorded)";
  const build = (
    title: string,
    first: string,
    counts: Readonly<Record<string, number>>,
    outcomes: Readonly<Record<string, EnforcementOutcomes>>,
    name: (key: string) => string,
  ): string => {
    const header = [first, zh ? "案件数" : "Cases", ...kinds.map(label)];
    const rows = Object.keys(counts).map((key) => {
      const o = Object.hasOwn(outcomes, key) ? outcomes[key] : undefined;
      const cells = [key === NOT_RECORDED ? notRecorded : name(key), String(counts[key] ?? 0)];
      return `| ${[...cells, ...kinds.map((k) => value(o, k))].map(cell).join(" | ")} |`;
    });
    const total = [
      zh ? "合计" : "Total",
      String(Object.values(counts).reduce((a, b) => a + b, 0)),
      ...kinds.map((k) => value(p.outcomes, k)),
    ];
    return [
      `### ${title}`,
      "",
      `| ${header.join(" | ")} |`,
      `| --- | ${header
        .slice(1)
        .map(() => "---:")
        .join(" | ")} |`,
      ...rows,
      `| ${total.join(" | ")} |`,
    ].join("\n");
  };
  const batchKeys = Object.keys(p.byBatch).sort(
    (a, b) => Number(a || Infinity) - Number(b || Infinity),
  );
  const byBatch: Record<string, number> = {};
  for (const key of batchKeys) byBatch[key] = p.byBatch[key] ?? 0;
  const out = [
    build(
      zh ? "信访件按批次" : "Petitions by batch",
      zh ? "批次" : "Batch",
      byBatch,
      p.outcomesByBatch,
      (key) => (zh ? `第${key}批` : key),
    ),
  ];
  if (p.byRegion !== undefined && p.outcomesByRegion !== undefined) {
    out.push(
      build(
        zh ? "信访件按地区" : "Petitions by region",
        zh ? "地区" : "Region",
        p.byRegion,
        p.outcomesByRegion,
        (key) => key,
      ),
    );
  }
  return out;
}
