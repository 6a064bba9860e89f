import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Issue, IssuePath, Result } from "../issue.js";
import { issueFrom } from "../issue.js";
import { compileFastCheck } from "../ledger/fastCheck.js";
import { describeValue, issuesFromZod } from "../ledger/fromZod.js";
import { LEDGER_ISSUES } from "../ledger/issues.js";
import { RECORD_SCHEMAS } from "../ledger/records.js";
import { scanInput } from "../ledger/scan.js";
import { unknownFieldIssues } from "../ledger/unknownFields.js";
import {
  LEDGER_COLLECTIONS,
  LEDGER_FORMAT,
  Ledger,
  type LedgerCollection,
  LedgerMeta,
} from "../model/ledger.js";
import { VALIDATION_ISSUES } from "../validation/issues.js";
import { rawIdOf } from "../validation/partial.js";
import { IO_ISSUES } from "./issues.js";

/**
 * Options of the NDJSON readers.
 *
 * @example
 * ```ts
 * import type { NdjsonOptions } from "ducha/io";
 * const options: NdjsonOptions = { maxIssues: 100 };
 * ```
 * @category IO
 */
export interface NdjsonOptions {
  /** Issues kept in full; beyond it they are only counted (one `too_many_issues`). Default 1000. */
  readonly maxIssues?: number;
  /** Leave out invalid lines and report them as warnings, so the rest still reads. */
  readonly skipInvalid?: boolean;
}

/**
 * What {@link validateNdjsonStream} found: counts per collection and the issues, no records.
 *
 * @example
 * ```ts
 * import type { NdjsonReport } from "ducha/io";
 * const empty: NdjsonReport = {
 *   ok: true, lines: 0, records: 0, valid: 0, invalid: 0, omittedIssues: 0,
 *   byCollection: { rounds: 0, problems: 0, tasks: 0, petitions: 0, petitionTallies: 0, accountability: 0 },
 *   issues: [],
 * };
 * ```
 * @category IO
 */
export interface NdjsonReport {
  /** No error issue (warnings and info allowed). */
  readonly ok: boolean;
  /** Lines read, blank ones included. */
  readonly lines: number;
  /** Record lines (not the header, not blank lines). */
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  /** Valid records per collection. */
  readonly byCollection: Readonly<Record<LedgerCollection, number>>;
  readonly issues: readonly Issue[];
  /** Issues counted past `maxIssues` and not listed. */
  readonly omittedIssues: number;
}

type Sink = (collection: LedgerCollection, record: unknown) => void;

/**
 * Reads an NDJSON ledger (a file path or a stream) line by line: an optional first line
 * `{"format": "ducha/ledger@1", "meta": {…}}`, then one `{"collection": "tasks", "record": {…}}`
 * per line. Each record is checked with its collection's schema; issues carry
 * `[collection, index, …]` paths (index counts that collection's lines) and `params.line`. A bad
 * line never stops the reading.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { readLedgerNdjson } from "ducha/io";
 * const lines = [
 *   '{"format": "ducha/ledger@1", "meta": {"publisher": "乌兰察布市"}}',
 *   '{"collection": "tasks", "record": {"id": "t8", "problemIds": [], "title": "草原破坏较为严重问题"}}',
 * ];
 * const result = await readLedgerNdjson(Readable.from(lines.join("\n")));
 * if (result.ok) result.value.tasks[0]?.id; //=> "t8"
 * ```
 * @category IO
 */
export async function readLedgerNdjson(
  input: string | Readable,
  options: NdjsonOptions = {},
): Promise<Result<Ledger>> {
  const collections: Record<LedgerCollection, unknown[]> = {
    rounds: [],
    problems: [],
    tasks: [],
    petitions: [],
    petitionTallies: [],
    accountability: [],
  };
  const report = await walk(input, options, (collection, record) => {
    collections[collection].push(record);
  });
  if (!report.ok) return { ok: false, issues: report.issues };
  const ledger = Ledger.parse({
    format: LEDGER_FORMAT,
    ...(report.meta === undefined ? {} : { meta: report.meta }),
    ...collections,
  });
  return { ok: true, value: ledger, issues: report.issues };
}

/**
 * Checks an NDJSON ledger without keeping its records: counts and issues only, so memory stays
 * bounded by the longest line and `maxIssues`, not by the number of records.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { validateNdjsonStream } from "ducha/io";
 * const text = '{"collection": "tasks", "record": {"id": "t1", "problemIds": [], "title": "x"}}\n{oops';
 * const report = await validateNdjsonStream(Readable.from(text));
 * report.valid; //=> 1
 * report.issues.find((issue) => issue.code === "invalid_line")?.params?.line; //=> 2
 * ```
 * @category IO
 */
export async function validateNdjsonStream(
  input: string | Readable,
  options: NdjsonOptions = {},
): Promise<NdjsonReport> {
  const { meta: _meta, ...report } = await walk(input, options, () => undefined);
  return report;
}

interface Walked extends NdjsonReport {
  readonly meta: unknown;
}

