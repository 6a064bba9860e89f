/**
 * Statutory time limits of inspection rectification, kept as data per regime with their sources,
 * and the dated duties they give for a round.
 *
 * @module
 */
import { addDays, assertIsoDate, daysInMonth, type IsoDate, isoDateParts } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";
import { REGIME_LABELS, type Regime } from "../model/enums.js";
import { publicNoticeWindow } from "./due.js";
import { RULE_TABLE, type StatutoryRule } from "./statutoryRules.js";
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
 * A duty with a time limit: drafting the rectification plan, reporting back on a transferred
 * petition, reporting the rectification, the plan after an interview (约谈), a provincial
 * inspection's task list and status report, or a public notice (公示).
 *
 * @example
 * ```ts
 * import type { DutyKind } from "ducha/calendar";
 * const duty: DutyKind = "rectificationPlan";
 * ```
 * @category Statutory limits
 */
export type DutyKind =
  | "rectificationPlan"
  | "petitionFeedback"
  | "rectificationReport"
  | "interviewPlan"
  | "provincialTaskList"
  | "provincialStatusReport"
  | "publicNotice";

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
  readonly unit: "workingDays" | "calendarDays" | "months";
  readonly countedFrom: CountedFrom;
  readonly basis: Bilingual;
  readonly sources: readonly string[];
  readonly inference?: Bilingual;
  readonly localPractice?: Bilingual;
}

/**
 * The event a time limit counts from: the central feedback, a petition's transfer, an interview
 * (约谈), a provincial inspection's feedback or its task list's issue, or the first day of a public
 * notice (counted inclusively, as {@link publicNoticeWindow} does).
 *
 * @example
 * ```ts
 * import type { CountedFrom } from "ducha/calendar";
 * const from: CountedFrom = "interview";
 * ```
 * @category Statutory limits
 */
export type CountedFrom =
  | "feedback"
  | "petitionTransfer"
  | "interview"
  | "provincialFeedback"
  | "provincialTaskList"
  | "noticeStart";

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
 * The facts of a round that the limits count from: its regime, the feedback date and, if known,
 * the dates petitions were transferred (转办), an interview (约谈) took place, a provincial
 * inspection fed back or its task list was issued, and a public notice started. Without `regime`
 * (or with `rules`), the duties come from the dated rule table, chosen by these dates.
 *
 * @example
 * ```ts
 * import type { RoundDates } from "ducha/calendar";
 * const round: RoundDates = { regime: "2019-rules", feedbackDate: "2020-05-15" };
 * ```
 * @category Statutory limits
 */
export interface RoundDates {
  readonly regime?: RegimeVersion;
  readonly feedbackDate: IsoDate;
  readonly petitionTransfers?: readonly IsoDate[];
  readonly interviewDate?: IsoDate;
  readonly provincialFeedbackDate?: IsoDate;
  readonly provincialTaskListDate?: IsoDate;
  readonly noticeStart?: IsoDate;
}

/**
 * Options of {@link statutoryDeadlines}: the calendar, whether to add local practices (the
 * Hainan 10-day petition feedback, provincial and notice rules), and the rule table to read
 * (default {@link STATUTORY_RULES} when the round has no `regime`).
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
  readonly rules?: readonly StatutoryRule[];
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
  /** The rule of the table the duty comes from, when read from a rule table. */
  readonly rule?: StatutoryRule;
}

/** The same day `months` later, or the month's last day when it has no such day. */
function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

function dueDate(limit: TimeLimit, from: IsoDate, options: CalendarOptions | undefined): IsoDate {
  if (limit.countedFrom === "noticeStart" && limit.unit === "workingDays") {
    return publicNoticeWindow(from, limit.amount, options).end;
  }
  if (limit.unit === "workingDays") return addWorkdays(from, limit.amount, options);
  if (limit.unit === "months") return addMonths(from, limit.amount);
  return addDays(from, limit.amount);
}

