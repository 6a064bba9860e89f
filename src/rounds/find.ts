/**
 * Finding a party's record in the schedule by the names reports use, turning it into a `Round`,
 * and building a schedule from the user's own records.
 *
 * @module
 */
import { normalizeText } from "../_lib/text.js";
import { type Issue, issueFrom, type Result } from "../issue.js";
import type { Regime, RoundKind } from "../model/enums.js";
import { ROUND_KIND_LABELS } from "../model/enums.js";
import type { Round } from "../model/round.js";
import { INSPECTIONS } from "./data/index.js";
import { ROUNDS_ISSUES } from "./issues.js";
import { type InspectedParty, Inspection } from "./schema.js";

/**
 * What to look for: the party as a report names it (a province, its short name, or a city or
 * county inside it), and optionally the round (`round`, the ordinal), its `kind` (default
 * `"routine"`) and the `batch`.
 *
 * @example
 * ```ts
 * import type { InspectionQuery } from "ducha/rounds";
 * const query: InspectionQuery = { inspected: "锡林郭勒盟", round: 2 };
 * ```
 * @category Inspection schedule
 */
export interface InspectionQuery {
  readonly inspected: string;
  readonly round?: number;
  readonly kind?: RoundKind;
  readonly batch?: number;
}

/**
 * Options of {@link findInspection}: the schedule to search (default {@link INSPECTIONS}; build
 * one with {@link createSchedule} to add or override records).
 *
 * @example
 * ```ts
 * import { INSPECTIONS, type FindInspectionOptions } from "ducha/rounds";
 * const options: FindInspectionOptions = { schedule: INSPECTIONS };
 * ```
 * @category Inspection schedule
 */
export interface FindInspectionOptions {
  readonly schedule?: readonly Inspection[];
}

interface PartyMatch {
  readonly party: InspectedParty;
  readonly length: number;
  readonly viaCity: boolean;
}

const ROUND_NAMES = ["", "第一轮", "第二轮", "第三轮", "第四轮", "第五轮"];
const roundName = (kind: RoundKind, ordinal: number | undefined, lang: "zh-CN" | "en"): string => {
  const label = ROUND_KIND_LABELS[kind][lang];
  if (ordinal === undefined) return label;
  return lang === "en"
    ? `round ${ordinal} (${label})`
    : `${ROUND_NAMES[ordinal] ?? `第${ordinal}轮`}${label}`;
};

/** The distinct parties of a schedule, the later record's party winning on a shared name. */
function partiesOf(schedule: readonly Inspection[]): InspectedParty[] {
  const byName = new Map<string, InspectedParty>();
  for (const record of schedule) byName.set(record.party.name, record.party);
  return [...byName.values()];
}

function bestMatch(name: string, parties: readonly InspectedParty[]): PartyMatch[] {
  let best: PartyMatch[] = [];
  const consider = (party: InspectedParty, key: string, viaCity: boolean) => {
    if (key === "" || !name.startsWith(key)) return;
    const exact = key.length === name.length ? 1000 : 0;
    const length = key.length + exact;
    const top = best[0]?.length ?? -1;
    if (length > top) best = [{ party, length, viaCity }];
    else if (length === top && !best.some((m) => m.party.name === party.name)) {
      best = [...best, { party, length, viaCity }];
    }
  };
  for (const party of parties) {
    consider(party, party.name, false);
    for (const alias of party.aliases) consider(party, alias, false);
    for (const city of party.cities ?? []) consider(party, city, true);
  }
  return best;
}

/**
 * Resolves a name as reports write it to a party of the schedule: the full name, a short name
 * (内蒙古), the Xinjiang forms (新疆维吾尔自治区, 新疆生产建设兵团), a name starting with either
 * (吉林省长春市), or a city or league inside a province (锡林郭勒盟, 乌鲁木齐市, 葫芦岛市).
 *
 * @example
 * ```ts
 * import { resolveParty } from "ducha/rounds";
 * const result = resolveParty("乌兰察布市");
 * if (result.ok) result.value.name; //=> "内蒙古自治区"
 * ```
 * @category Inspection schedule
 */
