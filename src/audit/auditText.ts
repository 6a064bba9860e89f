import { extractFigures } from "./extractFigures.js";
import type { ExtractFiguresOptions, Finding } from "./figureTypes.js";
import { type ScheduleFindingsOptions, scheduleFindings } from "./scheduleFindings.js";

/**
 * Options of {@link auditText}: those of extractFigures, and the inspection schedule the stated
 * stationing and feedback dates are checked against (default the shipped one; `false` skips it).
 *
 * @example
 * ```ts
 * import type { AuditTextOptions } from "ducha/audit";
 * const options: AuditTextOptions = { schedule: false };
 * ```
 * @category Audit
 */
export interface AuditTextOptions extends ExtractFiguresOptions {
  readonly schedule?: ScheduleFindingsOptions["schedule"] | false;
}

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
 * every finding is consistent, with the stated stationing and feedback dates checked against the
 * inspection schedule (scheduleFindings). Issues (unreadable text) do not make it inconsistent; call
 * extractFigures to see them.
 *
 * @param text - A paragraph or a whole report.
 * @param options - As for extractFigures.
 * @example
 * ```ts
 * import { auditText } from "ducha";
 * auditText("我市牵头的9项整改任务已完成6项，其余3项正在持续推进中").consistent; //=> true
 * auditText("我市牵头的9项整改任务已完成6项，其余4项正在持续推进中").consistent; //=> false
 * auditText("2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省，并于2021年12月21日反馈").consistent; //=> false
 * ```
 * @category Audit
 */
export function auditText(text: string, options: AuditTextOptions = {}): TextAudit {
  const { figures, findings: own } = extractFigures(text, options);
  const findings =
    options.schedule === false
      ? own
      : [
          ...own,
          ...scheduleFindings(
            text,
            figures,
            options.schedule === undefined ? {} : { schedule: options.schedule },
          ),
        ];
  return { consistent: findings.every((f) => f.consistent), findings };
}
