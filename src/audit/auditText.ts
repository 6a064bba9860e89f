import { extractFigures } from "./extractFigures.js";
import type { ExtractFiguresOptions, Finding } from "./figureTypes.js";

/**
 * The verdict of {@link auditText}: `consistent` when no finding failed, and the findings.
 *
 * @example
 * ```ts
 * import type { TextAudit } from "ducha/audit";
 * const verdict: TextAudit = { consistent: true, findings: [] };
 * ```
 * @category Audit
 */
export interface TextAudit {
  readonly consistent: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Audits the figures of a report paragraph in one call: {@link extractFigures}, then whether
 * every finding is consistent. Issues (unreadable text) do not make it inconsistent; call
 * extractFigures to see them.
 *
 * @param text - A paragraph or a whole report.
 * @param options - As for extractFigures.
 * @example
 * ```ts
 * import { auditText } from "ducha";
 * auditText("我市牵头的9项整改任务已完成6项，其余3项正在持续推进中").consistent; //=> true
 * auditText("我市牵头的9项整改任务已完成6项，其余4项正在持续推进中").consistent; //=> false
 * ```
 * @category Audit
 */
export function auditText(text: string, options: ExtractFiguresOptions = {}): TextAudit {
  const { findings } = extractFigures(text, options);
  return { consistent: findings.every((f) => f.consistent), findings };
}
