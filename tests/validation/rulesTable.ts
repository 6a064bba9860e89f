import type { Lang } from "../../src/lang.js";
import { VALIDATION_ISSUES, VALIDATION_RULES } from "../../src/validation/index.js";

const HEAD: Record<Lang, string> = {
  en: "| rule | what it checks | codes (severity) |",
  "zh-CN": "| 规则 | 检查内容 | 问题代码（严重程度） |",
};
const SEVERITY: Record<Lang, Record<string, string>> = {
  en: { error: "error", warning: "warning", info: "info" },
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
};

/** The rules table of docs/validation.md (en) and docs/zh-CN/validation.md, from the registry. */
export function rulesTable(lang: Lang): string {
  const rows = VALIDATION_RULES.map((rule) => {
    const codes = rule.codes
      .map((code) => {
        const severity = VALIDATION_ISSUES[code as keyof typeof VALIDATION_ISSUES].severity;
        return `\`${code}\` (${SEVERITY[lang][severity]})`;
      })
      .join(", ");
    return `| \`${rule.name}\` | ${rule.description[lang]} | ${codes} |`;
  });
  return [HEAD[lang], "| --- | --- | --- |", ...rows].join("\n");
}
