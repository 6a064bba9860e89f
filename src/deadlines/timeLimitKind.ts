import type { Bilingual } from "../lang.js";
import type { Deadline, DeadlineKind } from "./types.js";

/**
 * The plan's time-limit type (时限类型): 立行立改 (`immediate`), 限期整改 (`deadline`) or
 * 长期坚持 (`long_term`; some plans say 持续整改).
 *
 * @example
 * ```ts
 * import type { TimeLimitKind } from "ducha/deadlines";
 * const kind: TimeLimitKind = "deadline";
 * ```
 * @category Deadlines
 */
export type TimeLimitKind = "immediate" | "deadline" | "long_term";

/**
 * Bilingual labels of the time-limit types.
 *
 * @example
 * ```ts
 * import { timeLimitKindLabels } from "ducha/deadlines";
 * timeLimitKindLabels.deadline["zh-CN"]; //=> "限期整改"
 * ```
 * @category Deadlines
 */
export const timeLimitKindLabels: Readonly<Record<TimeLimitKind, Bilingual>> = {
  immediate: { "zh-CN": "立行立改", en: "immediate" },
  deadline: { "zh-CN": "限期整改", en: "by a deadline" },
  long_term: { "zh-CN": "长期坚持", en: "long-term" },
};

/**
 * Bilingual labels of the deadline kinds.
 *
 * @example
 * ```ts
 * import { deadlineKindLabels } from "ducha/deadlines";
 * deadlineKindLabels.range.en; //=> "window"
 * ```
 * @category Deadlines
 */
export const deadlineKindLabels: Readonly<Record<DeadlineKind, Bilingual>> = {
  date: { "zh-CN": "限期完成", en: "by a date" },
  immediate: { "zh-CN": "立行立改", en: "immediate" },
  long_term: { "zh-CN": "长期坚持", en: "ongoing" },
  recurring: { "zh-CN": "定期", en: "recurring" },
  range: { "zh-CN": "时段", en: "window" },
};

// Which time-limit type each deadline kind belongs to: a window ends on a date, so it is a
// deadline; a recurring duty never ends, so it is long-term.
const TIME_LIMIT_KIND_OF: Readonly<Record<DeadlineKind, TimeLimitKind>> = {
  date: "deadline",
  range: "deadline",
  immediate: "immediate",
  long_term: "long_term",
  recurring: "long_term",
};

/**
 * The plan's time-limit type of a deadline: 立行立改, 限期整改 or 长期坚持. A deadline followed by
 * a standing obligation ("2025年底前，并长期坚持") is still 限期整改: it has a date to check.
 *
 * @example
 * ```ts
 * import { parseDeadline, timeLimitKindOf } from "ducha/deadlines";
 * const result = parseDeadline("立行立改、长期坚持");
 * if (result.ok) timeLimitKindOf(result.value); //=> "immediate"
 * ```
 * @category Deadlines
 */
export function timeLimitKindOf(deadline: Pick<Deadline, "kind">): TimeLimitKind {
  return TIME_LIMIT_KIND_OF[deadline.kind];
}
