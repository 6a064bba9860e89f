import { assertIsoDate } from "../dates.js";
import { parseDeadline } from "../deadlines/parseDeadline.js";
import { DuchaError } from "../errors.js";
import type { Issue } from "../issue.js";
import { hasNoErrors } from "../issue.js";
import { readLedger } from "../ledger/parseLedger.js";
import { LEDGER_COLLECTIONS, type LedgerCollection } from "../model/ledger.js";
import { rawIdOf } from "./partial.js";
import { VALIDATION_RULES } from "./registry.js";
import type {
  LedgerRecords,
  LedgerValidation,
  RecordCounts,
  ValidateOptions,
  ValidationContext,
  ValidationRule,
} from "./types.js";

type Raw = Readonly<Record<string, unknown>>;

/**
 * Validates a ledger document (an object or its JSON text) in one call: the schema (via
 * `parseLedger`) and every cross-record rule of {@link VALIDATION_RULES}, returning all issues,
 * each with a code, severity, path and message in zh-CN and en. When some records break the
 * schema, the others are still checked across records. `records` accounts for every input
 * record: per collection, how many there were, how many are free of errors and how many carry
 * at least one. Never throws on data and never changes its input.
 *
 * @example
 * ```ts
 * import { validateLedger } from "ducha";
 * const result = validateLedger({
 *   format: "ducha/ledger@1",
 *   rounds: [{ id: "r2-jl", kind: "routine", ordinal: 2 }],
 *   problems: [{ id: "p1", roundId: "r2-jl", text: "长白山保护开发区违规建设问题" }],
 *   tasks: [
 *     { id: "t1", problemIds: ["p1"], title: "整改长白山违规建设问题", status: "in_progress" },
 *     { id: "t2", problemIds: ["p9"], title: "查处违规建设项目" },
 *   ],
 * });
 * result.ok; //=> false
 * result.issues.map((issue) => issue.code); //=> ["dangling_reference"]
 * result.issues[0]?.path; //=> ["tasks", 1, "problemIds", 0]
 * result.records.tasks; //=> { total: 2, valid: 1, withErrors: 1 }
 * ```
 * @throws {DuchaError} `invalid_argument` when `options.rules.skip` names an unknown rule;
 * `invalid_date` when `options.asOf` is not an ISO date.
 * @category Validation
 */
export function validateLedger(input: unknown, options: ValidateOptions = {}): LedgerValidation {
  const rules = selectRules(options.rules);
  if (options.asOf !== undefined) assertIsoDate(options.asOf, "asOf");
  const read = readLedger(input);
  const issues: Issue[] = read.issues;
  if (read.document === undefined || read.parsed === undefined) {
    return { ok: false, issues, records: countRecords({}, issues) };
  }
  // A broken record is a hole at its index, so the others are still checked across records.
  const ledger: LedgerRecords = read.value ?? {
    ...read.parsed.records,
    ...(read.parsed.meta === undefined ? {} : { meta: read.parsed.meta }),
  };
  const document: Raw | undefined = read.value === undefined ? read.document : undefined;
  const context: ValidationContext = {
    ids: indexIds(ledger, document),
    rawRecords: document === undefined ? undefined : rawRecordsOf(document),
    asOf: options.asOf ?? ledger.meta?.asOf,
    parseDeadline: options.parseDeadline ?? parseDeadline,
  };
  for (const rule of rules) {
    const found = rule.check(ledger, context);
    // A loop, not push(...found): a million issues would overflow the call stack.
    for (let i = 0; i < found.length; i++) issues.push(found[i]!);
  }
  const records = countRecords(ledger, issues);
  if (read.value !== undefined && hasNoErrors(issues)) {
    return { ok: true, value: read.value, issues, records };
  }
  return read.value !== undefined
    ? { ok: false, value: read.value, issues, records }
    : { ok: false, issues, records };
}

function selectRules(choice: ValidateOptions["rules"]): readonly ValidationRule[] {
  if (choice === undefined) return VALIDATION_RULES;
  const skip = new Set(choice.skip ?? []);
  for (const name of skip) {
    if (!VALIDATION_RULES.some((rule) => rule.name === name)) {
      const known = VALIDATION_RULES.map((rule) => rule.name).join(", ");
      throw new DuchaError(
        "invalid_argument",
        {
          "zh-CN": `未知的校验规则${JSON.stringify(name)}，可选：${known}`,
          en: `unknown validation rule ${JSON.stringify(name)}; known rules: ${known}`,
        },
        { name },
      );
    }
  }
  const selected = VALIDATION_RULES.filter((rule) => !skip.has(rule.name));
  return choice.add ? [...selected, ...choice.add] : selected;
}

function rawRecordsOf(document: Raw): Record<LedgerCollection, readonly unknown[]> {
  const out = {} as Record<LedgerCollection, readonly unknown[]>;
  for (const collection of LEDGER_COLLECTIONS) {
    const raw = document[collection];
    out[collection] = Array.isArray(raw) ? raw : [];
  }
  return out;
}

/** Every id of every collection with the index of its first record, built once for all rules. */
function indexIds(
  ledger: LedgerRecords,
  document: Raw | undefined,
): Record<LedgerCollection, Map<string, number>> {
  const ids = {} as Record<LedgerCollection, Map<string, number>>;
  for (const collection of LEDGER_COLLECTIONS) {
    const records = ledger[collection];
    const raw = document?.[collection];
    const map = new Map<string, number>();
    for (let index = 0; index < records.length; index++) {
      const id = records[index]?.id ?? (Array.isArray(raw) ? rawIdOf(raw[index]) : undefined);
      if (id !== undefined && !map.has(id)) map.set(id, index);
    }
    ids[collection] = map;
  }
  return ids;
}

/** Counts records per collection and those with an error at or below `[collection, index]`. */
function countRecords(
  ledger: Partial<LedgerRecords>,
  issues: readonly Issue[],
): Record<LedgerCollection, RecordCounts> {
  const marks: Partial<Record<string, Uint8Array>> = {};
  for (const collection of LEDGER_COLLECTIONS) {
    marks[collection] = new Uint8Array(ledger[collection]?.length ?? 0);
  }
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const [collection, index] = issue.path;
    if (typeof collection !== "string" || typeof index !== "number") continue;
    const marked = marks[collection];
    if (marked !== undefined && index < marked.length) marked[index] = 1;
  }
  const counts = {} as Record<LedgerCollection, RecordCounts>;
  for (const collection of LEDGER_COLLECTIONS) {
    const marked = marks[collection]!;
    let withErrors = 0;
    for (let i = 0; i < marked.length; i++) withErrors += marked[i]!;
    counts[collection] = { total: marked.length, valid: marked.length - withErrors, withErrors };
  }
  return counts;
}
