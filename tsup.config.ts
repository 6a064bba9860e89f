import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

interface ExportTarget {
  import?: { default?: string };
}

// The entry points are read from package.json `exports`, so the two cannot drift:
// "./calendar" -> dist/calendar/index.js is built from src/calendar/index.ts.
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  exports: Record<string, ExportTarget | string>;
};
const entry: Record<string, string> = {};
for (const target of Object.values(pkg.exports)) {
  const built = typeof target === "string" ? undefined : target.import?.default;
  if (!built?.startsWith("./dist/")) continue;
  const name = built.slice("./dist/".length, -".js".length);
  entry[name] = `src/${name}.ts`;
}

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
  },
  // The `ducha` command: an ESM entry with its shebang (kept from src/cli/bin.ts), made executable,
  // split so that the spreadsheet readers (exceljs, csv-parse) and the commands other than the one
  // run are chunks loaded on demand: `ducha validate ledger.json` never loads exceljs.
  // zod is bundled into the command (it stays a peer dependency of the library entries): loading
  // it as one chunk instead of its 96 modules from node_modules takes a fifth off the command's
  // cold start (bench row 9).
  // clean: false so that the two builds do not race on dist/.
  {
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    noExternal: ["zod"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    splitting: true,
    treeshake: true,
  },
]);
