import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { examplesIn, filesUnder, toModule } from "./extractExamples.js";

const root = resolve(import.meta.dirname, "../..");
const srcDir = join(root, "src");
const outDir = join(root, "tests/.examples");

// Every example in the README, the guides and the TSDoc of the sources runs here, and each
// `//=>` result it shows is checked, so no example can rot.
const files = [
  ...filesUnder(root, ["README.md"], ".md"),
  ...filesUnder(root, ["docs"], ".md"),
  ...filesUnder(root, ["src"], ".ts"),
];
const examples = files.flatMap((file) => examplesIn(file, root));

(globalThis as Record<string, unknown>).__duchaCheck = (
  actual: () => unknown,
  expected: () => unknown,
  where: string,
) => {
  expect(actual(), where).toEqual(expected());
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

describe("documentation examples", () => {
  it("finds examples in the README, the guides and the sources", () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  examples.forEach((example, index) => {
    it(`${example.file}:${example.line}`, async () => {
      const file = join(outDir, `example-${index}.ts`);
      writeFileSync(file, toModule(example, srcDir));
      await import(pathToFileURL(file).href);
    });
  });
});
