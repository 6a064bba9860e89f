/**
 * A fast path for validation. `compileFastCheck(schema)` walks a zod schema once and returns a
 * predicate that is true only when zod would accept the value AND return it unchanged (no trim,
 * no default filled in). Clean records, the vast majority of a real ledger, then skip zod and are
 * kept as they are; anything the predicate is unsure of goes through zod for exact issues.
 */
import type * as z from "zod";
import { isIsoDateString } from "../_lib/isoDate.js";

export type FastCheck = (value: unknown) => boolean;

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: CheckDef } }[] };
type CheckDef = Record<string, unknown> & { check: string };

const never: FastCheck = () => false;
const cache = new WeakMap<object, FastCheck>();

/** Compiles (and caches per schema) the fast predicate of a zod schema. */
export function compileFastCheck(schema: z.ZodType): FastCheck {
  const cached = cache.get(schema);
  if (cached) return cached;
  const compiled = compile(schema);
  cache.set(schema, compiled);
  return compiled;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function compile(schema: unknown): FastCheck {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return compileString(def);
    case "number":
      return compileNumber(def);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "unknown":
      return () => true;
    case "enum": {
      const allowed = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => allowed.has(v as string);
    }
    case "literal": {
      const allowed = new Set(def.values as unknown[]);
      return (v) => allowed.has(v);
    }
    case "optional": {
      const inner = compile(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case "default": {
      // A default would change the output, so only present values take the fast path.
      const inner = compile(def.innerType);
      return (v) => v !== undefined && inner(v);
    }
    case "array": {
      const element = compile(def.element);
      if ((def.checks?.length ?? 0) > 0) return never;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "object":
      return compileObject(def);
    case "record":
      return compileRecord(def);
    case "union":
      return compileUnion(def);
    default:
      return never;
  }
}

function compileString(def: Def): FastCheck {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  let trimmed = false;
  // zod's ISO date is checked by isIsoDateString below, not by its (slow) regular expression.
  const date = def.format === "date";
  let pattern: RegExp | undefined;
  if (def.format !== undefined && !date) return never;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length") min = c.minimum as number;
    else if (c.check === "max_length") max = c.maximum as number;
    else if (c.check === "overwrite")
      trimmed = true; // our only overwrite is .trim()
    else if (c.check === "string_format" && c.format === "regex") pattern = c.pattern as RegExp;
    else return never;
  }
  return (v) => {
    if (typeof v !== "string" || v.length < min || v.length > max) return false;
    if (
      trimmed &&
      v.length > 0 &&
      (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)))
    ) {
      return false;
    }
    return (!date || isIsoDateString(v)) && (pattern === undefined || pattern.test(v));
  };
}

function isSpace(code: number): boolean {
  // Conservative: anything that might be whitespace to String.prototype.trim goes to zod.
  return code <= 0x20 || code === 0xa0 || code === 0xfeff || (code >= 0x1680 && code <= 0x3000);
}

function compileNumber(def: Def): FastCheck {
  let integer = false;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minInclusive = true;
  let maxInclusive = true;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "number_format" && c.format === "safeint") integer = true;
    else if (c.check === "greater_than") {
      min = c.value as number;
      minInclusive = c.inclusive === true;
    } else if (c.check === "less_than") {
      max = c.value as number;
      maxInclusive = c.inclusive === true;
    } else return never;
  }
  return (v) =>
    typeof v === "number" &&
    Number.isFinite(v) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max) &&
    (!integer || Number.isSafeInteger(v));
}

function compileObject(def: Def): FastCheck {
  const shape = def.shape as Record<string, unknown>;
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  // Strict objects (no catchall) would reject unknown keys; ours are all loose.
  if (catchall !== "unknown") return never;
  const keys = Object.keys(shape);
  const checks = keys.map((key) => compile(shape[key]));
  const byKey = new Map(keys.map((key, i) => [key, checks[i]!] as const));
  // Fields that must be present: their check fails on undefined (required, or with a default).
  const required = keys.filter((_, i) => !checks[i]!(undefined));
  // Every field of the schema in turn; for any object that is not a plain one.
  const byField = (record: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(record[keys[i]!])) return false;
    return true;
  };
  return (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    const proto: unknown = Object.getPrototypeOf(record);
    if (proto !== Object.prototype && proto !== null) return byField(record);
    // A plain object (all of parsed JSON): check the fields it has, then that none required is
    // missing. A record sets a few of the schema's many optional fields, so this reads far
    // fewer properties, and reads each one by the key it already has.
    for (const key in record) {
      const check = byKey.get(key);
      if (check !== undefined && !check(record[key])) return false;
    }
    for (let i = 0; i < required.length; i++) if (record[required[i]!] === undefined) return false;
    return true;
  };
}

function compileRecord(def: Def): FastCheck {
  const keyDef = defOf(def.keyType);
  if (keyDef.type !== "enum" || def.partial !== true) return never;
  const keys = new Set(Object.values(keyDef.entries as Record<string, string>));
  const value = compile(def.valueType);
  return (v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
    for (const key of Object.keys(v)) {
      if (!keys.has(key) || !value((v as Record<string, unknown>)[key])) return false;
    }
    return true;
  };
}

function compileUnion(def: Def): FastCheck {
  const discriminator = def.discriminator as string | undefined;
  const options = def.options as unknown[];
  if (discriminator === undefined) {
    const checks = options.map(compile);
    return (v) => checks.some((check) => check(v));
  }
  // Discriminated: one lookup picks the branch.
  const byTag = new Map<unknown, FastCheck>();
  for (const option of options) {
    const tag = defOf(
      defOf(option).shape && (defOf(option).shape as Record<string, unknown>)[discriminator],
    );
    for (const value of (tag.values as unknown[]) ?? []) byTag.set(value, compile(option));
  }
  return (v) => {
    if (v === null || typeof v !== "object") return false;
    const check = byTag.get((v as Record<string, unknown>)[discriminator]);
    return check?.(v) === true;
  };
}
