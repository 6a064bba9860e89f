/**
 * Rewrites the Mermaid diagrams in docs/lifecycle.md and docs/zh-CN/lifecycle.md from the
 * transition tables: `npx tsx scripts/lifecycle-diagram.ts`. A test fails when they drift.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lifecycleDiagram } from "../src/lifecycle/diagram.js";

/** The lifecycle guides that embed the diagrams. */
export const DIAGRAM_DOCS = ["docs/lifecycle.md", "docs/zh-CN/lifecycle.md"] as const;

/** The markdown with every `<!-- lifecycle-diagram:KIND -->` block replaced by the current output. */
export function embedDiagrams(markdown: string): string {
  return markdown.replace(
    /<!-- lifecycle-diagram:(task|petition) -->\n[\s\S]*?<!-- \/lifecycle-diagram:\1 -->/g,
    (_match, kind: "task" | "petition") =>
      `<!-- lifecycle-diagram:${kind} -->\n\`\`\`mermaid\n${lifecycleDiagram(kind)}\`\`\`\n<!-- /lifecycle-diagram:${kind} -->`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL("../", import.meta.url);
  for (const doc of DIAGRAM_DOCS) {
    const url = new URL(doc, root);
    const before = readFileSync(url, "utf8");
    const after = embedDiagrams(before);
    if (after !== before) writeFileSync(url, after);
    process.stdout.write(`${doc}: ${after === before ? "up to date" : "rewritten"}\n`);
  }
}
