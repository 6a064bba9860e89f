import type { Issue } from "../issue.js";
import { formatIssue } from "../issue.js";

/**
 * The most issues an assertion or matcher message lists; the rest are only counted.
 *
 * @example
 * ```ts
 * import { MAX_LISTED_ISSUES } from "ducha/testing";
 * MAX_LISTED_ISSUES; //=> 50
 * ```
 * @category Testing
 */
export const MAX_LISTED_ISSUES = 50;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Lists issues for a test failure: errors first, each in zh-CN then en, at most
 * {@link MAX_LISTED_ISSUES}, then how many more there are.
 */
export function formatIssueList(issues: readonly Issue[]): string {
  const ordered = [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const lines: string[] = [];
  for (const issue of ordered.slice(0, MAX_LISTED_ISSUES)) {
    lines.push(`  - ${formatIssue(issue, "zh-CN")}`, `    ${formatIssue(issue, "en")}`);
  }
  const more = ordered.length - MAX_LISTED_ISSUES;
  if (more > 0) lines.push(`  … 另有${more}条 / … and ${more} more`);
  return lines.join("\n");
}

/** "台账校验未通过：2个错误 / the ledger is not valid: 2 errors". */
export function failureHeadline(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return `台账校验未通过：${errors}个错误 / the ledger is not valid: ${errors} error${errors === 1 ? "" : "s"}`;
}
