/**
 * Audits of published figures: is a stated rate consistent with its counts, and under which
 * definitions; and the figures of a report paragraph read and checked against each other.
 *
 * @module ducha/audit
 */
export type {
  AuditRateInput,
  RateAudit,
  RateDefinitionCheck,
  RateDefinitionKey,
} from "./auditRate.js";
export { auditRate } from "./auditRate.js";
export type { AsOfGroup, AuditTextOptions, TextAudit } from "./auditText.js";
export { auditText } from "./auditText.js";
export type { ExtractedFigures } from "./extractFigures.js";
export { extractFigures } from "./extractFigures.js";
export type { FigureIssueCode } from "./figureIssues.js";
export { FIGURE_ISSUES } from "./figureIssues.js";
export type {
  AccountabilityFigure,
  AccountabilityPart,
  CadreRankGroup,
  ChangeFigure,
  CountPart,
  DateFigure,
  DateRole,
  EnforcementFigure,
  ExtractFiguresOptions,
  Figure,
  FigureCount,
  Finding,
  FindingCode,
  IndicatorFigure,
  PeriodFigure,
  PetitionsFigure,
  Quantity,
  QuantityRole,
  RateFigure,
  TasksFigure,
  TextSpan,
} from "./figureTypes.js";
export type { ScheduleFindingsOptions } from "./scheduleFindings.js";
export { scheduleFindings } from "./scheduleFindings.js";
