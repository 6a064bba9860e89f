import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { IO_ISSUES } from "./issues.js";

/**
 * Decodes bytes as UTF-8 (a BOM is dropped). Anything else, such as a CSV saved by Excel in
 * GBK/GB18030, is reported as `unsupported_encoding` rather than guessed at.
 *
 * @example
 * ```ts
 * import { decodeUtf8 } from "ducha/io";
 * const result = decodeUtf8(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5])); // "序号" in GBK
 * result.ok; //=> false
 * ```
 * @category IO
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return fail("UTF-16");
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text, issues: [] };
  } catch {
    return fail("GBK/GB18030");
  }
}

function fail(encoding: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [issueFrom(IO_ISSUES, "unsupported_encoding", [], { encoding })] };
}
