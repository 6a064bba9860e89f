import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./extractExamples.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1] ?? "")));
}

// Guides link to each other and to the API reference; a renamed file must not leave a dead link.
const files = [
  "README.md",
  "CHANGELOG.md",
  "examples/README.md",
  ...filesUnder(ROOT, ["docs"], ".md")
    .map((f) => relative(ROOT, f))
    .filter((f) => !f.startsWith("docs/api/")),
];

describe("documentation links", () => {
  it.each(files)("%s links only to files and headings that exist", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8").replace(/```[\s\S]*?```/g, "");
    const dead: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target === undefined || /^[a-z]+:/i.test(target)) continue;
      const [path = "", anchor] = target.split("#");
      const full = path === "" ? join(ROOT, file) : resolve(ROOT, dirname(file), path);
      if (!existsSync(full)) dead.push(target);
      else if (anchor !== undefined && full.endsWith(".md") && !anchorsIn(full).has(anchor))
        dead.push(target);
    }
    expect(dead).toEqual([]);
  });
});
