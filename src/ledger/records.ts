import type * as z from "zod";
import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { AccountabilityRecord } from "../model/accountability.js";
import {
  LEDGER_COLLECTIONS,
  type Ledger,
  type LedgerCollection,
  LedgerMeta,
} from "../model/ledger.js";
import { PetitionCase, PetitionTally } from "../model/petition.js";
import { FeedbackProblem } from "../model/problem.js";
import { Round } from "../model/round.js";
import { RectificationTask } from "../model/task.js";
import { compileFastCheck } from "./fastCheck.js";
import { describeValue, issuesFromZod } from "./fromZod.js";
import { LEDGER_ISSUES } from "./issues.js";

/** The schema of one record of each collection. */
export const RECORD_SCHEMAS: { readonly [C in LedgerCollection]: z.ZodType<Ledger[C][number]> } = {
  rounds: Round,
  problems: FeedbackProblem,
  tasks: RectificationTask,
  petitions: PetitionCase,
  petitionTallies: PetitionTally,
  accountability: AccountabilityRecord,
} as never;

/** What parsing the records of a ledger one by one gives: every record is accounted for. */
export interface ParsedRecords {
  /** Records that parsed, by collection, at their input index (`undefined` where one failed). */
  readonly records: {
    readonly [C in LedgerCollection]: readonly (Ledger[C][number] | undefined)[];
  };
  readonly meta: Ledger["meta"];
  readonly issues: Issue[];
}

/**
 * Parses a ledger's header and each record on its own, so that one broken record neither hides
 * the others nor stops cross-record checks. Clean records take the fast path and are returned as
 * they are (never modified); the rest go through zod for exact, located issues.
 */
export function parseRecords(document: Readonly<Record<string, unknown>>): ParsedRecords {
  const issues: Issue[] = [];
  if (document.format !== "ducha/ledger@1") {
    issues.push(
      document.format === undefined
        ? issueFrom(LEDGER_ISSUES, "missing_field", ["format"], { field: "format" })
        : issueFrom(LEDGER_ISSUES, "unsupported_format", ["format"], {
            received: describeValue(document.format),
          }),
    );
  }
  let meta: Ledger["meta"];
  if (document.meta !== undefined) {
    const parsed = LedgerMeta.safeParse(document.meta, { reportInput: true });
    if (parsed.success) meta = parsed.data;
    else issues.push(...issuesFromZod(parsed.error.issues, ["meta"]));
  }
  const records = {} as Record<LedgerCollection, unknown[]>;
  for (const collection of LEDGER_COLLECTIONS) {
    records[collection] = parseCollection(collection, document[collection], issues);
  }
  return { records: records as ParsedRecords["records"], meta, issues };
}

function parseCollection(collection: LedgerCollection, list: unknown, issues: Issue[]): unknown[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    issues.push(
      issueFrom(LEDGER_ISSUES, "invalid_type", [collection], {
        expected: "array",
        received: describeValue(list),
      }),
    );
    return [];
  }
  const schema = RECORD_SCHEMAS[collection];
  const fast = compileFastCheck(schema);
  const out = new Array<unknown>(list.length);
  for (let index = 0; index < list.length; index++) {
    const record = list[index];
    if (fast(record)) {
      out[index] = record;
      continue;
    }
    const parsed = schema.safeParse(record, { reportInput: true });
    if (parsed.success) out[index] = parsed.data;
    else issues.push(...issuesFromZod(parsed.error.issues, [collection, index]));
  }
  return out;
}
