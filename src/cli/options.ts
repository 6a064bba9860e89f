import { parseArgs } from "node:util";
import type { Bilingual } from "../lang.js";
import { MESSAGES } from "./messages.js";

/** One command-line option: its kind, short name, value placeholder and help. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** May be given more than once; its value is then the list of values. */
  readonly multiple?: boolean;
  readonly short?: string;
  readonly value?: string;
  readonly help: Bilingual;
}

/** Every option any command takes; each command lists the ones it accepts. */
export const OPTIONS = {
  "as-of": {
    type: "string",
    value: "YYYY-MM-DD",
    help: {
      "zh-CN": "按哪一天的情况统计（默认取台账的 meta.asOf）",
      en: "the day to read the ledger as of (default: the ledger's meta.asOf)",
    },
  },
  "deadline-anchor": {
    type: "string",
    value: "YYYY-MM-DD",
    help: {
      "zh-CN":
        "表格（.csv/.xlsx）中无年份的完成时限（如“9月底前”）按此日期所在年份理解，通常取方案印发日",
      en: 'the date year-less deadlines of a .csv/.xlsx table ("9月底前") are read in; usually the plan\'s date',
    },
  },
  "keep-together": {
    type: "string",
    multiple: true,
    value: "NAME",
    help: {
      "zh-CN": "表格中不拆分的单位名称（可重复），如“各旗县市区党委、政府”；默认按“、，,;；”拆分",
      en: 'a unit name in a table not to split on its 、 or ， (repeatable), e.g. "各旗县市区党委、政府"',
    },
  },
  sheet: {
    type: "string",
    value: "NAME|N",
    help: {
      "zh-CN": ".xlsx中只读此工作表（名称或从1起的序号）；默认读取所有有表头的工作表",
      en: "the one .xlsx sheet to read (its name or 1-based position); default every sheet with a header row",
    },
  },
  "max-rows": {
    type: "string",
    value: "N",
    help: {
      "zh-CN": "表格（.csv/.xlsx）最多读取的行数，含标题行和表头（默认 1048576，即Excel上限）",
      en: "the most rows a .csv/.xlsx table may have, titles and header included (default 1048576, Excel's own)",
    },
  },
  "max-cell-length": {
    type: "string",
    value: "N",
    help: {
      "zh-CN": "表格单元格的最大字符数（默认 32767，即Excel上限）",
      en: "the most characters in one table cell (default 32767, Excel's own)",
    },
  },
  "max-uncompressed-bytes": {
    type: "string",
    value: "N",
    help: {
      "zh-CN": ".xlsx解压后的最大总字节数，可写 512M、2G（默认 1G）；在解压前按压缩包目录检查",
      en: "the most bytes an .xlsx may inflate to, such as 512M or 2G (default 1G); checked from the archive's directory before inflating",
    },
  },
  "max-entries": {
    type: "string",
    value: "N",
    help: {
      "zh-CN": ".xlsx压缩包内的最多文件数（默认 10000）",
      en: "the most files (entries) inside an .xlsx archive (default 10000)",
    },
  },
  format: {
    type: "string",
    value: "text|markdown|json",
    help: {
      "zh-CN": "报告格式（默认 text）；与 --document 同用时为 docx|html|markdown（默认 html）",
      en: "report format (default text); with --document: docx|html|markdown (default html)",
    },
  },
  document: {
    type: "string",
    value: "KIND",
    help: {
      "zh-CN":
        "生成公文：disclosure（整改落实情况公开）、task_list（整改任务清单）或 sign_off_notice（整改销号公示）",
      en: "write an official document: disclosure, task_list or sign_off_notice (the close-out notice)",
    },
  },
  "notice-start": {
    type: "string",
    value: "YYYY-MM-DD",
    help: {
      "zh-CN": "整改销号公示的公示起始日期",
      en: "close-out notice: the first day of the notice window",
    },
  },
  "notice-days": {
    type: "string",
    value: "N",
    help: {
      "zh-CN": "整改销号公示的公示期（工作日数）",
      en: "close-out notice: the notice window's length in working days",
    },
  },
  contact: {
    type: "string",
    multiple: true,
    value: "LINE",
    help: {
      "zh-CN": "整改销号公示的联系方式（可重复），如“联系电话：0000-0000000”",
      en: 'close-out notice: a contact line (repeatable), e.g. "Tel: 0000-0000000"',
    },
  },
  output: {
    type: "string",
    short: "o",
    value: "FILE",
    help: {
      "zh-CN": "写入此文件（docx格式必须给出）",
      en: "write to this file (required for docx)",
    },
  },
  publisher: {
    type: "string",
    value: "NAME",
    help: {
      "zh-CN": "牵头者的称谓，如“我市”（写成“我市牵头的9项整改任务”）",
      en: 'who led the tasks, as the sentence names them ("the city" gives "tasks led by the city")',
    },
  },
  strict: {
    type: "boolean",
    help: {
      "zh-CN": "有警告也以退出码1结束",
      en: "exit with 1 on warnings too, not only on errors",
    },
  },
  figures: {
    type: "boolean",
    help: {
      "zh-CN": "列出读到的每个数字（位置、角色、截至日期）及未能归类的数字",
      en: "list every figure read (span, role, as-of date) and the numbers it could not place",
    },
  },
  rounding: {
    type: "string",
    value: "half-up|half-even|down|up",
    help: {
      "zh-CN": "比率的舍入方式（默认 half-up，四舍五入）",
      en: "how stated rates were rounded (default half-up)",
    },
  },
  lang: {
    type: "string",
    value: "zh-CN|en",
    help: {
      "zh-CN": "输出语言（默认按 LANG 环境变量：zh 开头为 zh-CN，否则 en）",
      en: "output language (default from LANG: zh-CN when it starts with zh, else en)",
    },
  },
  json: {
    type: "boolean",
    help: { "zh-CN": "输出JSON，供程序读取", en: "print JSON for machines" },
  },
  "no-color": {
    type: "boolean",
    help: { "zh-CN": "不使用颜色", en: "no colours" },
  },
  help: { type: "boolean", short: "h", help: { "zh-CN": "显示帮助", en: "show help" } },
  version: {
    type: "boolean",
    short: "v",
    help: { "zh-CN": "显示版本号", en: "show the version" },
  },
} as const satisfies Record<string, OptionSpec>;

