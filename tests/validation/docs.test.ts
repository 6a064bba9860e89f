import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VALIDATION_ISSUES, VALIDATION_RULES } from "../../src/validation/index.js";
import { rulesTable } from "./rulesTable.js";

// Cells, trimmed, so a formatter that pads the table's columns does not break the comparison.
const cells = (table: string | undefined) =>
  (table ?? "")
    .trim()
    .split("\n")
    .map((row) =>
      row
        .split(" | ")
        .map((cell) => cell.replace(/^\|/, "").replace(/\|$/, "").trim())
        .map((cell) => (/^-+$/.test(cell) ? "---" : cell)),
    );
const between = (text: string) =>
  cells(/<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(text)?.[1]);

describe("docs/validation.md", () => {
  it("lists every rule and code, as the registry has them (en and zh-CN)", () => {
    const en = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");
    const zh = readFileSync(new URL("../../docs/zh-CN/validation.md", import.meta.url), "utf8");
    expect(between(en)).toEqual(cells(rulesTable("en")));
    expect(between(zh)).toEqual(cells(rulesTable("zh-CN")));
  });

  it("has every catalogue code covered by some rule", () => {
    const covered = new Set(VALIDATION_RULES.flatMap((rule) => rule.codes));
    expect([...covered].sort()).toEqual(Object.keys(VALIDATION_ISSUES).sort());
  });
});
