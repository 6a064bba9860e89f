/**
 * The issue catalogue of the inspection schedule.
 *
 * @module
 */
import { defineIssues } from "../issue.js";

/**
 * Every issue the schedule can report: a party it cannot name, no record or several records for a
 * query, a party found through one of its cities, and a user record the schema rejects.
 *
 * @example
 * ```ts
 * import { ROUNDS_ISSUES } from "ducha/rounds";
 * ROUNDS_ISSUES.inspection_not_found.severity; //=> "error"
 * ```
 * @category Inspection schedule
 */
export const ROUNDS_ISSUES = defineIssues({
  inspection_party_unknown: {
    severity: "error",
    "zh-CN": (p: { inspected: string }) =>
      `督察安排中没有被督察对象“${p.inspected}”，也无法确定其所属省份`,
    en: (p: { inspected: string }) =>
      `"${p.inspected}" is not an inspected party of the schedule, nor a city of one`,
  },
  inspection_party_ambiguous: {
    severity: "error",
    "zh-CN": (p: { inspected: string; parties: string }) =>
      `“${p.inspected}”可能指多个被督察对象：${p.parties}`,
    en: (p: { inspected: string; parties: string }) =>
      `"${p.inspected}" may be any of: ${p.parties}`,
  },
  inspection_not_found: {
    severity: "error",
    "zh-CN": (p: { party: string; round: string; roundEn: string }) =>
      `督察安排中没有${p.party}的${p.round}记录`,
    en: (p: { party: string; round: string; roundEn: string }) =>
      `the schedule has no record of ${p.party} in ${p.roundEn}`,
  },
  inspection_ambiguous: {
    severity: "error",
    "zh-CN": (p: { party: string; ids: string }) =>
      `${p.party}有多条督察记录（${p.ids}），请指明轮次或批次`,
    en: (p: { party: string; ids: string }) =>
      `${p.party} has several records (${p.ids}); give the round or the batch`,
  },
  inspection_party_from_city: {
    severity: "info",
    "zh-CN": (p: { inspected: string; party: string }) =>
      `“${p.inspected}”属于${p.party}，采用${p.party}的督察记录`,
    en: (p: { inspected: string; party: string }) =>
      `"${p.inspected}" lies in ${p.party}; the record of ${p.party} is used`,
  },
  schedule_record_invalid: {
    severity: "error",
    "zh-CN": (p: { detail: string }) => `督察安排记录不符合格式：${p.detail}`,
    en: (p: { detail: string }) => `a schedule record does not fit the schema: ${p.detail}`,
  },
});

/**
 * A code of {@link ROUNDS_ISSUES}.
 *
 * @example
 * ```ts
 * import type { RoundsIssueCode } from "ducha/rounds";
 * const code: RoundsIssueCode = "inspection_not_found";
 * ```
 * @category Inspection schedule
 */
export type RoundsIssueCode = keyof typeof ROUNDS_ISSUES;
