import * as z from "zod";
import { AccountabilityRecord } from "./accountability.js";
import { IsoDateString, Name, Source, Text } from "./common.js";
import { PetitionCase, PetitionTally } from "./petition.js";
import { FeedbackProblem } from "./problem.js";
import { Round } from "./round.js";
import { RectificationTask } from "./task.js";

/**
 * The format tag of a version 1 ledger document.
 *
 * @example
 * ```ts
 * import { LEDGER_FORMAT } from "ducha/model";
 * LEDGER_FORMAT; //=> "ducha/ledger@1"
 * ```
 * @category Model
 */
export const LEDGER_FORMAT = "ducha/ledger@1";

/**
 * Who published the ledger, as of when, and from which sources.
 *
 * @example
 * ```ts
 * import { LedgerMeta } from "ducha/model";
 * LedgerMeta.parse({ publisher: "乌鲁木齐市", asOf: "2024-06-30" });
 * ```
 * @category Model
 */
export const LedgerMeta = z.looseObject({
  title: Text.optional(),
  publisher: Name.optional(),
  asOf: IsoDateString.optional(),
  sources: z.array(Source).optional(),
  note: Text.optional(),
});
/** @category Model */
export type LedgerMeta = z.infer<typeof LedgerMeta>;

/**
 * A whole dataset in one JSON document (format `ducha/ledger@1`): rounds, feedback problems,
 * rectification tasks, petition cases and tallies, and accountability. Every collection may be
 * empty or absent; unknown fields are kept.
 *
 * @example
 * ```ts
 * import { Ledger } from "ducha/model";
 * const ledger = Ledger.parse({ format: "ducha/ledger@1", rounds: [{ id: "r1", kind: "routine" }] });
 * ledger.tasks; //=> []
 * ```
 * @category Model
 */
export const Ledger = z.looseObject({
  format: z.literal(LEDGER_FORMAT),
  meta: LedgerMeta.optional(),
  rounds: z.array(Round).default([]),
  problems: z.array(FeedbackProblem).default([]),
  tasks: z.array(RectificationTask).default([]),
  petitions: z.array(PetitionCase).default([]),
  petitionTallies: z.array(PetitionTally).default([]),
  accountability: z.array(AccountabilityRecord).default([]),
});
/** A parsed ledger: every collection present. @category Model */
export type Ledger = z.output<typeof Ledger>;
/** A ledger as written: collections may be absent. @category Model */
export type LedgerInput = z.input<typeof Ledger>;

/**
 * The record collections of a ledger, in document order.
 *
 * @example
 * ```ts
 * import { LEDGER_COLLECTIONS } from "ducha/model";
 * LEDGER_COLLECTIONS[0]; //=> "rounds"
 * ```
 * @category Model
 */
export const LEDGER_COLLECTIONS = [
  "rounds",
  "problems",
  "tasks",
  "petitions",
  "petitionTallies",
  "accountability",
] as const;
/** @category Model */
export type LedgerCollection = (typeof LEDGER_COLLECTIONS)[number];
