import { formatPath } from "../../issue.js";
import { ESCALATION_LABELS, type WarningLevel } from "../../lifecycle/policy.js";
import type { Command } from "../command.js";
import { EXIT, UsageFailure } from "../exit.js";
import { asOfOption, loadLedger } from "../load.js";
import { MESSAGES } from "../messages.js";
import { LIMIT_OPTIONS } from "../options.js";
import { reportIssuesToStderr, reportUnusableLedger, writeJson } from "../output.js";
import type { Paint } from "../text.js";

const LEVEL_COLOURS: Readonly<Record<WarningLevel, keyof Paint>> = {
  red: "red",
  yellow: "yellow",
  blue: "blue",
};

/** `ducha warnings <file>`: the early warnings of a ledger on a date (预警). */
export const warningsCommand: Command = {
  args: ["<file>"],
  summary: {
    "zh-CN": "列出某日的预警：临期、逾期、滞后、长期无进展、信访件超期、问题反弹",
    en: "list the early warnings on a date: due soon, overdue, lagging, stale, petitions open too long, relapsed",
  },
  options: ["as-of", "deadline-anchor", "sheet", ...LIMIT_OPTIONS],
  examples: [
    "ducha warnings examples/ulanqab-2017.json --as-of 2017-12-31",
    "ducha warnings ledger.ndjson --as-of 2024-06-30 --lang en --json",
  ],
  async run(context) {
    const given = asOfOption(context);
    const path = context.args[0] ?? "";
    const loaded = await loadLedger(context, path);
    const { ledger, issues } = loaded;
    if (ledger === undefined) return reportUnusableLedger(context, path, issues);
    const asOf = given ?? ledger.meta?.asOf;
    if (asOf === undefined) throw new UsageFailure("missing_as_of", MESSAGES.needAsOf());
    const { warnings } = await import("../../lifecycle/warnings.js");
    const found = warnings(ledger, { asOf });
    const exit = found.length > 0 ? EXIT.issues : EXIT.ok;
    if (context.json) {
      writeJson(context, { ok: found.length === 0, file: path, asOf, warnings: found, issues });
      return exit;
    }
    const { io, lang, out } = context;
    reportIssuesToStderr(context, issues);
    const levels: Record<WarningLevel, number> = { red: 0, yellow: 0, blue: 0 };
    for (const warning of found) {
      levels[warning.level]++;
      const colour = out[LEVEL_COLOURS[warning.level]];
      const escalation =
        warning.escalation === undefined ? "" : ` → ${ESCALATION_LABELS[warning.escalation][lang]}`;
      const where = out.bold(formatPath(warning.path));
      io.stdout(
        `${where}: ${colour(warning.message[lang])}${escalation} ${out.dim(`[${warning.code}]`)}\n`,
      );
    }
    const summary = MESSAGES.warningCount({ asOf, count: found.length, ...levels })[lang];
    io.stdout(`${found.length > 0 ? out.yellow(summary) : out.green(summary)}\n`);
    return exit;
  },
};
