/**
 * Enforcement outcomes of petition cases (责令整改, 立案处罚, 罚款, 查封扣押, 关停取缔, 立案侦查,
 * 拘留, 约谈, 问责): the kinds as data, and a reader of the free text that publishes them.
 *
 * @module ducha/outcomes
 */
export type { OutcomeKey, OutcomeKind, OutcomeUnit } from "./kinds.js";
export { OUTCOME_KIND, OUTCOME_KINDS } from "./kinds.js";
export type { OutcomeFigure, ReadOutcomes, UnreadOutcome, UnreadReason } from "./readOutcomes.js";
export { readOutcomes, readOutcomeValue, UNREAD_REASONS } from "./readOutcomes.js";
export { sumOutcomes, yuanToFen } from "./sumOutcomes.js";
