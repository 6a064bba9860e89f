import type { ProblemCategory, TaskStatus, TimeLimitKind } from "../model/enums.js";

/**
 * Status words seen in ledgers and progress reports, in Chinese and English, and the
 * {@link TaskStatus} each one means. Matching ignores spaces, `_`, `-`, a final `。` and letter
 * case. A word not in this table is reported as `unknown_status`, never guessed.
 *
 * @example
 * ```ts
 * import { TASK_STATUS_ALIASES } from "ducha/io";
 * TASK_STATUS_ALIASES["已销号"]; //=> "signed_off"
 * TASK_STATUS_ALIASES["序时推进"]; //=> "in_progress"
 * ```
 * @category IO
 */
export const TASK_STATUS_ALIASES: Readonly<Record<string, TaskStatus>> = {
  未启动: "not_started",
  未开始: "not_started",
  尚未启动: "not_started",
  "not started": "not_started",
  正在推进: "in_progress",
  推进中: "in_progress",
  正在整改: "in_progress",
  整改中: "in_progress",
  正在抓紧推进: "in_progress",
  序时推进: "in_progress",
  按序时推进: "in_progress",
  达到序时进度: "in_progress",
  序时任务: "in_progress",
  未达到序时进度: "in_progress",
  进展滞后: "in_progress",
  滞后任务: "in_progress",
  超期未完成: "in_progress",
  "in progress": "in_progress",
  已完成: "completed",
  完成: "completed",
  已完成整改: "completed",
  已整改: "completed",
  "已完成，长期坚持": "completed",
  "已经完成，长期坚持": "completed",
  completed: "completed",
  基本完成: "basically_completed",
  已基本完成: "basically_completed",
  "basically completed": "basically_completed",
  已申请验收: "acceptance_requested",
  申请验收: "acceptance_requested",
  待验收: "acceptance_requested",
  "acceptance requested": "acceptance_requested",
  已通过验收: "accepted",
  通过验收: "accepted",
  已验收: "accepted",
  完成整改并通过验收: "accepted",
  accepted: "accepted",
  公示中: "in_public_notice",
  "in public notice": "in_public_notice",
  已销号: "signed_off",
  销号: "signed_off",
  已完成销号: "signed_off",
  "signed off": "signed_off",
  问题反弹: "relapsed",
  反弹: "relapsed",
  relapsed: "relapsed",
};

/**
 * Time-limit kinds as plans write them, and the {@link TimeLimitKind} each one means
 * (立行立改, 限期整改, 长期坚持 and the 持续整改 of the 2017 Ulanqab plan).
 *
 * @example
 * ```ts
 * import { TIME_LIMIT_KIND_ALIASES } from "ducha/io";
 * TIME_LIMIT_KIND_ALIASES["持续整改"]; //=> "long_term"
 * ```
 * @category IO
 */
export const TIME_LIMIT_KIND_ALIASES: Readonly<Record<string, TimeLimitKind>> = {
  立行立改: "immediate",
  immediate: "immediate",
  限期整改: "deadline",
  "by a deadline": "deadline",
  deadline: "deadline",
  长期坚持: "long_term",
  持续整改: "long_term",
  长期整改: "long_term",
  "long term": "long_term",
};

/**
 * Problem categories (问题类别) and the {@link ProblemCategory} each one means.
 *
 * @example
 * ```ts
 * import { PROBLEM_CATEGORY_ALIASES } from "ducha/io";
 * PROBLEM_CATEGORY_ALIASES["共性问题"]; //=> "common"
 * ```
 * @category IO
 */
export const PROBLEM_CATEGORY_ALIASES: Readonly<Record<string, ProblemCategory>> = {
  重点问题: "key",
  重点: "key",
  key: "key",
  "key problem": "key",
  共性问题: "common",
  共性: "common",
  common: "common",
  "common problem": "common",
  个性问题: "individual",
  个性: "individual",
  individual: "individual",
  "individual problem": "individual",
  典型案例: "typical_case",
  "typical case": "typical_case",
};

/** The form a term is compared in. */
export function normalizeTerm(term: string): string {
  return term
    .replace(/[\s\u3000_\-。.]/g, "")
    .replace(/,/g, "，")
    .toLowerCase();
}

/** Builds a lookup over a vocabulary table that ignores spacing and case; build it once per import. */
export function termLookup<T extends string>(
  ...tables: readonly Readonly<Record<string, T>>[]
): (term: string) => T | undefined {
  const index = new Map<string, T>();
  // Later tables first so that the first table given (the user's) wins.
  for (const table of [...tables].reverse()) {
    for (const [word, value] of Object.entries(table)) index.set(normalizeTerm(word), value);
  }
  return (term) => index.get(normalizeTerm(term));
}
