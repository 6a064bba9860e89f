/**
 * Comparing a ledger's round with the schedule: the dates that differ, with both values and the
 * schedule's sources.
 *
 * @module
 */
import type { Round } from "../model/round.js";
import { type FindInspectionOptions, findInspection } from "./find.js";
import type { Inspection, Sourced } from "./schema.js";

/**
 * A date of a round that the schedule gives differently: the round's field, its date, the
 * schedule's date and record, and the schedule's sources.
 *
 * @example
 * ```ts
 * import type { ScheduleDifference } from "ducha/rounds";
 * const d: ScheduleDifference = {
 *   field: "feedbackDate", date: "2021-12-13", scheduleDate: "2021-12-12",
 *   recordId: "r2-b4-jilin", sources: ["http://beidouzhiku.cn/news/show.php?itemid=34931"],
 * };
 * ```
 * @category Inspection schedule
 */
export interface ScheduleDifference {
  readonly field: "stationing.start" | "stationing.end" | "feedbackDate";
  readonly date: string;
  readonly scheduleDate: string;
  readonly recordId: string;
  readonly sources: readonly string[];
}

/** Every reading a fact has: its value and those of a disagreement. */
function readingsOf(fact: Sourced<string>): string[] {
  return [fact.value, ...(fact.disagreement?.readings ?? []).map((r) => String(r.value))];
}

/**
 * The stationing and feedback dates of `round` that differ from `record`. A date the schedule
 * lacks, or that matches any reading of a disputed fact, is not a difference. The plan's dates are
 * not compared: a city's ledger records its own plan, not the province's.
 *
 * @example
 * ```ts
 * import { compareWithInspection, INSPECTIONS } from "ducha/rounds";
 * const record = INSPECTIONS.find((r) => r.id === "r2-b4-jilin");
 * if (record) {
 *   compareWithInspection({ id: "r", feedbackDate: "2021-12-13" }, record)[0]?.scheduleDate; //=> "2021-12-12"
 * }
 * ```
 * @category Inspection schedule
 */
export function compareWithInspection(
  round: Pick<Round, "stationing" | "feedbackDate">,
  record: Inspection,
): ScheduleDifference[] {
  const pairs: [ScheduleDifference["field"], string | undefined, Sourced<string> | undefined][] = [
    ["stationing.start", round.stationing?.start, record.stationingStart],
    ["stationing.end", round.stationing?.end, record.stationingEnd],
    ["feedbackDate", round.feedbackDate, record.feedbackDate],
  ];
  const differences: ScheduleDifference[] = [];
  for (const [field, date, fact] of pairs) {
    if (date === undefined || fact === undefined || readingsOf(fact).includes(date)) continue;
    differences.push({
      field,
      date,
      scheduleDate: fact.value,
      recordId: record.id,
      sources: [...fact.sources],
    });
  }
  return differences;
}

/**
 * The differences between a ledger's round and the schedule, when the schedule has exactly one
 * record of the round's party (`inspected`), `kind` (default routine) and `ordinal`; an empty list
 * when it has none or the round does not say enough to pick one (never a guess).
 *
 * @example
 * ```ts
 * import { compareWithSchedule } from "ducha/rounds";
 * compareWithSchedule({ id: "r2-jl", ordinal: 2, inspected: "吉林省", feedbackDate: "2021-12-12" }); //=> []
 * compareWithSchedule({ id: "r2-jl", ordinal: 2, inspected: "吉林省", feedbackDate: "2021-12-21" })[0]?.field; //=> "feedbackDate"
 * ```
 * @category Inspection schedule
 */
export function compareWithSchedule(
  round: Pick<Round, "inspected" | "kind" | "ordinal" | "batch" | "stationing" | "feedbackDate">,
  options: FindInspectionOptions = {},
): ScheduleDifference[] {
  if (round.inspected === undefined || round.ordinal === undefined) return [];
  const found = findInspection(
    {
      inspected: round.inspected,
      round: round.ordinal,
      kind: round.kind ?? "routine",
      ...(round.batch === undefined ? {} : { batch: round.batch }),
    },
    options,
  );
  return found.ok ? compareWithInspection(round, found.value) : [];
}
