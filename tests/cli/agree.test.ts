// `ducha validate` reads a table as it streams (and chunk by chunk past 10,000 rows), `ducha report`
// reads it whole: on every table the repository holds, both must report the same issues at the
// same places and exit alike.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, repoFile } from "./helpers.js";

const TABLES = ["tests/fixtures/io", "tests/fixtures/hostile", "examples"].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.(csv|xlsx)$/.test(name))
    .map((name) => `${dir}/${name}`),
);

async function issuesOf(command: string, path: string) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const { code, stdout } = await cli([command, name, "--json"], {
    files: { [name]: repoFile(path) },
  });
  const report = JSON.parse(stdout) as { issues: { code: string; path: unknown[] }[] };
  return { code, issues: report.issues.map((i) => `${i.code}@${i.path.join(".")}`).sort() };
}

describe("ducha validate and ducha report agree", () => {
  it("has tables to compare", () => {
    expect(TABLES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLES)("%s", async (path) => {
    expect(await issuesOf("validate", path)).toEqual(await issuesOf("report", path));
  });
});
