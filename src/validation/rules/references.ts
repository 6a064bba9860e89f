import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationContext, ValidationRule } from "../types.js";

/** Tasks point at feedback problems that exist, and every task points at one at least. */
export const problemReferences: ValidationRule = {
  name: "problem_references",
  description: {
    "zh-CN": "整改任务的problemIds必须指向台账中存在的反馈问题；未关联问题的任务给出警告",
    en: "a task's problemIds name feedback problems in the ledger; a task with none is warned about",
  },
  codes: ["dangling_reference", "task_without_problem"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    const problems = context.ids.problems;
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      if (task === undefined) continue;
      const ids = task.problemIds;
      if (ids.length === 0) {
        issues.push(
          issueFrom(VALIDATION_ISSUES, "task_without_problem", ["tasks", index, "problemIds"], {}),
        );
      }
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        if (!problems.has(id)) {
          issues.push(
            issueFrom(VALIDATION_ISSUES, "dangling_reference", ["tasks", index, "problemIds", j], {
              target: "problems",
              id,
            }),
          );
        }
      }
    }
    return issues;
  },
};

function checkRoundIds(
  records: readonly ({ readonly roundId?: string | undefined } | undefined)[],
  collection: "problems" | "petitions" | "petitionTallies" | "accountability",
  rounds: ReadonlyMap<string, number>,
  issues: Issue[],
): void {
  for (let index = 0; index < records.length; index++) {
    const id = records[index]?.roundId;
    if (id !== undefined && !rounds.has(id)) {
      issues.push(
        issueFrom(VALIDATION_ISSUES, "dangling_reference", [collection, index, "roundId"], {
          target: "rounds",
          id,
        }),
      );
    }
  }
}

/** Problems, petitions, tallies and accountability records name rounds that exist. */
export const roundReferences: ValidationRule = {
  name: "round_references",
  description: {
    "zh-CN": "反馈问题、信访案件、信访统计和问责记录的roundId必须指向台账中存在的督察轮次",
    en: "the roundId of problems, petitions, tallies and accountability records names a round in the ledger",
  },
  codes: ["dangling_reference"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    const rounds = context.ids.rounds;
    checkRoundIds(ledger.problems, "problems", rounds, issues);
    checkRoundIds(ledger.petitions, "petitions", rounds, issues);
    checkRoundIds(ledger.petitionTallies, "petitionTallies", rounds, issues);
    checkRoundIds(ledger.accountability, "accountability", rounds, issues);
    return issues;
  },
};

/** A petition marked as a repeat names a petition that exists. */
export const duplicateOfReferences: ValidationRule = {
  name: "duplicate_of_references",
  description: {
    "zh-CN": "信访案件的duplicateOf必须指向台账中存在的案件",
    en: "a petition's duplicateOf names a petition in the ledger",
  },
  codes: ["dangling_reference"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    const petitions = ledger.petitions;
    for (let index = 0; index < petitions.length; index++) {
      const id = petitions[index]?.duplicateOf;
      if (id !== undefined && !context.ids.petitions.has(id)) {
        issues.push(
          issueFrom(VALIDATION_ISSUES, "dangling_reference", ["petitions", index, "duplicateOf"], {
            target: "petitions",
            id,
          }),
        );
      }
    }
    return issues;
  },
};

/** A task the schema rejected still addresses the problems it names, so they are not warned about. */
function addRawProblemIds(raw: unknown, addressed: Set<string>): void {
  const ids = (raw as { problemIds?: unknown } | null | undefined)?.problemIds;
  if (!Array.isArray(ids)) return;
  for (const id of ids) if (typeof id === "string") addressed.add(id.trim());
}

/** Every feedback problem is addressed by at least one task (when the ledger has tasks at all). */
export const problemsHaveTasks: ValidationRule = {
  name: "problems_have_tasks",
  description: {
    "zh-CN": "每个反馈问题至少有一项整改任务（台账没有任务时不检查）",
    en: "every feedback problem is addressed by a task (not checked when the ledger has no tasks)",
  },
  codes: ["problem_without_task"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    // A ledger of problems only (a feedback list) is legitimate: nothing to warn about.
    if (ledger.tasks.length === 0) return issues;
    const addressed = new Set<string>();
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      if (task !== undefined) for (const id of task.problemIds) addressed.add(id);
      else addRawProblemIds(context.rawRecords?.tasks[index], addressed);
    }
    const problems = ledger.problems;
    for (let index = 0; index < problems.length; index++) {
      const problem = problems[index];
      if (problem !== undefined && !addressed.has(problem.id)) {
        issues.push(
          issueFrom(VALIDATION_ISSUES, "problem_without_task", ["problems", index], {
            id: problem.id,
          }),
        );
      }
    }
    return issues;
  },
};
