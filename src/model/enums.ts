/**
 * Every enumeration of the domain, each as a zod schema and a type of the same name, with its
 * bilingual labels beside it.
 *
 * @module
 */
import * as z from "zod";
import type { Labels } from "./labels.js";

/**
 * Kind of inspection: routine (例行督察), look-back (回头看), special (专项督察) or provincial (省级).
 *
 * @example
 * ```ts
 * import { RoundKind } from "ducha/model";
 * RoundKind.parse("look_back"); //=> "look_back"
 * ```
 * @category Model
 */
export const RoundKind = z.enum(["routine", "look_back", "special", "provincial"]);
/** @category Model */
export type RoundKind = z.infer<typeof RoundKind>;
/**
 * Labels of {@link RoundKind}.
 *
 * @example
 * ```ts
 * import { ROUND_KIND_LABELS } from "ducha/model";
 * ROUND_KIND_LABELS.look_back["zh-CN"]; //=> "督察“回头看”"
 * ```
 * @category Model
 */
export const ROUND_KIND_LABELS: Labels<RoundKind> = {
  routine: { "zh-CN": "例行督察", en: "routine inspection" },
  look_back: { "zh-CN": "督察“回头看”", en: "look-back inspection" },
  special: { "zh-CN": "专项督察", en: "special inspection" },
  provincial: { "zh-CN": "省级生态环境保护督察", en: "provincial inspection" },
};

/**
 * The regulation a round was run under; time limits such as the plan's working days differ.
 *
 * @example
 * ```ts
 * import { Regime } from "ducha/model";
 * Regime.parse("2019-rules"); //=> "2019-rules"
 * ```
 * @category Model
 */
export const Regime = z.enum(["2015-trial", "2019-rules", "2022-measures", "2025-regulations"]);
/** @category Model */
export type Regime = z.infer<typeof Regime>;
/**
 * Labels of {@link Regime}: the instrument's title.
 *
 * @example
 * ```ts
 * import { REGIME_LABELS } from "ducha/model";
 * REGIME_LABELS["2019-rules"].en; //=> "Central Ecological and Environmental Protection Inspection Work Rules (2019)"
 * ```
 * @category Model
 */
export const REGIME_LABELS: Labels<Regime> = {
  "2015-trial": {
    "zh-CN": "《环境保护督察方案（试行）》（2015）",
    en: "Environmental Protection Inspection Scheme (trial, 2015)",
  },
  "2019-rules": {
    "zh-CN": "《中央生态环境保护督察工作规定》（2019）",
    en: "Central Ecological and Environmental Protection Inspection Work Rules (2019)",
  },
  "2022-measures": {
    "zh-CN": "《中央生态环境保护督察整改工作办法》（2022）",
    en: "Central Inspection Rectification Work Measures (2022)",
  },
  "2025-regulations": {
    "zh-CN": "《生态环境保护督察工作条例》（2025）",
    en: "Regulations on Ecological and Environmental Protection Inspection (2025)",
  },
};

/**
 * Category of a feedback problem: key (重点), common (共性), individual (个性) or typical case.
 *
 * @example
 * ```ts
 * import { ProblemCategory } from "ducha/model";
 * ProblemCategory.parse("key"); //=> "key"
 * ```
 * @category Model
 */
export const ProblemCategory = z.enum(["key", "common", "individual", "typical_case"]);
/** @category Model */
export type ProblemCategory = z.infer<typeof ProblemCategory>;
/**
 * Labels of {@link ProblemCategory}.
 *
 * @example
 * ```ts
 * import { PROBLEM_CATEGORY_LABELS } from "ducha/model";
 * PROBLEM_CATEGORY_LABELS.common["zh-CN"]; //=> "共性问题"
 * ```
 * @category Model
 */
export const PROBLEM_CATEGORY_LABELS: Labels<ProblemCategory> = {
  key: { "zh-CN": "重点问题", en: "key problem" },
  common: { "zh-CN": "共性问题", en: "common problem" },
  individual: { "zh-CN": "个性问题", en: "individual problem" },
  typical_case: { "zh-CN": "典型案例", en: "typical case" },
};

/**
 * Environmental domain of a problem (multi-valued on a problem).
 *
 * @example
 * ```ts
 * import { Domain } from "ducha/model";
 * Domain.parse("grassland"); //=> "grassland"
 * ```
 * @category Model
 */
