/**
 * Builders the schedule's data files share: a sourced fact, and the records of one batch from its
 * listing (the announcement naming its parties) and the per-party facts.
 *
 * @module
 */
import type { RoundKind } from "../../model/enums.js";
import { PARTIES, type PartySlug } from "../parties.js";
import type { Inspection, ScheduleGroup, Sourced } from "../schema.js";

/** A fact with its sources (one URL or several) and an optional note. */
export function fact<T>(value: T, sources: string | readonly string[], note?: string): Sourced<T> {
  return {
    value,
    sources: typeof sources === "string" ? [sources] : [...sources],
    ...(note === undefined ? {} : { note }),
  };
}

/** The batch a listing announces. */
export interface BatchListing {
  readonly kind: RoundKind;
  readonly ordinal: number;
  readonly batch: number;
  readonly year: number;
  /** The page(s) naming the batch's parties. */
  readonly listedIn: readonly string[];
  readonly launchDate?: Sourced<string>;
  readonly note?: string;
}

/** What one party's record adds to its batch's listing. */
export interface PartyFacts {
  readonly group?: Sourced<ScheduleGroup>;
  readonly stationingStart?: Sourced<string>;
  readonly stationingEnd?: Sourced<string>;
  readonly feedbackDate?: Sourced<string>;
  readonly planPublishedDate?: Sourced<string>;
  readonly taskCount?: Sourced<number>;
  readonly note?: string;
}

const PREFIX: Readonly<Record<RoundKind, string>> = {
  routine: "r",
  look_back: "lb",
  special: "sp",
  provincial: "pv",
};

const mutable = <T>(f: Sourced<T> | undefined): unknown =>
  f === undefined ? undefined : JSON.parse(JSON.stringify(f));

/** The records of one batch, in the listing's order. */
export function batch(
  listing: BatchListing,
  parties: readonly (readonly [PartySlug, PartyFacts?])[],
): Inspection[] {
  return parties.map(([slug, facts = {}]) => {
    const party = PARTIES[slug];
    const record: Inspection = {
      id: `${PREFIX[listing.kind]}${listing.ordinal}-b${listing.batch}-${slug}`,
      kind: listing.kind,
      ordinal: listing.ordinal,
      batch: listing.batch,
      year: listing.year,
      party: JSON.parse(JSON.stringify(party)) as Inspection["party"],
      listedIn: [...listing.listedIn],
    };
    const entries = {
      launchDate: mutable(listing.launchDate),
      group: mutable(facts.group),
      stationingStart: mutable(facts.stationingStart),
      stationingEnd: mutable(facts.stationingEnd),
      feedbackDate: mutable(facts.feedbackDate),
      planPublishedDate: mutable(facts.planPublishedDate),
      taskCount: mutable(facts.taskCount),
    };
    for (const [key, value] of Object.entries(entries)) {
      if (value !== undefined) (record as Record<string, unknown>)[key] = value;
    }
    const note = [listing.note, facts.note].filter((n) => n !== undefined).join(" ");
    if (note !== "") record.note = note;
    return record;
  });
}

/** A group fact: ordinal, leader and deputy where given. */
export function group(
  sources: string | readonly string[],
  ordinal: number | undefined,
  leader?: string,
  deputyLeader?: string,
  note?: string,
): Sourced<ScheduleGroup> {
  return fact(
    {
      ...(ordinal === undefined ? {} : { ordinal }),
      ...(leader === undefined ? {} : { leader }),
      ...(deputyLeader === undefined ? {} : { deputyLeader }),
    },
    sources,
    note,
  );
}
