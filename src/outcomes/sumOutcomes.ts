import type { EnforcementOutcomes } from "../model/petition.js";
import { OUTCOME_KINDS } from "./kinds.js";

/**
 * An amount of yuan as an integer number of fen. `finesYuan` values are exact to the fen, so
 * this is exact for every value ducha writes; use it to add or compare fines without
 * floating-point error.
 *
 * @example
 * ```ts
 * import { yuanToFen } from "ducha/outcomes";
 * yuanToFen(35600.07); //=> 3560007
 * ```
 * @category Outcomes
 */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/**
 * Adds enforcement outcomes kind by kind (the fields of {@link OUTCOME_KINDS}); a kind absent from
 * every input stays absent. Fines are added as integers of fen, so the sum is exact to the fen
 * (0.1万元 + 0.2万元 is 3000, never 3000.0000000000005). Fields that are not numbers are skipped;
 * the inputs are not changed.
 *
 * @example
 * ```ts
 * import { sumOutcomes } from "ducha/outcomes";
 * sumOutcomes([{ finesYuan: 0.1, ordersToRectify: 1 }, { finesYuan: 0.2 }]);
 * //=> { ordersToRectify: 1, finesYuan: 0.3 }
 * ```
 * @category Outcomes
 */
export function sumOutcomes(
  list: readonly (EnforcementOutcomes | undefined)[],
): EnforcementOutcomes {
  const out: Record<string, number> = {};
  for (const kind of OUTCOME_KINDS) {
    let total = 0;
    let seen = false;
    const money = kind.key === "finesYuan";
    for (const outcomes of list) {
      const value = (outcomes as Record<string, unknown> | undefined)?.[kind.key];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      total += money ? yuanToFen(value) : value;
      seen = true;
    }
    if (seen) out[kind.key] = money ? total / 100 : total;
  }
  return out as EnforcementOutcomes;
}
