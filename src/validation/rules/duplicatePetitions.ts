import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationRule } from "../types.js";

// Whitespace and punctuation (ASCII and CJK) do not make two complaints different.
const NOISE = /[\s\p{P}\p{S}]+/gu;

/**
 * A petition summary as the duplicate check compares it: full-width folded to half-width (NFKC),
 * lower case, without whitespace or punctuation.
 *
 * @example
 * ```ts
 * import { normaliseSummary } from "ducha";
 * normaliseSummary("某小区旁 烧烤店油烟扰民！"); //=> "某小区旁烧烤店油烟扰民"
 * ```
 * @category Validation
 */
export function normaliseSummary(summary: string): string {
  return summary.normalize("NFKC").toLowerCase().replace(NOISE, "");
}

/**
 * The same complaint entered twice: same round, received date, region and summary. Cases already
 * marked with `duplicateOf` are left alone, and so are cases without a summary or received date
 * (there is nothing to compare).
 */
export const duplicatePetitions: ValidationRule = {
  name: "duplicate_petitions",
  description: {
    "zh-CN":
      "同一轮次、同一受理日期、同一地区且举报内容（规范化后）相同的案件疑似重复，除非已用duplicateOf标明",
    en: "petitions with the same round, received date, region and normalised summary are likely repeats, unless marked with duplicateOf",
  },
  codes: ["duplicate_petition"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const firsts = new Map<string, number>();
    const petitions = ledger.petitions;
    for (let index = 0; index < petitions.length; index++) {
      const petition = petitions[index];
      if (petition === undefined || petition.duplicateOf !== undefined) continue;
      const { summary, receivedDate } = petition;
      if (summary === undefined || receivedDate === undefined) continue;
      const text = normaliseSummary(summary);
      if (text === "") continue;
      const region = petition.region?.code ?? petition.region?.name ?? "";
      // NUL does not occur in real ids, dates or region names, so the parts cannot run together.
      const key = `${petition.roundId}\u0000${receivedDate}\u0000${region}\u0000${text}`;
      const firstIndex = firsts.get(key);
      if (firstIndex === undefined) {
        firsts.set(key, index);
        continue;
      }
      issues.push(
        issueFrom(VALIDATION_ISSUES, "duplicate_petition", ["petitions", index], {
          firstId: petitions[firstIndex]!.id,
          firstIndex,
        }),
      );
    }
    return issues;
  },
};
