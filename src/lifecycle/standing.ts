import type { RectificationTask } from "../model/task.js";

// How plans write an obligation that outlives completion: 长期坚持, 需长期持续整改, 持续整改.
const STANDING_WORDS = /长期坚持|长期持续|持续整改|long[- ]term/i;

/**
 * True when the task carries a standing obligation (长期坚持) that outlives its completion: its
 * time-limit kind is `long_term`, or its deadline text (now or before an extension) says
 * 长期坚持 / 长期持续 / 持续整改, as in "已经完成，长期坚持" or "2024年底前，并长期坚持". Such a task
 * can be completed and signed off and still be watched.
 *
 * @example
 * ```ts
 * import { hasStandingObligation } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "t7", problemIds: ["p7"], title: "秸秆露天焚烧问题", status: "completed",
 *   deadline: { text: "立行立改、长期坚持" },
 * });
 * hasStandingObligation(task); //=> true
 * ```
 * @category Lifecycle
 */
export function hasStandingObligation(task: RectificationTask): boolean {
  if (task.timeLimitKind === "long_term") return true;
  const texts = [task.deadline?.text, task.deadline?.originalText];
  return texts.some((text) => text !== undefined && STANDING_WORDS.test(text));
}