/**
 * The built-in rule table. Plan limits: 30 working days under the trial plan and the 2019 rules,
 * 45 from the third round (the 2022 measures, whose text is not among the sources), 45 assumed
 * under the 2025 regulations. The report of rectification to the State Council: 6 months after
 * feedback in the first round (中新社 on Anhui, 2017); no later limit was found. The plan after an
 * interview: 20 working days (MEE interview reports, 2018). Provincial inspections (Sichuan 2021): task list within 30 working
 * days of feedback, status within 6 months of the list. Public notices: 10 working days (Sichuan
 * 2025, Suzhou 2024, Tianjin Dongli 2025). Petition results: 10 days (Hainan 2019). Pass your own
 * table (e.g. `[...STATUTORY_RULES, myProvinceRule]`) in `statutoryDeadlines`' `rules` option.
 *
 * @example
 * ```ts
 * import { STATUTORY_RULES } from "ducha/calendar";
 * STATUTORY_RULES.filter((rule) => rule.duty === "rectificationPlan").map((rule) => rule.amount); //=> [30, 30, 45, 45]
 * STATUTORY_RULES.filter((rule) => !rule.confirmed).map((rule) => rule.id); //=> ["plan-2025-regulations"]
 * ```
 * @category Statutory limits
 */
export const STATUTORY_RULES: readonly StatutoryRule[] = [
  ...RULE_TABLE,
  {
    ...PETITION_FEEDBACK_LIMIT,
    id: "petition-feedback-10-days",
    scope: "local",
    confirmed: true,
    quote: "需在10天内反馈到督察组",
  },
];

/** The dates a round gives for an event a limit counts from. */
function eventDates(round: RoundDates, from: StatutoryRule["countedFrom"]): readonly IsoDate[] {
  const one = (date: IsoDate | undefined): IsoDate[] => (date === undefined ? [] : [date]);
  switch (from) {
    case "feedback":
      return [round.feedbackDate];
    case "petitionTransfer":
      return round.petitionTransfers ?? [];
    case "interview":
      return one(round.interviewDate);
    case "provincialFeedback":
      return one(round.provincialFeedbackDate);
    case "provincialTaskList":
      return one(round.provincialTaskListDate);
    case "noticeStart":
      return one(round.noticeStart);
  }
}

function dutiesFromRules(
  round: RoundDates,
  rules: readonly StatutoryRule[],
  options: StatutoryOptions | undefined,
): StatutoryDuty[] {
  const duties: StatutoryDuty[] = [];
  for (const rule of rules) {
    if (rule.scope === "local" && options?.includeLocalPractices !== true) continue;
    for (const from of eventDates(round, rule.countedFrom)) {
      assertIsoDate(from, rule.countedFrom);
      if (rule.appliesFrom !== undefined && from < rule.appliesFrom) continue;
      if (rule.appliesUntil !== undefined && from > rule.appliesUntil) continue;
      duties.push({
        duty: rule.duty,
        label: rule.label,
        from,
        due: dueDate(rule, from, options),
        limit: rule,
        rule,
      });
    }
  }
  return duties;
}

/**
 * The dated duties of a round. With a `regime` (and no `rules`): the rectification plan due N
 * working days after feedback (30 or 45 by regime) and, with `includeLocalPractices`, the feedback
 * on each transferred petition within 10 calendar days (Hainan 2019). Without a `regime`, or with
 * `rules`: every rule of the table ({@link STATUTORY_RULES} by default) whose dates contain the date
 * it counts from, for each event the round gives (feedback, interview, provincial feedback or task
 * list, notice start, petition transfers); local rules only with `includeLocalPractices`. Each
 * such duty carries its `rule`, with its instrument, sources and whether it is confirmed.
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
 * // By the feedback date from the rule table: Jilin, fed back 2021-12-12, 30 working days.
 * const [plan] = statutoryDeadlines({ feedbackDate: "2021-12-12" });
 * [plan?.due, plan?.rule?.id]; //=> ["2022-01-24", "plan-2019-rules"]
 * ```
 * @throws {DuchaError} `invalid_argument` for an unknown regime; `invalid_date`;
 * `calendar_year_not_covered` when the due date falls outside the calendar.
 * @category Statutory limits
 */
export function statutoryDeadlines(
  round: RoundDates,
  options?: StatutoryOptions,
): readonly StatutoryDuty[] {
  if (options?.rules !== undefined || round.regime === undefined) {
    assertIsoDate(round.feedbackDate, "feedbackDate");
    return dutiesFromRules(round, options?.rules ?? STATUTORY_RULES, options);
  }
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
