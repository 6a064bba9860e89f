/**
 * The guarded lifecycle of rectification tasks and petition cases, status on any past date, and
 * tiered early warnings (预警).
 *
 * @module ducha/lifecycle
 */

export type { ApplyEventOptions } from "./applyEvent.js";
export { applyEvent, applyEvents } from "./applyEvent.js";
export { lifecycleDiagram } from "./diagram.js";
export type { LifecycleIssueCode } from "./issues.js";
export { LIFECYCLE_ISSUES } from "./issues.js";
export type { PetitionEventType } from "./petition.js";
export {
  applyPetitionEvent,
  applyPetitionEvents,
  PETITION_STAGE_LABELS,
  PETITION_TRANSITIONS,
  PetitionEvent,
  PetitionStage,
  petitionStage,
} from "./petition.js";
export {
  DEFAULT_WARNING_POLICY,
  ESCALATION_LABELS,
  Escalation,
  GUANGYUAN_2018_POLICY,
  WARNING_LEVEL_RANK,
  WarningLevel,
  WarningPolicy,
} from "./policy.js";
export { hasStandingObligation } from "./standing.js";
export { historyAt, statusAt } from "./statusAt.js";
export { taskAt } from "./taskAt.js";
export type {
  AllowedEvent,
  NextStatus,
  TaskTransitions,
  TaskTransitionTable,
} from "./transitions.js";
export {
  DONE_STATUSES,
  eventTarget,
  isDoneStatus,
  nextStatus,
  TASK_TRANSITIONS,
  transition,
} from "./transitions.js";
export type { Warning, WarningCode, WarningLedger, WarningOptions } from "./warnings.js";
export { warnings } from "./warnings.js";
