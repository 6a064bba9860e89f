import { describe, expect, it } from "vitest";
import { DEADLINE_BUILDERS, LEDGER_BUILDERS, RATE_BUILDERS } from "./builders.js";
import { fixtureFiles, MANIFEST } from "./corpus.js";

describe("the hostile-input manifest", () => {
  it("lists every fixture file and every builder exactly once", () => {
    const files = MANIFEST.flatMap((c) => (c.file === undefined ? [] : [c.file]));
    const builds = MANIFEST.flatMap((c) => (c.build === undefined ? [] : [c.build]));
    expect([...files].sort()).toEqual(fixtureFiles().sort());
    expect(new Set(files).size).toBe(files.length);
    const builders = [LEDGER_BUILDERS, DEADLINE_BUILDERS, RATE_BUILDERS].flatMap(Object.keys);
    expect([...builds].sort()).toEqual(builders.sort());
  });

  it("says what is hostile about each case", () => {
    for (const c of MANIFEST) expect(c.hostile.length, c.file ?? c.build).toBeGreaterThan(5);
  });
});
