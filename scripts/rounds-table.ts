// Rewrites the counts table of docs/rounds.md and docs/zh-CN/rounds.md from the schedule
// (tests/rounds/docs.test.ts fails when they are stale): `npx tsx scripts/rounds-table.ts`, then
// `npx biome check --write docs` to pad the columns.
import { readFileSync, writeFileSync } from "node:fs";
import { countsTable } from "../tests/rounds/countsTable.js";

const MARKED = /<!-- counts:start -->\n[\s\S]*?<!-- counts:end -->/u;
for (const [file, lang] of [
  ["docs/rounds.md", "en"],
  ["docs/zh-CN/rounds.md", "zh-CN"],
] as const) {
  const text = readFileSync(file, "utf8");
  if (!MARKED.test(text)) throw new Error(`${file} has no counts markers`);
  writeFileSync(
    file,
    text.replace(MARKED, `<!-- counts:start -->\n${countsTable(lang)}\n<!-- counts:end -->`),
  );
}
