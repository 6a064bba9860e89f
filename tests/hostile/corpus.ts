// Shared by the hostile-input tests: the manifest, what each reader returns in a comparable form,
// and the guards every case runs under (input frozen, prototypes watched, Result contract).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Issue } from "../../src/issue.js";

export const HOSTILE_DIR = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));

/** `[total, valid, withErrors]` per collection that has records. */
export type CountsRow = Record<string, [number, number, number]>;

export interface LedgerExpect {
  readonly parse: { readonly ok: boolean; readonly issues: readonly string[] };
  readonly validate: {
    readonly ok: boolean;
    readonly issues: readonly string[];
    readonly records: CountsRow;
  };
}
export interface DeadlineExpect {
  readonly ok: boolean;
  readonly issues: readonly string[];
  readonly value?: Readonly<Record<string, unknown>>;
}
export interface CsvExpect {
  readonly ok: boolean;
  readonly issues: readonly string[];
  readonly tasks?: number;
}
export interface NdjsonExpect {
  readonly ok: boolean;
  readonly issues: readonly string[];
  readonly lines: number;
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
}
export interface RateExpect {
  readonly ok: boolean;
  readonly issues: readonly string[];
  readonly consistent?: boolean;
}

interface CaseBase {
  /** A file in tests/fixtures/hostile/, or a builder of tests/hostile/builders.ts. */
  readonly file?: string;
  readonly build?: string;
  /** What is hostile about it, for the corpus table in docs/quality.md. */
  readonly hostile: string;
}
export type HostileCase =
  | (CaseBase & { readonly reader: "ledger"; readonly expect: LedgerExpect })
  | (CaseBase & { readonly reader: "deadline"; readonly expect: DeadlineExpect })
  | (CaseBase & { readonly reader: "csv"; readonly expect: CsvExpect })
  | (CaseBase & { readonly reader: "ndjson"; readonly expect: NdjsonExpect })
  | (CaseBase & { readonly reader: "rate"; readonly expect: RateExpect });

export const MANIFEST: readonly HostileCase[] = JSON.parse(
  readFileSync(`${HOSTILE_DIR}manifest.json`, "utf8"),
).cases;

export function casesOf<R extends HostileCase["reader"]>(
  reader: R,
): Extract<HostileCase, { reader: R }>[] {
  return MANIFEST.filter((c): c is Extract<HostileCase, { reader: R }> => c.reader === reader);
}

export const nameOf = (c: HostileCase): string => c.file ?? `build:${c.build}`;

export function fixtureFiles(): string[] {
  return readdirSync(HOSTILE_DIR).filter((f) => f !== "manifest.json" && f !== "README.md");
}

/**
 * `code@a.b.0.c`, plus `:L7` when the issue names a line: an issue as the manifest lists it
 * (paths of 64 levels are cut to 8 keys and "…").
 */
export function located(issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.length > 8 ? [...issue.path.slice(0, 8), "…"] : issue.path;
    const line = issue.params?.line;
    return `${issue.code}@${path.join(".")}${typeof line === "number" ? `:L${line}` : ""}`;
  });
}

/** Every issue is whole: a snake_case code, a severity, a path and a message in both languages. */
export function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(["error", "warning", "info"]).toContain(issue.severity);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    expect(issue.message["zh-CN"].length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.en).not.toMatch(/undefined|\[object Object\]/);
  }
}

/** The `Result` contract: ok ⇔ a value and no error issue. */
export function expectResultContract(result: {
  ok: boolean;
  value?: unknown;
  issues: readonly Issue[];
}): void {
  expectWellFormed(result.issues);
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (result.ok) {
    expect(result.value).toBeDefined();
    expect(errors).toEqual([]);
  } else {
    expect(errors.length).toBeGreaterThan(0);
  }
}

/** Freezes a value and everything reachable from it (cycles included), so any write throws. */
export function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    for (const key of Reflect.ownKeys(node)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(node, key);
      if (descriptor && "value" in descriptor) stack.push(descriptor.value);
    }
    Object.freeze(node);
  }
  return value;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

/** The own keys of the built-in prototypes, to compare before and after a case. */
export function prototypeKeys(): string[][] {
  return PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).sort());
}

export function expectNoPollution(before: string[][]): void {
  expect(prototypeKeys()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect([] as unknown as Record<string, unknown>).not.toHaveProperty("polluted");
}
