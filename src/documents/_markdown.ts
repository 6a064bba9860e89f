/**
 * A document as Markdown for wikis: headings, paragraphs and GitHub tables; the charts are left
 * out. Text is escaped so that a task titled `<script>` or `a | b` stays text.
 *
 * @module
 * @internal
 */
import type { Block, DocumentModel, TableBlock } from "./_blocks.js";

/** Text as Markdown shows it literally: HTML specials as entities, Markdown marks backslashed. */
function md(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|~])/g, "\\$1")
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/, "$1\\$2$3")
    .replace(/\s*\n\s*/g, " ");
}

function tableMd(table: TableBlock): string {
  const lines: string[] = [];
  // Markdown tables need a header row; a key-value table shows its column names there.
  lines.push(`| ${table.columns.map((c) => md(c.header)).join(" | ")} |`);
  lines.push(`| ${table.columns.map(() => "---").join(" | ")} |`);
  for (const row of table.rows) {
    // A cell covered by a span above is left empty, as wikis have no row spans.
    const cells = row.map((c) => (c === null ? "" : c.lines.map(md).join("<br>")));
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

function blockMd(block: Block): string | undefined {
  switch (block.type) {
    case "heading":
      return `${block.level === 1 ? "##" : "###"} ${md(block.text)}`;
    case "paragraph": {
      const lead =
        block.lead === undefined
          ? ""
          : block.lead.level === 3
            ? `**${md(block.lead.text).trim()}** `
            : md(block.lead.text);
      return `${lead}${md(block.text)}`;
    }
    case "chart":
      return undefined;
    case "table":
      return tableMd(block);
  }
}

/** The document as Markdown. */
export function toMarkdown(model: DocumentModel): string {
  const parts = [`# ${md(model.title)}`];
  for (const block of model.body) {
    const text = blockMd(block);
    if (text !== undefined) parts.push(text);
  }
  if (model.signature.length > 0) {
    parts.push(model.signature.map((l) => `<p align="right">${md(l)}</p>`).join("\n"));
  }
  model.attachments.forEach((a, i) => {
    const label = model.attachments.length > 1 ? `${a.label}${i + 1}` : a.label;
    const colon = model.lang === "zh-CN" ? "：" : ": ";
    parts.push(`## ${md(label)}${colon}${md(a.title)}`, tableMd(a.table));
  });
  const meta = model.meta;
  const sources = meta.sources.map((s) => `> ${md(s)}`);
  if (sources.length > 0) parts.push(sources.join("\n>\n"));
  return `${parts.join("\n\n")}\n`;
}
