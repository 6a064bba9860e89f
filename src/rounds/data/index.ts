/**
 * The schedule of central inspections as shipped: every record of the data files, in round order.
 *
 * @module
 */
import type { Inspection } from "../schema.js";
import { LOOK_BACK_1 } from "./lookBack.js";
import { ROUND_1 } from "./round1.js";
import { ROUND_2 } from "./round2.js";
import { ROUND_3 } from "./round3.js";

export { LOOK_BACK_1, ROUND_1, ROUND_2, ROUND_3 };

/**
 * Every inspection record shipped: round 1 (with the Hebei pilot), its look-back, round 2 and the
 * round-3 batches published so far. Pass your own records to `createSchedule` to add or override.
 *
 * @example
 * ```ts
 * import { INSPECTIONS } from "ducha/rounds";
 * INSPECTIONS.filter((r) => r.ordinal === 2 && r.kind === "routine").length; //=> 39
 * ```
 * @category Inspection schedule
 */
export const INSPECTIONS: readonly Inspection[] = [
  ...ROUND_1,
  ...LOOK_BACK_1,
  ...ROUND_2,
  ...ROUND_3,
];
