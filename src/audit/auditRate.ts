import { type Issue, issueFrom, type Result } from "../issue.js";
import type { Bilingual } from "../lang.js";
import { checkCount } from "../metrics/_counts.js";
import { percentOf } from "../metrics/_exact.js";
import { type ReadRate, rangeContainsDecimal, readApproximate } from "../metrics/approximate.js";
import { type CompletionRate, completionRate } from "../metrics/completionRate.js";
import { METRICS_ISSUES } from "../metrics/issues.js";
import { assertRoundingMode, DEFAULT_ROUNDING, type RoundingMode } from "../metrics/rounding.js";

/**
 * What {@link auditRate} checks: the published `stated` rate ("97.64%", "办结率达81%", "近60%",
 * "七成", 97.64…) against `numerator`/`denominator`. `staged` (阶段性办结) and
 * `basicallyCompleted` (基本完成) are counts NOT included in `numerator`; when given, the audit
 * also tries counting them. `dueDenominator` (到期应完成数) is tried as another denominator.
 * `rounding` says how exact figures were rounded (default `"half-up"`).
 *
 * @example
 * ```ts
 * import type { AuditRateInput } from "ducha";
 * const hainan: AuditRateInput = { numerator: 492, staged: 291, denominator: 1427, stated: "54.9%" };
 * ```
 * @category Audit
 */
export interface AuditRateInput {
  readonly numerator: number;
  readonly denominator: number;
  readonly stated: string | number;
  readonly staged?: number;
  readonly basicallyCompleted?: number;
  readonly dueDenominator?: number;
  readonly rounding?: RoundingMode;
}

/**
 * The key of a rate definition: numerator parts joined by "+", a slash, then the denominator
 * field, e.g. `"numerator+staged/denominator"` or `"numerator/dueDenominator"`.
 *
 * @example
 * ```ts
 * import type { RateDefinitionKey } from "ducha";
 * const key: RateDefinitionKey = "numerator+staged/denominator";
 * ```
 * @category Audit
 */
export type RateDefinitionKey = `${
  | "numerator"
  | "numerator+staged"
  | "numerator+basicallyCompleted"
  | "numerator+staged+basicallyCompleted"}/${"denominator" | "dueDenominator"}`;

/**
 * One definition tried by {@link auditRate}: which counts it adds up, the rate it gives (printed at
 * the stated precision, or 2 decimals for approximate wording; `null` when the numerator exceeds
 * the denominator) and whether the stated figure fits it.
 *
 * @example
 * ```ts
 * import { auditRate } from "ducha";
 * const audit = auditRate({ numerator: 2750, staged: 660, denominator: 3411, stated: "办结率达81%" });
 * if (audit.ok) audit.value.definitions.map((d) => [d.key, d.consistent]);
 * //=> [["numerator/denominator", true], ["numerator+staged/denominator", false]]
 * ```
 * @category Audit
 */
export interface RateDefinitionCheck {
  readonly key: RateDefinitionKey;
  readonly label: Bilingual;
  readonly countsStaged: boolean;
  readonly countsBasicallyCompleted: boolean;
  readonly usesDueDenominator: boolean;
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: CompletionRate | null;
  readonly consistent: boolean;
}

/**
 * The answer of {@link auditRate}. `consistent` is true when at least one definition fits the
 * stated figure; `consistentAsGiven` when plain numerator/denominator does; `matching` lists the
 * keys that fit. `precision` is the number of decimals of an exact stated figure (`null` for
 * approximate wording such as 近60%); `statedRange` is the range the stated text stands for;
 * `computed` is numerator/denominator at that precision; `summary` says it in both languages.
 *
 * @example
 * ```ts
 * import { auditRate } from "ducha";
 * const audit = auditRate({ numerator: 4593, denominator: 4704, stated: "97.64%" });
 * if (audit.ok) audit.value.precision; //=> 2
 * ```
 * @category Audit
 */
