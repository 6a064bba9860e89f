/**
 * The schema of an inspection record: who was inspected in which round and batch, by which group,
 * when, with the source of every fact.
 *
 * @module
 */
import * as z from "zod";
import { IsoDateString, Name, Text } from "../model/common.js";
import { RoundKind } from "../model/enums.js";

const Url = z.string().regex(/^https?:\/\/\S+$/u);

/**
 * A reading of a fact that a second source gives differently: the value, its sources and a note.
 *
 * @example
 * ```ts
 * import { Reading } from "ducha/rounds";
 * Reading.parse({ value: "2016-01-04", sources: ["http://chrbiz.cn/fbst/20161585836.htm"] });
 * ```
 * @category Inspection schedule
 */
export const Reading = z.object({
  value: z.unknown(),
  sources: z.array(Url).min(1),
  note: Text.optional(),
});
/** @category Inspection schedule */
export type Reading = z.infer<typeof Reading>;

/**
 * A fact with its sources (URLs of official or official-media pages, or mirrors of them, as the
 * note says). `note` says what the source states and what it does not; `disagreement` keeps the
 * other readings when two sources differ, `value` being the one the schedule uses.
 *
 * @example
 * ```ts
 * import { sourcedFact } from "ducha/rounds";
 * import * as z from "zod";
 * sourcedFact(z.string()).parse({ value: "刘伟平", sources: ["http://m.dubturbopromo.com/n1/2021/0825/c1010-32207432.html"] }).value; //=> "刘伟平"
 * ```
 * @category Inspection schedule
 */
export function sourcedFact<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    sources: z.array(Url).min(1),
    note: Text.optional(),
    disagreement: z.object({ statement: Text, readings: z.array(Reading).min(1) }).optional(),
  });
}

/**
 * A sourced fact as a type: `value`, `sources`, and the optional `note` and `disagreement`.
 *
 * @example
 * ```ts
 * import type { Sourced } from "ducha/rounds";
 * const leader: Sourced<string> = { value: "刘伟平", sources: ["http://m.dubturbopromo.com/n1/2021/0825/c1010-32207432.html"] };
 * ```
 * @category Inspection schedule
 */
export interface Sourced<T> {
  readonly value: T;
  readonly sources: readonly string[];
  readonly note?: string | undefined;
  readonly disagreement?:
    | {
        readonly statement: string;
        readonly readings: readonly {
          readonly value: unknown;
          readonly sources: readonly string[];
          readonly note?: string | undefined;
        }[];
      }
    | undefined;
}

/**
 * What kind of party was inspected: a province-level region, the Xinjiang Production and
 * Construction Corps (with Xinjiang), a State Council department or a central enterprise.
 *
 * @example
 * ```ts
 * import { PartyKind } from "ducha/rounds";
 * PartyKind.parse("enterprise"); //=> "enterprise"
 * ```
 * @category Inspection schedule
 */
export const PartyKind = z.enum(["province", "department", "enterprise"]);
/** @category Inspection schedule */
export type PartyKind = z.infer<typeof PartyKind>;

/**
 * An inspected party: its full name, the other names reports use, its GB/T 2260 code where it
 * has one, and for provinces the prefecture-level cities whose reports name only themselves.
 *
 * @example
 * ```ts
 * import { InspectedParty } from "ducha/rounds";
 * InspectedParty.parse({ name: "吉林省", aliases: ["吉林"], kind: "province", code: "220000" }).code; //=> "220000"
 * ```
 * @category Inspection schedule
 */
export const InspectedParty = z.object({
  name: Name,
  aliases: z.array(Name),
  kind: PartyKind,
  code: z
    .string()
    .regex(/^\d{6}$/u)
    .optional(),
  cities: z.array(Name).optional(),
});
/** @category Inspection schedule */
export type InspectedParty = z.infer<typeof InspectedParty>;

/**
 * The inspection group as a batch announcement or a feedback release names it: its ordinal
 * (第X组), leader and deputy leader where published.
 *
 * @example
 * ```ts
 * import { ScheduleGroup } from "ducha/rounds";
 * ScheduleGroup.parse({ ordinal: 1, leader: "刘伟平", deputyLeader: "邱启文" }).ordinal; //=> 1
 * ```
 * @category Inspection schedule
 */
export const ScheduleGroup = z.object({
  ordinal: z.number().int().positive().optional(),
  leader: Name.optional(),
  deputyLeader: Name.optional(),
});
/** @category Inspection schedule */
export type ScheduleGroup = z.infer<typeof ScheduleGroup>;

/**
 * One inspected party in one round: `kind` routine or look-back, `ordinal` the round (1, 2, 3),
 * `batch` (0 for the 2015-16 Hebei pilot), the party, and each published fact with its sources:
 * the batch's launch, the group, stationing start and end, the feedback date, and the plan's
 * publication and task count. A fact no source gives is absent.
 *
 * @example
 * ```ts
 * import { Inspection, INSPECTIONS } from "ducha/rounds";
 * const jilin = INSPECTIONS.find((r) => r.id === "r2-b4-jilin");
 * Inspection.parse(jilin).feedbackDate?.value; //=> "2021-12-12"
 * ```
 * @category Inspection schedule
 */
export const Inspection = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  kind: RoundKind,
  ordinal: z.number().int().positive(),
  batch: z.number().int().nonnegative(),
  year: z.number().int().min(2015).max(2100),
  party: InspectedParty,
  launchDate: sourcedFact(IsoDateString).optional(),
  group: sourcedFact(ScheduleGroup).optional(),
  stationingStart: sourcedFact(IsoDateString).optional(),
  stationingEnd: sourcedFact(IsoDateString).optional(),
  feedbackDate: sourcedFact(IsoDateString).optional(),
  planPublishedDate: sourcedFact(IsoDateString).optional(),
  taskCount: sourcedFact(z.number().int().positive()).optional(),
  listedIn: z.array(Url).min(1),
  note: Text.optional(),
});
/** @category Inspection schedule */
export type Inspection = z.infer<typeof Inspection>;
