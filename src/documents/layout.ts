/**
 * The page, type and grid of Chinese official documents (GB/T 9704-2012《党政机关公文格式》), as
 * data: the Word and HTML renderers read it, so a test can hold them to it.
 *
 * @module
 */
import type { Lang } from "../lang.js";

/**
 * The fonts of one language, each a list: first the font the standard names, then fallbacks.
 *
 * @example
 * ```ts
 * import { GB_T_9704_LAYOUT, type DocumentFonts } from "ducha/documents";
 * const fonts: DocumentFonts = GB_T_9704_LAYOUT.fonts["zh-CN"];
 * fonts.heading1[0]; //=> "黑体"
 * ```
 * @category Documents
 */
export interface DocumentFonts {
  /** Title (标题): 2号 方正小标宋简体. */
  readonly title: readonly string[];
  /** Body text (正文): 3号 仿宋_GB2312. */
  readonly body: readonly string[];
  /** First-level headings 一、: 黑体. */
  readonly heading1: readonly string[];
  /** Second-level headings （一）: 楷体. */
  readonly heading2: readonly string[];
  /** Third and fourth levels 1. and （1）: 仿宋 (the third in bold). */
  readonly heading3: readonly string[];
  /** Page numbers: 4号 半角宋体 arabic numerals. */
  readonly pageNumber: readonly string[];
}

/**
 * The layout of official documents in GB/T 9704-2012: A4 paper, margins (天头 37 mm, 订口 28 mm)
 * and the 156 × 225 mm text block, 22 lines of 28 characters, type sizes in points (2号 22 pt,
 * 3号 16 pt, 4号 14 pt), fonts by language with their fallbacks, and the page number
 * "— N —" 4号, odd pages at the right and even pages at the left. Right and bottom margins follow
 * from the text block. English documents keep the structure with English fonts.
 *
 * @example
 * ```ts
 * import { GB_T_9704_LAYOUT } from "ducha/documents";
 * GB_T_9704_LAYOUT.marginsMm.top; //=> 37
 * GB_T_9704_LAYOUT.textBlockMm; //=> { width: 156, height: 225 }
 * GB_T_9704_LAYOUT.fonts["zh-CN"].body[0]; //=> "仿宋_GB2312"
 * ```
 * @category Documents
 */
export const GB_T_9704_LAYOUT = {
  pageMm: { width: 210, height: 297 },
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  textBlockMm: { width: 156, height: 225 },
  linesPerPage: 22,
  charsPerLine: 28,
  /** Line pitch in points: 225 mm over 22 lines (fixed line spacing 28.95 pt). */
  linePitchPt: 28.95,
  /**
   * Characters condensed by a quarter point, so 28 of 16 pt fit the 156 mm line (442.2 pt / 28 =
   * 15.79 pt a character).
   */
  letterSpacingPt: -0.25,
  sizesPt: { title: 22, body: 16, heading: 16, pageNumber: 14, table: 12 },
  /** Where the page number sits: this far below the text block. */
  pageNumberBelowTextMm: 7,
  fonts: {
    "zh-CN": {
      title: ["方正小标宋简体", "华文中宋", "宋体"],
      body: ["仿宋_GB2312", "仿宋"],
      heading1: ["黑体", "SimHei"],
      heading2: ["楷体_GB2312", "楷体"],
      heading3: ["仿宋_GB2312", "仿宋"],
      pageNumber: ["宋体", "SimSun"],
    },
    en: {
      title: ["Times New Roman"],
      body: ["Times New Roman"],
      heading1: ["Arial"],
      heading2: ["Times New Roman"],
      heading3: ["Times New Roman"],
      pageNumber: ["Times New Roman"],
    },
  } satisfies Readonly<Record<Lang, DocumentFonts>>,
} as const;
