// Hostile inputs that cannot be committed as files: values JSON cannot hold (NaN, cycles,
// getters), and sizes that would bloat the repository (10 MB strings, 10,000-level nesting).
// Each builder returns a fresh input, so a test may check it was not changed.

const TEN_MB = 10 * 1024 * 1024;

function base(): Record<string, unknown> & { tasks: Record<string, unknown>[] } {
  return {
    format: "ducha/ledger@1",
    rounds: [{ id: "r2-nm", kind: "routine", ordinal: 2, inspected: "内蒙古自治区" }],
    problems: [{ id: "p1", roundId: "r2-nm", text: "草原生态保护修复工作推进不力问题" }],
    tasks: [{ id: "t1", problemIds: ["p1"], title: "草原生态保护修复整改" }],
  };
}

function nested(depth: number): unknown {
  let value: unknown = "底";
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

/** Inputs for `parseLedger` / `validateLedger`, by the name the manifest gives them. */
export const LEDGER_BUILDERS: Readonly<Record<string, () => unknown>> = {
  "nan-and-infinite-counts": () => ({
    ...base(),
    petitionTallies: [
      { id: "tally-nan", roundId: "r2-nm", transferred: Number.NaN },
      { id: "tally-inf", roundId: "r2-nm", transferred: Number.POSITIVE_INFINITY },
      { id: "tally-neg-zero", roundId: "r2-nm", transferred: -0 },
    ],
  }),
  "cyclic-record": () => {
    const ledger = base();
    const task = ledger.tasks[0]!;
    task.self = task;
    return ledger;
  },
  "cyclic-document": () => {
    const ledger = base();
    ledger.meta = { note: "引用自身", parent: ledger };
    return ledger;
  },
  "shared-acyclic-object": () => {
    const ledger = base();
    const units = ["锡林郭勒盟行政公署"];
    ledger.tasks.push({ id: "t2", problemIds: ["p1"], title: "第二项", leadUnits: units });
    ledger.tasks[0]!.leadUnits = units;
    return ledger;
  },
  "ten-mb-title": () => {
    const ledger = base();
    ledger.tasks[0]!.title = "草".repeat(TEN_MB);
    return ledger;
  },
  "ten-mb-id": () => {
    const ledger = base();
    ledger.tasks[0]!.id = "t".repeat(TEN_MB);
    return ledger;
  },
  "ten-mb-json-text": () => JSON.stringify({ ...base(), meta: { note: "注".repeat(TEN_MB) } }),
  "deep-nesting-object": () => ({ ...base(), meta: { note: "深", extra: nested(10_000) } }),
  "deep-nesting-json-text": () =>
    `{"format":"ducha/ledger@1","extra":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
  "null-prototype-document": () => Object.assign(Object.create(null), base()),
  "sparse-array": () => {
    const ledger = base();
    // A hole at index 1: JSON cannot write it, JavaScript callers can.
    ledger.tasks.length = 3;
    ledger.tasks[2] = { id: "t3", problemIds: ["p1"], title: "第三项" };
    return ledger;
  },
  "prototype-keys-object": () => {
    const ledger = base();
    Object.defineProperty(ledger, "__proto__", {
      value: { polluted: "yes" },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    Reflect.set(ledger.tasks[0]!, "constructor", { prototype: { polluted: "yes" } });
    return ledger;
  },
  "many-records": () => {
    const ledger = base();
    for (let i = 2; i <= 20_000; i++) {
      ledger.tasks.push({ id: `t${i}`, problemIds: ["p1"], title: `任务${i}` });
    }
    ledger.tasks.push({ id: "t1", problemIds: ["p1"], title: "重复编号" });
    return ledger;
  },
};

/** Deadline texts built at test time. */
export const DEADLINE_BUILDERS: Readonly<Record<string, () => string>> = {
  "ten-mb-deadline": () => `2025年底前${"，".repeat(TEN_MB)}`,
  "many-figures-deadline": () => "2025年".repeat(100_000),
};

/** `auditRate` inputs built at test time. */
export const RATE_BUILDERS: Readonly<Record<string, () => unknown>> = {
  "nan-counts": () => ({ numerator: Number.NaN, denominator: 4704, stated: "97.64%" }),
  "infinite-denominator": () => ({
    numerator: 4593,
    denominator: Number.POSITIVE_INFINITY,
    stated: "97.64%",
  }),
  "ten-mb-stated": () => ({ numerator: 4593, denominator: 4704, stated: "9".repeat(TEN_MB) }),
};
