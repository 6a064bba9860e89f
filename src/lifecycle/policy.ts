/**
 * Early-warning policies as data: levels, their labels and escalation, and the thresholds each
 * warning uses. Local schemes differ (domain brief §2.5), so a policy is a value, not code.
 *
 * @module
 */
import * as z from "zod";
import type { Labels } from "../model/labels.js";

/**
 * Level of an early warning: blue label (贴蓝签), yellow card (挂黄牌), red light (亮红灯).
 *
 * @example
 * ```ts
 * import { WarningLevel } from "ducha/lifecycle";
 * WarningLevel.parse("red"); //=> "red"
 * ```
 * @category Lifecycle
 */
export const WarningLevel = z.enum(["blue", "yellow", "red"]);
/** @category Lifecycle */
export type WarningLevel = z.infer<typeof WarningLevel>;

/**
 * Severity order of {@link WarningLevel}, mildest first.
 *
 * @example
 * ```ts
 * import { WARNING_LEVEL_RANK } from "ducha/lifecycle";
 * WARNING_LEVEL_RANK.red > WARNING_LEVEL_RANK.yellow; //=> true
 * ```
 * @category Lifecycle
 */
export const WARNING_LEVEL_RANK: Readonly<Record<WarningLevel, number>> = {
  blue: 1,
  yellow: 2,
  red: 3,
};

/**
 * An escalation a warning suggests: circulation of a notice (通报), supervision (督办, e.g.
 * 挂牌督办 or a 督办单) or an interview of the responsible officials (约谈).
 *
 * @example
 * ```ts
 * import { Escalation } from "ducha/lifecycle";
 * Escalation.parse("interview"); //=> "interview"
 * ```
 * @category Lifecycle
 */
export const Escalation = z.enum(["circulation", "supervision", "interview"]);
/** @category Lifecycle */
export type Escalation = z.infer<typeof Escalation>;

/**
 * Labels of {@link Escalation}.
 *
 * @example
 * ```ts
 * import { ESCALATION_LABELS } from "ducha/lifecycle";
 * ESCALATION_LABELS.interview["zh-CN"]; //=> "约谈"
 * ```
 * @category Lifecycle
 */
export const ESCALATION_LABELS: Labels<Escalation> = {
  circulation: { "zh-CN": "通报", en: "circulated notice" },
  supervision: { "zh-CN": "督办", en: "supervision order" },
  interview: { "zh-CN": "约谈", en: "interview of officials" },
};

const BilingualText = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) });
const LevelSpec = z.object({ label: BilingualText, escalation: Escalation.optional() });
const Rule = z.object({ level: WarningLevel });
const Days = z.number().int().positive();

/**
 * An early-warning policy. Each rule is optional: a policy without it raises no such warning.
 *
 * - `dueSoon.tiers`: a task not done with `r` working days left until its due date (counting the
 *   due date, not today) gets the level of the tier with the smallest `workdays` ≥ `r`.
 * - `overdue`: today is after the due date and the task is not done.
 * - `lagging.milestoneLevel`: a measure not done whose milestone (or own due date) has passed.
 * - `lagging.schedule.tiers`: time-proportional progress (序时进度): the reported
 *   `percentComplete` falls short of the elapsed share of start..due by more than `shortfall`
 *   percentage points; the highest tier exceeded wins.
 * - `stale.days`: calendar days without any event on a task not done.
 * - `petitionOpenTooLong.days`: calendar days since transfer of a case still in handling.
 * - `relapsed`: the problem came back (反弹).
 *
 * @example
 * ```ts
 * import { DEFAULT_WARNING_POLICY, WarningPolicy } from "ducha/lifecycle";
 * WarningPolicy.parse({ ...DEFAULT_WARNING_POLICY, stale: { days: 30, level: "yellow" } }).stale;
 * //=> { days: 30, level: "yellow" }
 * ```
 * @category Lifecycle
 */
export const WarningPolicy = z.object({
  id: z.string().min(1),
  name: BilingualText,
  cadence: z.enum(["weekly", "monthly", "quarterly"]).optional(),
  source: z.string().optional(),
  levels: z.object({ blue: LevelSpec, yellow: LevelSpec, red: LevelSpec }),
  dueSoon: z
    .object({
      tiers: z.array(z.object({ workdays: z.number().int().nonnegative(), level: WarningLevel })),
    })
    .optional(),
  overdue: Rule.optional(),
  lagging: z
    .object({
      milestoneLevel: WarningLevel,
      schedule: z
        .object({
          tiers: z.array(z.object({ shortfall: z.number().min(0).max(100), level: WarningLevel })),
        })
        .optional(),
    })
    .optional(),
  stale: z.object({ days: Days, level: WarningLevel }).optional(),
  petitionOpenTooLong: z.object({ days: Days, level: WarningLevel }).optional(),
  relapsed: Rule.optional(),
});
/** @category Lifecycle */
export type WarningPolicy = z.infer<typeof WarningPolicy>;

