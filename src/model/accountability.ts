import * as z from "zod";
import { AccountabilityId, Count, IsoDateString, Name, RoundId, Text } from "./common.js";
import { CadreRank, SanctionType } from "./enums.js";

const countsBy = <K extends z.ZodEnum>(keys: K) => z.partialRecord(keys, Count);

/**
 * Accountability (问责) for one official: rank and sanctions.
 *
 * @example
 * ```ts
 * import { AccountabilityPerson } from "ducha/model";
 * AccountabilityPerson.parse({ id: "a1", kind: "person", roundId: "r2-jl", rank: "division", sanctions: ["discipline"] });
 * ```
 * @category Model
 */
export const AccountabilityPerson = z.looseObject({
  id: AccountabilityId,
  kind: z.literal("person"),
  roundId: RoundId.optional(),
  caseId: Name.optional(),
  rank: CadreRank.optional(),
  sanctions: z.array(SanctionType).optional(),
  date: IsoDateString.optional(),
  note: Text.optional(),
});
/** @category Model */
export type AccountabilityPerson = z.infer<typeof AccountabilityPerson>;

/**
 * Accountability as reports publish it: totals, with parts by rank and sanction that should add up
 * (e.g. "共问责118人，其中，厅局级干部8人，县处级干部51人，乡科级及以下干部59人").
 *
 * @example
 * ```ts
 * import { AccountabilityAggregate } from "ducha/model";
 * AccountabilityAggregate.parse({
 *   id: "jl", kind: "aggregate", roundId: "r2-jl", handedOverProblems: 5, people: 118,
 *   byRank: { bureau: 8, division: 51, section_or_below: 59 },
 * });
 * ```
 * @category Model
 */
export const AccountabilityAggregate = z.looseObject({
  id: AccountabilityId,
  kind: z.literal("aggregate"),
  roundId: RoundId.optional(),
  handedOverProblems: Count.optional(),
  people: Count,
  byRank: countsBy(CadreRank).optional(),
  bySanction: countsBy(SanctionType).optional(),
  asOf: IsoDateString.optional(),
  note: Text.optional(),
});
/** @category Model */
export type AccountabilityAggregate = z.infer<typeof AccountabilityAggregate>;

/**
 * An accountability record: one person, or published totals.
 *
 * @example
 * ```ts
 * import { AccountabilityRecord } from "ducha/model";
 * AccountabilityRecord.parse({ id: "a1", kind: "person", rank: "bureau" }).kind; //=> "person"
 * ```
 * @category Model
 */
export const AccountabilityRecord = z.discriminatedUnion("kind", [
  AccountabilityPerson,
  AccountabilityAggregate,
]);
/** @category Model */
export type AccountabilityRecord = z.infer<typeof AccountabilityRecord>;