/** The name of an option, without its dashes. */
export type OptionName = keyof typeof OPTIONS;

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionName[] = [
  "lang",
  "json",
  "no-color",
  "help",
  "version",
];

/** The options that raise or lower the limits of the table readers (see `ReadLimits`). */
export const LIMIT_OPTIONS: readonly OptionName[] = [
  "max-rows",
  "max-cell-length",
  "max-uncompressed-bytes",
  "max-entries",
];

/** Parsed option values by name (a list for an option given with `multiple`). */
export type OptionValues = Readonly<
  Partial<Record<string, string | boolean | readonly (string | boolean)[]>>
>;

/** The placeholder-bearing flag as help shows it: `-h, --help`, `--as-of YYYY-MM-DD`. */
export function flagOf(name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name];
  const short = spec.short === undefined ? "" : `-${spec.short}, `;
  return `${short}--${name}${spec.value === undefined ? "" : ` ${spec.value}`}`;
}

const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [
    name,
    {
      type: spec.type,
      ...("short" in spec ? { short: spec.short } : {}),
      ...("multiple" in spec ? { multiple: spec.multiple } : {}),
    },
  ]),
) as Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Arguments split into option values and positionals, or why they cannot be. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly error?: { readonly reason: string; readonly text: Bilingual };
}

/**
 * Parses arguments with node:util parseArgs, leniently, so that every mistake is reported in
 * both languages here rather than in parseArgs' English: an unknown option, a value missing or
 * given to a switch.
 */
export function parseArgv(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: PARSE_OPTIONS,
    allowPositionals: true,
    strict: false,
  });
  const parsed = { values: values as OptionValues, positionals };
  for (const [name, given] of Object.entries(values)) {
    const spec = PARSE_OPTIONS[name];
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    // A repeatable option is checked value by value: `--keep-together` alone is a missing value.
    for (const value of Array.isArray(given) ? given : [given]) {
      const error =
        spec === undefined
          ? { reason: "unknown_option", text: MESSAGES.unknownOption({ flag }) }
          : spec.type === "string" && typeof value !== "string"
            ? { reason: "missing_value", text: MESSAGES.missingValue({ flag }) }
            : spec.type === "boolean" && typeof value !== "boolean"
              ? { reason: "unexpected_value", text: MESSAGES.unexpectedValue({ flag }) }
              : undefined;
      if (error !== undefined) return { ...parsed, error };
    }
  }
  return parsed;
}
