import { DuchaError } from "../errors.js";
import type { RatePolicy } from "../metrics/policy.js";
import type { EnforcementOutcomes } from "../model/petition.js";
import { sumOutcomes } from "../outcomes/sumOutcomes.js";
import {
  addCounts,
  addTallies,
  addTally,
  setKey,
  sortedKeys,
  sortMismatches,
} from "./_counting.js";
import { emptySummary, type Summary } from "./summary.js";

/**
 * Rolls summaries up (county → city → province → nation): every count adds, maps add key by key
 * and stay sorted, mismatch lists are joined and sorted, and tallies' unnumbered batch counts keep
 * the largest. Rates are never stored, so they are always taken afresh from the added counts,
 * never averaged. Associative and commutative, with `emptySummary()` as identity. Inputs are not
 * changed.
 *
 * @throws {DuchaError} `invalid_argument` when two summaries hold on different dates, or one is
 * not a summary.
 * @example
 * ```ts
 * import { emptySummary, mergeSummaries, type Summary } from "ducha/report";
 * const county = (transferred: number, closed: number): Summary => {
 *   const empty = emptySummary();
 *   return { ...empty, petitions: { ...empty.petitions, transferred, closed } };
 * };
 * const city = mergeSummaries(county(811, 808), county(100, 90));
 * city.petitions.transferred; //=> 911
 * city.petitions.closed; //=> 898
 * ```
 * @category Report
 */
export function mergeSummaries(...summaries: readonly Summary[]): Summary {
  let out = emptySummary();
  for (const summary of summaries) out = mergeTwo(out, summary);
  return out;
}

function mergeTwo(a: Summary, b: Summary): Summary {
  if (b?.format !== a.format) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": "只能合并summarize生成的汇总（format为ducha/summary@1）",
        en: "only summaries made by summarize (format ducha/summary@1) can be merged",
      },
      { format: (b as { format?: unknown } | undefined)?.format },
    );
  }
  if (a.asOf !== undefined && b.asOf !== undefined && a.asOf !== b.asOf) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `汇总的截止日期不同（${a.asOf}、${b.asOf}），不能相加`,
        en: `summaries hold on different dates (${a.asOf}, ${b.asOf}) and cannot be added`,
      },
      { asOf: [a.asOf, b.asOf] },
    );
  }
  const asOf = a.asOf ?? b.asOf;
  if (a.policy !== undefined && b.policy !== undefined && !samePolicy(a.policy, b.policy)) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": "汇总的完成率口径不同，不能相加；请用同一口径汇总，或去掉policy后合并",
        en: "summaries carry different rate policies and cannot be added; summarize under one policy, or drop policy before merging",
      },
      { policies: [a.policy, b.policy] },
    );
  }
  const policy = a.policy ?? b.policy;
  const t = a.tasks;
  const u = b.tasks;
  const p = a.petitions;
  const q = b.petitions;
  return {
    format: a.format,
    ...(asOf === undefined ? {} : { asOf }),
    ...(policy === undefined ? {} : { policy }),
    tasks: {
      total: addTally(t.total, u.total),
      byStatus: addCounts(t.byStatus, u.byStatus),
      dueByAsOf: addTally(t.dueByAsOf, u.dueByAsOf),
      dueWithinYear: addTally(t.dueWithinYear, u.dueWithinYear),
      byRound: addTallies(t.byRound, u.byRound),
      byRegion: addTallies(t.byRegion, u.byRegion),
      byProvince: addTallies(t.byProvince, u.byProvince),
      byCity: addTallies(t.byCity, u.byCity),
      byLeadUnit: addTallies(t.byLeadUnit, u.byLeadUnit),
      byCategory: addTallies(t.byCategory, u.byCategory),
      byDomain: addTallies(t.byDomain, u.byDomain),
    },
    petitions: {
      transferred: p.transferred + q.transferred,
      closed: p.closed + q.closed,
      staged: p.staged + q.staged,
      handling: p.handling + q.handling,
      unrecorded: p.unrecorded + q.unrecorded,
      ...((p.statusless ?? 0) + (q.statusless ?? 0) > 0
        ? { statusless: (p.statusless ?? 0) + (q.statusless ?? 0) }
        : {}),
      byVerification: addCounts(p.byVerification, q.byVerification),
      byBatch: addCounts(p.byBatch, q.byBatch),
      tallyBatches: Math.max(p.tallyBatches, q.tallyBatches),
      ...mergePetitionDetail(p, q),
    },
    accountability: {
      people: a.accountability.people + b.accountability.people,
      byRank: addCounts(a.accountability.byRank, b.accountability.byRank),
      bySanction: addCounts(a.accountability.bySanction, b.accountability.bySanction),
      handedOverProblems: a.accountability.handedOverProblems + b.accountability.handedOverProblems,
    },
    accountabilityConsistency: sortMismatches([
      ...a.accountabilityConsistency,
      ...b.accountabilityConsistency,
    ]),
  };
}

function samePolicy(a: RatePolicy, b: RatePolicy): boolean {
  return (
    a.basicallyCompletedCountsAsDone === b.basicallyCompletedCountsAsDone &&
    a.stagedClosureCountsAsClosed === b.stagedClosureCountsAsClosed &&
    a.denominator === b.denominator &&
    a.decimals === b.decimals &&
    a.rounding === b.rounding
  );
}

/** Outcome maps added key by key (fines on fen), keys sorted. */
function addOutcomeMaps(
  a: Readonly<Record<string, EnforcementOutcomes>>,
  b: Readonly<Record<string, EnforcementOutcomes>>,
): Readonly<Record<string, EnforcementOutcomes>> {
  const out: Record<string, EnforcementOutcomes> = {};
  for (const key of sortedKeys({ ...a, ...b })) {
    const x = Object.hasOwn(a, key) ? a[key] : undefined;
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    setKey(out, key, sumOutcomes([x, y]));
  }
  return out;
}

/**
 * The petition counts summaries carry since petition tables are read (by region, pollution type,
 * outcomes): added when either side has them, left out when neither does.
 */
function mergePetitionDetail(p: Summary["petitions"], q: Summary["petitions"]): object {
  const out: Record<string, unknown> = {};
  const either = (key: keyof Summary["petitions"]) => p[key] !== undefined || q[key] !== undefined;
  if (either("byRegion")) out.byRegion = addCounts(p.byRegion ?? {}, q.byRegion ?? {});
  if (either("byPollutionType")) {
    out.byPollutionType = addCounts(p.byPollutionType ?? {}, q.byPollutionType ?? {});
  }
  if (either("duplicates")) out.duplicates = (p.duplicates ?? 0) + (q.duplicates ?? 0);
  if (either("outcomes")) out.outcomes = sumOutcomes([p.outcomes, q.outcomes]);
  if (either("outcomesByRegion")) {
    out.outcomesByRegion = addOutcomeMaps(p.outcomesByRegion ?? {}, q.outcomesByRegion ?? {});
  }
  if (either("outcomesByBatch")) {
    out.outcomesByBatch = addOutcomeMaps(p.outcomesByBatch ?? {}, q.outcomesByBatch ?? {});
  }
  return out;
}
