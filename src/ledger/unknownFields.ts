import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { AccountabilityAggregate, AccountabilityPerson } from "../model/accountability.js";
import { Ledger, type LedgerCollection } from "../model/ledger.js";
import { PetitionCase, PetitionTally } from "../model/petition.js";
import { FeedbackProblem } from "../model/problem.js";
import { Round } from "../model/round.js";
import { RectificationTask } from "../model/task.js";
import { LEDGER_ISSUES } from "./issues.js";

type Shape = Readonly<Record<string, unknown>>;
const keysOf = (schema: { shape: Shape }): ReadonlySet<string> =>
  new Set(Object.keys(schema.shape));

let known:
  | Readonly<Record<LedgerCollection | "ledger" | "aggregate", ReadonlySet<string>>>
  | undefined;
// Built on first use, not at import, so bundlers can drop this module when unused.
function knownKeys() {
  known ??= {
    ledger: keysOf(Ledger as unknown as { shape: Shape }),
    rounds: keysOf(Round),
    problems: keysOf(FeedbackProblem),
    tasks: keysOf(RectificationTask),
    petitions: keysOf(PetitionCase),
    petitionTallies: keysOf(PetitionTally),
    accountability: keysOf(AccountabilityPerson),
    aggregate: keysOf(AccountabilityAggregate),
  };
  return known;
}

/**
 * Fields a record carries that the format does not define: kept, and reported once per field
 * and collection (with a count) so a typo such as `leadUnit` for `leadUnits` is seen.
 */
export function unknownFieldIssues(
  document: Readonly<Record<string, unknown>>,
  collections: readonly LedgerCollection[],
): Issue[] {
  const keys = knownKeys();
  const issues: Issue[] = [];
  const first = new Map<string, { path: (string | number)[]; count: number; field: string }>();
  const note = (path: (string | number)[], field: string) => {
    const id = `${String(path[0])}.${field}`;
    const seen = first.get(id);
    if (seen) seen.count++;
    else first.set(id, { path, count: 1, field });
  };
  for (const key of Object.keys(document)) if (!keys.ledger.has(key)) note([key], key);
  for (const collection of collections) {
    const records = document[collection];
    if (!Array.isArray(records)) continue;
    records.forEach((record: unknown, index) => {
      if (record === null || typeof record !== "object") return;
      const set =
        collection === "accountability" && (record as { kind?: unknown }).kind === "aggregate"
          ? keys.aggregate
          : keys[collection];
      for (const field of Object.keys(record)) {
        if (!set.has(field)) note([collection, index, field], field);
      }
    });
  }
  for (const { path, count, field } of first.values()) {
    issues.push(issueFrom(LEDGER_ISSUES, "unknown_field", path, { field, count }));
  }
  return issues;
}
