/**
 * A document as one self-contained HTML file: inline CSS after GB/T 9704-2012 for print, the
 * charts' SVG inline, no script and nothing fetched (a Content-Security-Policy says so).
 *
 * @module
 * @internal
 */
import { xml } from "../report/_svg.js";
import type { Block, Cell, DocumentModel, TableBlock } from "./_blocks.js";
import { GB_T_9704_LAYOUT as L } from "./layout.js";

/** A CSS font stack: the layout's names, then the CJK fonts free systems have, then generic. */
function stack(names: readonly string[], cjk: readonly string[], generic: string): string {
  return [...names, ...cjk]
    .map((n) => `"${n}"`)
    .concat(generic)
    .join(", ");
}

function css(model: DocumentModel): string {
  const f = L.fonts[model.lang];
  const m = L.marginsMm;
  const zh = model.lang === "zh-CN";
  const serif = (names: readonly string[]) =>
    stack(names, zh ? ["Noto Serif CJK SC", "Source Han Serif SC"] : [], "serif");
  const sans = (names: readonly string[]) =>
    stack(names, zh ? ["Noto Sans CJK SC", "Source Han Sans SC"] : [], "sans-serif");
  const body = serif(f.body);
  return [
    `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`,
    "@page wide { size: A4 landscape; margin: 28mm 35mm 26mm 37mm; }",
    // Page numbers "— N —" 4号 outside: odd (right-hand) pages at the right, even at the left.
    `@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${serif(f.pageNumber)}; font-size: ${L.sizesPt.pageNumber}pt; padding-right: 1em; vertical-align: top; } }`,
    `@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: ${serif(f.pageNumber)}; font-size: ${L.sizesPt.pageNumber}pt; padding-left: 1em; vertical-align: top; } }`,
    `body { font-family: ${body}; font-size: ${L.sizesPt.body}pt; line-height: ${L.linePitchPt}pt; letter-spacing: ${L.letterSpacingPt}pt; margin: 0 auto; max-width: ${L.textBlockMm.width}mm; color: #000; }`,
    `h1 { font-family: ${serif(f.title)}; font-size: ${L.sizesPt.title}pt; font-weight: normal; text-align: center; line-height: 1.6; margin: 0 0 ${L.linePitchPt}pt; }`,
    `h2 { font-family: ${sans(f.heading1)}; font-size: ${L.sizesPt.heading}pt; font-weight: normal; margin: 0; text-indent: 2em; }`,
    `h3 { font-family: ${serif(f.heading2)}; font-size: ${L.sizesPt.heading}pt; font-weight: normal; margin: 0; text-indent: 2em; }`,
    "p { margin: 0; text-indent: 2em; text-align: justify; }",
    "p.flush { text-indent: 0; } p.right { text-align: right; padding-right: 4em; }",
    "b.l3 { font-weight: bold; } span.l4 { font-weight: normal; }",
    "figure { margin: 1em 0; text-align: center; } figure svg { max-width: 100%; height: auto; }",
    `table { border-collapse: collapse; width: 100%; font-size: ${L.sizesPt.table}pt; line-height: 1.5; margin: 0.5em 0; }`,
    "th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }",
    `th { font-family: ${sans(f.heading1)}; font-weight: normal; }`,
    "td p { text-indent: 0; text-align: left; }",
    "thead { display: table-header-group; } tr { break-inside: avoid; }",
    ".attachment { break-before: page; } .wide { page: wide; max-width: none; }",
    `.attachment .label { font-family: ${sans(f.heading1)}; text-indent: 0; }`,
    ".signature { margin-top: 2em; }",
    "@media screen { body { padding: 2em; } }",
  ].join("\n");
}

function cellHtml(tag: "td" | "th", cell: Cell): string {
  const span = cell.rowSpan === undefined ? "" : ` rowspan="${cell.rowSpan}"`;
  const inner =
    cell.lines.length <= 1
      ? xml(cell.lines[0] ?? "")
      : cell.lines.map((l) => `<p>${xml(l)}</p>`).join("");
  return `<${tag}${span}>${inner}</${tag}>`;
}

function tableHtml(table: TableBlock): string {
  const widths = table.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = table.columns
    .map((c) => `<col style="width: ${((100 * c.width) / widths).toFixed(1)}%">`)
    .join("");
  const head = table.headless
    ? ""
    : `<thead><tr>${table.columns.map((c) => `<th scope="col">${xml(c.header)}</th>`).join("")}</tr></thead>`;
  const rows = table.rows
    .map((row) => {
      const cells = row.flatMap((c, i) =>
        c === null ? [] : [cellHtml(table.headless && i === 0 ? "th" : "td", c)],
      );
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table><colgroup>${cols}</colgroup>${head}<tbody>\n${rows}\n</tbody></table>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "heading":
      return block.level === 1 ? `<h2>${xml(block.text)}</h2>` : `<h3>${xml(block.text)}</h3>`;
    case "paragraph": {
      const cls = [block.flush ? "flush" : "", block.align === "right" ? "right" : ""].filter(
        Boolean,
      );
      const attr = cls.length === 0 ? "" : ` class="${cls.join(" ")}"`;
      const lead =
        block.lead === undefined
          ? ""
          : block.lead.level === 3
            ? `<b class="l3">${xml(block.lead.text)}</b>`
            : `<span class="l4">${xml(block.lead.text)}</span>`;
      return `<p${attr}>${lead}${xml(block.text)}</p>`;
    }
    case "chart":
      // The SVG comes from renderChart, which escapes every text it draws.
      return `<figure>${block.svg}</figure>`;
    case "table":
      return tableHtml(block);
  }
}

/** The document as one HTML file. */
export function toHtml(model: DocumentModel): string {
  const meta = model.meta;
  const metas = [
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="ducha">`,
    `<meta name="description" content="${xml(meta.description)}">`,
    `<meta name="dcterms.subject" content="${xml(meta.subject)}">`,
    ...(meta.publisher === undefined
      ? []
      : [`<meta name="author" content="${xml(meta.publisher)}">`]),
    ...(meta.asOf === undefined ? [] : [`<meta name="dcterms.date" content="${xml(meta.asOf)}">`]),
    ...meta.sources.map((s) => `<meta name="dcterms.source" content="${xml(s)}">`),
  ];
  const main = [`<h1>${xml(model.title)}</h1>`, ...model.body.map(blockHtml)];
  if (model.signature.length > 0) {
    main.push(
      `<div class="signature">${model.signature.map((l) => `<p class="right">${xml(l)}</p>`).join("")}</div>`,
    );
  }
  const attachments = model.attachments.map((a, i) => {
    const label = model.attachments.length > 1 ? `${a.label}${i + 1}` : a.label;
    return [
      `<section class="attachment${a.landscape ? " wide" : ""}">`,
      `<p class="label">${xml(label)}</p>`,
      `<h1>${xml(a.title)}</h1>`,
      tableHtml(a.table),
      "</section>",
    ].join("\n");
  });
  return [
    "<!DOCTYPE html>",
    `<html lang="${model.lang}">`,
    "<head>",
    ...metas,
    `<title>${xml(model.title)}</title>`,
    `<style>\n${css(model)}\n</style>`,
    "</head>",
    `<body${model.landscape ? ' class="wide"' : ""}>`,
    `<main${model.landscape ? ' class="wide"' : ""}>`,
    ...main,
    "</main>",
    ...attachments,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
