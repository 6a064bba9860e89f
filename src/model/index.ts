/**
 * The domain model of inspection rectification: zod schemas with inferred types of the same name,
 * branded ids, ISO dates and bilingual labels for every enum value.
 *
 * @module ducha/model
 */

export {
  AccountabilityAggregate,
  AccountabilityPerson,
  AccountabilityRecord,
} from "./accountability.js";
export {
  AccountabilityId,
  Count,
  DateRange,
  IsoDateString,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  Name,
  PetitionId,
  ProblemId,
  Region,
  RoundId,
  Source,
  TaskId,
  Text,
} from "./common.js";
export * from "./enums.js";
export { ledgerJsonSchema } from "./jsonSchema.js";
export type { Labels } from "./labels.js";
export type { LedgerCollection, LedgerInput } from "./ledger.js";
export { LEDGER_COLLECTIONS, LEDGER_FORMAT, Ledger, LedgerMeta } from "./ledger.js";
export { EnforcementOutcomes, PetitionCase, PetitionTally } from "./petition.js";
export { FeedbackProblem } from "./problem.js";
export { InspectionGroup, RectificationPlan, Round } from "./round.js";
export { Measure, Milestone, RectificationTask, TaskDeadline, TaskEvent } from "./task.js";
