import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { LEDGER_COLLECTIONS, type LedgerCollection } from "../../model/ledger.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationContext, ValidationRule } from "../types.js";

function duplicatesIn(
  records: readonly ({ readonly id: string } | undefined)[],
  collection: LedgerCollection,
  firsts: ReadonlyMap<string, number>,
  issues: Issue[],
): void {
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record === undefined) continue;
    const firstIndex = firsts.get(record.id);
    if (firstIndex !== undefined && firstIndex !== index) {
      issues.push(
        issueFrom(VALIDATION_ISSUES, "duplicate_id", [collection, index, "id"], {
          collection,
          id: record.id,
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
      duplicatesIn(ledger[collection], collection, context.ids[collection], issues);
    }
    return issues;
  },
};
