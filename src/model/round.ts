import * as z from "zod";
import { DateRange, IsoDateString, Name, RoundId, Source, Text } from "./common.js";
import { Regime, RoundKind } from "./enums.js";

/**
 * An inspection group (中央第X生态环境保护督察组) and its leaders.
 *
 * @example
 * ```ts
 * import { InspectionGroup } from "ducha/model";
 * InspectionGroup.parse({ ordinal: 3, name: "中央第三生态环境保护督察组" });
 * ```
 * @category Model
 */
export const InspectionGroup = z.looseObject({
  ordinal: z.number().int().positive().optional(),
  name: Name.optional(),
  leader: Name.optional(),
  deputyLeader: Name.optional(),
});
/** @category Model */
export type InspectionGroup = z.infer<typeof InspectionGroup>;

/**
 * The rectification plan (整改方案) a round's feedback led to.
 *
 * @example
 * ```ts
 * import { RectificationPlan } from "ducha/model";
 * RectificationPlan.parse({ title: "锡林郭勒盟贯彻落实第二轮中央生态环境保护督察报告整改方案", publishedDate: "2022-11-30" });
 * ```
 * @category Model
 */
export const RectificationPlan = z.looseObject({
  title: Text.optional(),
  submittedDate: IsoDateString.optional(),
  approvedDate: IsoDateString.optional(),
  publishedDate: IsoDateString.optional(),
});
/** @category Model */
export type RectificationPlan = z.infer<typeof RectificationPlan>;

/**
 * An inspection round as it reached one inspected party: who inspected whom, when the group was
 * stationed there, when feedback was given, under which regulation, and the plan that followed.
 *
 * @example
 * ```ts
 * import { Round } from "ducha/model";
 * const round = Round.parse({
 *   id: "r2-jl", kind: "routine", ordinal: 2, batch: 4, inspected: "吉林省",
 *   stationing: { start: "2021-08-25", end: "2021-09-26" },
 *   feedbackDate: "2021-12-12", regime: "2019-rules",
 * });
 * round.feedbackDate; //=> "2021-12-12"
 * ```
 * @category Model
 */
export const Round = z.looseObject({
  id: RoundId,
  kind: RoundKind.optional(),
  ordinal: z.number().int().positive().optional(),
  batch: z.number().int().positive().optional(),
  group: InspectionGroup.optional(),
  inspected: Name.optional(),
  stationing: DateRange.optional(),
  feedbackDate: IsoDateString.optional(),
  regime: Regime.optional(),
  plan: RectificationPlan.optional(),
  sources: z.array(Source).optional(),
  note: Text.optional(),
});
/** @category Model */
export type Round = z.infer<typeof Round>;
