import type { IsoDate } from "../dates.js";
import type { Issue } from "../issue.js";
import { extractFigures } from "./extractFigures.js";
import type { ExtractFiguresOptions, Figure, Finding, Quantity } from "./figureTypes.js";
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
 * The quantities governed by one as-of date (截至…), in text order; `asOf` is absent for the
 * quantities no as-of date governs.
 *
 * @example
 * ```ts
 * import type { AsOfGroup } from "ducha/audit";
 * const group: AsOfGroup = { asOf: "2024-06-30", quantities: [] };
 * ```
 * @category Audit
 */
export interface AsOfGroup {
  readonly asOf?: IsoDate;
  readonly quantities: readonly Quantity[];
}

/**
 * The verdict of {@link auditText}: `consistent` when no finding failed, the findings, and the
 * whole reading of the text: its figures, every quantity with its span and role, the quantities
 * grouped by the as-of date that governs them (`byAsOf`), those it could not place (`unknown`) and
 * the issues (text it could not read one way only).
 *
 * @example
 * ```ts
 * import type { TextAudit } from "ducha/audit";
 * const verdict: TextAudit = {
 *   consistent: true, findings: [], figures: [], quantities: [], byAsOf: [], unknown: [], issues: [],
 * };
 * ```
 * @category Audit
 */
export interface TextAudit {
  readonly consistent: boolean;
  readonly findings: readonly Finding[];
  readonly figures: readonly Figure[];
  readonly quantities: readonly Quantity[];
  readonly byAsOf: readonly AsOfGroup[];
  readonly unknown: readonly Quantity[];
  readonly issues: readonly Issue[];
}

/** Consecutive quantities under the same as-of date form one group. */
function groupByAsOf(quantities: readonly Quantity[]): AsOfGroup[] {
  const groups: { asOf?: IsoDate; quantities: Quantity[] }[] = [];
  for (const q of quantities) {
    if (q.role === "unknown") continue;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.asOf === q.asOf) last.quantities.push(q);
    else groups.push({ ...(q.asOf ? { asOf: q.asOf } : {}), quantities: [q] });
  }
  return groups;
}

/**
 * Audits the figures of a report paragraph or a whole report in one call: {@link extractFigures},
 * then whether every finding is consistent. Issues (unreadable text) and quantities it could not
 * place (`unknown`) do not make it inconsistent: nothing is checked from them.
 *
 * @param text - A paragraph or a whole report.
 * @param options - As for extractFigures.
 * @example
 * ```ts
 * import { auditText } from "ducha";
 * auditText("我市牵头的9项整改任务已完成6项，其余3项正在持续推进中").consistent; //=> true
 * auditText("我市牵头的9项整改任务已完成6项，其余4项正在持续推进中").consistent; //=> false
 * const report = auditText("截至2024年6月底，转办的811件信访件已办结808件。143家矿山完成治理。");
 * report.byAsOf.map((g) => [g.asOf, g.quantities.map((q) => q.role)]); //=> [["2024-06-30", ["total", "done"]]]
 * report.unknown.map((q) => q.quote); //=> ["143家"]
 * auditText("2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省，并于2021年12月21日反馈").consistent; //=> false
 * ```
 * @category Audit
 */
export function auditText(text: string, options: AuditTextOptions = {}): TextAudit {
  const { figures, findings: own, quantities, issues } = extractFigures(text, options);
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
  return {
    consistent: findings.every((f) => f.consistent),
    findings,
    figures,
    quantities,
    byAsOf: groupByAsOf(quantities),
    unknown: quantities.filter((q) => q.role === "unknown"),
    issues,
  };
}
