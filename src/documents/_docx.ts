/**
 * A document as Word (.docx) bytes in the layout of GB/T 9704-2012, written with the `docx`
 * package (an optional peer dependency, loaded only here).
 *
 * @module
 * @internal
 */
import type * as DocxModule from "docx";
import { DuchaError } from "../errors.js";
import type { Block, Cell, DocumentModel, TableBlock } from "./_blocks.js";
import { type DocumentFonts, GB_T_9704_LAYOUT as L } from "./layout.js";

type Docx = typeof DocxModule;

/** Millimetres to twentieths of a point (twips), as Word measures pages. */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const PAGE = { width: twips(L.pageMm.width), height: twips(L.pageMm.height) };
/** Exact line spacing: the text block's height over 22 lines, in twips. */
const LINE = Math.round(L.linePitchPt * 20);
/**
 * Character spacing in twips ({@link GB_T_9704_LAYOUT}'s quarter point) that puts 28 characters of
 * 16 pt in the 156 mm line. A character grid (docGrid linesAndChars) would say the same to Word,
 * but LibreOffice spreads the characters of such a grid over twice the width, tables included;
 * spacing reads the same in both.
 */
export const CHARACTER_SPACING = Math.round(L.letterSpacingPt * 20);
const half = (pt: number) => pt * 2;
/**
 * The first-line indent of two characters (空二字): in characters for Word, in twips for
 * readers that ignore character units (LibreOffice).
 */
const INDENT = { firstLineChars: 200, firstLine: 2 * (L.sizesPt.body * 20 + CHARACTER_SPACING) };

async function loadDocx(): Promise<Docx> {
  try {
    return await import("docx");
  } catch (cause) {
    throw new DuchaError(
      "invalid_argument",
      {
        "zh-CN": "生成Word文档需要安装docx包：npm install docx",
        en: 'format "docx" needs the docx package: npm install docx',
      },
      { dependency: "docx", cause: String(cause) },
    );
  }
}

/**
 * The fonts of a run: in Chinese documents East Asian text in the layout's font and Latin text in
 * Times New Roman; in English documents Latin text in the English font and any Chinese names in the
 * Chinese font of the same role.
 */
function font(role: keyof DocumentFonts, lang: DocumentModel["lang"]) {
  const chinese = L.fonts["zh-CN"][role][0] as string;
  const latin = lang === "zh-CN" ? "Times New Roman" : (L.fonts.en[role][0] as string);
  return { ascii: latin, hAnsi: latin, eastAsia: chinese, cs: latin };
}

interface Writer {
  readonly d: Docx;
  readonly model: DocumentModel;
}

function run(w: Writer, text: string, extra: Record<string, unknown> = {}) {
  return new w.d.TextRun({ text, ...extra });
}

function paragraph(w: Writer, block: Extract<Block, { type: "paragraph" }>) {
  const { d, model } = w;
  const children = [];
  if (block.lead !== undefined) {
    const bold = block.lead.level === 3;
    children.push(run(w, block.lead.text, { bold, font: font("heading3", model.lang) }));
  }
  children.push(run(w, block.text));
  return new d.Paragraph({
    children,
    alignment: block.align === "right" ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED,
    ...(block.flush ? {} : { indent: INDENT }),
  });
}

function cellParagraphs(w: Writer, cell: Cell, header: boolean) {
  const { d, model } = w;
  const lines = cell.lines.length === 0 ? [""] : cell.lines;
  return lines.map(
    (line) =>
      new d.Paragraph({
        children: [
          run(w, line, {
            size: half(L.sizesPt.table),
            ...(header ? { font: font("heading1", model.lang) } : {}),
          }),
        ],
        alignment: header ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
        spacing: { line: Math.round(L.sizesPt.table * 1.5 * 20), lineRule: d.LineRuleType.EXACT },
      }),
  );
}

