import type { IsoDate } from "../dates.js";
import type { Issue } from "../issue.js";
import type { Bilingual } from "../lang.js";
import type { AccountabilityRecord } from "../model/accountability.js";
import type { Ledger, LedgerCollection, LedgerMeta } from "../model/ledger.js";
import type { PetitionCase, PetitionTally } from "../model/petition.js";
import type { FeedbackProblem } from "../model/problem.js";
import type { Round } from "../model/round.js";
import type { RectificationTask } from "../model/task.js";

/**
 * The records a rule sees: every collection keeps the input's indexes, and a record the schema
 * rejected is a hole (`undefined`) so that rules still run on the others and paths stay true.
 * A parsed {@link Ledger} is one with no holes.
 *
 * @example
 * ```ts
 * import type { LedgerRecords } from "ducha";
 * const records: LedgerRecords = {
 *   rounds: [], problems: [], tasks: [undefined], petitions: [], petitionTallies: [], accountability: [],
 * };
 * ```
 * @category Validation
 */
export interface LedgerRecords {
  readonly meta?: LedgerMeta | undefined;
  readonly rounds: readonly (Round | undefined)[];
  readonly problems: readonly (FeedbackProblem | undefined)[];
  readonly tasks: readonly (RectificationTask | undefined)[];
  readonly petitions: readonly (PetitionCase | undefined)[];
  readonly petitionTallies: readonly (PetitionTally | undefined)[];
  readonly accountability: readonly (AccountabilityRecord | undefined)[];
}

/**
 * What a deadline parser returns, as far as validation needs it: the due date it reads from the
 * text (absent for long-term work), or the issues that stopped it.
 *
 * @example
 * ```ts
 * import type { ParsedDeadlineResult } from "ducha";
 * const result: ParsedDeadlineResult = { ok: true, value: { due: "2018-06-30", kind: "end_of_month" } };
 * ```
 * @category Validation
 */
export type ParsedDeadlineResult =
  | {
      readonly ok: true;
      readonly value: { readonly due?: IsoDate | undefined; readonly kind: string };
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A function that reads deadline text (整改时限) such as "2018年6月底前"; `anchor` is the date the
 * text was written relative to, for texts without a year.
 *
 * @example
 * ```ts
 * import type { DeadlineParser } from "ducha";
 * const parser: DeadlineParser = (text) =>
 *   text === "2018年6月底前" ? { ok: true, value: { due: "2018-06-30", kind: "date" } } : { ok: false, issues: [] };
 * ```
 * @category Validation
 */
export type DeadlineParser = (
  text: string,
  options?: { readonly anchor?: IsoDate },
) => ParsedDeadlineResult;

/**
 * What every rule is given besides the records: id indexes built once, the as-of date and the
 * optional deadline parser.
 *
 * @example
 * ```ts
 * import type { ValidationContext } from "ducha";
 * const context: Pick<ValidationContext, "asOf"> = { asOf: "2024-06-30" };
 * ```
 * @category Validation
 */
export interface ValidationContext {
  /**
   * For each collection, every id and the index of its first record. Ids of records the schema
   * rejected are included (when they are strings), so a broken record is not also reported as
   * missing by the records that refer to it.
   */
  readonly ids: Readonly<Record<LedgerCollection, ReadonlyMap<string, number>>>;
  /**
   * The input's own records, only when the schema rejected the document: a rule may look at a
   * hole's raw record so that a broken record does not cause false issues elsewhere.
   */
  readonly rawRecords?: Readonly<Record<LedgerCollection, readonly unknown[]>> | undefined;
  /** The date the ledger speaks for: `options.asOf`, else `meta.asOf`. */
  readonly asOf?: IsoDate | undefined;
  readonly parseDeadline?: DeadlineParser | undefined;
}

/**
 * A cross-record check: a name, what it checks in both languages, the issue codes it can report
 * and a pure function from the records to issues.
 *
 * @example
 * ```ts
 * import type { ValidationRule } from "ducha";
 * const noTasks: ValidationRule = {
 *   name: "has_tasks",
 *   description: { "zh-CN": "台账至少有一项任务", en: "the ledger has at least one task" },
 *   codes: ["no_tasks"],
 *   check: (ledger) =>
 *     ledger.tasks.length > 0
 *       ? []
 *       : [{ code: "no_tasks", severity: "warning", path: ["tasks"], message: { "zh-CN": "没有任务", en: "no tasks" } }],
 * };
 * ```
 * @category Validation
 */
export interface ValidationRule {
  readonly name: string;
  readonly description: Bilingual;
  readonly codes: readonly string[];
  readonly check: (ledger: LedgerRecords, context: ValidationContext) => Issue[];
}

/**
 * Options of `validateLedger`.
 *
 * @example
 * ```ts
 * import type { ValidateOptions } from "ducha";
 * const options: ValidateOptions = { asOf: "2024-06-30", rules: { skip: ["problems_have_tasks"] } };
 * ```
 * @category Validation
 */
export interface ValidateOptions {
  /** Names of built-in rules to skip, and extra rules to run after them. */
  readonly rules?: {
    readonly skip?: readonly string[];
    readonly add?: readonly ValidationRule[];
  };
  /** The date the ledger speaks for; defaults to `meta.asOf`. Later dates are warned about. */
  readonly asOf?: IsoDate;
  /** Reads deadline texts; without it the `deadlines` rule is skipped. */
  readonly parseDeadline?: DeadlineParser;
}

/**
 * How many records of a collection the input had, and how many of them carry at least one error
 * (at their path or below). `valid + withErrors === total`.
 *
 * @example
 * ```ts
 * import type { RecordCounts } from "ducha";
 * const counts: RecordCounts = { total: 91, valid: 90, withErrors: 1 };
 * ```
 * @category Validation
 */
export interface RecordCounts {
  readonly total: number;
  readonly valid: number;
  readonly withErrors: number;
}

/**
 * The outcome of `validateLedger`. `ok` is true when no issue is an error; `value` is the typed
 * ledger whenever the schema accepted the document (even when cross-record rules found errors).
 *
 * @example
 * ```ts
 * import { validateLedger } from "ducha";
 * const result = validateLedger({ format: "ducha/ledger@1" });
 * result.ok; //=> true
 * result.records.tasks; //=> { total: 0, valid: 0, withErrors: 0 }
 * ```
 * @category Validation
 */
export type LedgerValidation =
  | {
      readonly ok: true;
      readonly value: Ledger;
      readonly issues: readonly Issue[];
      readonly records: Readonly<Record<LedgerCollection, RecordCounts>>;
    }
  | {
      readonly ok: false;
      readonly value?: Ledger;
      readonly issues: readonly Issue[];
      readonly records: Readonly<Record<LedgerCollection, RecordCounts>>;
    };
