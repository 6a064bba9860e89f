import { assertIsoDate, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import { replayStatus } from "../lifecycle/statusAt.js";
import { definePolicy, type RatePolicy } from "../metrics/policy.js";
import type { AccountabilityRecord } from "../model/accountability.js";
import type { Region } from "../model/common.js";
import type { TaskStatus } from "../model/enums.js";
import { LEDGER_COLLECTIONS, LEDGER_FORMAT, type Ledger } from "../model/ledger.js";
import type { EnforcementOutcomes } from "../model/petition.js";
import type { FeedbackProblem } from "../model/problem.js";
import type { RectificationTask } from "../model/task.js";
import { sumOutcomes } from "../outcomes/sumOutcomes.js";
import { freezeOrder, setKey, sortMismatches, type TallyDraft } from "./_counting.js";
import { completionDate, donenessOf, dueOn, isExtended } from "./_taskFacts.js";
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
 * @param input - a ledger in the `ducha/ledger@1` format, parsed or not; anything else throws
 *   `DuchaError` (`invalid_ledger`).
 * @param options - `asOf`, `unitAliases` and `policy`.
 * @throws {DuchaError} `invalid_ledger` when `input` is not a ledger; `invalid_date` when `asOf`
 *   is not a real date; `invalid_argument` when `policy` is not a valid {@link RatePolicy}.
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
export function summarize(input: Ledger, options: SummarizeOptions = {}): Summary {
  const ledger = asLedger(input);
  if (options.asOf !== undefined) assertIsoDate(options.asOf, "asOf");
  const statusDate = options.asOf;
  const asOf = options.asOf ?? ledger.meta?.asOf;
  const aliases = options.unitAliases ?? DEFAULT_UNIT_ALIASES;
  // Each problem carries the tally of the tasks that belong to it alone (see below).
  const problems = new Map<string, ProblemSlot>();
  for (const problem of ledger.problems) problems.set(problem.id, { problem, tally: undefined });

  const total = emptyTally() as TallyDraft;
  const dueByAsOf = emptyTally() as TallyDraft;
  const dueWithinYear = emptyTally() as TallyDraft;
  const byStatus = new Map<string, { n: number }>(); // boxed: one lookup per task
  const groups: Groups = {
    byRound: new Map(),
    byRegion: new Map(),
    byProvince: new Map(),
    byCity: new Map(),
    byLeadUnit: new Map(),
    byCategory: new Map(),
    byDomain: new Map(),
  };
  const yearEnd = asOf === undefined ? undefined : `${asOf.slice(0, 4)}-12-31`;
  // Names and codes repeat across thousands of tasks: each is normalised once per summary.
  const names: Names = {
    unit: memo((unit: string) => normalizeUnitName(unit, aliases)),
    region: memo((name: string) => name.normalize("NFKC").trim()),
    province: memo((code: string) => code.slice(0, 2).padEnd(6, "0")),
    city: memo((code: string) => code.slice(0, 4).padEnd(6, "0")),
  };
  // The lead-unit row of each unit name as written: one lookup per task in the usual case.
  const leadRows = new Map<string, TallyDraft>();

  for (const task of ledger.tasks) {
    const status = statusDate === undefined ? task.status : replayStatus(task, statusDate);
    const box = byStatus.get(status ?? NOT_RECORDED);
    if (box === undefined) byStatus.set(status ?? NOT_RECORDED, { n: 1 });
    else box.n += 1;
    // Few tasks have their deadline extended; for the others the due date is the recorded one.
    const extended = isExtended(task);
    const due = extended ? dueOn(task, asOf) : task.deadline?.due;
    const facts = taskFacts(task, status, due, extended, statusDate, asOf);
    addFacts(total, facts);
    if (due !== undefined && asOf !== undefined && due <= asOf) addFacts(dueByAsOf, facts);
    if (due !== undefined && yearEnd !== undefined && due <= yearEnd) {
      addFacts(dueWithinYear, facts);
    }

    const units = task.leadUnits;
    if (units !== undefined && units.length === 1) {
      const unit = units[0] as string;
      let row = leadRows.get(unit);
      if (row === undefined) {
        row = draftOf(groups.byLeadUnit, names.unit(unit));
        leadRows.set(unit, row);
      }
      addFacts(row, facts);
    } else {
      addOnce(groups.byLeadUnit, (units ?? []).map(names.unit), tallyOf(facts));
    }

    // Rounds, regions, categories and domains come from the task's problems. A task of one
    // problem with no regions of its own (nearly every task) only adds to that problem's tally;
    // each problem's tally is added to its groups once, after the loop. Sums are sums in any
    // order, so the counts are the same as adding task by task, at a fraction of the lookups.
    const ids = task.problemIds;
    const slot =
      ids.length === 1 && (task.regions === undefined || task.regions.length === 0)
        ? problems.get(ids[0] as string)
        : undefined;
    if (slot !== undefined) {
      if (slot.tally === undefined) slot.tally = emptyTally() as TallyDraft;
      addFacts(slot.tally, facts);
    } else {
      const own: FeedbackProblem[] = [];
      for (const id of ids) {
        const found = problems.get(id);
        if (found !== undefined) own.push(found.problem);
      }
      addToProblemGroups(groups, names, own, regionsOf(task, own), tallyOf(facts));
    }
  }
  for (const slot of problems.values()) {
    if (slot.tally !== undefined) addProblemTally(groups, names, slot.problem, slot.tally);
  }

  const petitions = countPetitions(ledger, names);
  const accountability = countAccountability(ledger.accountability);
  const tallies = (map: Map<string, TallyDraft>): TallyMap => freezeOrder(map);
  return {
    format: SUMMARY_FORMAT,
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.policy === undefined ? {} : { policy: definePolicy(options.policy) }),
    tasks: {
      total,
      byStatus: freezeOrder(new Map([...byStatus].map(([key, box]) => [key, box.n]))),
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

/** A problem of the ledger and the tally of the tasks counted through it alone. */
interface ProblemSlot {
  readonly problem: FeedbackProblem;
  tally: TallyDraft | undefined;
}

type Groups = Record<
  "byRound" | "byRegion" | "byProvince" | "byCity" | "byLeadUnit" | "byCategory" | "byDomain",
  Map<string, TallyDraft>
>;

/** Normalisers of names and codes, remembered for the life of one summary. */
interface Names {
  readonly unit: (name: string) => string;
  readonly region: (name: string) => string;
  readonly province: (code: string) => string;
  readonly city: (code: string) => string;
}

/** What one task adds to a tally, as bits: no object per task. */
type Facts = number;
const DONE = 1;
const BASICALLY = 2;
const OVERDUE = 4;
const ON_TIME = 8;

function taskFacts(
  task: RectificationTask,
  status: TaskStatus | undefined,
  due: IsoDate | undefined,
  extended: boolean,
  statusDate: IsoDate | undefined,
  asOf: IsoDate | undefined,
): Facts {
  const doneness = donenessOf(status);
  if (doneness === "open")
    return due !== undefined && asOf !== undefined && due < asOf ? OVERDUE : 0;
  const finished = completionDate(task, statusDate, true);
  // The deadline in force when the work was finished decides whether it was on time.
  const dueThen =
    finished === undefined ? undefined : extended ? dueOn(task, finished) : task.deadline?.due;
  const onTime = finished !== undefined && dueThen !== undefined && finished <= dueThen;
  if (doneness === "done") return DONE | (onTime ? ON_TIME : 0);
  const overdue = due !== undefined && asOf !== undefined && due < asOf;
  return BASICALLY | (onTime ? ON_TIME : 0) | (overdue ? OVERDUE : 0);
}

function addFacts(tally: TallyDraft, facts: Facts): void {
  tally.tasks += 1;
  if (facts & DONE) {
    if (facts & ON_TIME) tally.completedOnTime += 1;
    tally.completed += 1;
  } else if (facts & BASICALLY) {
    tally.basicallyCompleted += 1;
    if (facts & ON_TIME) tally.basicallyCompletedOnTime += 1;
    if (facts & OVERDUE) tally.overdueBasicallyCompleted += 1;
  } else if (facts & OVERDUE) {
    tally.overdue += 1;
  }
}

/** The tally of one task. */
function tallyOf(facts: Facts): TallyDraft {
  const tally = emptyTally() as TallyDraft;
  addFacts(tally, facts);
  return tally;
}

function addTallyTo(into: TallyDraft, tally: TallyDraft): void {
  into.tasks += tally.tasks;
  into.completed += tally.completed;
  into.basicallyCompleted += tally.basicallyCompleted;
  into.overdue += tally.overdue;
  into.overdueBasicallyCompleted += tally.overdueBasicallyCompleted;
  into.completedOnTime += tally.completedOnTime;
  into.basicallyCompletedOnTime += tally.basicallyCompletedOnTime;
}

/**
 * Adds the tally of a problem's own tasks to its rows: {@link addToProblemGroups} for one problem,
 * without building key lists when the problem has at most one region and one domain (most do).
 */
function addProblemTally(
  groups: Groups,
  names: Names,
  problem: FeedbackProblem,
  tally: TallyDraft,
): void {
  const regions = problem.regions ?? [];
  const domains = problem.domains ?? [];
  if (regions.length > 1 || domains.length > 1) {
    addToProblemGroups(groups, names, [problem], regions, tally);
    return;
  }
  const region = regions[0];
  const code = region?.code;
  addOnce(groups.byRound, [problem.roundId], tally);
  addTallyTo(
    draftOf(groups.byRegion, region === undefined ? NOT_RECORDED : names.region(region.name)),
    tally,
  );
  addTallyTo(
    draftOf(groups.byProvince, code === undefined ? NOT_RECORDED : names.province(code)),
    tally,
  );
  addTallyTo(draftOf(groups.byCity, code === undefined ? NOT_RECORDED : names.city(code)), tally);
  addTallyTo(draftOf(groups.byCategory, problem.category ?? NOT_RECORDED), tally);
  addTallyTo(draftOf(groups.byDomain, domains[0] ?? NOT_RECORDED), tally);
}

/** Adds a tally to the round, region, province, city, category and domain rows of problems. */
function addToProblemGroups(
  groups: Groups,
  names: Names,
  own: readonly FeedbackProblem[],
  regions: readonly Region[],
  tally: TallyDraft,
): void {
  const codes = regions.flatMap((r) => (r.code === undefined ? [] : [r.code]));
  addOnce(
    groups.byRound,
    own.map((p) => p.roundId as string),
    tally,
  );
  addOnce(
    groups.byRegion,
    regions.map((r) => names.region(r.name)),
    tally,
  );
  addOnce(groups.byProvince, codes.map(names.province), tally);
  addOnce(groups.byCity, codes.map(names.city), tally);
  addOnce(
    groups.byCategory,
    own.flatMap((p) => (p.category === undefined ? [] : [p.category])),
    tally,
  );
  addOnce(
    groups.byDomain,
    own.flatMap((p) => p.domains ?? []),
    tally,
  );
}

/**
 * Adds a tally once under each distinct key; with no key, or blank ones only, under NOT_RECORDED.
 */
function addOnce(map: Map<string, TallyDraft>, keys: readonly string[], tally: TallyDraft): void {
  if (keys.length <= 1) {
    const key = keys[0];
    addTallyTo(draftOf(map, key === undefined || key === "" ? NOT_RECORDED : key), tally);
    return;
  }
  const distinct = new Set<string>();
  for (const key of keys) if (key !== "") distinct.add(key);
  if (distinct.size === 0) distinct.add(NOT_RECORDED);
  for (const key of distinct) addTallyTo(draftOf(map, key), tally);
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

/** The task's own regions, else those of its problems. */
function regionsOf(task: RectificationTask, own: readonly FeedbackProblem[]): readonly Region[] {
  if (task.regions !== undefined && task.regions.length > 0) return task.regions;
  return own.flatMap((p) => p.regions ?? []);
}

function countPetitions(ledger: Ledger, names: Names): Summary["petitions"] {
  let closed = 0;
  let staged = 0;
  let handling = 0;
  let unrecorded = 0;
  let statusless = 0;
  let tallyBatches = 0;
  let duplicates = 0;
  const byVerification = new Map<string, number>();
  const byBatch = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const byPollutionType = new Map<string, number>();
  const outcomes: EnforcementOutcomes[] = [];
  const outcomesByRegion = new Map<string, EnforcementOutcomes[]>();
  const outcomesByBatch = new Map<string, EnforcementOutcomes[]>();
  let cases = 0;
  for (const petition of ledger.petitions) {
    // A repeat of another case (重复件) is that case again: it is counted once, as the first.
    if (petition.duplicateOf !== undefined) {
      duplicates += 1;
      continue;
    }
    cases += 1;
    const region =
      petition.region?.name === undefined ? NOT_RECORDED : names.region(petition.region.name);
    const batch = petition.batch === undefined ? NOT_RECORDED : String(petition.batch);
    bump(byRegion, region, 1);
    const types = new Set(petition.pollutionTypes ?? []);
    if (types.size === 0) bump(byPollutionType, NOT_RECORDED, 1);
    for (const type of types) bump(byPollutionType, type, 1);
    const own = petition.outcomes ?? {};
    outcomes.push(own);
    push(outcomesByRegion, region, own);
    push(outcomesByBatch, batch, own);
    if (petition.status === "closed") closed += 1;
    else if (petition.status === "staged_closed") staged += 1;
    else if (petition.status === "handling") handling += 1;
    else {
      unrecorded += 1;
      statusless += 1;
    }
    bump(byVerification, petition.verification ?? NOT_RECORDED, 1);
    bump(byBatch, batch, 1);
  }
  let transferred = cases;
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
    ...(statusless > 0 ? { statusless } : {}),
    byVerification: freezeOrder(byVerification),
    byBatch: freezeOrder(byBatch),
    tallyBatches,
    byRegion: freezeOrder(byRegion),
    byPollutionType: freezeOrder(byPollutionType),
    duplicates,
    outcomes: sumOutcomes(outcomes),
    outcomesByRegion: sumsByKey(outcomesByRegion),
    outcomesByBatch: sumsByKey(outcomesByBatch),
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The outcomes of each key added up, keys sorted. */
function sumsByKey(
  map: Map<string, EnforcementOutcomes[]>,
): Readonly<Record<string, EnforcementOutcomes>> {
  const out: Record<string, EnforcementOutcomes> = {};
  for (const key of [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    setKey(out, key, sumOutcomes(map.get(key) ?? []));
  }
  return out;
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

/**
 * The ledger as summarize reads it: any object in the `ducha/ledger@1` format, parsed or not, with
 * an absent collection read as empty. Anything else is API misuse: a DuchaError that says what is
 * wrong, never a TypeError from inside the counting.
 */
function asLedger(input: unknown): Ledger {
  const misuse = (zh: string, en: string, received: unknown): never => {
    throw new DuchaError(
      "invalid_ledger",
      {
        "zh-CN": `summarize需要ducha/ledger@1格式的台账：${zh}`,
        en: `summarize needs a ducha/ledger@1 ledger: ${en}`,
      },
      { received },
    );
  };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return misuse("传入的不是对象", "the value given is not an object", describe(input));
  }
  const record = input as Record<string, unknown>;
  if (record.format !== LEDGER_FORMAT) {
    return misuse(
      `format为${JSON.stringify(record.format)}`,
      `its format is ${JSON.stringify(record.format)}`,
      record.format,
    );
  }
  let out: Record<string, unknown> | undefined;
  for (const name of LEDGER_COLLECTIONS) {
    const value = record[name];
    if (value === undefined) {
      out ??= { ...record };
      out[name] = [];
      continue;
    }
    if (!Array.isArray(value)) {
      return misuse(`${name}不是数组`, `${name} is not an array`, describe(value));
    }
    const bad = value.findIndex((item) => item === null || typeof item !== "object");
    if (bad >= 0) {
      return misuse(
        `${name}[${bad}]不是对象`,
        `${name}[${bad}] is not an object`,
        describe(value[bad]),
      );
    }
    if (name === "tasks" && value.some((task) => !Array.isArray(task.problemIds))) {
      out ??= { ...record };
      out[name] = value.map((task) =>
        Array.isArray(task.problemIds) ? task : { ...task, problemIds: [] },
      );
    }
  }
  return (out ?? record) as Ledger;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
