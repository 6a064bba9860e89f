import { assertIsoDate, type IsoDate } from "../dates.js";
import { definePolicy, type RatePolicy } from "../metrics/policy.js";
import type { AccountabilityRecord } from "../model/accountability.js";
import type { Region } from "../model/common.js";
import type { Ledger } from "../model/ledger.js";
import type { FeedbackProblem } from "../model/problem.js";
import type { RectificationTask } from "../model/task.js";
import { freezeOrder, sortMismatches, type TallyDraft } from "./_counting.js";
import { completionDate, donenessOf, dueOn, statusOn } from "./_taskFacts.js";
import {
  type ConsistencyMismatch,
  emptyTally,
  NOT_RECORDED,
  SUMMARY_FORMAT,
  type Summary,
  type TallyMap,
} from "./summary.js";
import { DEFAULT_UNIT_ALIASES, normalizeUnitName } from "./unitName.js";

/**
 * Options of {@link summarize}.
 *
 * @example
 * ```ts
 * import type { SummarizeOptions } from "ducha/report";
 * const options: SummarizeOptions = { asOf: "2024-06-30" };
 * ```
 * @category Report
 */
export interface SummarizeOptions {
  /**
   * Count statuses as of this date, rebuilt from each task's events. Without it, recorded
   * statuses are counted, and overdue is judged against the ledger's `meta.asOf` if any.
   */
  readonly asOf?: IsoDate;
  /** Unit renames, {@link DEFAULT_UNIT_ALIASES} unless given. */
  readonly unitAliases?: Readonly<Record<string, string>>;
  /**
   * The rate policy the summary's rates and report are read under (kept in `summary.policy`);
   * {@link DEFAULT_REPORT_POLICY} when absent. Counts do not depend on it.
   */
  readonly policy?: RatePolicy;
}

/**
 * Counts a ledger: tasks by status, round, region, province, city, lead unit, problem category and
 * domain; petitions transferred, closed, staged and in handling; accountability by rank and
 * sanction, with published totals whose parts do not add up listed in
 * `accountabilityConsistency`. Counts never depend on a rate policy: 完成 and 基本完成 are kept
 * apart, so any policy can be applied when rates are taken (`summaryRates`) or written
 * (`renderReport`). A `policy` given here is kept in `summary.policy` and used by those when they
 * are not given one. The ledger is not changed.
 *
 * @param ledger - a parsed ledger.
 * @param options - `asOf`, `unitAliases` and `policy`.
 * @throws {DuchaError} `invalid_date` when `asOf` is not a real date; `invalid_argument` when
 *   `policy` is not a valid {@link RatePolicy}.
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { summarize } from "ducha/report";
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   tasks: [
 *     { id: "t1", problemIds: ["p1"], title: "城区扬尘污染问题", leadUnits: ["市环保局"], status: "completed" },
 *     { id: "t2", problemIds: ["p2"], title: "黑臭水体问题", leadUnits: ["市生态环境局"], status: "in_progress" },
 *   ],
 * });
 * const summary = summarize(ledger);
 * summary.tasks.total.completed; //=> 1
 * Object.keys(summary.tasks.byLeadUnit); //=> ["市生态环境局"]
 * ```
 * @category Report
 */