export const Domain = z.enum([
  "air",
  "water",
  "soil",
  "solid_waste",
  "noise",
  "radiation",
  "ecology",
  "mining",
  "grassland",
  "ocean",
  "energy",
  "infrastructure",
  "data_fraud",
  "other",
]);
/** @category Model */
export type Domain = z.infer<typeof Domain>;
/**
 * Labels of {@link Domain}.
 *
 * @example
 * ```ts
 * import { DOMAIN_LABELS } from "ducha/model";
 * DOMAIN_LABELS.energy["zh-CN"]; //=> "能耗与“两高”项目"
 * ```
 * @category Model
 */
export const DOMAIN_LABELS: Labels<Domain> = {
  air: { "zh-CN": "大气", en: "air" },
  water: { "zh-CN": "水", en: "water" },
  soil: { "zh-CN": "土壤", en: "soil" },
  solid_waste: { "zh-CN": "固体废物", en: "solid waste" },
  noise: { "zh-CN": "噪声", en: "noise" },
  radiation: { "zh-CN": "辐射", en: "radiation" },
  ecology: { "zh-CN": "生态与自然保护地", en: "ecology and protected areas" },
  mining: { "zh-CN": "矿山", en: "mining" },
  grassland: { "zh-CN": "草原", en: "grassland" },
  ocean: { "zh-CN": "海洋", en: "ocean" },
  energy: { "zh-CN": "能耗与“两高”项目", en: "energy use and energy-intensive projects" },
  infrastructure: { "zh-CN": "环境基础设施", en: "environmental infrastructure" },
  data_fraud: { "zh-CN": "数据造假", en: "data fraud" },
  other: { "zh-CN": "其他", en: "other" },
};

/**
 * The plan's time-limit kind (时限类型): 立行立改, 限期整改 or 长期坚持.
 *
 * @example
 * ```ts
 * import { TimeLimitKind } from "ducha/model";
 * TimeLimitKind.parse("long_term"); //=> "long_term"
 * ```
 * @category Model
 */
export const TimeLimitKind = z.enum(["immediate", "deadline", "long_term"]);
/** @category Model */
export type TimeLimitKind = z.infer<typeof TimeLimitKind>;
/**
 * Labels of {@link TimeLimitKind}.
 *
 * @example
 * ```ts
 * import { TIME_LIMIT_KIND_LABELS } from "ducha/model";
 * TIME_LIMIT_KIND_LABELS.deadline["zh-CN"]; //=> "限期整改"
 * ```
 * @category Model
 */
export const TIME_LIMIT_KIND_LABELS: Labels<TimeLimitKind> = {
  immediate: { "zh-CN": "立行立改", en: "immediate" },
  deadline: { "zh-CN": "限期整改", en: "by a deadline" },
  long_term: { "zh-CN": "长期坚持", en: "long-term" },
};

/**
 * Status of a rectification task on the ledger.
 *
 * @example
 * ```ts
 * import { TaskStatus } from "ducha/model";
 * TaskStatus.parse("signed_off"); //=> "signed_off"
 * ```
 * @category Model
 */
export const TaskStatus = z.enum([
  "not_started",
  "in_progress",
  "completed",
  "basically_completed",
  "acceptance_requested",
  "accepted",
  "in_public_notice",
  "signed_off",
  "relapsed",
]);
/** @category Model */
export type TaskStatus = z.infer<typeof TaskStatus>;
/**
 * Labels of {@link TaskStatus}, in the words progress reports use.
 *
 * @example
 * ```ts
 * import { TASK_STATUS_LABELS } from "ducha/model";
 * TASK_STATUS_LABELS.signed_off["zh-CN"]; //=> "已销号"
 * ```
 * @category Model
 */
export const TASK_STATUS_LABELS: Labels<TaskStatus> = {
  not_started: { "zh-CN": "未启动", en: "not started" },
  in_progress: { "zh-CN": "正在推进", en: "in progress" },
  completed: { "zh-CN": "已完成", en: "completed" },
  basically_completed: { "zh-CN": "基本完成", en: "basically completed" },
  acceptance_requested: { "zh-CN": "已申请验收", en: "acceptance requested" },
  accepted: { "zh-CN": "已通过验收", en: "accepted" },
  in_public_notice: { "zh-CN": "公示中", en: "in public notice" },
  signed_off: { "zh-CN": "已销号", en: "signed off" },
  relapsed: { "zh-CN": "问题反弹", en: "relapsed" },
};

