import {
  datesBeforeAsOf,
  eventOrder,
  petitionDates,
  roundDates,
  taskDates,
} from "./rules/dates.js";
import { deadlines } from "./rules/deadlines.js";
import { duplicatePetitions } from "./rules/duplicatePetitions.js";
import { uniqueIds } from "./rules/ids.js";
import {
  duplicateOfReferences,
  problemReferences,
  problemsHaveTasks,
  roundReferences,
} from "./rules/references.js";
import { scheduleDates } from "./rules/schedule.js";
import { petitionStatus, taskStatus } from "./rules/status.js";
import { accountabilityTotals, tallyTotals } from "./rules/totals.js";
import type { ValidationRule } from "./types.js";

/**
 * Every built-in cross-record rule of `validateLedger`, in the order they run: name, what it
 * checks in zh-CN and en, the issue codes it may report, and the check itself.
 *
 * @example
 * ```ts
 * import { VALIDATION_RULES } from "ducha";
 * VALIDATION_RULES[0]?.name; //=> "unique_ids"
 * VALIDATION_RULES.find((rule) => rule.name === "tally_totals")?.codes; //=> ["tally_parts_exceed_total"]
 * ```
 * @category Validation
 */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  uniqueIds,
  problemReferences,
  roundReferences,
  duplicateOfReferences,
  problemsHaveTasks,
  roundDates,
  scheduleDates,
  petitionDates,
  taskDates,
  eventOrder,
  datesBeforeAsOf,
  taskStatus,
  petitionStatus,
  deadlines,
  tallyTotals,
  accountabilityTotals,
  duplicatePetitions,
];
