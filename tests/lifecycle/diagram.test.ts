import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIAGRAM_DOCS, embedDiagrams } from "../../scripts/lifecycle-diagram.js";
import { lifecycleDiagram, TASK_TRANSITIONS } from "../../src/lifecycle/index.js";

describe("lifecycleDiagram", () => {
  it("draws one arrow per table entry, with the guards on their arrows", () => {
    const lines = lifecycleDiagram().trimEnd().split("\n");
    const entries = Object.values(TASK_TRANSITIONS).flatMap((row) => Object.keys(row));
    expect(lines).toHaveLength(2 + entries.length);
    expect(lines).toContain("  accepted --> signed_off: sign_off [no public notice required]");
    expect(lines).toContain("  in_public_notice --> signed_off: sign_off [after the notice ends]");
    expect(lifecycleDiagram("petition")).toContain("  closed --> handling: reopen\n");
  });

  it.each(DIAGRAM_DOCS)("is embedded unchanged in %s (run scripts/lifecycle-diagram.ts)", (doc) => {
    const markdown = readFileSync(new URL(`../../${doc}`, import.meta.url), "utf8");
    expect(markdown).toContain(`\`\`\`mermaid\n${lifecycleDiagram("task")}\`\`\``);
    expect(markdown).toContain(`\`\`\`mermaid\n${lifecycleDiagram("petition")}\`\`\``);
    expect(embedDiagrams(markdown)).toBe(markdown);
  });
});
