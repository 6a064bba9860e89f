import * as z from "zod";
import { Count, IsoDateString, Name, PetitionId, Region, RoundId, Text } from "./common.js";
import { PetitionChannel, PetitionStatus, PollutionType, VerificationResult } from "./enums.js";

/**
 * Enforcement outcomes counted on a petition (责令整改, 立案处罚, 罚款, 查封扣押, 关停取缔, 立案侦查,
 * 拘留, 约谈, 问责). `finesYuan` is yuan, exact to the fen (add fines with `sumOutcomes` from
 * ducha/outcomes, which adds integers of fen). `detentions` is the total of all detentions;
 * `administrativeDetentions` (行政拘留) and `criminalDetentions` (刑事拘留) say which, when known.
 *
 * @example
 * ```ts
 * import { EnforcementOutcomes } from "ducha/model";
 * EnforcementOutcomes.parse({ ordersToRectify: 2, finesYuan: 50000 });
 * ```
 * @category Model
 */
export const EnforcementOutcomes = z.looseObject({
  ordersToRectify: Count.optional(),
  casesFiled: Count.optional(),
  finesYuan: z.number().nonnegative().optional(),
  seizures: Count.optional(),
  closures: Count.optional(),
  criminalCases: Count.optional(),
  administrativeDetentions: Count.optional(),
  criminalDetentions: Count.optional(),
  detentions: Count.optional(),
  interviews: Count.optional(),
  accountablePeople: Count.optional(),
});
/** @category Model */
export type EnforcementOutcomes = z.infer<typeof EnforcementOutcomes>;

/**
 * A petition case from the public (信访举报案件), transferred by the inspection group in a batch.
 *
 * @example
 * ```ts
 * import { PetitionCase } from "ducha/model";
 * const petition = PetitionCase.parse({
 *   id: "X1", roundId: "r2-xm", batch: 1, channel: "phone", receivedDate: "2022-03-27",
 *   transferredDate: "2022-03-28", pollutionTypes: ["air", "noise"], verification: "partly_true",
 *   status: "closed", closedDate: "2022-05-30",
 * });
 * petition.status; //=> "closed"
 * ```
 * @category Model
 */
export const PetitionCase = z.looseObject({
  id: PetitionId,
  roundId: RoundId,
  batch: z.number().int().positive().optional(),
  channel: PetitionChannel.optional(),
  receivedDate: IsoDateString.optional(),
  transferredDate: IsoDateString.optional(),
  region: Region.optional(),
  pollutionTypes: z.array(PollutionType).optional(),
  flagged: z.boolean().optional(),
  summary: Text.optional(),
  /** 被举报对象: the enterprise, site or person complained about. */
  reportedParty: Text.optional(),
  /** 调查核实情况, as written. */
  investigation: Text.optional(),
  verification: VerificationResult.optional(),
  /** 处理和整改情况, as written (its figures are read into `outcomes`). */
  actionsTaken: Text.optional(),
  /** 责任追究情况 / 问责情况, as written (its figures are read into `outcomes`). */
  accountabilityTaken: Text.optional(),
  /** Marked as a repeat of an earlier complaint (重复件) by the table. */
  repeated: z.boolean().optional(),
  status: PetitionStatus.optional(),
  closedDate: IsoDateString.optional(),
  handlingUnit: Name.optional(),
  outcomes: EnforcementOutcomes.optional(),
  duplicateOf: PetitionId.optional(),
});
/** @category Model */
export type PetitionCase = z.infer<typeof PetitionCase>;

/**
 * Published petition totals, for reports that give counts but not the cases
 * (e.g. "督察交办的4704个群众投诉举报案件，已结案销号4593个").
 *
 * @example
 * ```ts
 * import { PetitionTally } from "ducha/model";
 * PetitionTally.parse({ id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4593 });
 * ```
 * @category Model
 */
export const PetitionTally = z.looseObject({
  id: Name,
  roundId: RoundId,
  batches: Count.optional(),
  transferred: Count,
  closed: Count.optional(),
  staged: Count.optional(),
  handling: Count.optional(),
  region: Region.optional(),
  asOf: IsoDateString.optional(),
  note: Text.optional(),
});
/** @category Model */
export type PetitionTally = z.infer<typeof PetitionTally>;
