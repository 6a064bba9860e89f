import type { DateWindow } from "../calendar/due.js";
import type { WorkCalendar } from "../calendar/types.js";
import { assertIsoDate, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Bilingual, Lang } from "../lang.js";
import type { RatePolicy } from "../metrics/policy.js";
import type { Ledger } from "../model/ledger.js";
import { compose } from "./_compose.js";
import { toDocx } from "./_docx.js";
import { toHtml } from "./_html.js";
import { toMarkdown } from "./_markdown.js";

/**
 * The documents {@link renderDocument} writes: the public progress disclosure
 * (公开整改落实情况), the plan's task list (整改任务清单) and the close-out public notice
 * (整改销号公示).
 *
 * @example
 * ```ts
 * import { DOCUMENT_KINDS } from "ducha/documents";
 * DOCUMENT_KINDS; //=> ["disclosure", "task_list", "sign_off_notice"]
 * ```
 * @category Documents
 */
export const DOCUMENT_KINDS = ["disclosure", "task_list", "sign_off_notice"] as const;
/** A kind of document. @category Documents */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The formats {@link renderDocument} writes: Word bytes, one self-contained HTML file, Markdown.
 *
 * @example
 * ```ts
 * import { DOCUMENT_FORMATS } from "ducha/documents";
 * DOCUMENT_FORMATS; //=> ["docx", "html", "markdown"]
 * ```
 * @category Documents
 */
export const DOCUMENT_FORMATS = ["docx", "html", "markdown"] as const;
/** A document format. @category Documents */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * Options of {@link renderDocument}.
 *
 * @example
 * ```ts
 * import type { RenderDocumentOptions } from "ducha/documents";
 * const options: RenderDocumentOptions = {
 *   kind: "sign_off_notice", format: "html", lang: "zh-CN",
 *   notice: { start: "2024-09-29", workingDays: 10 },
 *   contacts: ["联系电话：0000-0000000"],
 * };
 * ```
 * @category Documents
 */
export interface RenderDocumentOptions {
  readonly kind: DocumentKind;
  readonly format: DocumentFormat;
  readonly lang: Lang;
  /** Count statuses as of this date (rebuilt from events); the ledger's `meta.asOf` dates it otherwise. */
  readonly asOf?: IsoDate;
  /** The whole date phrase of the figures, e.g. 截至2024年12月中旬 (see `renderReport`). */
  readonly asOfText?: string | Bilingual;
  /** Who issues the document (title, signature, properties); the ledger's `meta.publisher` otherwise. */
  readonly publisher?: string | Bilingual;
  /** Who led the tasks, as the sentences name them: "我市" gives 我市牵头的9项整改任务. */
  readonly ledBy?: string | Bilingual;
  /** The document's title, instead of the one made from the kind, publisher and round. */
  readonly title?: string | Bilingual;
  /** Rate rules and decimals, as for `summarize` and `renderReport`. */
  readonly policy?: RatePolicy;
  /** Close-out notice: the first day and the length in working days of the notice window. */
  readonly notice?: { readonly start: IsoDate; readonly workingDays: number };
  /** Close-out notice: the tasks accepted in this window; every accepted task otherwise. */
  readonly acceptedWithin?: DateWindow;
  /** Close-out notice: the lines where objections are taken (phone, address, e-mail). */
  readonly contacts?: readonly string[];
  /** The working-day calendar of the notice window; the official one otherwise. */
  readonly calendar?: WorkCalendar;
}

function misuse(zh: string, en: string, details: Record<string, unknown>): DuchaError {
  return new DuchaError("invalid_argument", { "zh-CN": zh, en }, details);
}

