import { decodeUtf8 } from "../../io/encoding.js";
import { ROUNDING_MODES } from "../../metrics/rounding.js";
import type { Command, CommandContext } from "../command.js";
import { EXIT, UsageFailure } from "../exit.js";
import { readBytes } from "../load.js";
import { MESSAGES } from "../messages.js";
import { issueLine, writeJson } from "../output.js";

function roundingOption(context: CommandContext): (typeof ROUNDING_MODES)[number] | undefined {
  const value = context.options.rounding;
  if (value === undefined) return undefined;
  const mode = ROUNDING_MODES.find((m) => m === value);
  if (mode === undefined) {
    const detail = { option: "rounding", choices: ROUNDING_MODES.join("|"), value: String(value) };
    throw new UsageFailure("invalid_rounding", MESSAGES.badChoice(detail));
  }
  return mode;
}

/** `ducha audit <text-file>`: do the figures of a published paragraph agree with each other? */
export const auditCommand: Command = {
  args: ["<text-file>"],
  summary: {
    "zh-CN": "核对公开报告文字中的数字是否自洽（总数与分项、办结率、剩余数等）",
    en: "check that the figures of a published report agree (totals and parts, rates, remainders)",
  },
  options: ["rounding", "figures"],
  examples: [
    "ducha audit paragraph.txt",
    "ducha audit report.txt --lang en --json",
    "ducha audit report.txt --figures",
  ],
  async run(context) {
    const rounding = roundingOption(context);
    const path = context.args[0] ?? "";
    const decoded = decodeUtf8(await readBytes(context, path));
    if (!decoded.ok) {
      if (context.json)
        writeJson(context, { consistent: false, file: path, issues: decoded.issues });
      else
        for (const issue of decoded.issues)
          context.io.stdout(issueLine(issue, context.lang, context.out));
      return EXIT.issues;
    }
    const text = decoded.value;
    const { auditText } = await import("../../audit/auditText.js");
    const result = auditText(text, rounding === undefined ? {} : { rounding });
    const exit = result.consistent ? EXIT.ok : EXIT.issues;
    const figures = context.options.figures === true;
    if (context.json) {
      writeJson(context, {
        consistent: result.consistent,
        file: path,
        findings: result.findings,
        ...(figures
          ? { quantities: result.quantities, byAsOf: result.byAsOf, unknown: result.unknown }
          : {}),
      });
      return exit;
    }
    const { io, lang, out } = context;
    for (const finding of result.findings) {
      const mark = finding.consistent ? out.green("✓") : out.red("✗");
      const quotes = finding.spans.map((span) => `“${text.slice(span.start, span.end)}”`).join(" ");
      const message = finding.consistent ? finding.message[lang] : out.red(finding.message[lang]);
      io.stdout(`${mark} ${message} ${out.dim(`[${finding.code}]`)}\n`);
      if (quotes !== "") io.stdout(`    ${out.dim(quotes)}\n`);
    }
    if (figures) {
      for (const group of result.byAsOf) {
        io.stdout(`${out.dim(MESSAGES.asOfGroup({ asOf: group.asOf ?? "" })[lang])}\n`);
        for (const q of group.quantities) {
          const where = `[${q.span.start}-${q.span.end}]`;
          io.stdout(`  ${out.dim(where)} “${q.quote}” ${q.role}${q.kind ? ` (${q.kind})` : ""}\n`);
        }
      }
      if (result.unknown.length > 0) {
        io.stdout(`${out.dim(MESSAGES.unplaced({ count: result.unknown.length })[lang])}\n`);
        const quotes = result.unknown.map((q) => `“${q.quote}”[${q.span.start}]`).join(" ");
        io.stdout(`  ${out.dim(quotes)}\n`);
      }
    }
    const count = result.findings.length;
    const failed = result.findings.filter((f) => !f.consistent).length;
    const verdict =
      count === 0
        ? out.dim(MESSAGES.noFigures()[lang])
        : failed === 0
          ? out.green(MESSAGES.consistent({ count })[lang])
          : out.red(MESSAGES.inconsistent({ count, failed })[lang]);
    io.stdout(`${verdict}\n`);
    return exit;
  },
};
