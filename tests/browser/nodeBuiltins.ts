import { builtinModules } from "node:module";

/** One use of Node in a source file: an import of a built-in module or a Node-only global. */
export interface NodeUse {
  readonly line: number;
  readonly what: string;
}

/** Globals that exist in Node but not in a browser (or, like `global`, only under another name). */
export const NODE_GLOBALS = [
  "process",
  "Buffer",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
] as const;

const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, "")));

/** Whether an import specifier names a Node built-in (`node:fs`, `fs`, `fs/promises`). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith("node:")) return true;
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split("/")[0] ?? "");
}

/** A `/` starts a regular expression (not a division) after these characters or at the start. */
const BEFORE_REGEX = new Set([
  "",
  "(",
  ",",
  "=",
  ":",
  "[",
  "!",
  "&",
  "|",
  "?",
  "{",
  "}",
  ";",
  "+",
  "-",
  "*",
  "%",
  "<",
  ">",
  "~",
  "^",
]);

/**
 * Source text with comments removed and the contents of string, template and regular expression
 * literals blanked (quotes kept, line breaks kept so line numbers stay right). Import specifiers are
 * returned separately with their lines before they are blanked.
 */
export function stripLiterals(source: string): { code: string; strings: NodeUse[] } {
  let code = "";
  const strings: NodeUse[] = [];
  let line = 1;
  let last = ""; // last significant code character, to tell a regex from a division
  let i = 0;
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  while (i < source.length) {
    const c = source[i] ?? "";
    const next = source[i + 1] ?? "";
    let end = i + 1;
    if (c === "/" && next === "/") {
      end = source.indexOf("\n", i);
      if (end === -1) end = source.length;
      code += blank(source.slice(i, end));
    } else if (c === "/" && next === "*") {
      end = source.indexOf("*/", i + 2);
      end = end === -1 ? source.length : end + 2;
      code += blank(source.slice(i, end));
    } else if (c === '"' || c === "'" || c === "`" || (c === "/" && BEFORE_REGEX.has(last))) {
      let inClass = false;
      for (end = i + 1; end < source.length; end++) {
        const d = source[end];
        if (d === "\\") end++;
        else if (c === "/" && d === "[") inClass = true;
        else if (c === "/" && d === "]") inClass = false;
        else if (d === c && !inClass) break;
        else if (d === "\n" && c !== "`") break;
      }
      end = Math.min(end + 1, source.length);
      const literal = source.slice(i, end);
      if (c !== "/") strings.push({ line, what: literal.slice(1, -1) });
      code += c + blank(literal.slice(1, -1)) + literal.slice(-1);
      last = "a";
    } else {
      code += c;
      if (!/\s/.test(c)) last = c;
    }
    for (let k = i; k < end; k++) if (source[k] === "\n") line++;
    i = end;
  }
  return { code, strings };
}

/** Every import of a Node built-in and every use of a Node-only global in a TypeScript source. */
export function findNodeUses(source: string): NodeUse[] {
  const { code, strings } = stripLiterals(source);
  const lines = code.split("\n");
  const uses: NodeUse[] = [];
  // A string literal right after `from`, `import`, `import(` or `require(` is a module specifier.
  const specifierAt = new Set<number>();
  lines.forEach((text, index) => {
    if (/(\bfrom|\bimport|\bimport\s*\(|\brequire\s*\()\s*["'`]/.test(text))
      specifierAt.add(index + 1);
  });
  for (const literal of strings) {
    if (specifierAt.has(literal.line) && isNodeBuiltin(literal.what)) {
      uses.push({ line: literal.line, what: `import of "${literal.what}"` });
    }
  }
  const global = new RegExp(`(?<![.\\w$])(?:${NODE_GLOBALS.join("|")})(?![\\w$]|\\s*:(?!:))`, "g");
  lines.forEach((text, index) => {
    for (const match of text.matchAll(global)) {
      uses.push({ line: index + 1, what: `Node global ${match[0]}` });
    }
  });
  return uses.sort((a, b) => a.line - b.line);
}
