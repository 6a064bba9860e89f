import type { ValidateOptions } from "../validation/types.js";
import { validateLedger } from "../validation/validateLedger.js";
import { failureHeadline, formatIssueList } from "./formatIssues.js";

/**
 * What a Vitest or Jest matcher returns: whether it passed and a message for either outcome.
 *
 * @example
 * ```ts
 * import type { MatcherResult } from "ducha/testing";
 * const result: MatcherResult = { pass: true, message: () => "ok" };
 * ```
 * @category Testing
 */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/**
 * Matcher: passes when `validateLedger` finds no error in the received value; the failure
 * message lists the issues in zh-CN and en. Works with `.not`. No test framework is imported.
 *
 * @example
 * ```ts
 * import { toBeValidLedger } from "ducha/testing";
 * toBeValidLedger({ format: "ducha/ledger@1" }).pass; //=> true
 * ```
 * @category Testing
 */
export function toBeValidLedger(received: unknown, options?: ValidateOptions): MatcherResult {
  const result = validateLedger(received, options);
  if (result.ok) {
    return {
      pass: true,
      message: () => "台账校验通过，但预期不通过 / expected the ledger not to be valid, but it is",
    };
  }
  return {
    pass: false,
    message: () => `${failureHeadline(result.issues)}\n${formatIssueList(result.issues)}`,
  };
}

/**
 * The matchers of ducha, for `expect.extend(matchers)` in Vitest or Jest.
 *
 * @example
 * ```ts
 * import { matchers } from "ducha/testing";
 * Object.keys(matchers); //=> ["toBeValidLedger"]
 * ```
 * @category Testing
 */
export const matchers = { toBeValidLedger };
