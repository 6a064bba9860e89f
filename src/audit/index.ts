/**
 * Audits of published figures: is a stated rate consistent with its counts, and under which
 * definitions.
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
