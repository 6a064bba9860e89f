import type { Result } from "../issue.js";
import { parseLedger } from "../ledger/parseLedger.js";
import type { Ledger } from "../model/ledger.js";
import { decodeUtf8 } from "./encoding.js";

/**
 * Reads a ledger JSON document from text or bytes: bytes must be UTF-8 (else
 * `unsupported_encoding`), then the text goes to `parseLedger` with all its checks.
 *
 * @example
 * ```ts
 * import { parseLedgerJson } from "ducha/io";
 * const result = parseLedgerJson('{"format": "ducha/ledger@1", "tasks": []}');
 * result.ok; //=> true
 * ```
 * @category IO
 */
export function parseLedgerJson(input: string | Uint8Array): Result<Ledger> {
  const text = typeof input === "string" ? { ok: true as const, value: input } : decodeUtf8(input);
  if (!text.ok) return { ok: false, issues: text.issues };
  return parseLedger(text.value);
}