/**
 * The default policy: due within 20 working days → blue (通报), 10 → yellow (督办), 3 → red (约谈);
 * overdue → red; a missed milestone → yellow; more than 10 percentage points behind 序时进度 →
 * yellow, 30 → red; no event for 60 days → yellow; a petition in handling more than 30 calendar
 * days after transfer → yellow; relapsed → red. The figures are a reasonable starting point, not
 * a rule any source states; the 30 days for petitions is ducha's choice (Hainan 2019 asked for
 * results within 10 days during stationing).
 *
 * @example
 * ```ts
 * import { DEFAULT_WARNING_POLICY } from "ducha/lifecycle";
 * DEFAULT_WARNING_POLICY.levels.yellow.label["zh-CN"]; //=> "挂黄牌"
 * ```
 * @category Lifecycle
 */
export const DEFAULT_WARNING_POLICY: WarningPolicy = {
  id: "ducha-default",
  name: { "zh-CN": "ducha默认预警规则", en: "ducha default warning policy" },
  levels: {
    blue: { label: { "zh-CN": "贴蓝签", en: "blue label" }, escalation: "circulation" },
    yellow: { label: { "zh-CN": "挂黄牌", en: "yellow card" }, escalation: "supervision" },
    red: { label: { "zh-CN": "亮红灯", en: "red light" }, escalation: "interview" },
  },
  dueSoon: {
    tiers: [
      { workdays: 20, level: "blue" },
      { workdays: 10, level: "yellow" },
      { workdays: 3, level: "red" },
    ],
  },
  overdue: { level: "red" },
  lagging: {
    milestoneLevel: "yellow",
    schedule: {
      tiers: [
        { shortfall: 10, level: "yellow" },
        { shortfall: 30, level: "red" },
      ],
    },
  },
  stale: { days: 60, level: "yellow" },
  petitionOpenTooLong: { days: 30, level: "yellow" },
  relapsed: { level: "red" },
};

/**
 * Guangyuan's 2018 monthly scheme (广元, 贴蓝签、挂黄牌、亮红灯) as an example of a real local
 * policy: blue = on time, yellow = slow or a milestone missed but still recoverable (two yellows
 * bring a special supervision letter, 专函督办, and −1 point), red = unlikely to finish on time
 * (−2 points, 约谈 of the unit head, accountability). Mapped here as: blue for tasks due within
 * the next monthly dispatch (22 working days), yellow for a missed milestone or any shortfall
 * against 序时进度, red for overdue, relapsed or more than 30 points behind (the 30 is ducha's
 * reading of "unlikely to finish", not the source's), and yellow when a month passes without a
 * report. The scheme does not cover petitions.
 *
 * @example
 * ```ts
 * import { GUANGYUAN_2018_POLICY } from "ducha/lifecycle";
 * GUANGYUAN_2018_POLICY.cadence; //=> "monthly"
 * ```
 * @category Lifecycle
 */
export const GUANGYUAN_2018_POLICY: WarningPolicy = {
  id: "guangyuan-2018",
  name: { "zh-CN": "广元市督察整改预警（2018）", en: "Guangyuan rectification warnings (2018)" },
  cadence: "monthly",
  source: "https://m.pouringspot.com/10462/10464/10465/10595/2018/6/21/10453508.shtml",
  levels: {
    blue: { label: { "zh-CN": "贴蓝签", en: "blue label" } },
    yellow: { label: { "zh-CN": "挂黄牌", en: "yellow card" }, escalation: "supervision" },
    red: { label: { "zh-CN": "亮红灯", en: "red light" }, escalation: "interview" },
  },
  dueSoon: { tiers: [{ workdays: 22, level: "blue" }] },
  overdue: { level: "red" },
  lagging: {
    milestoneLevel: "yellow",
    schedule: {
      tiers: [
        { shortfall: 0, level: "yellow" },
        { shortfall: 30, level: "red" },
      ],
    },
  },
  stale: { days: 31, level: "yellow" },
  relapsed: { level: "red" },
};
