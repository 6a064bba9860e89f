/**
 * ducha/rounds: the schedule of central inspections as data (every round, batch and inspected
 * party, with the source of each fact), finding a party's record by the names reports use, and a
 * `Round` for a ledger from it. Pure data and functions, no I/O.
 *
 * @module ducha/rounds
 */
export type { ScheduleDifference } from "./compare.js";
export { compareWithInspection, compareWithSchedule } from "./compare.js";
export { INSPECTIONS, LOOK_BACK_1, ROUND_1, ROUND_2, ROUND_3 } from "./data/index.js";
export type { FindInspectionOptions, InspectionQuery } from "./find.js";
export {
  createSchedule,
  findInspection,
  resolveParty,
  roundFromInspection,
  SCHEDULE_REGIMES,
} from "./find.js";
export type { RoundsIssueCode } from "./issues.js";
export { ROUNDS_ISSUES } from "./issues.js";
export type { PartySlug } from "./parties.js";
export { PARTIES } from "./parties.js";
export type { Sourced } from "./schema.js";
export {
  InspectedParty,
  Inspection,
  PartyKind,
  Reading,
  ScheduleGroup,
  sourcedFact,
} from "./schema.js";
