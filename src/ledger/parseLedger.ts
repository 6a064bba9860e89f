import type { Issue, Result } from "../issue.js";
import { hasNoErrors, issueFrom } from "../issue.js";
import { LEDGER_COLLECTIONS, type Ledger } from "../model/ledger.js";
import { describeValue } from "./fromZod.js";
import { LEDGER_ISSUES } from "./issues.js";
import { type ParsedRecords, parseRecords } from "./records.js";
import { scanInput } from "./scan.js";
import { unknownFieldIssues } from "./unknownFields.js";

/**
 * Reads a ledger document (format `ducha/ledger@1`): an object, or its JSON text (a leading BOM is
 * ignored). Returns the typed ledger, or every issue found, each with a stable code, a path and a
 * message in zh-CN and en. Never throws on data and never changes its input; unknown fields are
 * kept and reported as `info`. Records that were already clean are returned as they are, not
 * copied, so treat the result as read-only, as ducha does.
 *
 * @example
 * ```ts
 * import { parseLedger } from "ducha";
 * const result = parseLedger({
 *   format: "ducha/ledger@1",
 *   tasks: [{ id: "t1", problemIds: ["p1"], title: "草原破坏较为严重问题", completedDate: "2023-02-30" }],
 * });
 * result.ok; //=> false
 * if (!result.ok) result.issues[0]?.code; //=> "invalid_date"
 * if (!result.ok) result.issues[0]?.path; //=> ["tasks", 0, "completedDate"]
 * ```
 * @category Ledger
 */
export function parseLedger(input: unknown): Result<Ledger> {
  const read = readLedger(input);
  return read.value === undefined
    ? { ok: false, issues: read.issues }
    : { ok: true, value: read.value, issues: read.issues };
}

/** Everything reading a ledger document gives, for `parseLedger` and `validateLedger`. @internal */
export interface LedgerReading {
  readonly issues: Issue[];
  /** The ledger, when no error was found. */
  readonly value?: Ledger;
  /** The cleaned document and its records parsed one by one, when the input was an object. */
  readonly document?: Readonly<Record<string, unknown>>;
  readonly parsed?: ParsedRecords;
}

/** Decodes, scans and parses a ledger document once, keeping the parts for further checks. @internal */
export function readLedger(input: unknown): LedgerReading {
  const decoded =
    typeof input === "string" ? decodeJson(input) : { ok: true as const, value: input };
  if (!decoded.ok) return { issues: [decoded.issue] };
  const document = asDocument(decoded.value);
  if (!document.ok) return { issues: [document.issue] };
  const scanned = scanInput(document.value);
  const issues: Issue[] = [...scanned.issues];
  const clean = scanned.value as Record<string, unknown>;
  const parsed = parseRecords(clean);
  for (const issue of parsed.issues) issues.push(issue);
  if (!hasNoErrors(issues)) return { issues, document: clean, parsed };
  for (const issue of unknownFieldIssues(clean, LEDGER_COLLECTIONS)) issues.push(issue);
  const value = { ...clean, format: "ducha/ledger@1", ...parsed.records } as Ledger;
  if (parsed.meta === undefined) delete (value as { meta?: unknown }).meta;
  else value.meta = parsed.meta;
  return { issues, value, document: clean, parsed };
}

/** Accepts only a plain JSON object as a ledger document. @internal */
export function asDocument(
  raw: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; issue: Issue } {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const received = Array.isArray(raw) ? "an array" : describeValue(raw);
    return { ok: false, issue: issueFrom(LEDGER_ISSUES, "not_an_object", [], { received }) };
  }
  return { ok: true, value: raw as Record<string, unknown> };
}

/** Parses JSON text (BOM ignored), locating a syntax error by line and column. @internal */
export function decodeJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const location = position ? lineAndColumn(body, Number(position[1])) : {};
    return {
      ok: false,
      issue: issueFrom(LEDGER_ISSUES, "invalid_json", [], { detail, ...location }),
    };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
