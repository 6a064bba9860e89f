import { isIsoDate } from "../../dates.js";
import type { DocumentFormat, DocumentKind } from "../../documents/renderDocument.js";
import type { Command, CommandContext } from "../command.js";
import { EXIT, UsageFailure } from "../exit.js";
import { asOfOption, loadLedger } from "../load.js";
import { MESSAGES } from "../messages.js";
import { LIMIT_OPTIONS } from "../options.js";
import { reportIssuesToStderr, reportUnusableLedger, writeJson } from "../output.js";

const FORMATS = ["text", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

function formatOption(context: CommandContext): Format {
  if (context.json) return "json";
  const value = context.options.format ?? "text";
  const format = FORMATS.find((f) => f === value);
  if (format === undefined) {
    const detail = { option: "format", choices: FORMATS.join("|"), value: String(value) };
    throw new UsageFailure("invalid_format", MESSAGES.badChoice(detail));
  }
  return format;
}

function choice<T extends string>(
  context: CommandContext,
  option: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = context.options[option] ?? fallback;
  const found = choices.find((c) => c === value);
  if (found === undefined) {
    const detail = { option, choices: choices.join("|"), value: String(value) };
    throw new UsageFailure("invalid_format", MESSAGES.badChoice(detail));
  }
  return found;
}

/** `--notice-start`, `--notice-days` and `--contact`: the close-out notice's window and contacts. */
function noticeOptions(context: CommandContext, kind: DocumentKind) {
  const start = context.options["notice-start"];
  const days = context.options["notice-days"];
  const given = context.options.contact;
  const contacts = (Array.isArray(given) ? given : given === undefined ? [] : [given]).filter(
    (line): line is string => typeof line === "string",
  );
  if (kind !== "sign_off_notice") return {};
  if (typeof start !== "string" || typeof days !== "string") {
    throw new UsageFailure("missing_notice", MESSAGES.needNotice());
  }
  if (!isIsoDate(start)) {
    throw new UsageFailure("invalid_notice_start", MESSAGES.badNoticeStart({ value: start }));
  }
  if (!/^[1-9]\d{0,3}$/.test(days)) {
    throw new UsageFailure("invalid_notice_days", MESSAGES.badNoticeDays({ value: days }));
  }
  return { notice: { start, workingDays: Number(days) }, contacts };
}

/** `--document KIND`: an official document, to standard output or to `-o FILE`. */
async function writeDocument(context: CommandContext): Promise<number> {
  // Loaded only for --document, so that the other commands start without it.
  const { DOCUMENT_FORMATS, DOCUMENT_KINDS, renderDocument } = await import(
    "../../documents/renderDocument.js"
  );
  const kind: DocumentKind = choice(context, "document", DOCUMENT_KINDS, "disclosure");
  const format: DocumentFormat = choice(context, "format", DOCUMENT_FORMATS, "html");
  const output = context.options.output;
  const out = typeof output === "string" ? output : undefined;
  if (format === "docx" && out === undefined) {
    throw new UsageFailure("missing_output", MESSAGES.needOutput());
  }
  const notice = noticeOptions(context, kind);
  const asOf = asOfOption(context);
  const path = context.args[0] ?? "";
  const { ledger, issues } = await loadLedger(context, path);
  if (ledger === undefined) return reportUnusableLedger(context, path, issues);
  reportIssuesToStderr(context, issues);
  const publisher = context.options.publisher;
  const document = await renderDocument(ledger, {
    kind,
    format,
    lang: context.lang,
    ...(asOf === undefined ? {} : { asOf }),
    ...(typeof publisher === "string" ? { ledBy: publisher } : {}),
    ...notice,
  });
  if (out === undefined) {
    const text = document as string;
    context.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
    return EXIT.ok;
  }
  if (context.io.writeFile === undefined) {
    throw new UsageFailure("missing_output", MESSAGES.needOutput());
  }
  try {
    await context.io.writeFile(out, document);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageFailure("file_unwritable", MESSAGES.fileUnwritable({ path: out, detail }));
  }
  return EXIT.ok;
}

/** `ducha report <file>`: the progress report of a ledger, as published reports word it. */
export const reportCommand: Command = {
  args: ["<file>"],
  summary: {
    "zh-CN": "生成整改进展报告（文字、Markdown表格或JSON汇总）",
    en: "write the rectification progress report (sentences, Markdown tables or a JSON summary)",
  },
  options: [
    "as-of",
    "deadline-anchor",
    "keep-together",
    "sheet",
    "format",
    "publisher",
    "document",
    "output",
    "notice-start",
    "notice-days",
    "contact",
    ...LIMIT_OPTIONS,
  ],
  examples: [
    "ducha report examples/ulanqab-2017.json --lang en",
    "ducha report ledger.json --as-of 2024-06-30 --publisher 我市 --format markdown > report.md",
    "ducha report ledger.xlsx --as-of 2024-06-30 --json",
    "ducha report examples/ulanqab-2017.json --document disclosure --format docx -o disclosure.docx",
  ],
  async run(context) {
    if (context.options.document !== undefined) return writeDocument(context);
    const format = formatOption(context);
    const asOf = asOfOption(context);
    const path = context.args[0] ?? "";
    const loaded = await loadLedger(context, path);
    const { ledger, issues } = loaded;
    if (ledger === undefined) return reportUnusableLedger(context, path, issues);
    // Loaded only when this command runs, so that `ducha validate` starts without them.
    const [{ summarize }, { renderReport }] = await Promise.all([
      import("../../report/summarize.js"),
      import("../../report/renderReport.js"),
    ]);
    const summary = summarize(ledger, asOf === undefined ? {} : { asOf });
    const publisher = context.options.publisher;
    const render = (as: "text" | "markdown") =>
      renderReport(summary, {
        lang: context.lang,
        format: as,
        ...(typeof publisher === "string" ? { publisher } : {}),
      });
    if (format === "json") {
      const text = render("text");
      writeJson(context, {
        ok: true,
        file: path,
        asOf: summary.asOf ?? null,
        text,
        summary,
        issues,
      });
      return EXIT.ok;
    }
    reportIssuesToStderr(context, issues);
    const text = render(format);
    context.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
    return EXIT.ok;
  },
};
