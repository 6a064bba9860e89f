/**
 * Small helpers to build and add the plain count objects of a summary.
 *
 * @module
 * @internal
 */
import type { ConsistencyMismatch, CountMap, TallyMap, TaskTally } from "./summary.js";

/** Keys sorted by code point, so equal summaries serialise to equal JSON. */
export function sortedKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function addTally(a: TaskTally, b: TaskTally): TaskTally {
  return {
    tasks: a.tasks + b.tasks,
    completed: a.completed + b.completed,
    basicallyCompleted: a.basicallyCompleted + b.basicallyCompleted,
    overdue: a.overdue + b.overdue,
    overdueBasicallyCompleted: a.overdueBasicallyCompleted + b.overdueBasicallyCompleted,
    completedOnTime: a.completedOnTime + b.completedOnTime,
    basicallyCompletedOnTime: a.basicallyCompletedOnTime + b.basicallyCompletedOnTime,
  };
}

function mergeSorted<V>(
  a: Readonly<Record<string, V>>,
  b: Readonly<Record<string, V>>,
  add: (x: V, y: V) => V,
): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of sortedKeys({ ...a, ...b })) {
    const x = Object.hasOwn(a, key) ? a[key] : undefined;
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    setKey(out, key, x === undefined ? (y as V) : y === undefined ? x : add(x, y));
  }
  return out;
}

export function addCounts(a: CountMap, b: CountMap): CountMap {
  return mergeSorted(a, b, (x, y) => x + y);
}

export function addTallies(a: TallyMap, b: TallyMap): TallyMap {
  return mergeSorted(a, b, addTally);
}

/** A mutable tally under construction. */
export type TallyDraft = { -readonly [K in keyof TaskTally]: TaskTally[K] };

/** Sorted copy of a draft map. */
export function freezeOrder<V>(draft: Map<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  const keys = [...draft.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) setKey(out, key, draft.get(key) as V);
  return out;
}

/** Sets an own enumerable key, even one named `__proto__` (a unit name is data, not code). */
export function setKey<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Mismatches in one order whatever order they were found in. */
export function sortMismatches(list: readonly ConsistencyMismatch[]): ConsistencyMismatch[] {
  const key = (m: ConsistencyMismatch) => JSON.stringify([m.id, m.field, m.total, m.sum]);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
