import { defineIssues } from "../issue.js";

/**
 * Issues the readers of `ducha/io` report: encodings, files, NDJSON lines and table rows. Issues
 * about a record's values come from the ledger catalogue (`LEDGER_ISSUES`) with the same codes
 * `parseLedger` uses.
 *
 * @example
 * ```ts
 * import { IO_ISSUES } from "ducha/io";
 * IO_ISSUES.unknown_status.severity; //=> "error"
 * ```
 * @category IO
 */
export const IO_ISSUES = defineIssues({
  unsupported_encoding: {
    severity: "error",
    "zh-CN": (p: { encoding: string }) =>
      `文件不是UTF-8编码（疑似${p.encoding}），请另存为“UTF-8”编码（如Excel“CSV UTF-8”）后再导入`,
    en: (p: { encoding: string }) =>
      `the file is not UTF-8 (looks like ${p.encoding}); save it as UTF-8 (e.g. Excel "CSV UTF-8") and import again`,
  },
  encoding_unavailable: {
    severity: "error",
    "zh-CN": (p: { encoding: string }) =>
      `当前运行环境的TextDecoder不支持${p.encoding}编码（Node需带完整ICU），请将文件另存为“CSV UTF-8”后再导入`,
    en: (p: { encoding: string }) =>
      `this runtime's TextDecoder cannot decode ${p.encoding} (Node needs full ICU); save the file as "CSV UTF-8" and import again`,
  },
  replacement_characters: {
    severity: "error",
    "zh-CN": (p: { encoding: string; count: number; line: number }) =>
      `按${p.encoding}解码后出现${p.count}个无法识别的字符（首个在第${p.line}行），文件可能已损坏或编码有误，请另存为“CSV UTF-8”后再导入`,
    en: (p: { encoding: string; count: number; line: number }) =>
      `decoding as ${p.encoding} gave ${p.count} replacement characters (the first on line ${p.line}); the file is damaged or in another encoding: save it as "CSV UTF-8" and import again`,
  },
  legacy_spreadsheet: {
    severity: "error",
    "zh-CN": (p: { kind: string }) =>
      `不支持${p.kind}格式，请在Excel或WPS中“另存为”“Excel工作簿(*.xlsx)”（LibreOffice：另存为“Excel 2007-365 (.xlsx)”）后再导入`,
    en: (p: { kind: string }) =>
      `${p.kind} files are not read; in Excel or WPS use "Save As" → "Excel Workbook (*.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") and import that`,
  },
  unsupported_file_type: {
    severity: "error",
    "zh-CN": (p: { extension: string }) =>
      `不支持的文件类型“${p.extension}”，支持.json、.ndjson、.jsonl、.csv、.xlsx`,
    en: (p: { extension: string }) =>
      `unsupported file type "${p.extension}"; use .json, .ndjson, .jsonl, .csv or .xlsx`,
  },
  file_unreadable: {
    severity: "error",
    "zh-CN": (p: { detail: string }) => `无法读取文件：${p.detail}`,
    en: (p: { detail: string }) => `the file cannot be read: ${p.detail}`,
  },
  invalid_workbook: {
    severity: "error",
    "zh-CN": (p: { detail: string }) => `不是有效的.xlsx工作簿：${p.detail}`,
    en: (p: { detail: string }) => `not a valid .xlsx workbook: ${p.detail}`,
  },
  sheet_not_found: {
    severity: "error",
    "zh-CN": (p: { sheet: string }) => `工作簿中没有工作表${p.sheet}`,
    en: (p: { sheet: string }) => `the workbook has no sheet ${p.sheet}`,
  },
  archive_too_large: {
    severity: "error",
    "zh-CN": (p: { size: number; limit: number }) =>
      `压缩包解压后将达${p.size}字节，超过上限${p.limit}字节，未解压即拒绝（疑似“压缩炸弹”）；确属正常文件的，可用maxUncompressedBytes选项或--max-uncompressed-bytes调高上限`,
    en: (p: { size: number; limit: number }) =>
      `the archive would inflate to ${p.size} bytes, over the limit of ${p.limit}; refused before inflating (a zip bomb?). If the file is genuine, raise the limit with the maxUncompressedBytes option or --max-uncompressed-bytes`,
  },
  archive_too_many_entries: {
    severity: "error",
    "zh-CN": (p: { entries: number; limit: number }) =>
      `压缩包含${p.entries}个文件，超过上限${p.limit}个，未解压即拒绝；确属正常文件的，可用maxEntries选项或--max-entries调高上限`,
    en: (p: { entries: number; limit: number }) =>
      `the archive holds ${p.entries} entries, over the limit of ${p.limit}; refused before inflating. If the file is genuine, raise the limit with the maxEntries option or --max-entries`,
  },
  too_many_rows: {
    severity: "error",
    "zh-CN": (p: { limit: number }) =>
      `表格超过${p.limit}行，已停止读取；确需导入的，可用maxRows选项或--max-rows调高上限`,
    en: (p: { limit: number }) =>
      `the table has more than ${p.limit} rows; reading stopped. To import it, raise the limit with the maxRows option or --max-rows`,
  },
  cell_too_long: {
    severity: "error",
    "zh-CN": (p: { column: string; length: number; limit: number }) =>
      `${p.column}列单元格长${p.length}个字符，超过上限${p.limit}个，已停止读取；确需导入的，可用maxCellLength选项或--max-cell-length调高上限`,
    en: (p: { column: string; length: number; limit: number }) =>
      `the cell in column ${p.column} holds ${p.length} characters, over the limit of ${p.limit}; reading stopped. To import it, raise the limit with the maxCellLength option or --max-cell-length`,
  },
  invalid_csv: {
    severity: "error",
    "zh-CN": (p: { detail: string }) => `CSV格式错误：${p.detail}`,
    en: (p: { detail: string }) => `malformed CSV: ${p.detail}`,
  },
  invalid_line: {
    severity: "error",
    "zh-CN": (p: { line: number; detail: string }) => `第${p.line}行不是有效的JSON：${p.detail}`,
    en: (p: { line: number; detail: string }) => `line ${p.line} is not valid JSON: ${p.detail}`,
  },
  invalid_ndjson_record: {
    severity: "error",
    "zh-CN": (p: { line: number }) => `第${p.line}行应为{"collection": …, "record": {…}}形式的对象`,
    en: (p: { line: number }) =>
      `line ${p.line} must be an object {"collection": …, "record": {…}}`,
  },
  unknown_collection: {
    severity: "error",
    "zh-CN": (p: { line: number; collection: string }) =>
      `第${p.line}行的集合${p.collection}不存在，应为rounds、problems、tasks、petitions、petitionTallies或accountability`,
    en: (p: { line: number; collection: string }) =>
      `line ${p.line}: unknown collection ${p.collection}; expected rounds, problems, tasks, petitions, petitionTallies or accountability`,
  },
  misplaced_header: {
    severity: "error",
    "zh-CN": (p: { line: number }) => `第${p.line}行：台账头（format/meta）只能出现在第一行`,
    en: (p: { line: number }) =>
      `line ${p.line}: the ledger header (format/meta) may only be the first line`,
  },
  missing_header_line: {
    severity: "info",
    "zh-CN": () => `NDJSON首行没有台账头{"format": "ducha/ledger@1"}，按该格式读取`,
    en: () => `the NDJSON has no header line {"format": "ducha/ledger@1"}; read as that format`,
  },
  too_many_issues: {
    severity: "warning",
    "zh-CN": (p: { limit: number; omitted: number }) =>
      `问题超过${p.limit}条，另有${p.omitted}条未列出`,
    en: (p: { limit: number; omitted: number }) =>
      `more than ${p.limit} issues; ${p.omitted} more not listed`,
  },
  no_header_row: {
    severity: "error",
    "zh-CN": () => "前10行中找不到表头行（至少两个可识别的列名）",
    en: () => "no header row (with at least two known column names) in the first 10 rows",
  },
  missing_required_column: {
    severity: "error",
    "zh-CN": (p: { columns: string }) => `缺少必需的列：${p.columns}`,
    en: (p: { columns: string }) => `a required column is missing: ${p.columns}`,
  },
  unknown_header: {
    severity: "info",
    "zh-CN": (p: { header: string }) => `无法识别的列“${p.header}”已忽略，可通过headerAliases指定`,
    en: (p: { header: string }) =>
      `unknown column "${p.header}" ignored; map it with headerAliases`,
  },
  duplicate_column: {
    severity: "warning",
    "zh-CN": (p: { header: string; first: string }) =>
      `列“${p.header}”与“${p.first}”含义相同，已忽略，以“${p.first}”为准`,
    en: (p: { header: string; first: string }) =>
      `column "${p.header}" means the same as "${p.first}" and was ignored in its favour`,
  },
  invalid_cell: {
    severity: "error",
    "zh-CN": (p: { received: string; expected: string; expectedZh: string }) =>
      `单元格${p.received}无效，应为${p.expectedZh}`,
    en: (p: { received: string; expected: string; expectedZh: string }) =>
      `cell ${p.received} is not valid; expected ${p.expected}`,
  },
  missing_cell: {
    severity: "error",
    "zh-CN": (p: { header: string }) => `“${p.header}”不能为空`,
    en: (p: { header: string }) => `"${p.header}" must not be empty`,
  },
  unknown_status: {
    severity: "error",
    "zh-CN": (p: { received: string }) =>
      `无法识别的状态${p.received}，应为已完成、基本完成、正在推进、未启动、已销号等`,
    en: (p: { received: string }) =>
      `unknown status ${p.received}; expected 已完成, 基本完成, 正在推进, 未启动, 已销号, … or an English status`,
  },
  duplicate_id: {
    severity: "error",
    "zh-CN": (p: { id: string; firstRow: number }) => `编号${p.id}与第${p.firstRow}行重复`,
    en: (p: { id: string; firstRow: number }) => `id ${p.id} repeats row ${p.firstRow}`,
  },
  empty_row: {
    severity: "info",
    "zh-CN": () => "空行，已跳过",
    en: () => "empty row skipped",
  },
  total_row: {
    severity: "info",
    "zh-CN": (p: { label: string }) => `“${p.label}”行是汇总行，不是任务，已跳过`,
    en: (p: { label: string }) => `the "${p.label}" row is a total, not a task; skipped`,
  },
  filled_down: {
    severity: "info",
    "zh-CN": (p: { header: string; count: number }) =>
      `“${p.header}”有${p.count}个空单元格（合并单元格或只在首行填写），已沿用上一行的内容`,
    en: (p: { header: string; count: number }) =>
      `${p.count} empty "${p.header}" cells (merged, or filled in only on a group's first row) took the text of the row above`,
  },
  sheet_skipped: {
    severity: "info",
    "zh-CN": (p: { sheet: string }) => `工作表“${p.sheet}”中找不到表头行，已跳过`,
    en: (p: { sheet: string }) => `sheet "${p.sheet}" has no header row; skipped`,
  },
  ambiguous_unit_split: {
    severity: "info",
    "zh-CN": (p: { fragment: string; units: string }) =>
      `单位“${p.units}”拆分后出现“${p.fragment}”，可能是复合名称（如“各旗县市区党委、政府”），可用keepTogether保留`,
    en: (p: { fragment: string; units: string }) =>
      `splitting "${p.units}" left "${p.fragment}", perhaps part of a compound name (such as 各旗县市区党委、政府); list it in keepTogether to keep it whole`,
  },
  duplicate_case: {
    severity: "warning",
    "zh-CN": (p: { id: string; firstRow: number }) =>
      `受理编号${p.id}与第${p.firstRow}行重复（重复件），已记为duplicateOf，不重复计数`,
    en: (p: { id: string; firstRow: number }) =>
      `case number ${p.id} repeats row ${p.firstRow} (a repeated case): kept with duplicateOf and not counted twice`,
  },
  unknown_pollution_type: {
    severity: "warning",
    "zh-CN": (p: { received: string }) =>
      `无法识别的污染类型${p.received}，已略去，应为水、大气、土壤、生态、噪声、辐射、海洋、固废、其他`,
    en: (p: { received: string }) =>
      `unknown pollution type ${p.received} left out; expected 水, 大气, 土壤, 生态, 噪声, 辐射, 海洋, 固废 or 其他`,
  },
  outcome_differs: {
    severity: "warning",
    "zh-CN": (p: { kind: string; kindEn: string; column: number; text: number }) =>
      `${p.kind}一栏为${p.column}，处理情况文字中为${p.text}；以该栏数字为准，请核对`,
    en: (p: { kind: string; kindEn: string; column: number; text: number }) =>
      `the ${p.kindEn} column says ${p.column} where the text of the actions says ${p.text}; the column's figure is kept: check them`,
  },
  unread_outcome: {
    severity: "info",
    "zh-CN": (p: {
      quote: string;
      kind: string;
      kindEn: string;
      reason: string;
      reasonZh: string;
    }) => `“${p.quote}”未读出${p.kind}数字（${p.reasonZh}），原文保留，不计入合计`,
    en: (p: { quote: string; kind: string; kindEn: string; reason: string; reasonEn: string }) =>
      `no figure of ${p.kindEn} read from "${p.quote}" (${p.reasonEn}); the text is kept and not counted`,
  },
});
