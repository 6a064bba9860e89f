import type { Issue, Severity } from "../issue.js";
import { formatPath } from "../issue.js";
import type { Bilingual, Lang } from "../lang.js";
import type { CommandContext } from "./command.js";
import { MESSAGES } from "./messages.js";
import type { Paint } from "./text.js";

const SEVERITY_LABELS: Readonly<Record<Severity, Bilingual>> = {
  error: { "zh-CN": "错误", en: "error" },
  warning: { "zh-CN": "警告", en: "warning" },
  info: { "zh-CN": "提示", en: "info" },
};

const SEVERITY_COLOURS: Readonly<Record<Severity, keyof Paint>> = {
  error: "red",
  warning: "yellow",
  info: "dim",
};

/** One issue on one line: severity, where (with the file line when known), message, code. */
export function issueLine(issue: Issue, lang: Lang, paint: Paint): string {
  const line = issue.params?.line;
  const where = [
    issue.path.length > 0 ? formatPath(issue.path) : "",
    typeof line === "number" ? `(${MESSAGES.line({ line })[lang]})` : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
  const label = paint[SEVERITY_COLOURS[issue.severity]](SEVERITY_LABELS[issue.severity][lang]);
  const code = paint.dim(`[${issue.code}]`);
  return `${label} ${where === "" ? "" : `${paint.bold(where)}: `}${issue.message[lang]} ${code}\n`;
}

/** Issues by severity. */
export function countIssues(issues: readonly Issue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** The counts line, coloured by the worst severity present. */
export function countsLine(issues: readonly Issue[], lang: Lang, paint: Paint): string {
  const c = countIssues(issues);
  const text = MESSAGES.counts({ errors: c.error, warnings: c.warning, infos: c.info })[lang];
  const colour = c.error > 0 ? paint.red : c.warning > 0 ? paint.yellow : paint.green;
  return `${colour(text)}\n`;
}

/**
 * Writes the errors and warnings among issues to standard error, for commands whose standard
 * output is their result (notes are left to `ducha validate`).
 */
export function reportIssuesToStderr(context: CommandContext, issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (issue.severity !== "info") context.io.stderr(issueLine(issue, context.lang, context.err));
  }
}

/** Writes a value as indented JSON and a line break. */
export function writeJson(context: CommandContext, value: unknown): void {
  context.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A ledger with errors yields no result: its issues, then a line saying so. Exit code 1. */
export function reportUnusableLedger(
  context: CommandContext,
  path: string,
  issues: readonly Issue[],
): 1 {
  if (context.json) writeJson(context, { ok: false, file: path, issues });
  else {
    reportIssuesToStderr(context, issues);
    const errors = countIssues(issues).error;
    const text = MESSAGES.ledgerHasErrors({ errors, path })[context.lang];
    context.io.stderr(`${context.err.red(text)}\n`);
  }
  return 1;
}
