import type { IsoDate } from "../../dates.js";
import { parseDeadline } from "../../deadlines/parseDeadline.js";
import type { Issue, IssuePath } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import type { Round } from "../../model/round.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { DeadlineParser, LedgerRecords, ValidationContext, ValidationRule } from "../types.js";

/** The date a round's deadline texts were written relative to: the plan's, else the feedback's. */
function anchorOf(round: Round): IsoDate | undefined {
  const plan = round.plan;
  return plan?.publishedDate ?? plan?.approvedDate ?? plan?.submittedDate ?? round.feedbackDate;
}

/** Maps each problem id to the anchor date of its round, so a task finds it in two lookups. */
function problemAnchors(ledger: LedgerRecords): Map<string, IsoDate> {
  const byRound = new Map<string, IsoDate>();
  for (const round of ledger.rounds) {
    const anchor = round === undefined ? undefined : anchorOf(round);
    if (anchor !== undefined && !byRound.has(round!.id)) byRound.set(round!.id, anchor);
  }
  const byProblem = new Map<string, IsoDate>();
  if (byRound.size === 0) return byProblem;
  for (const problem of ledger.problems) {
    const anchor = problem === undefined ? undefined : byRound.get(problem.roundId);
    if (anchor !== undefined && !byProblem.has(problem!.id)) byProblem.set(problem!.id, anchor);
  }
  return byProblem;
}

/**
 * Ledgers repeat the same few deadline texts over thousands of tasks, so the bundled parser (pure:
 * same text and anchor, same result) is called once per distinct pair. An injected parser is
 * called every time, as it may not be pure.
 */
function memoized(parse: DeadlineParser): DeadlineParser {
  if (parse !== parseDeadline) return parse;
  // By anchor, then by text: no key strings to build per task.
  const byAnchor = new Map<IsoDate | undefined, Map<string, ReturnType<DeadlineParser>>>();
  return (text, options) => {
    const anchor = options?.anchor;
    let seen = byAnchor.get(anchor);
    if (seen === undefined) {
      seen = new Map();
      byAnchor.set(anchor, seen);
    }
    let result = seen.get(text);
    if (result === undefined) {
      result = parse(text, options);
      seen.set(text, result);
    }
    return result;
  };
}

function checkText(
  issues: Issue[],
  parse: DeadlineParser,
  base: IssuePath,
  text: string,
  textKey: string,
  due: IsoDate | undefined,
  dueKey: string,
  anchor: IsoDate | undefined,
): void {
  let result: ReturnType<DeadlineParser>;
  try {
    result = anchor === undefined ? parse(text) : parse(text, { anchor });
  } catch (error) {
    // An injected parser must not make validation throw on data; its failure is the text's issue.
    const detail = error instanceof Error ? error.message : String(error);
    issues.push(
      issueFrom(VALIDATION_ISSUES, "deadline_unparseable", [...base, textKey], {
        text,
        detail,
        detailEn: detail,
      }),
    );
    return;
  }
  if (!result.ok && anchor === undefined && due !== undefined && readsInYearOf(parse, text, due)) {
    return;
  }
  if (!result.ok) {
    const first = result.issues[0];
    issues.push(
      issueFrom(VALIDATION_ISSUES, "deadline_unparseable", [...base, textKey], {
        text,
        ...(first ? { detail: first.message["zh-CN"], detailEn: first.message.en } : {}),
      }),
    );
    return;
  }
  const parsedDue = result.value.due;
  if (due !== undefined && parsedDue !== undefined && parsedDue !== due) {
    issues.push(
      issueFrom(VALIDATION_ISSUES, "deadline_due_mismatch", [...base, dueKey], {
        text,
        due,
        parsedDue,
      }),
    );
  }
}

// "9月底前" in a ledger that dates no round has no year to read it in; the due date written beside
// it can supply one. Accepted only when the text then means exactly that due date: a reading that
// disagrees (明年6月底前) keeps the original issue rather than inventing a mismatch.
function readsInYearOf(parse: DeadlineParser, text: string, due: IsoDate): boolean {
  try {
    const retried = parse(text, { anchor: `${due.slice(0, 4)}-01-01` });
    return retried.ok && retried.value.due === due;
  } catch {
    return false;
  }
}

function checkDeadline(
  issues: Issue[],
  parse: DeadlineParser,
  base: IssuePath,
  deadline: {
    readonly text: string;
    readonly due?: IsoDate | undefined;
    readonly originalText?: string | undefined;
    readonly originalDue?: IsoDate | undefined;
  },
  anchor: IsoDate | undefined,
): void {
  checkText(issues, parse, base, deadline.text, "text", deadline.due, "due", anchor);
  if (deadline.originalText !== undefined) {
    const { originalText, originalDue } = deadline;
    checkText(
      issues,
      parse,
      base,
      originalText,
      "originalText",
      originalDue,
      "originalDue",
      anchor,
    );
  }
}

/**
 * Deadline texts can be read, and the due dates written beside them are the ones the text means.
 * Runs only when a parser is injected (`options.parseDeadline`).
 */
export const deadlines: ValidationRule = {
  name: "deadlines",
  description: {
    "zh-CN":
      "整改时限文字可被识别，且填写的到期日与文字所指日期一致（任务、原时限和各项措施；需传入parseDeadline）",
    en: "deadline texts can be read and their stated due dates match the text (task, original and measure deadlines; needs parseDeadline)",
  },
  codes: ["deadline_unparseable", "deadline_due_mismatch"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    if (context.parseDeadline === undefined) return issues;
    const parse = memoized(context.parseDeadline);
    const anchors = problemAnchors(ledger);
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      if (task === undefined) continue;
      const first = task.problemIds[0];
      const anchor = first === undefined ? undefined : anchors.get(first);
      if (task.deadline !== undefined) {
        checkDeadline(issues, parse, ["tasks", index, "deadline"], task.deadline, anchor);
      }
      const measures = task.measures;
      if (measures === undefined) continue;
      for (let k = 0; k < measures.length; k++) {
        const deadline = measures[k]!.deadline;
        if (deadline !== undefined) {
          checkDeadline(
            issues,
            parse,
            ["tasks", index, "measures", k, "deadline"],
            deadline,
            anchor,
          );
        }
      }
    }
    return issues;
  },
};