export function resolveParty(
  inspected: string,
  options: FindInspectionOptions = {},
): Result<InspectedParty> {
  const name = normalizeText(inspected).replace(/\s+/gu, "");
  const matches = bestMatch(name, partiesOf(options.schedule ?? INSPECTIONS));
  const [match] = matches;
  if (match === undefined) {
    return {
      ok: false,
      issues: [issueFrom(ROUNDS_ISSUES, "inspection_party_unknown", ["inspected"], { inspected })],
    };
  }
  if (matches.length > 1) {
    const parties = matches.map((m) => m.party.name).join("、");
    return {
      ok: false,
      issues: [
        issueFrom(ROUNDS_ISSUES, "inspection_party_ambiguous", ["inspected"], {
          inspected,
          parties,
        }),
      ],
    };
  }
  const issues: Issue[] = match.viaCity
    ? [
        issueFrom(ROUNDS_ISSUES, "inspection_party_from_city", ["inspected"], {
          inspected,
          party: match.party.name,
        }),
      ]
    : [];
  return { ok: true, value: match.party, issues };
}

/**
 * Finds the schedule's record of a party in a round: the record, with an `info` issue when the
 * party was found through one of its cities, or the issues saying why none (unknown party, no
 * record, several records). Never throws on data.
 *
 * @example
 * ```ts
 * import { findInspection } from "ducha/rounds";
 * const found = findInspection({ inspected: "吉林省", round: 2 });
 * if (found.ok) found.value.feedbackDate?.value; //=> "2021-12-12"
 * const city = findInspection({ inspected: "锡林郭勒盟", round: 2 });
 * if (city.ok) [city.value.id, city.issues[0]?.code]; //=> ["r2-b6-neimenggu", "inspection_party_from_city"]
 * findInspection({ inspected: "火星", round: 2 }).ok; //=> false
 * ```
 * @category Inspection schedule
 */
export function findInspection(
  query: InspectionQuery,
  options: FindInspectionOptions = {},
): Result<Inspection> {
  const party = resolveParty(query.inspected, options);
  if (!party.ok) return party;
  const kind = query.kind ?? "routine";
  const records = (options.schedule ?? INSPECTIONS).filter(
    (record) =>
      record.party.name === party.value.name &&
      record.kind === kind &&
      (query.round === undefined || record.ordinal === query.round) &&
      (query.batch === undefined || record.batch === query.batch),
  );
  const [record] = records;
  if (record === undefined) {
    return {
      ok: false,
      issues: [
        ...party.issues,
        issueFrom(ROUNDS_ISSUES, "inspection_not_found", ["round"], {
          party: party.value.name,
          round: roundName(kind, query.round, "zh-CN"),
          roundEn: roundName(kind, query.round, "en"),
        }),
      ],
    };
  }
  if (records.length > 1) {
    const ids = records.map((r) => r.id).join(", ");
    return {
      ok: false,
      issues: [
        ...party.issues,
        issueFrom(ROUNDS_ISSUES, "inspection_ambiguous", ["round"], {
          party: party.value.name,
          ids,
        }),
      ],
    };
  }
  return { ok: true, value: record, issues: party.issues };
}

/**
 * The regime (the instrument whose time limits apply) this library assigns to a round of the
 * schedule: the 2015 trial plan for round 1 and its look-back, the 2019 rules for round 2, the 2022
 * measures for round 3 until the 2025 regulations, whose first batch was round 3 batch 4 (中新网
 * 2025-05-26: "这是《生态环境保护督察工作条例》发布实施后的第一批督察").
 *
 * @example
 * ```ts
 * import { SCHEDULE_REGIMES } from "ducha/rounds";
 * SCHEDULE_REGIMES.at(-1)?.regime; //=> "2025-regulations"
 * ```
 * @category Inspection schedule
 */
export const SCHEDULE_REGIMES: readonly {
  readonly kind: RoundKind;
  readonly ordinal: number;
  readonly fromBatch: number;
  readonly regime: Regime;
}[] = [
  { kind: "routine", ordinal: 1, fromBatch: 0, regime: "2015-trial" },
  { kind: "look_back", ordinal: 1, fromBatch: 0, regime: "2015-trial" },
  { kind: "routine", ordinal: 2, fromBatch: 0, regime: "2019-rules" },
  { kind: "routine", ordinal: 3, fromBatch: 0, regime: "2022-measures" },
  { kind: "routine", ordinal: 3, fromBatch: 4, regime: "2025-regulations" },
];

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The group's name as releases write it: 环境保护督察组 until the 2018 renaming, then 生态环境保护督察组. */
function groupName(record: Inspection, ordinal: number): string {
  const older =
    (record.kind === "routine" && record.ordinal === 1) ||
    (record.kind === "look_back" && record.batch === 1);
  return `中央第${NUMERALS[ordinal] ?? ordinal}${older ? "" : "生态"}环境保护督察组`;
}

