import { renderReport } from "../../report/renderReport.js";
import { summarize } from "../../report/summarize.js";
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

/** `ducha report <file>`: the progress report of a ledger, as published reports word it. */
export const reportCommand: Command = {
  args: ["<file>"],
  summary: {
    "zh-CN": "生成整改进展报告（文字、Markdown表格或JSON汇总）",
    en: "write the rectification progress report (sentences, Markdown tables or a JSON summary)",
  },
  options: ["as-of", "deadline-anchor", "keep-together", "format", "publisher", ...LIMIT_OPTIONS],
  examples: [
    "ducha report examples/ulanqab-2017.json --lang en",
    "ducha report ledger.json --as-of 2024-06-30 --publisher 我市 --format markdown > report.md",
    "ducha report ledger.xlsx --as-of 2024-06-30 --json",
  ],
  async run(context) {
    const format = formatOption(context);
    const asOf = asOfOption(context);
    const path = context.args[0] ?? "";
    const loaded = await loadLedger(context, path);
    const { ledger, issues } = loaded;
    if (ledger === undefined) return reportUnusableLedger(context, path, issues);
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
