import type {
  PetitionChannel,
  PetitionStatus,
  PollutionType,
  ProblemCategory,
  TaskStatus,
  TimeLimitKind,
  VerificationResult,
} from "../model/enums.js";

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

/**
 * Verification words of petition tables (是否属实) and the {@link VerificationResult} each one
 * means; 是 / 否 are the answers of a 是否属实 column.
 *
 * @example
 * ```ts
 * import { VERIFICATION_ALIASES } from "ducha/io";
 * VERIFICATION_ALIASES["部分属实"]; //=> "partly_true"
 * ```
 * @category IO
 */
export const VERIFICATION_ALIASES: Readonly<Record<string, VerificationResult>> = {
  属实: "true",
  情况属实: "true",
  反映属实: "true",
  是: "true",
  true: "true",
  基本属实: "basically_true",
  "basically true": "basically_true",
  部分属实: "partly_true",
  "partly true": "partly_true",
  不属实: "false",
  情况不属实: "false",
  否: "false",
  "not true": "false",
  false: "false",
};

/**
 * Status words of petition tables (办结情况, 是否办结, 整改状态) and the {@link PetitionStatus}
 * each one means; 是 / 否 are the answers of a 是否办结 column.
 *
 * @example
 * ```ts
 * import { PETITION_STATUS_ALIASES } from "ducha/io";
 * PETITION_STATUS_ALIASES["阶段性办结"]; //=> "staged_closed"
 * ```
 * @category IO
 */
export const PETITION_STATUS_ALIASES: Readonly<Record<string, PetitionStatus>> = {
  已办结: "closed",
  办结: "closed",
  已结案: "closed",
  是: "closed",
  closed: "closed",
  阶段性办结: "staged_closed",
  已阶段性办结: "staged_closed",
  阶段办结: "staged_closed",
  "closed for this stage": "staged_closed",
  "staged closed": "staged_closed",
  未办结: "handling",
  正在办理: "handling",
  办理中: "handling",
  在办: "handling",
  否: "handling",
  "in handling": "handling",
  handling: "handling",
};

/**
 * Pollution-type words of petition tables and the {@link PollutionType} each one means, with the
 * variants the bulletins use (大气污染, 扬尘, 油烟, 噪音, 固废, 垃圾...). A cell may name several,
 * separated by 、，,；/ or spaces.
 *
 * @example
 * ```ts
 * import { POLLUTION_TYPE_ALIASES } from "ducha/io";
 * POLLUTION_TYPE_ALIASES["扬尘"]; //=> "air"
 * POLLUTION_TYPE_ALIASES["噪音"]; //=> "noise"
 * ```
 * @category IO
 */
export const POLLUTION_TYPE_ALIASES: Readonly<Record<string, PollutionType>> = {
  水: "water",
  水污染: "water",
  废水: "water",
  污水: "water",
  water: "water",
  大气: "air",
  大气污染: "air",
  气: "air",
  废气: "air",
  扬尘: "air",
  油烟: "air",
  恶臭: "air",
  臭气: "air",
  粉尘: "air",
  air: "air",
  土壤: "soil",
  土壤污染: "soil",
  重金属: "soil",
  soil: "soil",
  生态: "ecology",
  生态破坏: "ecology",
  生态环境: "ecology",
  ecology: "ecology",
  噪声: "noise",
  噪音: "noise",
  噪声污染: "noise",
  noise: "noise",
  辐射: "radiation",
  辐射污染: "radiation",
  电磁辐射: "radiation",
  radiation: "radiation",
  海洋: "ocean",
  海洋污染: "ocean",
  ocean: "ocean",
  固废: "solid_waste",
  固体废物: "solid_waste",
  固废污染: "solid_waste",
  垃圾: "solid_waste",
  危废: "solid_waste",
  危险废物: "solid_waste",
  "solid waste": "solid_waste",
  其他: "other",
  其它: "other",
  其他污染: "other",
  其它污染: "other",
  other: "other",
};

/**
 * How a petition reached the inspection group, as tables write it.
 *
 * @example
 * ```ts
 * import { PETITION_CHANNEL_ALIASES } from "ducha/io";
 * PETITION_CHANNEL_ALIASES["来电"]; //=> "phone"
 * ```
 * @category IO
 */
export const PETITION_CHANNEL_ALIASES: Readonly<Record<string, PetitionChannel>> = {
  来电: "phone",
  电话: "phone",
  phone: "phone",
  来信: "letter",
  信件: "letter",
  letter: "letter",
  电子邮件: "email",
  邮件: "email",
  email: "email",
  来访: "visit",
  visit: "visit",
  网络: "online",
  网络举报: "online",
  网上: "online",
  online: "online",
  其他: "other",
  other: "other",
};

/**
 * Yes/no answers of flag columns (是否为重点件, 是否为重复件).
 *
 * @example
 * ```ts
 * import { YES_NO_ALIASES } from "ducha/io";
 * YES_NO_ALIASES["是"]; //=> "yes"
 * ```
 * @category IO
 */
export const YES_NO_ALIASES: Readonly<Record<string, "yes" | "no">> = {
  是: "yes",
  重点: "yes",
  重点件: "yes",
  重复: "yes",
  重复件: "yes",
  "√": "yes",
  yes: "yes",
  true: "yes",
  y: "yes",
  否: "no",
  无: "no",
  "×": "no",
  no: "no",
  false: "no",
  n: "no",
};