/**
 * A `Round` for a ledger from a schedule record: id, kind, ordinal, batch, group, the party's
 * name, stationing (when both ends are known), feedback date, regime ({@link SCHEDULE_REGIMES}),
 * plan publication date and every source URL. Facts the record lacks stay absent.
 *
 * @example
 * ```ts
 * import { findInspection, roundFromInspection } from "ducha/rounds";
 * const found = findInspection({ inspected: "吉林省", round: 2 });
 * if (found.ok) {
 *   const round = roundFromInspection(found.value);
 *   [round.stationing?.start, round.feedbackDate, round.group?.name, round.regime]; //=> ["2021-08-25", "2021-12-12", "中央第一生态环境保护督察组", "2019-rules"]
 * }
 * ```
 * @category Inspection schedule
 */
export function roundFromInspection(record: Inspection): Round {
  const regime = SCHEDULE_REGIMES.filter(
    (r) => r.kind === record.kind && r.ordinal === record.ordinal && record.batch >= r.fromBatch,
  ).at(-1)?.regime;
  const g = record.group?.value;
  const urls = new Set<string>(record.listedIn);
  for (const f of [
    record.launchDate,
    record.group,
    record.stationingStart,
    record.stationingEnd,
    record.feedbackDate,
    record.planPublishedDate,
    record.taskCount,
  ]) {
    for (const url of f?.sources ?? []) urls.add(url);
  }
  return {
    id: record.id as Round["id"],
    kind: record.kind,
    ordinal: record.ordinal,
    ...(record.batch > 0 ? { batch: record.batch } : {}),
    ...(g === undefined
      ? {}
      : {
          group: {
            ...(g.ordinal === undefined
              ? {}
              : { ordinal: g.ordinal, name: groupName(record, g.ordinal) }),
            ...(g.leader === undefined ? {} : { leader: g.leader }),
            ...(g.deputyLeader === undefined ? {} : { deputyLeader: g.deputyLeader }),
          },
        }),
    inspected: record.party.name,
    ...(record.stationingStart !== undefined && record.stationingEnd !== undefined
      ? { stationing: { start: record.stationingStart.value, end: record.stationingEnd.value } }
      : {}),
    ...(record.feedbackDate === undefined ? {} : { feedbackDate: record.feedbackDate.value }),
    ...(regime === undefined ? {} : { regime }),
    ...(record.planPublishedDate === undefined
      ? {}
      : { plan: { publishedDate: record.planPublishedDate.value } }),
    sources: [...urls].map((url) => ({ url })),
    ...(record.note === undefined ? {} : { note: record.note }),
  };
}

/**
 * A schedule from the shipped records and your own: each of `records` is checked against the
 * schema (a rejected one is reported and left out, never guessed), and replaces a shipped record
 * with the same id or is added. Pass `{ base: [] }` to start from nothing.
 *
 * @example
 * ```ts
 * import { createSchedule, findInspection } from "ducha/rounds";
 * const url = "https://example.org/notice";
 * const mine = createSchedule([
 *   {
 *     id: "r2-b4-jilin", kind: "routine", ordinal: 2, batch: 4, year: 2021,
 *     party: { name: "吉林省", aliases: ["吉林"], kind: "province", code: "220000" },
 *     feedbackDate: { value: "2021-12-13", sources: [url] },
 *     listedIn: [url],
 *   },
 * ]);
 * if (mine.ok) {
 *   const found = findInspection({ inspected: "吉林", round: 2 }, { schedule: mine.value });
 *   if (found.ok) found.value.feedbackDate?.value; //=> "2021-12-13"
 * }
 * ```
 * @category Inspection schedule
 */
export function createSchedule(
  records: readonly unknown[],
  options: { readonly base?: readonly Inspection[] } = {},
): Result<readonly Inspection[]> {
  const issues: Issue[] = [];
  const byId = new Map<string, Inspection>();
  for (const record of options.base ?? INSPECTIONS) byId.set(record.id, record);
  records.forEach((raw, index) => {
    const parsed = Inspection.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ");
      issues.push(issueFrom(ROUNDS_ISSUES, "schedule_record_invalid", [index], { detail }));
      return;
    }
    byId.set(parsed.data.id, parsed.data);
  });
  return { ok: true, value: [...byId.values()], issues };
}
