import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import { loadLedger } from "../load.js";
import { MESSAGES } from "../messages.js";
import { LIMIT_OPTIONS } from "../options.js";
import { countIssues, countsLine, issueLine, writeJson } from "../output.js";

/** `ducha validate <file>`: every issue of a ledger file, located. */
export const validateCommand: Command = {
  args: ["<file>"],
  summary: {
    "zh-CN": "校验台账文件（.json、.ndjson、.jsonl、.csv、.xlsx），列出全部问题及其位置",
    en: "check a ledger file (.json, .ndjson, .jsonl, .csv, .xlsx) and list every issue with where it is",
  },
  options: ["as-of", "deadline-anchor", "keep-together", "sheet", "strict", ...LIMIT_OPTIONS],
  examples: [
    "ducha validate examples/ulanqab-2017.json",
    "ducha validate tasks.csv --lang en",
    "ducha validate 第五批信访件.xlsx",
    "ducha validate ledger.ndjson --json > issues.json",
  ],
  async run(context) {
    const path = context.args[0] ?? "";
    // The issues and counts are all it prints: a table is validated as it streams.
    const loaded = await loadLedger(context, path, { keepLedger: false });
    const counts = countIssues(loaded.issues);
    const failed = counts.error > 0 || (context.options.strict === true && counts.warning > 0);
    if (context.json) {
      writeJson(context, {
        ok: !failed,
        file: path,
        format: loaded.format,
        counts,
        ...(loaded.records ? { records: loaded.records } : {}),
        issues: loaded.issues,
      });
    } else {
      const { io, lang, out } = context;
      for (const issue of loaded.issues) io.stdout(issueLine(issue, lang, out));
      if (loaded.records) {
        const all = Object.values(loaded.records);
        const total = all.reduce((sum, r) => sum + r.total, 0);
        const withErrors = all.reduce((sum, r) => sum + r.withErrors, 0);
        io.stdout(`${MESSAGES.records({ total, withErrors })[lang]}\n`);
      }
      io.stdout(countsLine(loaded.issues, lang, out));
    }
    return failed ? EXIT.issues : EXIT.ok;
  },
};