function check(options: RenderDocumentOptions): void {
  if (!DOCUMENT_KINDS.includes(options.kind)) {
    throw misuse(
      `不支持的文档类型：${String(options.kind)}`,
      `unknown document kind: ${String(options.kind)}`,
      {
        kind: options.kind,
        choices: DOCUMENT_KINDS,
      },
    );
  }
  if (!DOCUMENT_FORMATS.includes(options.format)) {
    throw misuse(
      `不支持的文档格式：${String(options.format)}`,
      `unknown document format: ${String(options.format)}`,
      {
        format: options.format,
        choices: DOCUMENT_FORMATS,
      },
    );
  }
  if (options.lang !== "zh-CN" && options.lang !== "en") {
    throw misuse(
      `不支持的语言：${String(options.lang)}`,
      `unknown language: ${String(options.lang)}`,
      {
        lang: options.lang,
      },
    );
  }
  if (options.asOf !== undefined) assertIsoDate(options.asOf, "asOf");
  if (options.kind === "sign_off_notice") {
    if (options.notice === undefined) {
      throw misuse(
        "整改销号公示需要给出公示起始日期和工作日数（notice）",
        "a close-out notice needs its window: notice { start, workingDays }",
        { option: "notice" },
      );
    }
    assertIsoDate(options.notice.start, "notice.start");
  }
  if (options.acceptedWithin !== undefined) {
    assertIsoDate(options.acceptedWithin.start, "acceptedWithin.start");
    assertIsoDate(options.acceptedWithin.end, "acceptedWithin.end");
  }
}

/**
 * Writes an official document from a ledger: the public progress disclosure (the round's dates
 * and group, the figures in `renderReport`'s sentences, sections by problem category or domain
 * with each task's status, petitions and accountability, and the attached task table), the plan's
 * task list (problems spanning their tasks' rows) or the close-out notice (a table per task
 * accepted in a window, the notice window in working days, the contact lines given). Nothing is
 * counted here: figures come from `summarize`, sentences from `renderReport`, charts from
 * `renderChart`.
 *
 * `docx` gives the bytes of a Word file in the layout of GB/T 9704-2012 ({@link GB_T_9704_LAYOUT});
 * it needs the optional `docx` package, loaded only then. `html` gives one self-contained file
 * (inline CSS and SVG, printable, no script, nothing fetched); `markdown` is for wikis. Every text
 * is escaped, and the ledger's publisher, date and sources go into the document's properties.
 *
 * @throws {DuchaError} `invalid_argument` for an unknown kind, format or language, a close-out
 * notice without `notice`, or `docx` without the docx package; `invalid_date` for a bad date;
 * `calendar_year_not_covered` when the notice window leaves the calendar.
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { renderDocument } from "ducha/documents";
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   meta: { publisher: "某市", asOf: "2024-06-30" },
 *   tasks: [
 *     { id: "t1", problemIds: ["p1"], title: "城区扬尘污染问题", status: "completed" },
 *     { id: "t2", problemIds: ["p2"], title: "黑臭水体问题", status: "in_progress" },
 *   ],
 * });
 * const md = await renderDocument(ledger, { kind: "disclosure", format: "markdown", lang: "zh-CN" });
 * md.split("\n")[0]; //=> "# 某市公开中央生态环境保护督察整改落实情况"
 * md.includes("截至2024年6月底，2项整改任务已完成1项，其余1项正在持续推进中。"); //=> true
 * const docx = await renderDocument(ledger, { kind: "disclosure", format: "docx", lang: "zh-CN" });
 * docx instanceof Uint8Array; //=> true
 * ```
 * @category Documents
 */
export function renderDocument(
  ledger: Ledger,
  options: RenderDocumentOptions & { readonly format: "docx" },
): Promise<Uint8Array>;
export function renderDocument(
  ledger: Ledger,
  options: RenderDocumentOptions & { readonly format: "html" | "markdown" },
): Promise<string>;
export function renderDocument(
  ledger: Ledger,
  options: RenderDocumentOptions,
): Promise<string | Uint8Array>;
export async function renderDocument(
  ledger: Ledger,
  options: RenderDocumentOptions,
): Promise<string | Uint8Array> {
  check(options);
  const model = compose(ledger, options);
  if (options.format === "docx") return toDocx(model);
  return options.format === "html" ? toHtml(model) : toMarkdown(model);
}
