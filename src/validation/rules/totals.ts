import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import type { AccountabilityAggregate } from "../../model/accountability.js";
import { CadreRank, SanctionType } from "../../model/enums.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationRule } from "../types.js";

/** A tally's closed, staged and open cases together are no more than the cases transferred. */
export const tallyTotals: ValidationRule = {
  name: "tally_totals",
  description: {
    "zh-CN": "信访统计中已办结、阶段性办结与正在办理件数之和不超过转办总数",
    en: "a petition tally's closed + staged + handling is at most the number transferred",
  },
  codes: ["tally_parts_exceed_total"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const tallies = ledger.petitionTallies;
    for (let index = 0; index < tallies.length; index++) {
      const tally = tallies[index];
      if (tally === undefined) continue;
      const closed = tally.closed ?? 0;
      const staged = tally.staged ?? 0;
      const handling = tally.handling ?? 0;
      if (closed + staged + handling > tally.transferred) {
        issues.push(
          issueFrom(VALIDATION_ISSUES, "tally_parts_exceed_total", ["petitionTallies", index], {
            closed,
            staged,
            handling,
            transferred: tally.transferred,
          }),
        );
      }
    }
    return issues;
  },
};

const RANKS = CadreRank.options;
const SANCTIONS = SanctionType.options;

function sumOf(
  parts: Readonly<Partial<Record<string, number>>>,
  keys: readonly string[],
): { sum: number; given: number; largest: string; most: number } {
  let sum = 0;
  let given = 0;
  let largest = "";
  let most = -1;
  for (const key of keys) {
    const value = parts[key];
    if (value === undefined) continue;
    sum += value;
    given++;
    if (value > most) {
      largest = key;
      most = value;
    }
  }
  return { sum, given, largest, most };
}

function checkRanks(record: AccountabilityAggregate, index: number, issues: Issue[]): void {
  if (record.byRank === undefined) return;
  // Every official has exactly one rank: with all ranks given the parts are the whole.
  const { sum, given } = sumOf(record.byRank, RANKS);
  const complete = given === RANKS.length;
  if (sum > record.people || (complete && sum !== record.people)) {
    issues.push(
      issueFrom(VALIDATION_ISSUES, "parts_do_not_add_up", ["accountability", index, "byRank"], {
        part: "byRank",
        sum,
        people: record.people,
        complete,
      }),
    );
  }
}

function checkSanctions(record: AccountabilityAggregate, index: number, issues: Issue[]): void {
  const parts = record.bySanction;
  if (parts === undefined) return;
  // One official may receive several sanctions, so the parts may add up to more than the people;
  // but no single kind can reach more people than there are.
  const { sum, given, largest, most } = sumOf(parts, SANCTIONS);
  const path = ["accountability", index, "bySanction"];
  const people = record.people;
  if (most > people) {
    issues.push(
      issueFrom(VALIDATION_ISSUES, "parts_do_not_add_up", [...path, largest], {
        part: "bySanction",
        sum: most,
        people,
        complete: false,
        key: largest,
      }),
    );
  } else if (given === SANCTIONS.length && sum < people) {
    // With every kind listed, someone held accountable has no sanction: suspicious, not wrong
    // (e.g. 批评教育 not counted under 其他处理).
    issues.push(
      issueFrom(
        VALIDATION_ISSUES,
        "parts_do_not_add_up",
        path,
        { part: "bySanction", sum, people, complete: true },
        "warning",
      ),
    );
  }
}

/** Published accountability figures add up: parts by rank and by sanction against the people. */
export const accountabilityTotals: ValidationRule = {
  name: "accountability_totals",
  description: {
    "zh-CN":
      "问责汇总数据相互一致：按职级分项之和在列全三个职级时等于总人数、否则不超过总人数；按处理方式，任一类不超过总人数（一人可受多种处理，合计可超过总人数），五类俱全而合计少于总人数时给出警告",
    en: "accountability totals agree: the parts by rank equal the people when all ranks are given, else do not exceed them; by sanction, no single kind exceeds the people (one person may receive several, so the sum may) and a sum short of the people with all five kinds given is warned about",
  },
  codes: ["parts_do_not_add_up"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const records = ledger.accountability;
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      if (record === undefined || record.kind !== "aggregate") continue;
      checkRanks(record, index, issues);
      checkSanctions(record, index, issues);
    }
    return issues;
  },
};
