import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const SRC = join(ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("src/cli", () => {
  it("is imported by no module outside it, so the core and ducha/io never load it", () => {
    const offenders = sources(SRC)
      .filter((file) => !relative(SRC, file).startsWith("cli"))
      .filter((file) => /from "(\.\.?\/)+(cli\/|[^"]*\/cli\/)/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("keeps the bin a thin wrapper: a shebang, then run() on process.argv", () => {
    const bin = readFileSync(join(SRC, "cli/bin.ts"), "utf8");
    expect(bin.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(bin).toContain("process.exitCode = await run(process.argv.slice(2), nodeIo());");
  });
});
