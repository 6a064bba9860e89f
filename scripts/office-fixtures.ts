// Makes the office-layout fixtures of tests/fixtures/io/office-* the way offices make them: each
// workbook is written as a flat OpenDocument spreadsheet (.fods: title rows, 填报单位/截至 lines,
// two-row headers, merged cells, 合计 rows, several sheets, date cells and serial numbers), then
// LibreOffice Calc saves it as .xlsx, as CSV in GB18030 (what Excel and WPS write as "CSV" on
// Chinese Windows), as CSV UTF-8 with BOM and UTF-16, and as the old binary .xls and .ods.
//
//   apt-get install -y --no-install-recommends libreoffice-calc-nogui
//   npx tsx scripts/office-fixtures.ts [workbook name…]
//
// The texts are the Ulanqab 2017 common problems and units (seed 001 in /work/shared/seeds:
// 《乌兰察布市强化落实中央环保督察反馈意见整改整治工作实施方案》) and, for the second round, the
// Urumqi 2024 report's "截至2024年6月底" (seed 003). The figures each file must yield are asserted
// in tests/io/officeFixtures.test.ts, written there by hand from the sheets below.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A cell: text, a number, a date cell, or empty; `span` merges it over rows × columns. A row lists
 * only the cells not covered by a merge above or to the left of them.
 */
type Value = string | number | { date: string } | null;
interface Spanned {
  readonly value: Value;
  readonly rows?: number;
  readonly cols?: number;
}
type Cell = Value | Spanned;
interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

const OUT = join(import.meta.dirname, "..", "tests", "fixtures", "io");
const span = (value: Value, rows = 1, cols = 1): Spanned => ({ value, rows, cols });
const isSpanned = (cell: Cell): cell is Spanned =>
  cell !== null && typeof cell === "object" && "value" in cell;

const U = "各旗县市区党委、政府";

// A: one header row under a merged title and a 填报单位/截至 line, ending with a 合计 row.
const ledger: Sheet = {
  name: "整改台账",
  rows: [
    [span("乌兰察布市中央环境保护督察反馈问题整改落实情况台账", 1, 8)],
    [span("填报单位：乌兰察布市环境保护局\u3000\u3000截至2018年6月30日", 1, 8)],
    ["序号", "反馈问题", "牵头单位", "配合单位", "整改时限", "时限类型", "整改状态", "完成日期"],
    [
      "8",
      "草原破坏较为严重问题",
      "市农牧业局",
      `${U}，市发改委、国土局`,
      "2018年6月底",
      "限期整改",
      "已完成",
      { date: "2018-06-28" },
    ],
    [
      "10",
      "地下水超采严重问题",
      "市水利局",
      `${U}，市国土局、环保局、农开办`,
      "2018年底",
      "持续整改",
      "正在推进",
      null,
    ],
    [
      "12",
      "油气回收治理工作滞后问题",
      "市商务局",
      `${U}，市环保局`,
      "2017年7月底前",
      "立行立改",
      "已完成",
      { date: "2017-07-28" },
    ],
    [
      "13",
      "建成区老旧小锅炉淘汰进度慢的问题",
      "市住建委",
      `${U}，市环保局`,
      "2017年9月底前",
      "限期整改",
      "已完成",
      { date: "2017-09-26" },
    ],
    [
      "14",
      "城市污水处理厂提标改造滞后问题",
      "市住建委",
      `${U}，市水利局、环保局、经信委`,
      "2018年底",
      "限期整改",
      "正在推进",
      null,
    ],
    [
      "15",
      "工业园区环境基础设施建设滞后问题",
      "市经信委",
      `${U}，市住建委、规划局、环保局`,
      "2020年底",
      "限期整改",
      "未启动",
      null,
    ],
    ["合计", "6项", null, null, null, null, "已完成3项", null],
  ],
};

// B: a two-row header (整改措施 over 措施/时限), each problem's 序号 and text merged over its
// measure rows, a 小计 and a 合计 row.
const merged: Sheet = {
  name: "Sheet1",
  rows: [
    [span("乌兰察布市落实中央环保督察反馈意见整改措施清单", 1, 6)],
    ["填报单位：乌兰察布市委督查室", null, null, null, "截至2018年6月底", null],
    [
      span("序号", 2),
      span("反馈问题", 2),
      span("整改措施", 1, 2),
      span("牵头单位", 2),
      span("状态", 2),
    ],
    ["措施", "时限"],
    [
      span("1", 3),
      span("黑河水质下降问题", 3),
      "加快黑河河道整治工程",
      "2018年底",
      "市水利局",
      "正在推进",
    ],
    ["完成城镇污水处理厂达标改造及中水回用工程建设", "2018年6月底", "市住建委", "已完成"],
    ["建设出境断面监测体系", "2017年12月底前", "市环保局", "已完成"],
    [
      "2",
      "油气回收治理工作滞后问题",
      "完成加油站油气回收治理",
      "2017年7月底前",
      "市商务局",
      "已完成",
    ],
    [
      span("3", 2),
      span("地下水超采严重问题", 2),
      "划定地下水超采区并加快治理",
      "2018年底",
      "市水利局",
      "基本完成",
    ],
    ["加强地下水监测", "长期坚持", "市水利局", "正在推进"],
    ["小计", null, "6项措施", null, null, null],
    ["合计", null, "3个问题6项措施", null, null, "已完成2项"],
  ],
};

