import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A fenced ```ts block found in a Markdown file or a TSDoc comment. */
export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const FENCE = /^\s*(?:\*\s?)?```(ts|typescript)\s*$/;
const FENCE_END = /^\s*(?:\*\s?)?```\s*$/;

/** Every ```ts block of a file; in .ts files only those inside comments (TSDoc @example). */
export function examplesIn(file: string, root: string): Example[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const inSource = file.endsWith(".ts");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i] ?? "")) continue;
    const start = i + 1;
    const body: string[] = [];
    for (i = start; i < lines.length && !FENCE_END.test(lines[i] ?? ""); i++) {
      const line = lines[i] ?? "";
      body.push(inSource ? line.replace(/^\s*\*\s?/, "") : line);
    }
    const code = body.join("\n");
    // Blocks marked `// not run` show shapes or output, not code to execute.
    if (!code.includes("// not run")) out.push({ file: relative(root, file), line: start, code });
  }
  return out;
}

/** Markdown files under the given folders (recursively), plus single files. */
export function filesUnder(root: string, paths: readonly string[], ext: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    const full = join(root, path);
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(full);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(full).sort()) {
        if (name === "api" && path === "docs") continue; // generated reference, examples come from src
        walk(join(path, name));
      }
    } else if (full.endsWith(ext)) found.push(full);
  };
  for (const path of paths) walk(path);
  return found;
}

const CHECK_IF = /^(\s*)if \((.+)\) (.+?);?\s*\/\/=>\s*(.+)$/;
const CHECK = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/;

/**
 * Turns an example into a module: imports of "ducha" and its subpaths point at the sources, and
 * every `expr; //=> value` line becomes an assertion that `expr` deep-equals `value`.
 */
export function toModule(example: Example, srcDir: string): string {
  const source = example.code.split("\n");
  const out: string[] = [];
  source.forEach((line, index) => {
    const where = JSON.stringify(`${example.file}:${example.line + index + 1}`);
    const conditional = CHECK_IF.exec(line);
    if (conditional) {
      const [, indent, cond, expr, expected] = conditional;
      out.push(
        `${indent}if (${cond}) __duchaCheck(() => (${expr}), () => (${expected}), ${where});`,
      );
      return;
    }
    const plain = CHECK.exec(line);
    if (!plain || /^\s*(\/\/|const |let |import |export |return )/.test(line)) {
      out.push(line);
      return;
    }
    const [, indent, tail, expected] = plain;
    // An expression spread over several lines: take back earlier lines until brackets balance.
    let expr = tail ?? "";
    let depth = bracketDelta(expr);
    while (depth < 0 && out.length > 0) {
      const previous = out.pop() ?? "";
      expr = `${previous}\n${expr}`;
      depth += bracketDelta(previous);
    }
    const lead = depth === 0 && expr !== tail ? (/^\s*/.exec(expr)?.[0] ?? "") : (indent ?? "");
    out.push(
      `${lead}__duchaCheck(() => (${expr.trim()}), () => (${withoutNote(expected ?? "")}), ${where});`,
    );
  });
  const code = out
    .join("\n")
    .replace(/from "ducha"/g, `from ${JSON.stringify(`${srcDir}/index.ts`)}`)
    .replace(
      /from "ducha\/([a-z-]+)"/g,
      (_m, sub: string) => `from ${JSON.stringify(`${srcDir}/${sub}/index.ts`)}`,
    );
  return `const __duchaCheck = (globalThis as any).__duchaCheck;\n${code}\nexport {};\n`;
}

/** A value may be followed by a note in parentheses: `//=> true (a Sunday worked)`. */
function withoutNote(expected: string): string {
  return /^(.+?)\s+\([^()]*\s[^()]*\)$/.exec(expected.trim())?.[1] ?? expected;
}

/** Opening minus closing brackets, outside string literals. */
function bracketDelta(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
  }
  return depth;
}