export function summarize(ledger: Ledger, options: SummarizeOptions = {}): Summary {
  if (options.asOf !== undefined) assertIsoDate(options.asOf, "asOf");
  const statusDate = options.asOf;
  const asOf = options.asOf ?? ledger.meta?.asOf;
  const aliases = options.unitAliases ?? DEFAULT_UNIT_ALIASES;
  const problems = new Map<string, FeedbackProblem>();
  for (const problem of ledger.problems) problems.set(problem.id, problem);

  const total = emptyTally() as TallyDraft;
  const dueByAsOf = emptyTally() as TallyDraft;
  const dueWithinYear = emptyTally() as TallyDraft;
  const byStatus = new Map<string, number>();
  const groups = {
    byRound: new Map<string, TallyDraft>(),
    byRegion: new Map<string, TallyDraft>(),
    byProvince: new Map<string, TallyDraft>(),
    byCity: new Map<string, TallyDraft>(),
    byLeadUnit: new Map<string, TallyDraft>(),
    byCategory: new Map<string, TallyDraft>(),
    byDomain: new Map<string, TallyDraft>(),
  };
  const yearEnd = asOf === undefined ? undefined : `${asOf.slice(0, 4)}-12-31`;
  // Names and codes repeat across thousands of tasks: each is normalised once per summary.
  const unitName = memo((unit: string) => normalizeUnitName(unit, aliases));
  const regionName = memo((name: string) => name.normalize("NFKC").trim());
  const province = memo((code: string) => code.slice(0, 2).padEnd(6, "0"));
  const city = memo((code: string) => code.slice(0, 4).padEnd(6, "0"));
  const own: FeedbackProblem[] = [];
  const regionScratch: Region[] = [];
  const keys: string[] = [];

  for (const task of ledger.tasks) {
    const status = statusOn(task, statusDate);
    bump(byStatus, status ?? NOT_RECORDED, 1);
    const facts = taskFacts(task, statusDate, asOf);
    addFacts(total, facts);
    if (facts.due !== undefined && asOf !== undefined && facts.due <= asOf) {
      addFacts(dueByAsOf, facts);
    }
    if (facts.due !== undefined && yearEnd !== undefined && facts.due <= yearEnd) {
      addFacts(dueWithinYear, facts);
    }
    // Scratch arrays, refilled for each task and group and never kept: no garbage per task.
    problemsOf(task, problems, own);
    const regions = regionsOf(task, own, regionScratch);
    keys.length = 0;
    for (const p of own) keys.push(p.roundId as string);
    addOnce(groups.byRound, keys, facts);
    keys.length = 0;
    for (const r of regions) keys.push(regionName(r.name));
    addOnce(groups.byRegion, keys, facts);
    keys.length = 0;
    for (const r of regions) if (r.code !== undefined) keys.push(province(r.code));
    addOnce(groups.byProvince, keys, facts);
    keys.length = 0;
    for (const r of regions) if (r.code !== undefined) keys.push(city(r.code));
    addOnce(groups.byCity, keys, facts);
    keys.length = 0;
    for (const unit of task.leadUnits ?? []) keys.push(unitName(unit));
    addOnce(groups.byLeadUnit, keys, facts);
    keys.length = 0;
    for (const p of own) if (p.category !== undefined) keys.push(p.category);
    addOnce(groups.byCategory, keys, facts);
    keys.length = 0;
    for (const p of own) for (const domain of p.domains ?? []) keys.push(domain);
    addOnce(groups.byDomain, keys, facts);
  }

  const petitions = countPetitions(ledger);
  const accountability = countAccountability(ledger.accountability);
  const tallies = (map: Map<string, TallyDraft>): TallyMap => freezeOrder(map);
  return {
    format: SUMMARY_FORMAT,
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.policy === undefined ? {} : { policy: definePolicy(options.policy) }),
    tasks: {
      total,
      byStatus: freezeOrder(byStatus),
      dueByAsOf,
      dueWithinYear,
      byRound: tallies(groups.byRound),
      byRegion: tallies(groups.byRegion),
      byProvince: tallies(groups.byProvince),
      byCity: tallies(groups.byCity),
      byLeadUnit: tallies(groups.byLeadUnit),
      byCategory: tallies(groups.byCategory),
      byDomain: tallies(groups.byDomain),
    },
    petitions,
    accountability: accountability.counts,
    accountabilityConsistency: accountability.mismatches,
  };
}

interface TaskFacts {
  readonly doneness: "done" | "basically" | "open";
  readonly due: IsoDate | undefined;
  readonly overdue: boolean;
  readonly onTime: boolean;
}

function taskFacts(
  task: RectificationTask,
  statusDate: IsoDate | undefined,
  asOf: IsoDate | undefined,
): TaskFacts {
  const doneness = donenessOf(statusOn(task, statusDate));
  const due = dueOn(task, asOf);
  const overdue = doneness !== "done" && due !== undefined && asOf !== undefined && due < asOf;
  let onTime = false;
  if (doneness !== "open") {
    const finished = completionDate(task, statusDate, true);
    // The deadline in force when the work was finished decides whether it was on time.
    const dueThen = finished === undefined ? undefined : dueOn(task, finished);
    onTime = finished !== undefined && dueThen !== undefined && finished <= dueThen;
  }
  return { doneness, due, overdue, onTime };
}

function addFacts(tally: TallyDraft, facts: TaskFacts): void {
  tally.tasks += 1;
  if (facts.doneness === "done") {
    tally.completed += 1;
    if (facts.onTime) tally.completedOnTime += 1;
  } else if (facts.doneness === "basically") {
    tally.basicallyCompleted += 1;
    if (facts.onTime) tally.basicallyCompletedOnTime += 1;
    if (facts.overdue) tally.overdueBasicallyCompleted += 1;
  } else if (facts.overdue) {
    tally.overdue += 1;
  }
}

/**
 * Adds a task once under each distinct key; a task with none is counted under NOT_RECORDED. One
 * key, the usual case, needs no set.
 */
