// Private count checks shared by completionRate, compareRates and auditRate.
import { type Issue, type IssuePath, issueFrom } from "../issue.js";
import { METRICS_ISSUES } from "./issues.js";

/** Issues for one count (a non-negative safe integer), at `path`; `field` names it in messages. */
export function checkCount(value: unknown, field: string, path: IssuePath): Issue[] {
  if (typeof value !== "number") {
    return [issueFrom(METRICS_ISSUES, "count_not_number", path, { field, value: describe(value) })];
  }
  if (!Number.isFinite(value)) {
    return [issueFrom(METRICS_ISSUES, "count_not_finite", path, { field, value: String(value) })];
  }
  const issues: Issue[] = [];
  if (value < 0) issues.push(issueFrom(METRICS_ISSUES, "count_negative", path, { field, value }));
  if (!Number.isInteger(value)) {
    issues.push(issueFrom(METRICS_ISSUES, "count_not_integer", path, { field, value }));
  } else if (!Number.isSafeInteger(value)) {
    issues.push(issueFrom(METRICS_ISSUES, "count_too_large", path, { field, value }));
  }
  return issues;
}

/** Issues for a done/total pair: each count, then done ≤ total once both are valid. */
export function checkCounts(
  done: unknown,
  total: unknown,
  paths: { done: IssuePath; total: IssuePath } = { done: ["done"], total: ["total"] },
): Issue[] {
  const issues = [
    ...checkCount(done, "done", paths.done),
    ...checkCount(total, "total", paths.total),
  ];
  if (issues.length === 0 && (done as number) > (total as number)) {
    issues.push(
      issueFrom(METRICS_ISSUES, "done_exceeds_total", paths.done, {
        done: done as number,
        total: total as number,
      }),
    );
  }
  return issues;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (typeof value === "object") return Array.isArray(value) ? "array" : "object";
  return String(value);
}
