import type { Bilingual, Lang } from "../lang.js";
import { COMMANDS, type CommandName } from "./commands/index.js";
import { flagOf, GLOBAL_OPTIONS, OPTIONS, type OptionName } from "./options.js";

const HEADINGS = {
  title: {
    "zh-CN": "ducha：校验督察整改台账、生成整改进展报告与预警、核对公开报告中的数字",
    en: "ducha: validate rectification ledgers, write progress reports and warnings, audit published figures",
  },
  usage: { "zh-CN": "用法", en: "Usage" },
  commands: { "zh-CN": "命令", en: "Commands" },
  options: { "zh-CN": "选项", en: "Options" },
  examples: { "zh-CN": "示例", en: "Examples" },
  command: { "zh-CN": "<命令>", en: "<command>" },
  option: { "zh-CN": "[选项]", en: "[options]" },
  colon: { "zh-CN": "：", en: ": " },
  more: {
    "zh-CN": "各命令的帮助：ducha <命令> --help",
    en: "Help on a command: ducha <command> --help",
  },
  exit: {
    "zh-CN": "退出码：0 无问题；1 发现数据问题（错误、预警或数字不一致）；2 用法错误或文件无法读取",
    en: "Exit codes: 0 clean; 1 issues found (errors, warnings or figures that disagree); 2 bad usage or an unreadable file",
  },
} as const satisfies Record<string, Bilingual>;

function optionLines(names: readonly OptionName[], lang: Lang): string[] {
  const flags = names.map(flagOf);
  const width = Math.max(...flags.map((f) => f.length)) + 2;
  return names.map((name, i) => `  ${(flags[i] ?? "").padEnd(width)}${OPTIONS[name].help[lang]}`);
}

function synopsis(name: CommandName): string {
  return ["ducha", name, ...COMMANDS[name].args].join(" ");
}

/**
 * The overview `ducha --help` prints: commands, global options and exit codes.
 *
 * @example
 * ```ts
 * import { usage } from "ducha/cli";
 * usage("en").split("\n")[2]; //=> "Usage: ducha <command> [options]"
 * ```
 * @category CLI
 */
export function usage(lang: Lang): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  const synopses = names.map(synopsis);
  const width = Math.max(...synopses.map((s) => s.length)) + 2;
  const h = (key: keyof typeof HEADINGS) => HEADINGS[key][lang];
  return [
    h("title"),
    "",
    `${h("usage")}${h("colon")}ducha ${h("command")} ${h("option")}`,
    "",
    `${h("commands")}${h("colon").trim()}`,
    ...names.map(
      (name, i) => `  ${(synopses[i] ?? "").padEnd(width)}${COMMANDS[name].summary[lang]}`,
    ),
    "",
    `${h("options")}${h("colon").trim()}`,
    ...optionLines(GLOBAL_OPTIONS, lang),
    "",
    h("more"),
    h("exit"),
    "",
  ].join("\n");
}

/**
 * The help of one command, as `ducha <command> --help` prints it.
 *
 * @example
 * ```ts
 * import { commandHelp } from "ducha/cli";
 * commandHelp("schema", "en").split("\n")[0]; //=> "Usage: ducha schema [options]"
 * ```
 * @category CLI
 */
export function commandHelp(name: CommandName, lang: Lang): string {
  const command = COMMANDS[name];
  const h = (key: keyof typeof HEADINGS) => HEADINGS[key][lang];
  return [
    `${h("usage")}${h("colon")}${synopsis(name)} ${h("option")}`,
    "",
    command.summary[lang],
    "",
    `${h("options")}${h("colon").trim()}`,
    ...optionLines([...command.options, ...GLOBAL_OPTIONS], lang),
    "",
    `${h("examples")}${h("colon").trim()}`,
    ...command.examples.map((example) => `  ${example}`),
    "",
    h("exit"),
    "",
  ].join("\n");
}