function addOnce(map: Map<string, TallyDraft>, keys: readonly string[], facts: TaskFacts): void {
  if (keys.length <= 1) {
    const key = keys.length === 0 || keys[0] === "" ? NOT_RECORDED : (keys[0] as string);
    addFacts(draftOf(map, key), facts);
    return;
  }
  const distinct = new Set<string>();
  for (const key of keys) if (key !== "") distinct.add(key);
  if (distinct.size === 0) distinct.add(NOT_RECORDED);
  for (const key of distinct) addFacts(draftOf(map, key), facts);
}

/** A function remembering its results, for the life of one summary. */
function memo(fn: (value: string) => string): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    let out = seen.get(value);
    if (out === undefined) {
      out = fn(value);
      seen.set(value, out);
    }
    return out;
  };
}

function draftOf(map: Map<string, TallyDraft>, key: string): TallyDraft {
  let draft = map.get(key);
  if (draft === undefined) {
    draft = emptyTally() as TallyDraft;
    map.set(key, draft);
  }
  return draft;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The task's problems found in the ledger, written into `out`. */
function problemsOf(
  task: RectificationTask,
  problems: ReadonlyMap<string, FeedbackProblem>,
  out: FeedbackProblem[],
): void {
  out.length = 0;
  for (const id of task.problemIds) {
    const problem = problems.get(id);
    if (problem !== undefined) out.push(problem);
  }
}

/** The task's own regions, else those of its problems (written into `scratch`). */
function regionsOf(
  task: RectificationTask,
  own: readonly FeedbackProblem[],
  scratch: Region[],
): readonly Region[] {
  if (task.regions !== undefined && task.regions.length > 0) return task.regions;
  scratch.length = 0;
  for (const p of own) for (const region of p.regions ?? []) scratch.push(region);
  return scratch;
}

function countPetitions(ledger: Ledger): Summary["petitions"] {
  let closed = 0;
  let staged = 0;
  let handling = 0;
  let unrecorded = 0;
  let tallyBatches = 0;
  const byVerification = new Map<string, number>();
  const byBatch = new Map<string, number>();
  for (const petition of ledger.petitions) {
    if (petition.status === "closed") closed += 1;
    else if (petition.status === "staged_closed") staged += 1;
    else if (petition.status === "handling") handling += 1;
    else unrecorded += 1;
    bump(byVerification, petition.verification ?? NOT_RECORDED, 1);
    bump(byBatch, petition.batch === undefined ? NOT_RECORDED : String(petition.batch), 1);
  }
  let transferred = ledger.petitions.length;
  for (const tally of ledger.petitionTallies) {
    transferred += tally.transferred;
    const c = tally.closed ?? 0;
    const s = tally.staged ?? 0;
    const h = tally.handling ?? 0;
    closed += c;
    staged += s;
    handling += h;
    // Parts beyond the total are the publisher's to explain; never count below zero.
    unrecorded += Math.max(0, tally.transferred - c - s - h);
    tallyBatches = Math.max(tallyBatches, tally.batches ?? 0);
  }
  return {
    transferred,
    closed,
    staged,
    handling,
    unrecorded,
    byVerification: freezeOrder(byVerification),
    byBatch: freezeOrder(byBatch),
    tallyBatches,
  };
}

function countAccountability(records: readonly AccountabilityRecord[]): {
  counts: Summary["accountability"];
  mismatches: ConsistencyMismatch[];
} {
  let people = 0;
  let handedOverProblems = 0;
  const byRank = new Map<string, number>();
  const bySanction = new Map<string, number>();
  const cases = new Set<string>();
  const mismatches: ConsistencyMismatch[] = [];
  for (const record of records) {
    if (record.kind === "person") {
      people += 1;
      bump(byRank, record.rank ?? NOT_RECORDED, 1);
      for (const sanction of new Set(record.sanctions ?? [])) bump(bySanction, sanction, 1);
      if (record.caseId !== undefined) cases.add(record.caseId);
      continue;
    }
    people += record.people;
    handedOverProblems += record.handedOverProblems ?? 0;
    for (const field of ["byRank", "bySanction"] as const) {
      const parts = record[field];
      if (parts === undefined) continue;
      let sum = 0;
      for (const [key, count] of Object.entries(parts)) {
        if (count === undefined) continue;
        sum += count;
        bump(field === "byRank" ? byRank : bySanction, key, count);
      }
      if (sum !== record.people)
        mismatches.push({ id: record.id, field, total: record.people, sum });
    }
  }
  handedOverProblems += cases.size;
  return {
    counts: {
      people,
      byRank: freezeOrder(byRank),
      bySanction: freezeOrder(bySanction),
      handedOverProblems,
    },
    mismatches: sortMismatches(mismatches),
  };
}