/**
 * Types of dated events in a task's history.
 *
 * @example
 * ```ts
 * import { TaskEventType } from "ducha/model";
 * TaskEventType.parse("sign_off"); //=> "sign_off"
 * ```
 * @category Model
 */
export const TaskEventType = z.enum([
  "start",
  "report_progress",
  "report_completed",
  "report_basically_completed",
  "request_acceptance",
  "accept",
  "reject",
  "open_public_notice",
  "sign_off",
  "relapse",
  "found_false",
  "extend_deadline",
]);
/** @category Model */
export type TaskEventType = z.infer<typeof TaskEventType>;
/**
 * Labels of {@link TaskEventType}.
 *
 * @example
 * ```ts
 * import { TASK_EVENT_TYPE_LABELS } from "ducha/model";
 * TASK_EVENT_TYPE_LABELS.found_false["zh-CN"]; //=> "发现虚假整改"
 * ```
 * @category Model
 */
export const TASK_EVENT_TYPE_LABELS: Labels<TaskEventType> = {
  start: { "zh-CN": "启动整改", en: "started" },
  report_progress: { "zh-CN": "报送进展", en: "progress reported" },
  report_completed: { "zh-CN": "报告完成整改", en: "reported completed" },
  report_basically_completed: { "zh-CN": "报告基本完成", en: "reported basically completed" },
  request_acceptance: { "zh-CN": "申请验收", en: "acceptance requested" },
  accept: { "zh-CN": "通过验收", en: "accepted" },
  reject: { "zh-CN": "验收未通过", en: "rejected at acceptance" },
  open_public_notice: { "zh-CN": "开始公示", en: "public notice opened" },
  sign_off: { "zh-CN": "销号", en: "signed off" },
  relapse: { "zh-CN": "问题反弹", en: "relapsed" },
  found_false: { "zh-CN": "发现虚假整改", en: "found falsely rectified" },
  extend_deadline: { "zh-CN": "延长整改时限", en: "deadline extended" },
};

/**
 * Status of a petition case (信访举报案件).
 *
 * @example
 * ```ts
 * import { PetitionStatus } from "ducha/model";
 * PetitionStatus.parse("staged_closed"); //=> "staged_closed"
 * ```
 * @category Model
 */
export const PetitionStatus = z.enum(["handling", "staged_closed", "closed"]);
/** @category Model */
export type PetitionStatus = z.infer<typeof PetitionStatus>;
/**
 * Labels of {@link PetitionStatus}.
 *
 * @example
 * ```ts
 * import { PETITION_STATUS_LABELS } from "ducha/model";
 * PETITION_STATUS_LABELS.closed["zh-CN"]; //=> "已办结"
 * ```
 * @category Model
 */
export const PETITION_STATUS_LABELS: Labels<PetitionStatus> = {
  handling: { "zh-CN": "正在办理", en: "in handling" },
  staged_closed: { "zh-CN": "阶段性办结", en: "closed for this stage" },
  closed: { "zh-CN": "已办结", en: "closed" },
};

/**
 * Result of verifying a petition: 属实, 基本属实, 部分属实 or 不属实.
 *
 * @example
 * ```ts
 * import { VerificationResult } from "ducha/model";
 * VerificationResult.parse("partly_true"); //=> "partly_true"
 * ```
 * @category Model
 */
export const VerificationResult = z.enum(["true", "basically_true", "partly_true", "false"]);
/** @category Model */
export type VerificationResult = z.infer<typeof VerificationResult>;
/**
 * Labels of {@link VerificationResult}.
 *
 * @example
 * ```ts
 * import { VERIFICATION_RESULT_LABELS } from "ducha/model";
 * VERIFICATION_RESULT_LABELS.false["zh-CN"]; //=> "不属实"
 * ```
 * @category Model
 */
export const VERIFICATION_RESULT_LABELS: Labels<VerificationResult> = {
  true: { "zh-CN": "属实", en: "true" },
  basically_true: { "zh-CN": "基本属实", en: "basically true" },
  partly_true: { "zh-CN": "部分属实", en: "partly true" },
  false: { "zh-CN": "不属实", en: "not true" },
};

/**
 * How a petition reached the inspection group.
 *
 * @example
 * ```ts
 * import { PetitionChannel } from "ducha/model";
 * PetitionChannel.parse("phone"); //=> "phone"
 * ```
 * @category Model
 */
