import type { Issue, Severity } from "../issue.js";
import { formatPath } from "../issue.js";
import type { Bilingual, Lang } from "../lang.js";
import {
  type CsvWriteOptions,
  type TableRow,
  writeTableCsv,
  writeTableXlsx,
} from "./writeTable.js";

const HEADERS: Readonly<Record<"severity" | "code" | "path" | "line" | "message", Bilingual>> = {
  severity: { "zh-CN": "级别", en: "severity" },
  code: { "zh-CN": "代码", en: "code" },
  path: { "zh-CN": "位置", en: "path" },
  line: { "zh-CN": "行号", en: "line" },
  message: { "zh-CN": "说明", en: "message" },
};

const SEVERITY_LABELS: Readonly<Record<Severity, Bilingual>> = {
  error: { "zh-CN": "错误", en: "error" },
  warning: { "zh-CN": "警告", en: "warning" },
  info: { "zh-CN": "提示", en: "info" },
};

/**
 * Issues as table rows in one language: 级别, 代码, 位置, 行号 (the NDJSON line or table row,
 * when known), 说明.
 *
 * @example
 * ```ts
 * import { issueTableRows } from "ducha/io";
 * issueTableRows(
 *   [{ code: "empty_row", severity: "info", path: ["rows", 5], message: { "zh-CN": "空行，已跳过", en: "empty row skipped" } }],
 *   "en",
 * ); //=> [{ severity: "info", code: "empty_row", path: "rows[5]", line: 5, message: "empty row skipped" }]
 * ```
 * @category IO
 */
export function issueTableRows(issues: readonly Issue[], lang: Lang = "zh-CN"): TableRow[] {
  return issues.map((issue) => {
    const line = issue.params?.line ?? (issue.path[0] === "rows" ? issue.path[1] : undefined);
    return {
      [HEADERS.severity[lang]]: SEVERITY_LABELS[issue.severity][lang],
      [HEADERS.code[lang]]: issue.code,
      [HEADERS.path[lang]]: formatPath(issue.path),
      [HEADERS.line[lang]]: typeof line === "number" ? line : undefined,
      [HEADERS.message[lang]]: issue.message[lang],
    };
  });
}

function headers(lang: Lang): string[] {
  return Object.values(HEADERS).map((header) => header[lang]);
}

/**
 * Writes issues as a CSV table in one language, for the people who fix the data.
 *
 * @example
 * ```ts
 * import { parseTasksCsv, writeIssuesCsv } from "ducha/io";
 * const result = parseTasksCsv("整改任务,状态\n地下水超采严重问题,进行中\n");
 * writeIssuesCsv(result.issues, "en", { bom: false }).split("\r\n")[0]; //=> "severity,code,path,line,message"
 * writeIssuesCsv(result.issues, "zh-CN").includes("错误,unknown_status,rows[2].状态,2,"); //=> true
 * ```
 * @category IO
 */
export function writeIssuesCsv(
  issues: readonly Issue[],
  lang: Lang = "zh-CN",
  options: CsvWriteOptions = {},
): string {
  return writeTableCsv(issueTableRows(issues, lang), headers(lang), options);
}

/**
 * Writes issues as an .xlsx table in one language.
 *
 * @example
 * ```ts
 * import { writeIssuesXlsx } from "ducha/io";
 * const bytes = await writeIssuesXlsx([], "en");
 * bytes.length > 0; //=> true
 * ```
 * @category IO
 */
export async function writeIssuesXlsx(
  issues: readonly Issue[],
  lang: Lang = "zh-CN",
): Promise<Uint8Array> {
  return writeTableXlsx(issueTableRows(issues, lang), headers(lang), {
    sheetName: lang === "zh-CN" ? "问题清单" : "Issues",
  });
}
