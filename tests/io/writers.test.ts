import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseLedger } from "../../src/index.js";
import {
  issueTableRows,
  parseTasksCsv,
  readTasksXlsx,
  writeIssuesCsv,
  writeIssuesXlsx,
  writeTableCsv,
  writeTableXlsx,
  writeTasksCsv,
  writeTasksXlsx,
} from "../../src/io/index.js";
import { xlsxRows } from "../../src/io/readTasksXlsx.js";
import { KEEP } from "./helpers.js";

const source = {
  format: "ducha/ledger@1",
  problems: [
    { id: "k2", roundId: "r1-nm", text: "黑河水质下降问题", category: "key" },
    { id: "c8", roundId: "r1-nm", text: "草原破坏较为严重问题", category: "common" },
  ],
  tasks: [
    {
      id: "k2",
      number: "2",
      problemIds: ["k2"],
      title: "黑河水质下降问题",
      target: "黑河水质稳定达标",
      measures: [
        { number: "一", text: "加快黑河水污染防治总体方案的实施进度" },
        { number: "二", text: "按期完成城镇污水处理厂达标改造及中水回用工程建设" },
      ],
      leadUnits: ["市环保局"],
      cooperatingUnits: ["各旗县市区党委、政府", "市住建委", "市水利局"],
      responsibleUnits: ["集宁区"],
      responsiblePerson: "张三",
      deadline: { text: "2018年底", due: "2018-12-31" },
      timeLimitKind: "deadline",
      progress: "河道整治工程已开工",
      status: "in_progress",
    },
    {
      id: "c8",
      number: "8",
      problemIds: ["c8"],
      title: "草原破坏较为严重问题",
      measures: [
        { number: "1", text: "全面清理非法征占用草原行为" },
        { number: "2", text: "依法进行规范化管理" },
      ],
      leadUnits: ["市农牧业局"],
      deadline: { text: "2018-06-30", due: "2018-06-30" },
      timeLimitKind: "immediate",
      status: "signed_off",
      acceptanceUnits: ["市农牧业局", "市环保局"],
      completedDate: "2018-06-20",
      signedOffDate: "2018-07-15",
    },
  ],
};

function ledger() {
  const parsed = parseLedger(source);
  if (!parsed.ok) throw new Error("fixture ledger is invalid");
  return parsed.value;
}

// Problem ids are not in the table: compare tasks with each problem id replaced by its text.
function comparable(value: ReturnType<typeof ledger>) {
  const texts = new Map(value.problems.map((p) => [String(p.id), [p.text, p.category]]));
  return value.tasks.map((task) => ({
    ...task,
    problemIds: task.problemIds.map((id) => texts.get(String(id))),
  }));
}

describe("writeTasksCsv", () => {
  it("round-trips tasks through a Chinese-headed CSV", () => {
    const csv = writeTasksCsv(ledger());
    expect(
      csv.startsWith(
        "\uFEFF任务编号,序号,反馈问题,问题类别,整改任务,整改目标,整改措施,牵头单位,配合单位",
      ),
    ).toBe(true);
    const back = parseTasksCsv(csv, { keepTogether: KEEP, roundId: "r1-nm" });
    expect(back.issues).toEqual([]);
    expect(back.ok && comparable(back.value.ledger)).toEqual(comparable(ledger()));
  });

  it("round-trips with English headers and labels", () => {
    const back = parseTasksCsv(writeTasksCsv(ledger(), { lang: "en" }), { keepTogether: KEEP });
    expect(back.ok && comparable(back.value.ledger)).toEqual(comparable(ledger()));
  });

  it("writes the chosen columns only", () => {
    expect(writeTasksCsv(ledger(), { columns: ["number", "status"], bom: false })).toBe(
      "序号,状态\r\n2,正在推进\r\n8,已销号\r\n",
    );
  });
});

describe("writeTasksXlsx", () => {
  it("round-trips tasks through an .xlsx with date cells", async () => {
    const bytes = await writeTasksXlsx(ledger());
    const rows = await xlsxRows(bytes);
    expect(rows.ok && rows.value[2]?.at(-1)).toEqual(new Date(Date.UTC(2018, 5, 20)));
    const back = await readTasksXlsx(bytes, { keepTogether: KEEP, roundId: "r1-nm" });
    expect(back.issues).toEqual([]);
    expect(back.ok && comparable(back.value.ledger)).toEqual(comparable(ledger()));
  });
});