// C: several sheets, one per round, with a notes sheet between them.
const round1: Sheet = {
  name: "第一轮督察",
  rows: [
    ["序号", "反馈问题", "责任单位", "整改时限", "整改状态"],
    ["1", "自然保护区内违规开发建设问题", "市国土局", "2018年底", "已完成"],
    ["2", "草原破坏较为严重问题", "市农牧业局", "2018年6月底", "已完成"],
    ["3", "黑河水质下降问题", "市环保局", "2018年底", "正在推进"],
  ],
};
const notes: Sheet = {
  name: "填表说明",
  rows: [["1. 每月2日前报送上月整改进展。"], ["2. 已完成的任务须附佐证材料。"]],
};
const round2: Sheet = {
  name: "第二轮督察",
  rows: [
    [span("第二轮中央生态环境保护督察反馈问题整改台账（截至2024年6月底）", 1, 5)],
    ["序号", "反馈问题", "责任单位", "整改时限", "整改状态"],
    ["1", "岱海水位下降问题", "凉城县人民政府", "2025年底", "正在推进"],
    ["2", "黄河流域生态保护问题", "市水利局", "2024年6月底", "已完成"],
    ["3", "煤炭行业违规用地问题", "市自然资源局", "2023年12月", "已完成"],
    ["4", "污水处理设施运行不正常问题", "市住建局", "2024年底", "正在推进"],
  ],
};

// D: deadlines as offices type them: a date cell, a bare serial number, 2023.12, 2023年12月,
// 2023-12-31前; completion dates as date cells.
const dates: Sheet = {
  name: "完成时限",
  rows: [
    ["序号", "整改任务", "责任单位", "完成时限", "完成状态", "完成日期"],
    [
      "1",
      "完成燃煤小锅炉淘汰",
      "市住建委",
      { date: "2023-12-31" },
      "已完成",
      { date: "2023-11-20" },
    ],
    ["2", "完成加油站油气回收改造", "市商务局", 45291, "已完成", { date: "2023-12-15" }],
    ["3", "完成工业园区污水处理设施建设", "市经信委", "2023.12", "正在推进", null],
    ["4", "完成地下水超采区划定", "市水利局", "2023年12月", "正在推进", null],
    [
      "5",
      "完成自然保护区违规项目清理",
      "市国土局",
      "2023-12-31前",
      "已完成",
      { date: "2023-10-08" },
    ],
  ],
};

// E: a petition batch table: a merged title, 行政区域 merged over the rows of one city, a 合计
// row. The case numbers and batches are those the Shanxi 2025 petition tables list for Yangquan
// (examples/petitions-published.csv rows 48-56).
const petitions: Sheet = {
  name: "阳泉市",
  rows: [
    [span("中央第三生态环境保护督察组转办信访举报件办理情况（阳泉市）", 1, 5)],
    ["序号", "受理编号", "交办批次", "行政区域", "办结情况"],
    ["1", "D3SX202505280018", 1, span("山西省阳泉市", 9, 1), null],
    ["2", "X3SX202506010011", 5, null],
    ["3", "D3SX202506040059", 8, null],
    ["4", "D3SX202506070004", 11, null],
    ["5", "X3SX202506100010", 14, null],
    ["6", "D3SX202506120043", 16, null],
    ["7", "X3SX202506130005", 17, null],
    ["8", "D3SX202506140026", 18, null],
    ["9", "X3SX202506140003", 18, null],
    ["合计", "9件", null, null, null],
  ],
};

