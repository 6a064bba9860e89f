import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findNodeUses, isNodeBuiltin, stripLiterals } from "./nodeBuiltins.js";

const root = resolve(import.meta.dirname, "../..");
const src = join(root, "src");

/** Folders of src/ allowed to use Node: file and process I/O, the CLI and test helpers. */
const NODE_ALLOWED = ["io", "cli", "testing"];

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return dir === src && NODE_ALLOWED.includes(entry.name) ? [] : coreFiles(path);
    }
    return /\.(m|c)?ts$/.test(entry.name) ? [path] : [];
  });
}

describe("the pure core", () => {
  const files = coreFiles(src);

  it("is scanned: src/index.ts and the module folders", () => {
    const names = files.map((file) => relative(src, file));
    expect(names).toContain("index.ts");
    expect(names).toContain(join("metrics", "completionRate.ts"));
    expect(names.some((name) => NODE_ALLOWED.some((folder) => name.startsWith(`${folder}/`)))).toBe(
      false,
    );
  });

  it("imports no Node built-in and uses no Node-only global", () => {
    const found = files.flatMap((file) =>
      findNodeUses(readFileSync(file, "utf8")).map(
        (use) => `${relative(root, file)}:${use.line}: ${use.what}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("isNodeBuiltin", () => {
  it("knows node: specifiers, bare built-ins and their subpaths", () => {
    expect(isNodeBuiltin("node:fs")).toBe(true);
    expect(isNodeBuiltin("node:test")).toBe(true);
    expect(isNodeBuiltin("fs")).toBe(true);
    expect(isNodeBuiltin("fs/promises")).toBe(true);
    expect(isNodeBuiltin("path")).toBe(true);
  });

  it("does not flag packages or relative paths", () => {
    expect(isNodeBuiltin("zod")).toBe(false);
    expect(isNodeBuiltin("decimal.js")).toBe(false);
    expect(isNodeBuiltin("date-fns/addDays")).toBe(false);
    expect(isNodeBuiltin("./dates.js")).toBe(false);
  });
});

describe("findNodeUses", () => {
  it("finds imports of built-ins in every form, with their lines", () => {
    const source = [
      'import { readFileSync } from "node:fs";',
      "import path from 'path';",
      "import {",
      "  join,",
      '} from "node:path";',
      'export { x } from "fs/promises";',
      'const os = await import("node:os");',
      'import "node:process";',
      'import { z } from "zod";',
    ].join("\n");
    expect(findNodeUses(source)).toEqual([
      { line: 1, what: 'import of "node:fs"' },
      { line: 2, what: 'import of "path"' },
      { line: 5, what: 'import of "node:path"' },
      { line: 6, what: 'import of "fs/promises"' },
      { line: 7, what: 'import of "node:os"' },
      { line: 8, what: 'import of "node:process"' },
    ]);
  });

  it("finds Node-only globals", () => {
    const source = [
      "const env = process.env.TZ;",
      "const bytes = Buffer.from(text);",
      "const x = require('x');",
      "setImmediate(run);",
      "const here = __dirname;",
    ].join("\n");
    expect(findNodeUses(source).map((use) => use.what)).toEqual([
      "Node global process",
      "Node global Buffer",
      "Node global require",
      "Node global setImmediate",
      "Node global __dirname",
    ]);
  });

  it("ignores comments, strings, template text, regular expressions and property names", () => {
    const source = [
      "// process.env is not read here; Buffer neither",
      "/** @example",
      ' * import { readFileSync } from "node:fs";',
      " */",
      'const message = "required field; see process and Buffer";',
      "const template = `process and require`;",
      "const pattern = /process|require\\//g;",
      "const ratio = a / b / c; // process",
      "const options = { process: true, requiresPublicNotice: false };",
      "type T = { module: string; global: boolean };",
      "const y = task.process ?? plan.global;",
      'const note = "import from \\"node:fs\\" is text";',
    ].join("\n");
    expect(findNodeUses(source)).toEqual([]);
  });
});

describe("stripLiterals", () => {
  it("keeps line numbers and quotes, blanks comments and literal contents", () => {
    const { code, strings } = stripLiterals('const a = "x"; // c\n/* b\n*/ const b = `y\nz`;');
    expect(code).toBe('const a = " ";     \n    \n   const b = ` \n `;');
    expect(strings).toEqual([
      { line: 1, what: "x" },
      { line: 3, what: "y\nz" },
    ]);
  });
});
