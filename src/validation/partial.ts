import { AccountabilityRecord } from "../model/accountability.js";
import { LEDGER_COLLECTIONS, type LedgerCollection, LedgerMeta } from "../model/ledger.js";
import { PetitionCase, PetitionTally } from "../model/petition.js";
import { FeedbackProblem } from "../model/problem.js";
import { Round } from "../model/round.js";
import { RectificationTask } from "../model/task.js";
import type { LedgerRecords } from "./types.js";

type Raw = Readonly<Record<string, unknown>>;

interface SafeParser {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}

/** The record schema of each collection, looked up on use (no work at import time). */
function schemaOf(collection: LedgerCollection): SafeParser {
  switch (collection) {
    case "rounds":
      return Round;
    case "problems":
      return FeedbackProblem;
    case "tasks":
      return RectificationTask;
    case "petitions":
      return PetitionCase;
    case "petitionTallies":
      return PetitionTally;
    case "accountability":
      return AccountabilityRecord;
  }
}

/**
 * The records of a document the ledger schema rejected, each parsed on its own: a record that
 * fails becomes a hole at its index, so the others can still be checked across records. Only
 * used on the failure path; parseLedger has already reported why each hole failed.
 */
export function partialRecords(document: Raw): LedgerRecords {
  const out: Record<string, unknown> = {};
  const meta = LedgerMeta.safeParse(document.meta);
  if (meta.success) out.meta = meta.data;
  for (const collection of LEDGER_COLLECTIONS) {
    const raw = document[collection];
    const records: unknown[] = [];
    if (Array.isArray(raw)) {
      const schema = schemaOf(collection);
      records.length = raw.length;
      for (let index = 0; index < raw.length; index++) {
        const parsed = schema.safeParse(raw[index]);
        records[index] = parsed.success ? parsed.data : undefined;
      }
    }
    out[collection] = records;
  }
  return out as unknown as LedgerRecords;
}

/**
 * The id of a raw record the schema rejected, as the schema would read it (trimmed), when it is
 * a non-empty string.
 */
export function rawIdOf(record: unknown): string | undefined {
  if (record === null || typeof record !== "object") return undefined;
  const id = (record as { id?: unknown }).id;
  if (typeof id !== "string") return undefined;
  const trimmed = id.trim();
  return trimmed === "" ? undefined : trimmed;
}
