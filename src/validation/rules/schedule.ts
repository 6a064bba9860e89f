import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { compareWithSchedule } from "../../rounds/compare.js";
import type { FindInspectionOptions } from "../../rounds/find.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationRule } from "../types.js";

/**
 * A rule comparing each round's dates with the inspection schedule (default: the shipped one):
 * when the schedule has exactly one record of the round's party, kind and ordinal, a stationing
 * or feedback date that differs is a warning with both dates and the source.
 * Use it with your own schedule: `validateLedger(ledger, { rules: { skip: ["schedule_dates"],
 * add: [scheduleDatesRule({ schedule })] } })`.
 *
 * @example
 * ```ts
 * import { scheduleDatesRule } from "ducha/validation";
 * import { INSPECTIONS } from "ducha/rounds";
 * scheduleDatesRule({ schedule: INSPECTIONS }).name; //=> "schedule_dates"
 * ```
 * @category Validation
 */
export function scheduleDatesRule(options: FindInspectionOptions = {}): ValidationRule {
  return {
    name: "schedule_dates",
    description: {
      "zh-CN": "轮次的进驻、反馈日期与督察安排（附来源）一致",
      en: "a round's stationing and feedback dates agree with the inspection schedule (with its sources)",
    },
    codes: ["schedule_date_differs"],
    check(ledger: LedgerRecords): Issue[] {
      const issues: Issue[] = [];
      ledger.rounds.forEach((round, index) => {
        if (round === undefined) return;
        for (const difference of compareWithSchedule(round, options)) {
          issues.push(
            issueFrom(
              VALIDATION_ISSUES,
              "schedule_date_differs",
              ["rounds", index, ...difference.field.split(".")],
              {
                field: difference.field,
                date: difference.date,
                scheduleDate: difference.scheduleDate,
                recordId: difference.recordId,
                sources: difference.sources.join(" "),
              },
            ),
          );
        }
      });
      return issues;
    },
  };
}

/** The built-in schedule rule, on the shipped schedule. */
export const scheduleDates: ValidationRule = scheduleDatesRule();