async function walk(input: string | Readable, options: NdjsonOptions, sink: Sink): Promise<Walked> {
  const maxIssues = options.maxIssues ?? 1000;
  const issues: Issue[] = [];
  let omittedIssues = 0;
  let errors = 0;
  const add = (issue: Issue) => {
    const shown =
      options.skipInvalid && issue.severity === "error"
        ? { ...issue, severity: "warning" as const }
        : issue;
    if (shown.severity === "error") errors++;
    if (issues.length < maxIssues) issues.push(shown);
    else omittedIssues++;
  };
  const byCollection: Record<LedgerCollection, number> = {
    rounds: 0,
    problems: 0,
    tasks: 0,
    petitions: 0,
    petitionTallies: 0,
    accountability: 0,
  };
  const seen: Record<LedgerCollection, number> = { ...byCollection };
  // First index of each id per collection: a repeat on a later line is a duplicate_id, as in
  // validateLedger. Memory grows with the number of distinct ids (tens of bytes each), not with
  // the records, which are not kept.
  const firstIndexes = new Map<LedgerCollection, Map<string, number>>(
    LEDGER_COLLECTIONS.map((collection) => [collection, new Map()]),
  );
  const unknown = new Map<
    string,
    { path: IssuePath; field: string; count: number; line: number }
  >();
  let lines = 0;
  let records = 0;
  let valid = 0;
  let meta: unknown;
  let sawHeader = false;

  const stream = typeof input === "string" ? createReadStream(input) : input;
  const reader = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const raw of reader) {
      lines++;
      const line = lines;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
      if (text === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        records++;
        add(issueFrom(IO_ISSUES, "invalid_line", [], { line, detail: (error as Error).message }));
        continue;
      }
      if (isObject(value) && "format" in value && !("collection" in value)) {
        if (line !== 1 && (sawHeader || records > 0)) {
          add(issueFrom(IO_ISSUES, "misplaced_header", [], { line }));
          continue;
        }
        sawHeader = true;
        if (value.format !== LEDGER_FORMAT) {
          add(
            withLine(
              issueFrom(LEDGER_ISSUES, "unsupported_format", ["format"], {
                received: describeValue(value.format),
              }),
              line,
            ),
          );
        }
        if (value.meta !== undefined) {
          const parsed = LedgerMeta.safeParse(value.meta, { reportInput: true });
          if (parsed.success) meta = parsed.data;
          else
            for (const issue of issuesFromZod(parsed.error.issues, ["meta"]))
              add(withLine(issue, line));
        }
        continue;
      }
      records++;
      if (!isObject(value) || typeof value.collection !== "string" || !("record" in value)) {
        add(issueFrom(IO_ISSUES, "invalid_ndjson_record", [], { line }));
        continue;
      }
      const collection = value.collection;
      if (!isCollection(collection)) {
        add(
          issueFrom(IO_ISSUES, "unknown_collection", [], {
            line,
            collection: JSON.stringify(collection),
          }),
        );
        continue;
      }
      const index = seen[collection]++;
      const base: IssuePath = [collection, index];
      const scanned = scanInput(value.record);
      const lineIssues: Issue[] = scanned.issues.map((issue) => ({
        ...issue,
        path: [...base, ...issue.path],
      }));
      const record = checkRecord(collection, scanned.value, base, lineIssues);
      // The id of a broken record counts too, so a repeat is found whichever copy is broken.
      const id = rawIdOf(record ?? scanned.value);
      if (id !== undefined) {
        const firsts = firstIndexes.get(collection) as Map<string, number>;
        const firstIndex = firsts.get(id);
        if (firstIndex === undefined) firsts.set(id, index);
        else {
          lineIssues.push(
            issueFrom(VALIDATION_ISSUES, "duplicate_id", [...base, "id"], {
              collection,
              id,
              firstIndex,
            }),
          );
        }
      }
      for (const issue of lineIssues) add(withLine(issue, line));
      if (record === undefined || lineIssues.some((issue) => issue.severity === "error")) continue;
      valid++;
      byCollection[collection]++;
      noteUnknownFields(unknown, collection, index, record, line);
      sink(collection, record);
    }
  } catch (error) {
    add(issueFrom(IO_ISSUES, "file_unreadable", [], { detail: (error as Error).message }));
  } finally {
    reader.close();
  }
  if (!sawHeader && lines > 0) add(issueFrom(IO_ISSUES, "missing_header_line", [], {}));
  for (const { path, field, count, line } of unknown.values()) {
    add(withLine(issueFrom(LEDGER_ISSUES, "unknown_field", path, { field, count }), line));
  }
  if (omittedIssues > 0) {
    issues.push(
      issueFrom(IO_ISSUES, "too_many_issues", [], { limit: maxIssues, omitted: omittedIssues }),
    );
  }
  return {
    ok: errors === 0,
    lines,
    records,
    valid,
    invalid: records - valid,
    byCollection,
    issues,
    omittedIssues,
    meta,
  };
}

// Clean records (nearly all of a real ledger) pass the compiled fast check and skip zod; the rest
// go through zod for exact, located issues. Returns undefined when the record is invalid.
function checkRecord(
  collection: LedgerCollection,
  value: unknown,
  base: IssuePath,
  issues: Issue[],
): unknown {
  const schema = RECORD_SCHEMAS[collection];
  if (compileFastCheck(schema)(value)) return value;
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  issues.push(...issuesFromZod(parsed.error.issues, base));
  return undefined;
}

// One issue per unknown field and collection, with a count, as parseLedger reports them.
function noteUnknownFields(
  unknown: Map<string, { path: IssuePath; field: string; count: number; line: number }>,
  collection: LedgerCollection,
  index: number,
  record: unknown,
  line: number,
): void {
  for (const issue of unknownFieldIssues({ [collection]: [record] }, [collection])) {
    const field = String(issue.params?.field);
    const key = `${collection}.${field}`;
    const seen = unknown.get(key);
    if (seen) seen.count++;
    else
      unknown.set(key, {
        path: [collection, index, ...issue.path.slice(2)],
        field,
        count: 1,
        line,
      });
  }
}

function withLine(issue: Issue, line: number): Issue {
  return { ...issue, params: { ...issue.params, line } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isCollection(value: string): value is LedgerCollection {
  return (LEDGER_COLLECTIONS as readonly string[]).includes(value);
}
