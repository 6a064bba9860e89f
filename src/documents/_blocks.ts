/**
 * A document as plain blocks, the one thing the three kinds build and the three formats write:
 * the Word, HTML and Markdown writers never look at the ledger.
 *
 * @module
 * @internal
 */
import type { Lang } from "../lang.js";

/** A table cell: its lines, and how many rows it spans (problems spanning their tasks). */
export interface Cell {
  readonly lines: readonly string[];
  readonly rowSpan?: number;
}

/** A table: column headers with relative widths; `null` for a cell covered by a span above. */
export interface TableBlock {
  readonly type: "table";
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly (Cell | null)[])[];
  /** A key-value table (label column, value column) without a header row. */
  readonly headless?: boolean;
}

/** One block of a document, in reading order. */
export type Block =
  | { readonly type: "heading"; readonly level: 1 | 2; readonly text: string }
  /** A paragraph, optionally led by a run-in heading of level 3 (1.) or 4 (（1）). */
  | {
      readonly type: "paragraph";
      readonly text: string;
      readonly lead?: { readonly level: 3 | 4; readonly text: string };
      readonly align?: "right";
      /** No first-line indent (contact lines, the 附件 note's continuation). */
      readonly flush?: boolean;
    }
  /** An SVG chart from `renderChart`: inline in HTML, left out of Word and Markdown. */
  | { readonly type: "chart"; readonly svg: string; readonly title: string }
  | TableBlock;

/** An attachment (附件): its label, title and table, on a new page; landscape when wide. */
export interface Attachment {
  readonly label: string;
  readonly title: string;
  readonly table: TableBlock;
  readonly landscape: boolean;
}

/** What a document says about itself: Word's properties, HTML's meta. */
export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  readonly publisher?: string;
  readonly asOf?: string;
  readonly sources: readonly string[];
  readonly description: string;
}

/** A whole document. */
export interface DocumentModel {
  readonly lang: Lang;
  readonly title: string;
  readonly body: readonly Block[];
  /** Signature lines (发文机关署名, 成文日期), right-aligned after the body. */
  readonly signature: readonly string[];
  readonly attachments: readonly Attachment[];
  /** The body itself is a wide table (task list): the main section is landscape too. */
  readonly landscape: boolean;
  readonly meta: DocumentMeta;
}

/** Text safe for XML 1.0 and a single line: C0 controls dropped, line breaks kept apart. */
export function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the C0 controls XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}