function table(w: Writer, block: TableBlock, width: number) {
  const { d } = w;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((width * c.width) / total));
  const header = block.headless
    ? []
    : [
        new d.TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.columns.map(
            (c, i) =>
              new d.TableCell({
                children: cellParagraphs(w, { lines: [c.header] }, true),
                width: { size: widths[i] as number, type: d.WidthType.DXA },
                verticalAlign: d.VerticalAlign.CENTER,
              }),
          ),
        }),
      ];
  const rows = block.rows.map(
    (row) =>
      // Rows may break across pages: a task with many measures can be taller than a page.
      new d.TableRow({
        children: row.flatMap((c, i) =>
          c === null
            ? []
            : [
                new d.TableCell({
                  children: cellParagraphs(w, c, block.headless === true && i === 0),
                  width: { size: widths[i] as number, type: d.WidthType.DXA },
                  verticalAlign: d.VerticalAlign.CENTER,
                  ...(c.rowSpan === undefined ? {} : { rowSpan: c.rowSpan }),
                }),
              ],
        ),
      }),
  );
  return new d.Table({
    rows: [...header, ...rows],
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
  });
}

function title(w: Writer, text: string) {
  return new w.d.Paragraph({ heading: w.d.HeadingLevel.TITLE, children: [run(w, text)] });
}

function blocks(w: Writer, list: readonly Block[], width: number): DocxModule.FileChild[] {
  return list.flatMap((block) => blockChildren(w, block, width));
}

function blockChildren(w: Writer, block: Block, width: number): DocxModule.FileChild[] {
  const { d } = w;
  switch (block.type) {
    case "heading":
      return [
        new d.Paragraph({
          heading: block.level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2,
          children: [run(w, block.text)],
        }),
      ];
    case "paragraph":
      return [paragraph(w, block)];
    case "chart":
      // Word cannot show an SVG without a bitmap fallback: the figures are in the text and tables.
      return [];
    case "table":
      return [table(w, block, width)];
  }
}

/** The page number "— N —" 4号, outside: odd pages right, even pages left, one character in. */
function pageNumber(w: Writer, side: "odd" | "even") {
  const { d, model } = w;
  const indent = half(L.sizesPt.pageNumber) * 10;
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === "odd" ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === "odd" ? { right: indent } : { left: indent },
        children: [
          new d.TextRun({
            children: ["— ", d.PageNumber.CURRENT, " —"],
            size: half(L.sizesPt.pageNumber),
            font: font("pageNumber", model.lang),
          }),
        ],
      }),
    ],
  });
}

function sectionProperties(w: Writer, landscape: boolean) {
  const { d } = w;
  const m = L.marginsMm;
  // The page number's line sits 7 mm below the text block.
  const footer = twips(m.bottom - L.pageNumberBelowTextMm) - half(L.sizesPt.pageNumber) * 10;
  const margin = landscape
    ? { top: twips(m.left), bottom: twips(m.left - 2), left: twips(m.top), right: twips(m.bottom) }
    : { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right) };
  return {
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
      },
      margin: { ...margin, header: twips(15), footer, gutter: 0 },
    },
    // The line pitch is recorded, with no grid to snap to: exact line spacing gives the 22 lines.
    grid: { linePitch: LINE },
  };
}

