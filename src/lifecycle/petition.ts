/**
 * The small lifecycle of a petition case (信访举报案件): 举报受理、转办、核查、办理、办结、回访.
 *
 * @module
 */
import * as z from "zod";
import { isIsoDate } from "../dates.js";
import { type Issue, issueFrom, type Result } from "../issue.js";
import { IsoDateString, Name, Text } from "../model/common.js";
import { type PetitionStatus, VerificationResult } from "../model/enums.js";
import type { Labels } from "../model/labels.js";
import type { PetitionCase } from "../model/petition.js";
import { LIFECYCLE_ISSUES } from "./issues.js";

/**
 * Stages of a petition case, finer than the ledger's {@link PetitionStatus}.
 *
 * @example
 * ```ts
 * import { PetitionStage } from "ducha/lifecycle";
 * PetitionStage.parse("verified"); //=> "verified"
 * ```
 * @category Lifecycle
 */
export const PetitionStage = z.enum([
  "received",
  "transferred",
  "verified",
  "handling",
  "staged_closed",
  "closed",
  "revisited",
]);
/** @category Lifecycle */
export type PetitionStage = z.infer<typeof PetitionStage>;

/**
 * Labels of {@link PetitionStage}.
 *
 * @example
 * ```ts
 * import { PETITION_STAGE_LABELS } from "ducha/lifecycle";
 * PETITION_STAGE_LABELS.revisited["zh-CN"]; //=> "已回访"
 * ```
 * @category Lifecycle
 */
export const PETITION_STAGE_LABELS: Labels<PetitionStage> = {
  received: { "zh-CN": "已受理", en: "received" },
  transferred: { "zh-CN": "已交办", en: "transferred" },
  verified: { "zh-CN": "已核查", en: "verified" },
  handling: { "zh-CN": "正在办理", en: "in handling" },
  staged_closed: { "zh-CN": "阶段性办结", en: "closed for this stage" },
  closed: { "zh-CN": "已办结", en: "closed" },
  revisited: { "zh-CN": "已回访", en: "revisited" },
};

const base = { date: IsoDateString, actor: Name.optional(), note: Text.optional() };

/**
 * A dated event of a petition case. `transfer` may name the handling unit, `verify` carries the
 * verification result, `reopen` says why (a relapse or a repeat complaint).
 *
 * @example
 * ```ts
 * import { PetitionEvent } from "ducha/lifecycle";
 * PetitionEvent.parse({ type: "verify", date: "2022-04-02", result: "partly_true" }).type; //=> "verify"
 * ```
 * @category Lifecycle
 */
export const PetitionEvent = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("transfer"), ...base, handlingUnit: Name.optional() }),
  z.looseObject({ type: z.literal("verify"), ...base, result: VerificationResult }),
  z.looseObject({ type: z.literal("start_handling"), ...base }),
  z.looseObject({ type: z.literal("close_stage"), ...base }),
  z.looseObject({ type: z.literal("close"), ...base }),
  z.looseObject({ type: z.literal("revisit"), ...base }),
  z.looseObject({
    type: z.literal("reopen"),
    ...base,
    reason: z.enum(["relapse", "repeat_complaint"]).optional(),
  }),
]);
/** @category Lifecycle */
export type PetitionEvent = z.infer<typeof PetitionEvent>;
/** @category Lifecycle */
export type PetitionEventType = PetitionEvent["type"];

/**
 * The petition lifecycle as data, stage × event → next stage. A case found not true (不属实) may
 * be closed straight after verification; a case closed for this stage (阶段性办结) may resume or
 * close; a closed or revisited case is reopened on a relapse or a repeat complaint.
 *
 * @example
 * ```ts
 * import { PETITION_TRANSITIONS } from "ducha/lifecycle";
 * PETITION_TRANSITIONS.closed.reopen; //=> "handling"
 * ```
 * @category Lifecycle
 */
export const PETITION_TRANSITIONS = {
  received: { transfer: "transferred" },
  transferred: { verify: "verified" },
  verified: { start_handling: "handling", close: "closed" },
  handling: { close_stage: "staged_closed", close: "closed" },
  staged_closed: { start_handling: "handling", close: "closed" },
  closed: { revisit: "revisited", reopen: "handling" },
  revisited: { revisit: "revisited", reopen: "handling" },
} as const satisfies {
  readonly [S in PetitionStage]: { readonly [E in PetitionEventType]?: PetitionStage };
};

/**
 * The stage a petition case is in, read from its ledger fields: `status` closed, staged_closed
 * or handling; without a status, a verification result means `verified`, a transfer date
 * `transferred`, otherwise `received`. The ledger has no field for a revisit, so a revisited
 * case reads as `closed` (every event allowed after `revisited` is allowed after `closed`).
 *
 * @example
 * ```ts
 * import { petitionStage } from "ducha/lifecycle";
 * import { PetitionCase } from "ducha/model";
 * const petition = PetitionCase.parse({
 *   id: "X1", roundId: "r2-xm", receivedDate: "2022-03-27", transferredDate: "2022-03-28",
 * });
 * petitionStage(petition); //=> "transferred"
 * ```
 * @category Lifecycle
 */
export function petitionStage(petition: PetitionCase): PetitionStage {
  if (petition.status !== undefined) return petition.status;
  if (petition.verification !== undefined) return "verified";
  if (petition.transferredDate !== undefined) return "transferred";
  return "received";
}

