/**
 * Test helpers: assert that a ledger is valid, or use the `toBeValidLedger` matcher with
 * Vitest or Jest. Nothing here imports a test framework.
 *
 * @module ducha/testing
 */
export { assertValidLedger, LedgerAssertionError } from "./assertValidLedger.js";
export { MAX_LISTED_ISSUES } from "./formatIssues.js";
export type { MatcherResult } from "./matchers.js";
export { matchers, toBeValidLedger } from "./matchers.js";