function styles(w: Writer) {
  const { d, model } = w;
  const black = { color: "000000", italics: false, bold: false };
  const exact = { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
  return {
    default: {
      document: {
        run: {
          font: font("body", model.lang),
          size: half(L.sizesPt.body),
          characterSpacing: CHARACTER_SPACING,
        },
        paragraph: { spacing: exact },
      },
      title: {
        run: { ...black, font: font("title", model.lang), size: half(L.sizesPt.title) },
        paragraph: {
          alignment: d.AlignmentType.CENTER,
          spacing: {
            line: Math.round(L.sizesPt.title * 1.6 * 20),
            lineRule: d.LineRuleType.EXACT,
            before: 0,
            after: LINE,
          },
        },
      },
      heading1: {
        run: { ...black, font: font("heading1", model.lang), size: half(L.sizesPt.heading) },
        paragraph: { spacing: exact, indent: INDENT, outlineLevel: 0 },
      },
      heading2: {
        run: { ...black, font: font("heading2", model.lang), size: half(L.sizesPt.heading) },
        paragraph: { spacing: exact, indent: INDENT, outlineLevel: 1 },
      },
    },
  };
}

/** The document as the bytes of a .docx file. */
export async function toDocx(model: DocumentModel): Promise<Uint8Array> {
  const d = await loadDocx();
  const w: Writer = { d, model };
  const m = L.marginsMm;
  const portraitWidth = PAGE.width - twips(m.left) - twips(m.right);
  const landscapeWidth = PAGE.height - twips(m.top) - twips(m.bottom);
  const footers = { default: pageNumber(w, "odd"), even: pageNumber(w, "even") };
  const main: DocxModule.FileChild[] = [
    title(w, model.title),
    ...blocks(w, model.body, model.landscape ? landscapeWidth : portraitWidth),
  ];
  if (model.signature.length > 0) {
    main.push(new d.Paragraph({ children: [] }));
    for (const line of model.signature) {
      main.push(
        new d.Paragraph({
          alignment: d.AlignmentType.RIGHT,
          indent: { right: half(L.sizesPt.body) * 10 * 4 },
          children: [run(w, line)],
        }),
      );
    }
  }
  const sections = [
    { properties: sectionProperties(w, model.landscape), footers, children: main },
    ...model.attachments.map((a, i) => ({
      properties: { ...sectionProperties(w, a.landscape), type: d.SectionType.NEXT_PAGE },
      footers,
      children: [
        new d.Paragraph({
          children: [
            run(w, model.attachments.length > 1 ? `${a.label}${i + 1}` : a.label, {
              font: font("heading1", model.lang),
            }),
          ],
        }),
        title(w, a.title),
        table(w, a.table, a.landscape ? landscapeWidth : portraitWidth),
      ],
    })),
  ];
  const meta = model.meta;
  const document = new d.Document({
    title: meta.title,
    subject: meta.subject,
    description: [meta.description, ...meta.sources].join("\n"),
    keywords: model.lang === "zh-CN" ? "督察整改" : "inspection rectification",
    creator: meta.publisher ?? "ducha",
    lastModifiedBy: meta.publisher ?? "ducha",
    customProperties: [
      ...(meta.publisher === undefined ? [] : [{ name: "publisher", value: meta.publisher }]),
      ...(meta.asOf === undefined ? [] : [{ name: "asOf", value: meta.asOf }]),
      ...meta.sources.map((s, i) => ({ name: `source${i + 1}`, value: s })),
    ],
    evenAndOddHeaderAndFooters: true,
    styles: styles(w),
    sections,
  });
  const fontTable = { path: "word/fontTable.xml", data: fontTableXml(model.lang) };
  return d.Packer.pack(document, "uint8array", false, [fontTable]);
}

const FONT_FAMILY: Readonly<Record<keyof DocumentFonts, "roman" | "swiss">> = {
  title: "roman",
  body: "roman",
  heading1: "swiss",
  heading2: "roman",
  heading3: "roman",
  pageNumber: "roman",
};

/**
 * The font table: each font of the layout with its fallback (altName) and its kind (roman: serif,
 * swiss: sans-serif), so Word, LibreOffice and WPS substitute a font they lack with its like, e.g.
 * 方正小标宋简体 with 华文中宋. Names are XML-escaped by construction (the layout's own).
 */
function fontTableXml(lang: DocumentModel["lang"]): string {
  const seen = new Map<string, { alt?: string; family: "roman" | "swiss" }>();
  // English documents name Chinese fonts too, for the Chinese names they carry.
  const sets = lang === "zh-CN" ? [L.fonts["zh-CN"]] : [L.fonts.en, L.fonts["zh-CN"]];
  for (const fonts of sets) {
    for (const key of Object.keys(FONT_FAMILY) as (keyof DocumentFonts)[]) {
      const [name, alt] = fonts[key];
      if (name !== undefined && !seen.has(name)) {
        seen.set(name, { ...(alt === undefined ? {} : { alt }), family: FONT_FAMILY[key] });
      }
    }
  }
  if (!seen.has("Times New Roman")) seen.set("Times New Roman", { family: "roman" });
  const entries = [...seen].map(([name, { alt, family }]) => {
    const cjk = /[^ -~]/.test(name);
    return [
      `<w:font w:name="${name}">`,
      alt === undefined ? "" : `<w:altName w:val="${alt}"/>`,
      `<w:charset w:val="${cjk ? "86" : "00"}"/>`,
      `<w:family w:val="${family}"/>`,
      `<w:pitch w:val="variable"/>`,
      "</w:font>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...entries,
    "</w:fonts>",
  ].join("");
}