export interface RateAudit {
  readonly stated: string;
  readonly consistent: boolean;
  readonly consistentAsGiven: boolean;
  readonly precision: number | null;
  readonly statedRange: ReadRate;
  readonly computed: CompletionRate;
  readonly definitions: readonly RateDefinitionCheck[];
  readonly matching: readonly RateDefinitionKey[];
  readonly summary: Bilingual;
}

const NUMERATOR_LABELS = {
  numerator: { "zh-CN": "按所给分子", en: "as given" },
  "numerator+staged": { "zh-CN": "含阶段性办结", en: "counting staged closures" },
  "numerator+basicallyCompleted": { "zh-CN": "含基本完成", en: "counting basically completed" },
  "numerator+staged+basicallyCompleted": {
    "zh-CN": "含阶段性办结和基本完成",
    en: "counting staged closures and basically completed",
  },
} as const;

const DUE_LABEL = { "zh-CN": "以到期应完成数为分母", en: "over the count due" } as const;

function label(numeratorKey: keyof typeof NUMERATOR_LABELS, due: boolean): Bilingual {
  const base = NUMERATOR_LABELS[numeratorKey];
  if (!due) return base;
  return numeratorKey === "numerator"
    ? DUE_LABEL
    : { "zh-CN": `${base["zh-CN"]}，${DUE_LABEL["zh-CN"]}`, en: `${base.en}, ${DUE_LABEL.en}` };
}

function describeRate(check: RateDefinitionCheck): { zh: string; en: string } {
  const fraction = `${check.numerator}/${check.denominator}`;
  const shown = check.rate?.defined ? `（${check.rate.text}）` : "";
  const shownEn = check.rate?.defined ? ` (${check.rate.text})` : "";
  return { zh: `${fraction}${shown}`, en: `${fraction}${shownEn}` };
}

function summarise(stated: string, checks: readonly RateDefinitionCheck[]): Bilingual {
  const given = checks[0] as RateDefinitionCheck;
  const first = describeRate(given);
  if (given.consistent) {
    const misses = checks.filter((check) => !check.consistent);
    const zhMiss = misses.map((c) => `；${c.label["zh-CN"]}的${describeRate(c).zh}不符`).join("");
    const enMiss = misses.map((c) => `; ${describeRate(c).en} ${c.label.en} does not`).join("");
    return {
      "zh-CN": `“${stated}”与${first.zh}相符${zhMiss}`,
      en: `"${stated}" matches ${first.en}${enMiss}`,
    };
  }
  const fits = checks.filter((check) => check.consistent);
  if (fits.length === 0) {
    return {
      "zh-CN": `“${stated}”与${first.zh}不符，所试口径均不相符`,
      en: `"${stated}" does not match ${first.en}, nor any other definition tried`,
    };
  }
  const zh = fits.map((check) => `${check.label["zh-CN"]}的${describeRate(check).zh}`).join("、");
  const en = fits.map((check) => `${describeRate(check).en} ${check.label.en}`).join("; ");
  return {
    "zh-CN": `“${stated}”与${first.zh}不符，但与${zh}相符`,
    en: `"${stated}" does not match ${first.en} but matches ${en}`,
  };
}

/**
 * Checks whether a published rate is consistent with its counts, and under which definitions.
 * The precision is read from the stated text ("97.64%" → 2 decimals, "97.1%" → 1, "办结率达81%" →
 * 0; full-width digits too), and an exact figure is consistent when the exact fraction rounds to
 * it; approximate wording (近60%, 超过97%, 七成) is checked as the range
 * {@link readApproximate} gives. With `staged`, `basicallyCompleted` or `dueDenominator`, every
 * combination is tried, so the answer says e.g. that "54.9%" fits only when 阶段性办结 counts.
 *
 * Unreadable stated text (`rate_text_unreadable`) and bad counts (the codes of completionRate,
 * with fields `numerator`, `denominator`, `staged`…) are returned as issues.
 *
 * @param input - Counts, the stated figure, and optional extra counts to try.
 * @throws {DuchaError} `invalid_argument` for an unknown rounding mode.
 * @example
 * ```ts
 * import { auditRate } from "ducha";
 * // Jilin 2023: "结案销号率97.64%" for 4593 of 4704 cases
 * const jilin = auditRate({ numerator: 4593, denominator: 4704, stated: "97.64%" });
 * if (jilin.ok) jilin.value.consistent; //=> true
 * // Hainan Daily: "办结率54.9%" fits only when the 291 staged closures count
 * const hainan = auditRate({ numerator: 492, staged: 291, denominator: 1427, stated: "54.9%" });
 * if (hainan.ok) hainan.value.matching; //=> ["numerator+staged/denominator"]
 * // A figure one hundredth off does not fit
 * const wrong = auditRate({ numerator: 4593, denominator: 4704, stated: "97.65%" });
 * if (wrong.ok) wrong.value.consistent; //=> false
 * ```
 * @category Audit
 */
