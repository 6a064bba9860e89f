/**
 * Whole-ledger validation: the schema and every cross-record rule in one pass, with bilingual,
 * located issues and a count of the records that carry errors.
 *
 * @module ducha/validation
 */
export type { DateOrderParams, PartsSumParams, ValidationIssueCode } from "./issues.js";
export { VALIDATION_ISSUES } from "./issues.js";
export { VALIDATION_RULES } from "./registry.js";
export { normaliseSummary } from "./rules/duplicatePetitions.js";
export { scheduleDatesRule } from "./rules/schedule.js";
export type {
  DeadlineParser,
  LedgerRecords,
  LedgerValidation,
  ParsedDeadlineResult,
  RecordCounts,
  ValidateOptions,
  ValidationContext,
  ValidationRule,
} from "./types.js";
export { validateLedger } from "./validateLedger.js";
