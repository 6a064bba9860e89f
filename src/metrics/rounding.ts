import type { Decimal } from "decimal.js";
import { DuchaError } from "../errors.js";
import type { Bilingual } from "../lang.js";

/**
 * Every rounding mode ducha knows, default first. Published Chinese figures round half up
 * (四舍五入): 4593/4704 = 97.6403…% is printed "97.64%", 1/8 = 12.5% at whole numbers "13%".
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from "ducha/metrics";
 * ROUNDING_MODES; //=> ["half-up", "half-even", "down", "up"]
 * ```
 * @category Metrics
 */
export const ROUNDING_MODES = ["half-up", "half-even", "down", "up"] as const;

/**
 * How a rate is rounded to its decimals: `half-up` (ties away from zero, 四舍五入), `half-even`
 * (ties to the even digit, 四舍六入五成双), `down` (towards zero, 截尾) or `up` (away from zero, 进一).
 *
 * @example
 * ```ts
 * import type { RoundingMode } from "ducha/metrics";
 * const mode: RoundingMode = "half-up";
 * ```
 * @category Metrics
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * The rounding mode used when none is given: `half-up`, the one published figures follow.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING } from "ducha/metrics";
 * DEFAULT_ROUNDING; //=> "half-up"
 * ```
 * @category Metrics
 */
export const DEFAULT_ROUNDING: RoundingMode = "half-up";

/**
 * The decimal.js rounding constant behind each mode. Literal numbers (ROUND_UP = 0, ROUND_DOWN = 1,
 * ROUND_HALF_UP = 4, ROUND_HALF_EVEN = 6) so that reading the table costs no property access on
 * the Decimal class at module scope. `up`/`down`/`half-up` are symmetric about zero, which matters
 * only for signed changes (see compareRates).
 *
 * @example
 * ```ts
 * import { DECIMAL_ROUNDING } from "ducha/metrics";
 * DECIMAL_ROUNDING["half-up"]; //=> 4
 * ```
 * @category Metrics
 */
export const DECIMAL_ROUNDING = {
  "half-up": 4,
  "half-even": 6,
  down: 1,
  up: 0,
} as const satisfies Record<RoundingMode, Decimal.Rounding>;

/**
 * A label for each rounding mode in zh-CN and en.
 *
 * @example
 * ```ts
 * import { ROUNDING_LABELS } from "ducha/metrics";
 * ROUNDING_LABELS["half-up"]["zh-CN"]; //=> "四舍五入"
 * ```
 * @category Metrics
 */
export const ROUNDING_LABELS: Readonly<Record<RoundingMode, Bilingual>> = {
  "half-up": { "zh-CN": "四舍五入", en: "round half up" },
  "half-even": { "zh-CN": "四舍六入五成双", en: "round half to even" },
  down: { "zh-CN": "截尾（向零舍去）", en: "round down (towards zero)" },
  up: { "zh-CN": "进一（远离零）", en: "round up (away from zero)" },
};

/**
 * The largest number of decimals ducha rounds a percentage to.
 *
 * @example
 * ```ts
 * import { MAX_DECIMALS } from "ducha/metrics";
 * MAX_DECIMALS; //=> 10
 * ```
 * @category Metrics
 */
export const MAX_DECIMALS = 10;

/**
 * True when the value is one of {@link ROUNDING_MODES}.
 *
 * @example
 * ```ts
 * import { isRoundingMode } from "ducha/metrics";
 * isRoundingMode("half-even"); //=> true
 * isRoundingMode("bankers"); //=> false
 * ```
 * @category Metrics
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value);
}

/**
 * Checks a rounding mode passed to the API and returns it.
 *
 * @throws {DuchaError} `invalid_argument` when it is not one of {@link ROUNDING_MODES}.
 * @example
 * ```ts
 * import { assertRoundingMode } from "ducha/metrics";
 * assertRoundingMode("down"); //=> "down"
 * ```
 * @category Metrics
 */
export function assertRoundingMode(value: unknown): RoundingMode {
  if (isRoundingMode(value)) return value;
  throw new DuchaError(
    "invalid_argument",
    {
      "zh-CN": `未知的舍入方式：${String(value)}（可用：${ROUNDING_MODES.join("、")}）`,
      en: `unknown rounding mode: ${String(value)} (known: ${ROUNDING_MODES.join(", ")})`,
    },
    { rounding: value },
  );
}

/**
 * Checks a number of decimals passed to the API (an integer from 0 to {@link MAX_DECIMALS}) and
 * returns it.
 *
 * @throws {DuchaError} `invalid_argument` when it is not an integer in 0..10.
 * @example
 * ```ts
 * import { assertDecimals } from "ducha/metrics";
 * assertDecimals(2); //=> 2
 * ```
 * @category Metrics
 */
export function assertDecimals(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_DECIMALS) {
    return value;
  }
  throw new DuchaError(
    "invalid_argument",
    {
      "zh-CN": `小数位数须为0到${MAX_DECIMALS}之间的整数，收到：${String(value)}`,
      en: `decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${String(value)}`,
    },
    { decimals: value },
  );
}
