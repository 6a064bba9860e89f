import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { LEDGER_COLLECTIONS, type LedgerCollection } from "../../model/ledger.js";
import { VALIDATION_ISSUES } from "../issues.js";
import { rawIdOf } from "../partial.js";
import type { LedgerRecords, ValidationContext, ValidationRule } from "../types.js";

function duplicatesIn(
  records: readonly ({ readonly id: string } | undefined)[],
  raw: readonly unknown[] | undefined,
  collection: LedgerCollection,
  firsts: ReadonlyMap<string, number>,
  issues: Issue[],
): void {
  for (let index = 0; index < records.length; index++) {
    // A record the schema rejected is a hole, but its id still counts: the index of first uses
    // holds raw ids too, so a repeat is found whichever of the two copies is broken.
    const id = records[index]?.id ?? rawIdOf(raw?.[index]);
    if (id === undefined) continue;
    const firstIndex = firsts.get(id);
    if (firstIndex !== undefined && firstIndex !== index) {
      issues.push(
        issueFrom(VALIDATION_ISSUES, "duplicate_id", [collection, index, "id"], {
          collection,
          id,
          firstIndex,
        }),
      );
    }
  }
}

/** Every id is used once per collection; the index built by validateLedger keeps first uses. */
export const uniqueIds: ValidationRule = {
  name: "unique_ids",
  description: {
    "zh-CN": "同一集合内编号（id）不得重复；重复处指向第二次出现的记录",
    en: "ids are unique within each collection; a repeat is reported where it occurs again",
  },
  codes: ["duplicate_id"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    for (const collection of LEDGER_COLLECTIONS) {
      const raw = context.rawRecords?.[collection];
      duplicatesIn(ledger[collection], raw, collection, context.ids[collection], issues);
    }
    return issues;
  },
};