export function auditRate(input: AuditRateInput): Result<RateAudit> {
  const rounding = assertRoundingMode(input.rounding ?? DEFAULT_ROUNDING);
  const issues: Issue[] = [];
  const fields = ["numerator", "denominator", "staged", "basicallyCompleted", "dueDenominator"];
  for (const field of fields) {
    const value = (input as unknown as Record<string, unknown>)[field];
    if (value === undefined && field !== "numerator" && field !== "denominator") continue;
    issues.push(...checkCount(value, field, [field]));
  }
  if (issues.length === 0 && input.numerator > input.denominator) {
    issues.push(
      issueFrom(METRICS_ISSUES, "done_exceeds_total", ["numerator"], {
        done: input.numerator,
        total: input.denominator,
      }),
    );
  }
  const statedText =
    typeof input.stated === "number" ? String(input.stated) : String(input.stated ?? "");
  const read = readApproximate(statedText, { rounding });
  if (!read.ok) issues.push(...read.issues.map((issue) => ({ ...issue, path: ["stated"] })));
  if (issues.length > 0 || !read.ok) return { ok: false, issues };

  const range = read.value;
  const options = { decimals: range.decimals ?? 2, rounding };
  const numerators: (keyof typeof NUMERATOR_LABELS)[] = ["numerator"];
  if (input.staged !== undefined) numerators.push("numerator+staged");
  if (input.basicallyCompleted !== undefined) numerators.push("numerator+basicallyCompleted");
  if (input.staged !== undefined && input.basicallyCompleted !== undefined) {
    numerators.push("numerator+staged+basicallyCompleted");
  }
  const denominators: boolean[] = input.dueDenominator === undefined ? [false] : [false, true];

  const definitions: RateDefinitionCheck[] = [];
  for (const due of denominators) {
    for (const key of numerators) {
      const countsStaged = key.includes("staged");
      const countsBasicallyCompleted = key.includes("basicallyCompleted");
      const numerator =
        input.numerator +
        (countsStaged ? (input.staged ?? 0) : 0) +
        (countsBasicallyCompleted ? (input.basicallyCompleted ?? 0) : 0);
      const denominator = due ? (input.dueDenominator ?? 0) : input.denominator;
      const computed = completionRate(numerator, denominator, options);
      const rate = computed.ok ? computed.value : null;
      const consistent =
        rate?.defined === true && rangeContainsDecimal(range, percentOf(numerator, denominator));
      definitions.push({
        key: `${key}/${due ? "dueDenominator" : "denominator"}`,
        label: label(key, due),
        countsStaged,
        countsBasicallyCompleted,
        usesDueDenominator: due,
        numerator,
        denominator,
        rate,
        consistent,
      });
    }
  }

  const given = definitions[0] as RateDefinitionCheck;
  const matching = definitions.filter((check) => check.consistent).map((check) => check.key);
  return {
    ok: true,
    value: {
      stated: statedText,
      consistent: matching.length > 0,
      consistentAsGiven: given.consistent,
      precision: range.decimals,
      statedRange: range,
      computed: given.rate as CompletionRate,
      definitions,
      matching,
      summary: summarise(statedText, definitions),
    },
    issues: [],
  };
}
