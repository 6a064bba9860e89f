import * as z from "zod";
import { Name, ProblemId, Region, RoundId, Text } from "./common.js";
import { Domain, ProblemCategory } from "./enums.js";

/**
 * A problem named in the inspection feedback (反馈问题). One problem maps to one or more tasks.
 *
 * @example
 * ```ts
 * import { FeedbackProblem } from "ducha/model";
 * const problem = FeedbackProblem.parse({
 *   id: "k1", roundId: "r1-nm", number: "1", category: "key", domains: ["water", "ecology"],
 *   text: "岱海流域生态环境退化严重问题", regions: [{ name: "乌兰察布市", code: "150900" }],
 * });
 * problem.category; //=> "key"
 * ```
 * @category Model
 */
export const FeedbackProblem = z.looseObject({
  id: ProblemId,
  roundId: RoundId,
  number: Name.optional(),
  text: Text,
  category: ProblemCategory.optional(),
  domains: z.array(Domain).optional(),
  regions: z.array(Region).optional(),
  note: Text.optional(),
});
/** @category Model */
export type FeedbackProblem = z.infer<typeof FeedbackProblem>;
