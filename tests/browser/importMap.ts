import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

/** An import map as the browser reads it from `<script type="importmap">`. */
export interface ImportMap {
  readonly imports: Record<string, string>;
}

/** Where a request for a Node built-in lands: the server records it and answers 404. */
export const NODE_BUILTIN_PREFIX = "/__node_builtin__/";

/** Conditions a browser bundler would pick, best first. `node` and `require` are never taken. */
const CONDITIONS = ["browser", "import", "module", "default"] as const;

type ExportTarget = string | null | { readonly [condition: string]: ExportTarget };

/** The file a conditional export points at for a browser, or undefined if it has none. */
function pickTarget(target: ExportTarget | undefined): string | undefined {
  if (target === undefined || target === null) return undefined;
  if (typeof target === "string") return target;
  for (const condition of CONDITIONS) {
    const found = pickTarget(target[condition]);
    if (found?.match(/\.(m?js)$/)) return found;
  }
  return undefined;
}

/**
 * Import-map entries for one installed package, read from its package.json `exports` (the ESM /
 * browser file of each subpath; wildcard subpaths are skipped since import maps cannot add a
 * suffix). Falls back to `module`, then `main`, for packages without `exports`.
 */
export function packageEntries(root: string, name: string): Record<string, string> {
  const dir = join(root, "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports?: ExportTarget | Record<string, ExportTarget>;
    module?: string;
    main?: string;
  };
  const base = `/node_modules/${name}/`;
  const entries: Record<string, string> = {};
  const exports = pkg.exports;
  const subpaths =
    typeof exports === "object" && exports !== null && Object.keys(exports)[0]?.startsWith(".")
      ? (exports as Record<string, ExportTarget>)
      : { ".": exports ?? pkg.module ?? pkg.main ?? "index.js" };
  for (const [subpath, target] of Object.entries(subpaths)) {
    if (subpath.includes("*") || subpath === "./package.json") continue;
    const file = pickTarget(target as ExportTarget);
    if (!file) continue;
    const specifier = subpath === "." ? name : `${name}/${subpath.slice(2)}`;
    entries[specifier] = base + file.replace(/^\.\//, "");
  }
  return entries;
}

/**
 * The import map of the test page: every export of the given packages, plus every Node built-in
 * (`fs` and `node:fs` alike) mapped to {@link NODE_BUILTIN_PREFIX}, so that an accidental import
 * of one shows up as a request the test can see instead of a bare resolution error.
 */
export function buildImportMap(root: string, packages: readonly string[]): ImportMap {
  const imports: Record<string, string> = {};
  for (const name of builtinModules) {
    const bare = name.replace(/^node:/, "");
    imports[`node:${bare}`] = NODE_BUILTIN_PREFIX + bare;
    if (!name.startsWith("node:")) imports[bare] = NODE_BUILTIN_PREFIX + bare;
  }
  for (const name of packages) Object.assign(imports, packageEntries(root, name));
  return { imports };
}
