import { isWellFormedText } from "../_lib/text.js";
import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import { LEDGER_ISSUES } from "./issues.js";

/** Deepest nesting a ledger may have; real ledgers need about 6 levels. */
export const MAX_DEPTH = 64;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

interface ScanResult {
  readonly issues: Issue[];
  /** The input itself when it was clean, else a copy without the offending parts. */
  readonly value: unknown;
}

/**
 * Walks the raw input once looking for what must never reach the schema: prototype-polluting
 * keys, cycles and runaway nesting; and for text with lone UTF-16 surrogates, which is kept but
 * reported (a warning), because writing it as UTF-8 would change it. The input is never changed;
 * when something is found, a cleaned copy is returned instead.
 */
export function scanInput(input: unknown): ScanResult {
  const issues: Issue[] = [];
  if (!findsTrouble(input, 0)) return { issues, value: input };
  const value = cleanCopy(input, [], new Set(), issues);
  return { issues, value };
}

/**
 * True when the value holds a forbidden key, a string with a lone surrogate, or goes deeper
 * than MAX_DEPTH. A cycle is an endless path, so it always goes too deep: no set of visited
 * objects is needed to find one (cleanCopy then tells the two apart). Recursion is bounded by
 * MAX_DEPTH. This is the hot path of reading a ledger, hence plain loops, no allocation and
 * `for…in` (twice as fast as Object.keys here; parsed JSON has no inherited enumerable keys, and
 * one would at worst send the input to the exact but slower cleanCopy).
 */
function findsTrouble(node: unknown, depth: number): boolean {
  if (node === null || typeof node !== "object") return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === "string") {
        if (!isWellFormedText(child)) return true;
      } else if (child !== null && typeof child === "object" && findsTrouble(child, depth + 1)) {
        return true;
      }
    }
    return false;
  }
  for (const key in node) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return true;
    const child: unknown = (node as Record<string, unknown>)[key];
    if (typeof child === "string") {
      if (!isWellFormedText(child)) return true;
    } else if (child !== null && typeof child === "object" && findsTrouble(child, depth + 1)) {
      return true;
    }
  }
  return false;
}

// Only reached for troubled input, so plain recursion is bounded by MAX_DEPTH.
function cleanCopy(
  node: unknown,
  path: (string | number)[],
  onPath: Set<object>,
  issues: Issue[],
): unknown {
  if (typeof node === "string") {
    // Kept as it is (the reader decides), but said: UTF-8 output would replace it silently.
    if (!isWellFormedText(node)) issues.push(issueFrom(LEDGER_ISSUES, "lone_surrogate", path, {}));
    return node;
  }
  if (node === null || typeof node !== "object") return node;
  if (onPath.has(node)) {
    issues.push(issueFrom(LEDGER_ISSUES, "circular_reference", path, {}));
    return undefined;
  }
  if (path.length > MAX_DEPTH) {
    issues.push(issueFrom(LEDGER_ISSUES, "nesting_too_deep", path, { limit: MAX_DEPTH }));
    return undefined;
  }
  onPath.add(node);
  let copy: unknown;
  if (Array.isArray(node)) {
    copy = node.map((child, index) => cleanCopy(child, [...path, index], onPath, issues));
  } else {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(issueFrom(LEDGER_ISSUES, "forbidden_key", [...path, key], { key }));
        continue;
      }
      out[key] = cleanCopy((node as Record<string, unknown>)[key], [...path, key], onPath, issues);
    }
    // A plain prototype again, so downstream code sees an ordinary object.
    copy = Object.assign({}, out);
  }
  onPath.delete(node);
  return copy;
}