describe("writeTableCsv", () => {
  it("writes any summary table, quoting where needed and guarding against formulas", () => {
    const csv = writeTableCsv(
      [
        {
          地区: "吉林省",
          交办件数: 4704,
          办结件数: 4593,
          办结率: "97.64%",
          说明: '含"阶段性办结"',
        },
        {
          地区: "乌鲁木齐市",
          交办件数: 811,
          办结件数: 808,
          说明: '=HYPERLINK("x")',
          截至: new Date(Date.UTC(2024, 5, 30)),
        },
      ],
      ["地区", "交办件数", "办结件数", "办结率", "说明", "截至"],
    );
    expect(csv).toBe(
      '\uFEFF地区,交办件数,办结件数,办结率,说明,截至\r\n吉林省,4704,4593,97.64%,"含""阶段性办结""",\r\n乌鲁木齐市,811,808,,"\'=HYPERLINK(""x"")",2024-06-30\r\n',
    );
    expect(writeTableCsv([{ a: "-1" }], ["a"], { bom: false, escapeFormulas: false })).toBe(
      "a\r\n-1\r\n",
    );
  });
});

describe("writeTableXlsx", () => {
  it("writes a sheet that reads back cell for cell", async () => {
    const bytes = await writeTableXlsx(
      [
        { 地区: "吉林省", 任务数: 26, 截至: new Date(Date.UTC(2023, 4, 10)) },
        { 地区: "乌鲁木齐市", 任务数: 9 },
      ],
      ["地区", "任务数", "截至"],
      { sheetName: "完成情况" },
    );
    const rows = await xlsxRows(bytes, "完成情况");
    expect(rows.ok && rows.value).toEqual([
      ["地区", "任务数", "截至"],
      ["吉林省", 26, new Date(Date.UTC(2023, 4, 10))],
      ["乌鲁木齐市", 9, null],
    ]);
  });
});

describe("writeIssuesCsv", () => {
  const result = parseTasksCsv("整改任务,状态\n地下水超采严重问题,进行中\n");

  it("writes issues in Chinese or English with the row they point at", () => {
    expect(writeIssuesCsv(result.issues, "zh-CN", { bom: false })).toBe(
      '级别,代码,位置,行号,说明\r\n错误,unknown_status,rows[2].状态,2,"无法识别的状态""进行中""，应为已完成、基本完成、正在推进、未启动、已销号等"\r\n',
    );
    expect(writeIssuesCsv(result.issues, "en").split("\r\n")[0]).toBe(
      "\uFEFFseverity,code,path,line,message",
    );
  });

  it("takes the line of an NDJSON issue from its params", () => {
    const rows = issueTableRows(
      [
        {
          code: "invalid_line",
          severity: "error",
          path: [],
          message: { "zh-CN": "第3行", en: "line 3" },
          params: { line: 3 },
        },
      ],
      "en",
    );
    expect(rows).toEqual([
      { severity: "error", code: "invalid_line", path: "(root)", line: 3, message: "line 3" },
    ]);
  });

  it("writes issues as .xlsx", async () => {
    const rows = await xlsxRows(await writeIssuesXlsx(result.issues), "问题清单");
    expect(rows.ok && rows.value[1]?.slice(0, 4)).toEqual([
      "错误",
      "unknown_status",
      "rows[2].状态",
      2,
    ]);
    const en = await xlsxRows(await writeIssuesXlsx([], "en"), "Issues");
    expect(en.ok && en.value).toEqual([["severity", "code", "path", "line", "message"]]);
  });
});

describe("formula injection", () => {
  // OWASP, CSV Injection: https://owasp.org/www-community/attacks/CSV_Injection
  const hostile = ['=HYPERLINK("http://x","点击")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
  const rows = hostile.map((text) => ({ 整改措施: text }));

  it("puts a quote before text a spreadsheet would run, in cells and headers, and reads it back", () => {
    const csv = writeTableCsv([...rows, { 整改措施: "加强 - 监管" }], ["整改措施"], {
      bom: false,
    });
    const cells = parseCsvCells(csv);
    expect(cells.slice(1, 7).every((cell) => cell.startsWith("'"))).toBe(true);
    expect(cells[7]).toBe("加强 - 监管");
    expect(writeTableCsv([], ["=1+1"], { bom: false })).toBe("'=1+1\r\n");
    const tasks = parseTasksCsv(
      writeTableCsv(
        hostile.map((text, i) => ({ 序号: String(i + 1), 整改任务: text })),
        ["序号", "整改任务"],
      ),
    );
    expect(tasks.ok && tasks.value.ledger.tasks.map((task) => task.title)).toEqual(
      hostile.map((text) => text.trim()),
    );
  });

  it("writes such text to .xlsx as string cells, never as formulas", async () => {
    const bytes = await writeTableXlsx(rows, ["整改措施"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const cells = hostile.map((_, i) => sheet?.getCell(i + 2, 1));
    expect(cells.map((cell) => cell?.type)).toEqual(hostile.map(() => ExcelJS.ValueType.String));
    // XML reads a carriage return back as a line feed.
    expect(cells.map((cell) => cell?.value)).toEqual(hostile.map((t) => t.replace("\r", "\n")));
    expect(cells.some((cell) => cell?.formula !== undefined)).toBe(false);
  });
});

/** The cells of a one-column CSV as written, CSV quoting undone. */
function parseCsvCells(csv: string): string[] {
  return (parse(csv) as string[][]).map((row) => row[0] ?? "");
}
