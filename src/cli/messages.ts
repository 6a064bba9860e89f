import type { Bilingual } from "../lang.js";

type Text = (p: Readonly<Record<string, string | number>>) => Bilingual;

/** Every sentence the command line writes itself, in zh-CN and en. */
export const MESSAGES = {
  unknownCommand: (p) => ({
    "zh-CN": `未知命令“${p.name}”，可用命令：${p.known}`,
    en: `unknown command "${p.name}"; the commands are ${p.known}`,
  }),
  missingCommand: () => ({ "zh-CN": "缺少命令", en: "no command given" }),
  seeUsage: () => ({ "zh-CN": "查看帮助：ducha --help", en: "see ducha --help" }),
  seeHelp: (p) => ({
    "zh-CN": `查看帮助：ducha ${p.command} --help`,
    en: `see ducha ${p.command} --help`,
  }),
  unknownOption: (p) => ({ "zh-CN": `未知选项 ${p.flag}`, en: `unknown option ${p.flag}` }),
  missingValue: (p) => ({
    "zh-CN": `选项 ${p.flag} 缺少取值`,
    en: `the option ${p.flag} needs a value`,
  }),
  unexpectedValue: (p) => ({
    "zh-CN": `选项 ${p.flag} 不带取值`,
    en: `the option ${p.flag} takes no value`,
  }),
  optionNotForCommand: (p) => ({
    "zh-CN": `命令 ${p.command} 不接受选项 --${p.option}`,
    en: `the command ${p.command} takes no option --${p.option}`,
  }),
  badLang: (p) => ({
    "zh-CN": `--lang 须为 zh-CN 或 en，收到“${p.value}”`,
    en: `--lang must be zh-CN or en, not "${p.value}"`,
  }),
  badChoice: (p) => ({
    "zh-CN": `--${p.option} 须为 ${p.choices} 之一，收到“${p.value}”`,
    en: `--${p.option} must be one of ${p.choices}, not "${p.value}"`,
  }),
  badLimit: (p) => ({
    "zh-CN": `--${p.option} 须为正整数${p.suffixes === "yes" ? "（可带 K、M、G 后缀，按1024进位）" : ""}，收到“${p.value}”`,
    en: `--${p.option} must be a positive whole number${p.suffixes === "yes" ? " (K, M or G for 1024, 1024² or 1024³)" : ""}, not "${p.value}"`,
  }),
  badAsOf: (p) => ({
    "zh-CN": `--as-of 须为真实存在的日期，写作YYYY-MM-DD，收到“${p.value}”`,
    en: `--as-of must be a real date written YYYY-MM-DD, not "${p.value}"`,
  }),
  badDeadlineAnchor: (p) => ({
    "zh-CN": `--deadline-anchor 须为真实存在的日期，写作YYYY-MM-DD，收到“${p.value}”`,
    en: `--deadline-anchor must be a real date written YYYY-MM-DD, not "${p.value}"`,
  }),
  missingArgument: (p) => ({
    "zh-CN": `缺少参数 ${p.args}`,
    en: `missing argument ${p.args}`,
  }),
  extraArguments: (p) => ({
    "zh-CN": `多余的参数：${p.extra}`,
    en: `unexpected argument(s): ${p.extra}`,
  }),
  fileUnreadable: (p) => ({
    "zh-CN": `无法读取文件 ${p.path}：${p.detail}`,
    en: `cannot read the file ${p.path}: ${p.detail}`,
  }),
  needOutput: () => ({
    "zh-CN": "Word文档须用 -o 给出输出文件",
    en: "a Word document needs an output file: give -o FILE",
  }),
  needNotice: () => ({
    "zh-CN": "整改销号公示须用 --notice-start 和 --notice-days 给出公示期",
    en: "a close-out notice needs its window: give --notice-start and --notice-days",
  }),
  badNoticeDays: (p) => ({
    "zh-CN": `--notice-days 须为正整数，收到“${p.value}”`,
    en: `--notice-days must be a positive whole number, not "${p.value}"`,
  }),
  badNoticeStart: (p) => ({
    "zh-CN": `--notice-start 须为真实存在的日期，写作YYYY-MM-DD，收到“${p.value}”`,
    en: `--notice-start must be a real date written YYYY-MM-DD, not "${p.value}"`,
  }),
  fileUnwritable: (p) => ({
    "zh-CN": `无法写入文件 ${p.path}：${p.detail}`,
    en: `cannot write the file ${p.path}: ${p.detail}`,
  }),
  needAsOf: () => ({
    "zh-CN": "请用 --as-of 给出日期（台账的 meta.asOf 也未填写）",
    en: "give the date with --as-of (the ledger has no meta.asOf either)",
  }),
  ledgerHasErrors: (p) => ({
    "zh-CN": `台账有${p.errors}个错误，未生成结果；请先运行 ducha validate ${p.path}`,
    en: `the ledger has ${p.errors} error(s), so nothing was produced; run ducha validate ${p.path} first`,
  }),
  counts: (p) => ({
    "zh-CN": `错误${p.errors}个，警告${p.warnings}个，提示${p.infos}个`,
    en: `${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} note(s)`,
  }),
  records: (p) => ({
    "zh-CN": `记录${p.total}条，其中${p.withErrors}条有错误`,
    en: `${p.total} record(s), ${p.withErrors} with errors`,
  }),
  warningCount: (p) => ({
    "zh-CN": `截至${p.asOf}，预警${p.count}条（红${p.red}、黄${p.yellow}、蓝${p.blue}）`,
    en: `${p.count} warning(s) as of ${p.asOf} (${p.red} red, ${p.yellow} yellow, ${p.blue} blue)`,
  }),
  consistent: (p) => ({
    "zh-CN": `核对${p.count}处，数据自洽`,
    en: `${p.count} check(s); the figures agree`,
  }),
  inconsistent: (p) => ({
    "zh-CN": `核对${p.count}处，其中${p.failed}处不一致`,
    en: `${p.count} check(s); ${p.failed} do not agree`,
  }),
  asOfGroup: (p) => ({
    "zh-CN": p.asOf === "" ? "未注明截至日期：" : `截至${p.asOf}：`,
    en: p.asOf === "" ? "no as-of date:" : `as of ${p.asOf}:`,
  }),
  unplaced: (p) => ({
    "zh-CN": `未能归类的数字${p.count}个（不据以核对）：`,
    en: `${p.count} number(s) not placed (nothing checked from them):`,
  }),
  noFigures: () => ({
    "zh-CN": "文本中未找到可核对的数字",
    en: "no figures to check in the text",
  }),
  line: (p) => ({ "zh-CN": `第${p.line}行`, en: `line ${p.line}` }),
  unexpected: (p) => ({
    "zh-CN": `意外错误（请报告此问题）：${p.detail}`,
    en: `unexpected error (please report it): ${p.detail}`,
  }),
} as const satisfies Record<string, Text>;
