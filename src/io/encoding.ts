import type { Issue, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { IO_ISSUES } from "./issues.js";

/**
 * Decodes bytes as UTF-8 (a BOM is dropped). Anything else is reported as
 * `unsupported_encoding` rather than guessed at; JSON and NDJSON ledgers are read this way.
 * Tables (CSV) are read with {@link decodeTable}, which also reads GB18030 and UTF-16.
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
  if (byteOrderMark(bytes)?.encoding.startsWith("utf-16")) return fail("UTF-16");
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, value: text, issues: [] };
  } catch {
    return fail("GBK/GB18030");
  }
}

/**
 * The encodings {@link decodeTable} recognises, by their WHATWG names.
 *
 * @example
 * ```ts
 * import type { TextEncodingName } from "ducha/io";
 * const encoding: TextEncodingName = "gb18030";
 * ```
 * @category IO
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Text decoded from a file, with the encoding it was read in.
 *
 * @example
 * ```ts
 * import type { DecodedText } from "ducha/io";
 * const decoded: DecodedText = { text: "序号", encoding: "gb18030" };
 * ```
 * @category IO
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes a table file's bytes, choosing the encoding from the bytes themselves: a byte order
 * mark (UTF-8, UTF-16LE, UTF-16BE); else UTF-8 when the bytes are valid UTF-8; else GB18030 (a
 * superset of GBK and GB2312, what Excel and WPS save as "CSV" on Chinese Windows). Decoding
 * uses the standard `TextDecoder`; a runtime without GB18030 (Node built without full ICU) gives
 * `encoding_unavailable`. Text that decodes to replacement characters (U+FFFD) is never passed
 * on silently: it gives `replacement_characters`, an error naming the first line.
 *
 * @example
 * ```ts
 * import { decodeTable } from "ducha/io";
 * const result = decodeTable(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5])); // "序号" in GBK
 * if (result.ok) result.value; //=> { text: "序号", encoding: "gb18030" }
 * ```
 * @category IO
 */
export function decodeTable(bytes: Uint8Array): Result<DecodedText> {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return decodeWith(bom.encoding, bytes.subarray(bom.length));
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, value: { text, encoding: "utf-8" }, issues: [] };
  } catch {
    return decodeWith("gb18030", bytes);
  }
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): Result<DecodedText> {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  } catch {
    return {
      ok: false,
      issues: [issueFrom(IO_ISSUES, "encoding_unavailable", [], { encoding })],
    };
  }
  const text = decoder.decode(bytes);
  const first = text.indexOf("\uFFFD");
  if (first === -1) return { ok: true, value: { text, encoding }, issues: [] };
  let count = 0;
  for (let at = first; at !== -1; at = text.indexOf("\uFFFD", at + 1)) count++;
  const line = text.slice(0, first).split("\n").length;
  return {
    ok: false,
    issues: [
      issueFrom(IO_ISSUES, "replacement_characters", ["rows", line], { encoding, count, line }),
    ],
  };
}

/** The byte order mark the bytes start with (UTF-16LE, UTF-16BE, UTF-8), with its length. */
export function byteOrderMark(
  bytes: Uint8Array,
): { readonly encoding: TextEncodingName; readonly length: number } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  return undefined;
}

function fail(encoding: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [issueFrom(IO_ISSUES, "unsupported_encoding", [], { encoding })] };
}