export const PetitionChannel = z.enum(["phone", "letter", "email", "visit", "online", "other"]);
/** @category Model */
export type PetitionChannel = z.infer<typeof PetitionChannel>;
/**
 * Labels of {@link PetitionChannel}.
 *
 * @example
 * ```ts
 * import { PETITION_CHANNEL_LABELS } from "ducha/model";
 * PETITION_CHANNEL_LABELS.letter["zh-CN"]; //=> "来信"
 * ```
 * @category Model
 */
export const PETITION_CHANNEL_LABELS: Labels<PetitionChannel> = {
  phone: { "zh-CN": "来电", en: "phone" },
  letter: { "zh-CN": "来信", en: "letter" },
  email: { "zh-CN": "电子邮件", en: "email" },
  visit: { "zh-CN": "来访", en: "visit" },
  online: { "zh-CN": "网络举报", en: "online" },
  other: { "zh-CN": "其他", en: "other" },
};

/**
 * Pollution type of a petition (multi-valued: one complaint may name several).
 *
 * @example
 * ```ts
 * import { PollutionType } from "ducha/model";
 * PollutionType.parse("noise"); //=> "noise"
 * ```
 * @category Model
 */
export const PollutionType = z.enum([
  "water",
  "air",
  "soil",
  "ecology",
  "noise",
  "radiation",
  "ocean",
  "solid_waste",
  "other",
]);
/** @category Model */
export type PollutionType = z.infer<typeof PollutionType>;
/**
 * Labels of {@link PollutionType}.
 *
 * @example
 * ```ts
 * import { POLLUTION_TYPE_LABELS } from "ducha/model";
 * POLLUTION_TYPE_LABELS.air["zh-CN"]; //=> "大气"
 * ```
 * @category Model
 */
export const POLLUTION_TYPE_LABELS: Labels<PollutionType> = {
  water: { "zh-CN": "水", en: "water" },
  air: { "zh-CN": "大气", en: "air" },
  soil: { "zh-CN": "土壤", en: "soil" },
  ecology: { "zh-CN": "生态", en: "ecology" },
  noise: { "zh-CN": "噪声", en: "noise" },
  radiation: { "zh-CN": "辐射", en: "radiation" },
  ocean: { "zh-CN": "海洋", en: "ocean" },
  solid_waste: { "zh-CN": "固体废物", en: "solid waste" },
  other: { "zh-CN": "其他", en: "other" },
};

/**
 * Cadre rank of an official held accountable.
 *
 * @example
 * ```ts
 * import { CadreRank } from "ducha/model";
 * CadreRank.parse("division"); //=> "division"
 * ```
 * @category Model
 */
export const CadreRank = z.enum(["bureau", "division", "section_or_below"]);
/** @category Model */
export type CadreRank = z.infer<typeof CadreRank>;
/**
 * Labels of {@link CadreRank}, as reports write them.
 *
 * @example
 * ```ts
 * import { CADRE_RANK_LABELS } from "ducha/model";
 * CADRE_RANK_LABELS.section_or_below["zh-CN"]; //=> "乡科级及以下"
 * ```
 * @category Model
 */
export const CADRE_RANK_LABELS: Labels<CadreRank> = {
  bureau: { "zh-CN": "厅局级", en: "bureau level" },
  division: { "zh-CN": "县处级", en: "county/division level" },
  section_or_below: { "zh-CN": "乡科级及以下", en: "township/section level and below" },
};

/**
 * Kind of sanction imposed on an official.
 *
 * @example
 * ```ts
 * import { SanctionType } from "ducha/model";
 * SanctionType.parse("admonishment"); //=> "admonishment"
 * ```
 * @category Model
 */
export const SanctionType = z.enum([
  "discipline",
  "admonishment",
  "organisational",
  "judicial_transfer",
  "other",
]);
/** @category Model */
export type SanctionType = z.infer<typeof SanctionType>;
/**
 * Labels of {@link SanctionType}.
 *
 * @example
 * ```ts
 * import { SANCTION_TYPE_LABELS } from "ducha/model";
 * SANCTION_TYPE_LABELS.discipline["zh-CN"]; //=> "党纪政务处分"
 * ```
 * @category Model
 */
export const SANCTION_TYPE_LABELS: Labels<SanctionType> = {
  discipline: { "zh-CN": "党纪政务处分", en: "Party or administrative discipline" },
  admonishment: { "zh-CN": "诫勉", en: "admonishment" },
  organisational: { "zh-CN": "组织处理", en: "organisational measures" },
  judicial_transfer: { "zh-CN": "移送司法机关", en: "transferred to judicial authorities" },
  other: { "zh-CN": "其他处理", en: "other measures" },
};