// The ledger status each stage is written as; the stages before handling leave it absent.
const STATUS_OF: Readonly<Record<PetitionStage, PetitionStatus | undefined>> = {
  received: undefined,
  transferred: undefined,
  verified: undefined,
  handling: "handling",
  staged_closed: "staged_closed",
  closed: "closed",
  revisited: "closed",
};

/**
 * Applies a dated event to a petition case through {@link PETITION_TRANSITIONS}, returning a NEW
 * case: `transfer` sets `transferredDate` (and `handlingUnit`), `verify` sets `verification`,
 * the handling and closing events set `status` (handling / staged_closed / closed) and `close`
 * sets `closedDate`; `reopen` sets the case back to handling and drops `closedDate`. Dates must
 * keep their order, received ≤ transferred ≤ verified ≤ closed (`dates_out_of_order`); an event
 * the table does not allow returns `transition_not_allowed`.
 *
 * @example
 * ```ts
 * import { applyPetitionEvent } from "ducha/lifecycle";
 * import { PetitionCase } from "ducha/model";
 * const petition = PetitionCase.parse({
 *   id: "X1", roundId: "r2-xm", receivedDate: "2022-03-27", transferredDate: "2022-03-28",
 * });
 * const verified = applyPetitionEvent(petition, { type: "verify", date: "2022-04-02", result: "partly_true" });
 * if (verified.ok) verified.value.verification; //=> "partly_true"
 * applyPetitionEvent(petition, { type: "close", date: "2022-03-20" }).issues.map((i) => i.code);
 * //=> ["transition_not_allowed", "dates_out_of_order"]
 * ```
 * @category Lifecycle
 */
export function applyPetitionEvent(
  petition: PetitionCase,
  event: PetitionEvent,
): Result<PetitionCase> {
  const from = petitionStage(petition);
  const row: { readonly [E in PetitionEventType]?: PetitionStage } = PETITION_TRANSITIONS[from];
  const to = row[event.type];
  const issues = petitionIssues(petition, event, from, to);
  if (issues.length > 0 || to === undefined) return { ok: false, issues };

  const next: PetitionCase = { ...petition };
  const status = STATUS_OF[to];
  if (status === undefined) delete next.status;
  else next.status = status;
  switch (event.type) {
    case "transfer":
      next.transferredDate = event.date;
      if (event.handlingUnit !== undefined) next.handlingUnit = event.handlingUnit;
      break;
    case "verify":
      next.verification = event.result;
      break;
    case "close":
      next.closedDate = event.date;
      break;
    case "reopen":
      delete next.closedDate;
      break;
    default:
      break;
  }
  return { ok: true, value: next, issues: [] };
}

/**
 * Applies petition events one after another, stopping at the first that is refused.
 *
 * @example
 * ```ts
 * import { applyPetitionEvents } from "ducha/lifecycle";
 * import { PetitionCase } from "ducha/model";
 * const petition = PetitionCase.parse({ id: "X1", roundId: "r2-xm", receivedDate: "2022-03-27" });
 * const result = applyPetitionEvents(petition, [
 *   { type: "transfer", date: "2022-03-28" },
 *   { type: "verify", date: "2022-04-02", result: "true" },
 *   { type: "start_handling", date: "2022-04-02" },
 *   { type: "close", date: "2022-05-30" },
 * ]);
 * if (result.ok) result.value.status; //=> "closed"
 * ```
 * @category Lifecycle
 */
export function applyPetitionEvents(
  petition: PetitionCase,
  events: readonly PetitionEvent[],
): Result<PetitionCase> {
  let current = petition;
  for (const [index, event] of events.entries()) {
    const result = applyPetitionEvent(current, event);
    if (!result.ok) {
      return {
        ok: false,
        issues: result.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      };
    }
    current = result.value;
  }
  return { ok: true, value: current, issues: [] };
}

// Each event's date must not come before the dates already on the case that precede it.
const EARLIER: Readonly<
  Record<PetitionEventType, readonly ("receivedDate" | "transferredDate" | "closedDate")[]>
> = {
  transfer: ["receivedDate"],
  verify: ["receivedDate", "transferredDate"],
  start_handling: ["receivedDate", "transferredDate"],
  close_stage: ["receivedDate", "transferredDate"],
  close: ["receivedDate", "transferredDate"],
  revisit: ["receivedDate", "transferredDate", "closedDate"],
  reopen: ["receivedDate", "transferredDate", "closedDate"],
};

function petitionIssues(
  petition: PetitionCase,
  event: PetitionEvent,
  from: PetitionStage,
  to: PetitionStage | undefined,
): Issue[] {
  if (!isIsoDate(event.date)) {
    return [
      issueFrom(LIFECYCLE_ISSUES, "invalid_event_date", ["date"], {
        field: "date",
        received: String(event.date),
      }),
    ];
  }
  const issues: Issue[] = [];
  if (to === undefined) {
    issues.push(
      issueFrom(LIFECYCLE_ISSUES, "transition_not_allowed", ["type"], { from, event: event.type }),
    );
  }
  for (const field of EARLIER[event.type]) {
    const earlier = petition[field];
    if (earlier !== undefined && event.date < earlier) {
      issues.push(
        issueFrom(LIFECYCLE_ISSUES, "dates_out_of_order", ["date"], {
          field: "date",
          date: event.date,
          earlierField: field,
          earlier,
        }),
      );
      break;
    }
  }
  return issues;
}
