/**
 * Official documents from a ledger: the public progress disclosure, the task list and the
 * close-out notice, in Word (the layout of GB/T 9704-2012), HTML and Markdown. Word needs the
 * optional `docx` package.
 *
 * @module ducha/documents
 */

export type { DocumentFonts } from "./layout.js";
export { GB_T_9704_LAYOUT } from "./layout.js";
export type { DocumentFormat, DocumentKind, RenderDocumentOptions } from "./renderDocument.js";
export { DOCUMENT_FORMATS, DOCUMENT_KINDS, renderDocument } from "./renderDocument.js";
