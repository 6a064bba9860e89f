import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countsTable } from "./countsTable.js";

// Cells, trimmed, so a formatter that pads the table's columns does not break the comparison.
const cells = (table: string | undefined) =>
  (table ?? "")
    .trim()
    .split("\n")
    .map((row) =>
      row
        .split("|")
        .map((cell) => cell.trim())
        .map((cell) => (/^-+$/u.test(cell) ? "---" : cell)),
    );
const between = (text: string) =>
  cells(/<!-- counts:start -->\n([\s\S]*?)\n<!-- counts:end -->/u.exec(text)?.[1]);

describe("docs/rounds.md", () => {
  it("shows the counts of the shipped schedule (regenerate: npx tsx scripts/rounds-table.ts)", () => {
    const en = readFileSync(new URL("../../docs/rounds.md", import.meta.url), "utf8");
    const zh = readFileSync(new URL("../../docs/zh-CN/rounds.md", import.meta.url), "utf8");
    expect(between(en)).toEqual(cells(countsTable("en")));
    expect(between(zh)).toEqual(cells(countsTable("zh-CN")));
  });
});
