/**
 * Statutory time limits of inspection rectification, kept as data per regime with their sources,
 * and the dated duties they give for a round.
 *
 * @module
 */
import { addDays, assertIsoDate, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";
import { REGIME_LABELS, type Regime } from "../model/enums.js";
import type { CalendarOptions } from "./types.js";
import { addWorkdays } from "./workdays.js";

/**
 * The version of the rules governing a round; the same values as the model's `Regime`.
 *
 * @example
 * ```ts
 * import type { RegimeVersion } from "ducha/calendar";
 * const regime: RegimeVersion = "2022-measures";
 * ```
 * @category Statutory limits
 */
export type RegimeVersion = Regime;

/**
 * A duty with a time limit: drafting the rectification plan, or reporting back on a transferred
 * petition.
 *
 * @example
 * ```ts
 * import type { DutyKind } from "ducha/calendar";
 * const duty: DutyKind = "rectificationPlan";
 * ```
 * @category Statutory limits
 */
export type DutyKind = "rectificationPlan" | "petitionFeedback";

/**
 * A time limit as data: how many days of which kind, counted from which event, on what basis
 * and from which sources. `inference` says what the sources do not state outright;
 * `localPractice` marks a limit seen in one locality, not a national rule.
 *
 * @example
 * ```ts
 * import { PLAN_TIME_LIMITS } from "ducha/calendar";
 * PLAN_TIME_LIMITS["2022-measures"].amount; //=> 45
 * PLAN_TIME_LIMITS["2022-measures"].unit; //=> "workingDays"
 * ```
 * @category Statutory limits
 */
export interface TimeLimit {
  readonly duty: DutyKind;
  readonly label: Bilingual;
  readonly amount: number;
  readonly unit: "workingDays" | "calendarDays";
  readonly countedFrom: "feedback" | "petitionTransfer";
  readonly basis: Bilingual;
  readonly sources: readonly string[];
  readonly inference?: Bilingual;
  readonly localPractice?: Bilingual;
}

const PLAN_LABEL = {
  "zh-CN": "研究制定整改方案并上报",
  en: "draft and submit the rectification plan",
};

/**
 * Working days the inspected party has, after feedback (督察反馈), to draft the rectification
 * plan and submit it to the Party Central Committee and State Council: 30 under the 2015 trial
 * plan and the 2019 rules, 45 in the third round. The full texts of the 2019 rules and the 2022
 * measures are not among the sources, so these are the limits as MEE statements quote them.
 *
 * @example
 * ```ts
 * import { PLAN_TIME_LIMITS } from "ducha/calendar";
 * PLAN_TIME_LIMITS["2019-rules"].amount; //=> 30
 * PLAN_TIME_LIMITS["2025-regulations"].amount; //=> 45
 * ```
 * @category Statutory limits
 */
export const PLAN_TIME_LIMITS = {
  "2015-trial": {
    duty: "rectificationPlan",
    label: PLAN_LABEL,
    amount: 30,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: REGIME_LABELS["2015-trial"],
    sources: ["http://m.bailiqin.com/news/show-124815.html"],
  },
  "2019-rules": {
    duty: "rectificationPlan",
    label: PLAN_LABEL,
    amount: 30,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: REGIME_LABELS["2019-rules"],
    sources: [
      "https://news.record.hk/lohas/2020/05/16/15362.html",
      "http://sych298.com/news/hyzs/35.html",
    ],
  },
  "2022-measures": {
    duty: "rectificationPlan",
    label: PLAN_LABEL,
    amount: 45,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: REGIME_LABELS["2022-measures"],
    sources: [
      "http://www.139100.com/zfb/xxgk/zfxxgkzl/ztzl/zyhbjxs/gzdt/202408/t20240826_3075190.htm",
      "http://123zhe.com/article/8499073.html",
    ],
    inference: {
      "zh-CN":
        "第三轮督察（2024—2025年）通报称“在45个工作日内”，依据为《工作规定》和《整改工作办法》；由30改为45的变化推断来自2022年《整改工作办法》，原文未见。",
      en: "Third-round statements (2024-2025) say 45 working days, citing the 2019 rules and the 2022 measures; the change from 30 to 45 is inferred to come from the 2022 measures, whose text is not among the sources.",
    },
  },
  "2025-regulations": {
    duty: "rectificationPlan",
    label: PLAN_LABEL,
    amount: 45,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: REGIME_LABELS["2025-regulations"],
    sources: ["https://www.chinadaily.com.cn/a/202505/12/WS682ac91da310a04af22c036c.html"],
    inference: {
      "zh-CN": "推断：2025年《条例》沿用第三轮的45个工作日；来源中未见《条例》对该时限的原文。",
      en: "Inference: the 2025 regulations keep the third round's 45 working days; no source quotes the regulations on this limit.",
    },
  },
} as const satisfies Record<RegimeVersion, TimeLimit>;

/**
 * Hainan 2019: results of handling a transferred petition "需在10天内反馈到督察组". Calendar days,
 * counted from the day after the transfer; a local practice, not a national rule.
 *
 * @example
 * ```ts
 * import { PETITION_FEEDBACK_LIMIT } from "ducha/calendar";
 * PETITION_FEEDBACK_LIMIT.amount; //=> 10
 * PETITION_FEEDBACK_LIMIT.unit; //=> "calendarDays"
 * ```
 * @category Statutory limits
 */
export const PETITION_FEEDBACK_LIMIT = {
  duty: "petitionFeedback",
  label: {
    "zh-CN": "信访件办理结果反馈督察组",
    en: "report petition results to the inspection group",
  },
  amount: 10,
  unit: "calendarDays",
  countedFrom: "petitionTransfer",
  basis: { "zh-CN": "海南省2019年督察期间做法", en: "Hainan practice during the 2019 inspection" },
  sources: ["http://hkwb.net/news/content/2019-07/28/content_3756698.htm"],
  localPractice: {
    "zh-CN": "地方做法（海南，2019年），非全国统一规定",
    en: "local practice (Hainan, 2019), not a national rule",
  },
} as const satisfies TimeLimit;

/**
 * The facts of a round that the limits count from: its regime, the feedback date and, if
 * known, the dates petitions were transferred (转办).
 *
 * @example
 * ```ts
 * import type { RoundDates } from "ducha/calendar";
 * const round: RoundDates = { regime: "2019-rules", feedbackDate: "2020-05-15" };
 * ```
 * @category Statutory limits
 */
export interface RoundDates {
  readonly regime: RegimeVersion;
  readonly feedbackDate: IsoDate;
  readonly petitionTransfers?: readonly IsoDate[];
}

/**
 * Options of {@link statutoryDeadlines}: the calendar, and whether to add local practices
 * (the Hainan 10-day petition feedback).
 *
 * @example
 * ```ts
 * import type { StatutoryOptions } from "ducha/calendar";
 * const options: StatutoryOptions = { includeLocalPractices: true };
 * ```
 * @category Statutory limits
 */
export interface StatutoryOptions extends CalendarOptions {
  readonly includeLocalPractices?: boolean;
}

/**
 * A dated duty: what is due, counted from which date, by when, under which limit.
 *
 * @example
 * ```ts
 * import { statutoryDeadlines, type StatutoryDuty } from "ducha/calendar";
 * const [plan]: readonly StatutoryDuty[] = statutoryDeadlines({
 *   regime: "2019-rules",
 *   feedbackDate: "2020-05-15",
 * });
 * plan?.due; //=> "2020-06-29"
 * ```
 * @category Statutory limits
 */
export interface StatutoryDuty {
  readonly duty: DutyKind;
  readonly label: Bilingual;
  readonly from: IsoDate;
  readonly due: IsoDate;
  readonly limit: TimeLimit;
}

function dueDate(limit: TimeLimit, from: IsoDate, options: CalendarOptions | undefined): IsoDate {
  return limit.unit === "workingDays"
    ? addWorkdays(from, limit.amount, options)
    : addDays(from, limit.amount);
}

/**
 * The dated duties of a round: the rectification plan due N working days after feedback (30 or
 * 45 by regime) and, with `includeLocalPractices`, the feedback on each transferred petition
 * within 10 calendar days (Hainan 2019).
 *
 * @example
 * ```ts
 * import { statutoryDeadlines } from "ducha/calendar";
 * const duties = statutoryDeadlines({ regime: "2022-measures", feedbackDate: "2024-09-20" });
 * duties[0]?.due; //=> "2024-11-27"
 * const withPetitions = statutoryDeadlines(
 *   { regime: "2019-rules", feedbackDate: "2019-09-10", petitionTransfers: ["2019-07-20"] },
 *   { includeLocalPractices: true },
 * );
 * withPetitions[1]?.due; //=> "2019-07-30"
 * ```
 * @throws {DuchaError} `invalid_argument` for an unknown regime; `invalid_date`;
 * `calendar_year_not_covered` when the due date falls outside the calendar.
 * @category Statutory limits
 */
export function statutoryDeadlines(
  round: RoundDates,
  options?: StatutoryOptions,
): readonly StatutoryDuty[] {
  const limit: TimeLimit | undefined = Object.hasOwn(PLAN_TIME_LIMITS, round.regime)
    ? PLAN_TIME_LIMITS[round.regime]
    : undefined;
  if (limit === undefined) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": `未知的督察制度版本${JSON.stringify(round.regime)}，应为 ${Object.keys(REGIME_LABELS).join("、")} 之一`,
        en: `unknown regime ${JSON.stringify(round.regime)}; expected one of ${Object.keys(REGIME_LABELS).join(", ")}`,
      },
      { regime: round.regime },
    );
  }
  assertIsoDate(round.feedbackDate, "feedbackDate");
  const duties: StatutoryDuty[] = [
    {
      duty: limit.duty,
      label: limit.label,
      from: round.feedbackDate,
      due: dueDate(limit, round.feedbackDate, options),
      limit,
    },
  ];
  if (options?.includeLocalPractices === true) {
    for (const transfer of round.petitionTransfers ?? []) {
      assertIsoDate(transfer, "petitionTransfers[]");
      const petition: TimeLimit = PETITION_FEEDBACK_LIMIT;
      duties.push({
        duty: petition.duty,
        label: petition.label,
        from: transfer,
        due: dueDate(petition, transfer, options),
        limit: petition,
      });
    }
  }
  return duties;
}