const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cellXml(value: Value, extra: string): string {
  if (value === null) return `<table:table-cell${extra}/>`;
  if (typeof value === "number") {
    return `<table:table-cell${extra} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  }
  if (typeof value === "object") {
    return `<table:table-cell${extra} table:style-name="date" office:value-type="date" office:date-value="${value.date}"><text:p>${value.date}</text:p></table:table-cell>`;
  }
  return `<table:table-cell${extra} office:value-type="string"><text:p>${xmlText(value)}</text:p></table:table-cell>`;
}

function sheetXml(sheet: Sheet): string {
  const covered = new Set<string>();
  const rows = sheet.rows.map((row, r) => {
    const cells: string[] = [];
    let c = 0;
    const next = (): void => {
      while (covered.has(`${r},${c}`)) {
        cells.push("<table:covered-table-cell/>");
        c++;
      }
    };
    for (const cell of row) {
      next();
      if (isSpanned(cell)) {
        const rows = cell.rows ?? 1;
        const cols = cell.cols ?? 1;
        for (let dr = 0; dr < rows; dr++) {
          for (let dc = 0; dc < cols; dc++) if (dr + dc > 0) covered.add(`${r + dr},${c + dc}`);
        }
        const extra = ` table:number-rows-spanned="${rows}" table:number-columns-spanned="${cols}"`;
        cells.push(cellXml(cell.value, extra));
      } else cells.push(cellXml(cell, ""));
      c++;
    }
    next();
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  return `<table:table table:name="${xmlText(sheet.name)}">${rows.join("\n")}</table:table>`;
}

function fods(sheets: readonly Sheet[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="ymd"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="ymd"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
${sheets.map(sheetXml).join("\n")}
</office:spreadsheet></office:body></office:document>
`;
}

// LibreOffice's CSV filter options: separator 44 (,), text delimiter 34 ("), character set (85 is
// GB18030, 76 UTF-8, 65535 UTF-16 with its BOM; the name "GB18030" is not taken by 7.4), first
// line 1, cell format, language, quoted as text, detect special numbers, save as shown.
const CSV = "csv:Text - txt - csv (StarCalc):44,34,";
const CSV_GB18030 = `${CSV}85,1,,0,false,true,true`;
// LibreOffice 7.4 (Debian 12) writes UTF-8 without a BOM (the "include BOM" option came in 7.6),
// so the script puts the BOM Excel's "CSV UTF-8" writes in front of LibreOffice's bytes.
const CSV_UTF8_BOM = `${CSV}76,1,,0,false,true,true`;
const CSV_UTF16 = `${CSV}65535,1,,0,false,true,true`;

const WORKBOOKS: readonly {
  readonly name: string;
  readonly sheets: readonly Sheet[];
  readonly as: readonly { readonly filter: string; readonly ext: string; readonly file: string }[];
}[] = [
  {
    name: "office-ledger",
    sheets: [ledger],
    as: [
      { filter: "xlsx:Calc MS Excel 2007 XML", ext: "xlsx", file: "office-ledger.xlsx" },
      { filter: CSV_GB18030, ext: "csv", file: "office-ledger-gb18030.csv" },
      { filter: CSV_UTF8_BOM, ext: "csv", file: "office-ledger-utf8bom.csv" },
      { filter: "xls:MS Excel 97", ext: "xls", file: "office-ledger.xls" },
      { filter: "ods", ext: "ods", file: "office-ledger.ods" },
    ],
  },
  {
    name: "office-merged",
    sheets: [merged],
    as: [
      { filter: "xlsx:Calc MS Excel 2007 XML", ext: "xlsx", file: "office-merged.xlsx" },
      { filter: CSV_GB18030, ext: "csv", file: "office-merged-gb18030.csv" },
      { filter: CSV_UTF8_BOM, ext: "csv", file: "office-merged-utf8bom.csv" },
      { filter: CSV_UTF16, ext: "csv", file: "office-merged-utf16.csv" },
    ],
  },
  {
    name: "office-rounds",
    sheets: [round1, notes, round2],
    as: [{ filter: "xlsx:Calc MS Excel 2007 XML", ext: "xlsx", file: "office-rounds.xlsx" }],
  },
  {
    name: "office-dates",
    sheets: [dates],
    as: [
      { filter: "xlsx:Calc MS Excel 2007 XML", ext: "xlsx", file: "office-dates.xlsx" },
      { filter: CSV_UTF8_BOM, ext: "csv", file: "office-dates-utf8bom.csv" },
    ],
  },
  {
    name: "office-petitions",
    sheets: [petitions],
    as: [
      { filter: "xlsx:Calc MS Excel 2007 XML", ext: "xlsx", file: "office-petitions.xlsx" },
      { filter: CSV_GB18030, ext: "csv", file: "office-petitions-gb18030.csv" },
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), "ducha-office-"));
try {
  // `npx tsx scripts/office-fixtures.ts office-petitions` remakes that workbook's files only.
  const only = process.argv.slice(2);
  for (const book of WORKBOOKS.filter((b) => only.length === 0 || only.includes(b.name))) {
    const source = join(work, `${book.name}.fods`);
    writeFileSync(source, fods(book.sheets));
    for (const target of book.as) {
      const dir = join(work, target.file);
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${work}/profile`,
          "--headless",
          "--convert-to",
          target.filter,
          "--outdir",
          dir,
          source,
        ],
        { stdio: "inherit" },
      );
      const [made] = readdirSync(dir);
      if (made === undefined) throw new Error(`LibreOffice made no ${target.file}`);
      const bytes = readFileSync(join(dir, made));
      const bom =
        target.filter === CSV_UTF8_BOM ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
      writeFileSync(join(OUT, target.file), Buffer.concat([bom, bytes]));
      process.stdout.write(`${target.file}\n`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
