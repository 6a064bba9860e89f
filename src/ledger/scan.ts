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
 * Walks the raw input once, without recursion, looking for what must never reach the schema:
 * prototype-polluting keys, cycles and runaway nesting. The input is never changed; when something
 * is found, a cleaned copy is returned instead.
 */
export function scanInput(input: unknown): ScanResult {
  const issues: Issue[] = [];
  if (!findsTrouble(input)) return { issues, value: input };
  const value = cleanCopy(input, [], new Set(), issues);
  return { issues, value };
}

function findsTrouble(input: unknown): boolean {
  if (input === null || typeof input !== "object") return false;
  // Iterative depth-first walk; `onPath` detects cycles (a shared but acyclic object is fine).
  const stack: { node: object; depth: number; leaving: boolean }[] = [
    { node: input, depth: 0, leaving: false },
  ];
  const onPath = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.leaving) {
      onPath.delete(frame.node);
      continue;
    }
    if (onPath.has(frame.node) || frame.depth > MAX_DEPTH) return true;
    onPath.add(frame.node);
    stack.push({ node: frame.node, depth: frame.depth, leaving: true });
    if (Array.isArray(frame.node)) {
      for (const child of frame.node) {
        if (child !== null && typeof child === "object") {
          stack.push({ node: child, depth: frame.depth + 1, leaving: false });
        }
      }
    } else {
      for (const key of Object.keys(frame.node)) {
        if (FORBIDDEN_KEYS.has(key)) return true;
        const child = (frame.node as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") {
          stack.push({ node: child, depth: frame.depth + 1, leaving: false });
        }
      }
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
