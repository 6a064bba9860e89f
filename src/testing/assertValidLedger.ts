import type { Issue } from "../issue.js";
import type { Ledger, LedgerCollection } from "../model/ledger.js";
import type { RecordCounts, ValidateOptions } from "../validation/types.js";
import { validateLedger } from "../validation/validateLedger.js";
import { failureHeadline, formatIssueList } from "./formatIssues.js";

/**
 * Thrown by {@link assertValidLedger}: named `AssertionError` with code `ERR_ASSERTION`, like
 * Node's, so test runners show it as a failed assertion; carries the issues and record counts.
 *
 * @example
 * ```ts
 * import { assertValidLedger, LedgerAssertionError } from "ducha/testing";
 * try {
 *   assertValidLedger({ format: "ducha/ledger@1", tasks: [{ id: "t1", problemIds: ["p9"], title: "黑河水质达标整治" }] });
 * } catch (error) {
 *   if (error instanceof LedgerAssertionError) error.issues[0]?.code; //=> "dangling_reference"
 * }
 * ```
 * @category Testing
 */
export class LedgerAssertionError extends Error {
  override readonly name = "AssertionError";
  readonly code = "ERR_ASSERTION";
  readonly issues: readonly Issue[];
  readonly records: Readonly<Record<LedgerCollection, RecordCounts>>;

  constructor(issues: readonly Issue[], records: Readonly<Record<LedgerCollection, RecordCounts>>) {
    super(`${failureHeadline(issues)}\n${formatIssueList(issues)}`);
    this.issues = issues;
    this.records = records;
  }
}

/**
 * Validates a ledger (object or JSON text) with `validateLedger` and returns it typed, or throws
 * a {@link LedgerAssertionError} whose message lists the issues in zh-CN and en (at most 50, then
 * "… and N more"). Warnings alone do not fail it. For tests and scripts.
 *
 * @example
 * ```ts
 * import { assertValidLedger } from "ducha/testing";
 * const ledger = assertValidLedger({
 *   format: "ducha/ledger@1",
 *   rounds: [{ id: "r2-xj", kind: "routine" }],
 *   petitionTallies: [{ id: "wlmq", roundId: "r2-xj", transferred: 811, closed: 808, handling: 3 }],
 * });
 * ledger.petitionTallies[0]?.closed; //=> 808
 * ```
 * @throws {LedgerAssertionError} when any issue is an error
 * @category Testing
 */
export function assertValidLedger(data: unknown, options?: ValidateOptions): Ledger {
  const result = validateLedger(data, options);
  if (result.ok) return result.value;
  throw new LedgerAssertionError(result.issues, result.records);
}
