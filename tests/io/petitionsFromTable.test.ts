import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  batchInText,
  parsePetitionsCsv,
  petitionsFromTable,
  readPetitionsXlsx,
  tableKind,
} from "../../src/io/index.js";

// The header of the Shandong batch tables, as published in
// http://www.it214.net/c2831536.aspx (第十八批, 2017): 序号 受理编号 交办问题基本情况 行政区域 污染类型
// 调查核实情况 是否属实 处理类别 处理和整改情况 责任人被处理情况.
const SHANDONG_HEADER = [
  "序号",
  "受理编号",
  "交办问题基本情况",
  "行政区域",
  "污染类型",
  "调查核实情况",
  "是否属实",
  "处理和整改情况",
  "责任人被处理情况",
];

describe("petitionsFromTable", () => {
  it("reads the published columns, the batch from the title row and the outcomes from the text", () => {
    const result = petitionsFromTable(
      [
        ["中央环保督察组向山东转办群众信访举报件及边督边改公开情况一览表(第十八批)"],
        SHANDONG_HEADER,
        [
          "1",
          "2145",
          "青岛市即墨市龙山街道办事处前北葛村西北侧有两家砖厂,排放大量粉尘、噪声,影响周边村民生活。",
          "青岛市",
          "大气、噪声",
          "经现场调查核实，该砖厂已于2017年6月份停产。",
          "是",
          "对该企业实施停产整治，督促其尽快办理环保手续。",
          "",
        ],
        [
          "2",
          "2147",
          "济南市市中区顺德路阳光舜城小区最南侧蝎子山,破损山体修复工程项目存在噪声和扬尘污染。",
          "济南市市中区",
          "生态、扬尘、噪声",
          "",
          "部分属实",
          "责令施工单位限期整改，立案处罚1家，罚款2万元。",
          "约谈项目负责人1人。",
        ],
      ],
      { roundId: "r1-sd" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.value.ledger.petitions;
    expect(result.value.stats).toEqual({
      headerRow: 2,
      rowsRead: 2,
      produced: 2,
      rejected: 0,
      empty: 0,
      totals: 0,
    });
    expect(first).toMatchObject({
      id: "2145",
      roundId: "r1-sd",
      batch: 18,
      region: { name: "青岛市" },
      pollutionTypes: ["air", "noise"],
      verification: "true",
    });
    expect(first?.outcomes).toBeUndefined();
    expect(second).toMatchObject({
      id: "2147",
      region: { name: "济南市市中区" },
      pollutionTypes: ["ecology", "air", "noise"],
      verification: "partly_true",
      outcomes: { casesFiled: 1, finesYuan: 20000, interviews: 1 },
      accountabilityTaken: "约谈项目负责人1人。",
    });
    // 责令…限期整改 has no count: reported as unread, not counted.
    const unread = result.issues.filter((i) => i.code === "unread_outcome");
    expect(unread.map((i) => i.path)).toEqual([["rows", 4, "处理和整改情况"]]);
  });

  it("reports a repeated case number and keeps the row with duplicateOf", () => {
    const result = petitionsFromTable([
      ["受理编号", "交办批次", "交办问题基本情况", "办结情况"],
      ["D1", "1", "烧烤店油烟扰民", "已办结"],
      ["D2", "1", "河道垃圾", "阶段性办结"],
      ["D1", "2", "烧烤店油烟扰民", "已办结"],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { petitions } = result.value.ledger;
    expect(petitions.map((p) => [p.id, p.batch, p.duplicateOf])).toEqual([
      ["D1", 1, undefined],
      ["D2", 1, undefined],
      ["D1~4", 2, "D1"],
    ]);
    expect(result.issues.filter((i) => i.code === "duplicate_case").map((i) => i.path)).toEqual([
      ["rows", 4, "受理编号"],
    ]);
    const { stats } = result.value;
    expect(stats.produced + stats.rejected + stats.empty).toBe(stats.rowsRead);
  });

  it("rejects rows with unknown verification or status words, accounting for every row", () => {
    const rows = [
      ["信访编号", "举报内容", "核实结果", "是否办结"],
      ["X1", "噪声扰民", "属实", "是"],
      ["X2", "废水直排", "大概属实", "否"],
      [],
      ["X3", "扬尘", "不属实", "正在推进"],
    ];
    const strict = petitionsFromTable(rows);
    expect(strict.ok).toBe(false);
    expect(strict.issues.filter((i) => i.severity === "error").map((i) => i.path)).toEqual([
      ["rows", 3, "核实结果"],
      ["rows", 5, "是否办结"],
    ]);
    const lenient = petitionsFromTable(rows, { skipInvalid: true });
    expect(lenient.ok).toBe(true);
    if (!lenient.ok) return;
    expect(lenient.value.stats).toEqual({
      headerRow: 1,
      rowsRead: 4,
      produced: 1,
      rejected: 2,
      empty: 1,
      totals: 0,
    });
    expect(lenient.value.ledger.petitions[0]).toMatchObject({
      id: "X1",
      verification: "true",
      status: "closed",
    });
  });

  it("takes the batch from the title option, a 批次 cell in Chinese, or numbers rows without a case number", () => {
    const result = petitionsFromTable(
      [
        ["序号", "批次", "信访内容", "污染类型"],
        ["1", "第三批", "露天焚烧垃圾", "大气污染、固废"],
        ["2", "", "畜禽养殖废水", "水污染；土壤"],
      ],
      { title: "第五批" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ledger.petitions.map((p) => [p.id, p.batch, p.pollutionTypes])).toEqual([
      ["b3-1", 3, ["air", "solid_waste"]],
      ["b5-2", 5, ["water", "soil"]],
    ]);
  });

  it("reports an unknown pollution type as a warning and keeps the rest", () => {
    const result = petitionsFromTable([
      ["受理编号", "交办问题基本情况", "污染类型"],
      ["D1", "光污染", "光、噪声"],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ledger.petitions[0]?.pollutionTypes).toEqual(["noise"]);
    expect(result.issues.find((i) => i.code === "unknown_pollution_type")?.severity).toBe(
      "warning",
    );
  });

  it("needs a case number or summary column", () => {
    const result = petitionsFromTable([
      ["序号", "行政区域"],
      ["1", "青岛市"],
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["missing_required_column"]);
  });

  it("reads traditional-character headers with the same normaliser as task tables", () => {
    const result = petitionsFromTable([
      ["受理編號", "交辦問題基本情況", "是否屬實", "處理和整改情況"],
      ["D9", "油煙擾民", "屬實", "責令整改1家，罰款５萬元"],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ledger.petitions[0]).toMatchObject({
      id: "D9",
      verification: "true",
      outcomes: { ordersToRectify: 1, finesYuan: 50000 },
    });
  });
});

describe("batchInText", () => {
  it("reads 第N批 in Arabic, Chinese or full-width numerals", () => {
    expect(batchInText("一览表（第十八批）")).toBe(18);
    expect(batchInText("第5批")).toBe(5);
    expect(batchInText("第２９批")).toBe(29);
    expect(batchInText("一览表")).toBeUndefined();
  });
});

describe("tableKind", () => {
  it("tells petition tables from task tables by their headers", () => {
    expect(tableKind([["标题"], SHANDONG_HEADER])).toBe("petitions");
    expect(tableKind([["序号", "反馈问题", "牵头单位", "整改时限"]])).toBe("tasks");
    expect(tableKind([["a", "b"]])).toBeUndefined();
  });
});

describe("parsePetitionsCsv and readPetitionsXlsx", () => {
  const rows = [
    ["受理编号", "交办批次", "行政区域", "是否属实", "处理和整改情况", "办结情况", "交办时间"],
    ["D1", "5", "包头市昆都仑区", "属实", "责令整改2家，罚款3.56万元", "已办结", "2025-06-01"],
    ["D2", "5", "包头市青山区", "不属实", "", "阶段性办结", "2025-06-01"],
  ];

  it("read the same table to the same ledger", async () => {
    const csv = rows.map((r) => r.join(",")).join("\r\n");
    const fromCsv = parsePetitionsCsv(`\uFEFF${csv}\r\n`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("第五批");
    for (const row of rows) sheet.addRow(row);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const fromXlsx = await readPetitionsXlsx(bytes);
    expect(fromCsv.ok && fromXlsx.ok).toBe(true);
    if (!fromCsv.ok || !fromXlsx.ok) return;
    expect(fromXlsx.value.ledger).toEqual(fromCsv.value.ledger);
    expect(fromCsv.value.ledger.petitions[0]?.outcomes).toEqual({
      ordersToRectify: 2,
      finesYuan: 35600,
    });
  });

  it("reads the batch from the sheet name", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("第二十九批");
    sheet.addRow(["受理编号", "交办问题基本情况"]);
    sheet.addRow(["X1", "餐饮油烟"]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await readPetitionsXlsx(bytes);
    expect(result.ok && result.value.ledger.petitions[0]?.batch).toBe(29);
  });
});

// The columns of a city's petition ledger as its tracking system exports them
// (漳州市环保督察信访件汇总表): one count column per enforcement figure, the fine in 万元.
describe("a petition ledger's count columns", () => {
  const HEADER = [
    "受理编号",
    "行政区域",
    "督察期间处理情况",
    "办结状态",
    "责令整改（家次）",
    "罚款金额（万元）",
    "立案处罚（家次）",
    "约谈（人次）",
  ];
  // Texts of examples/petitions-published.csv (rows 37 and 2), Bayannur and Inner Mongolia 2025.
  const BAYANNUR = "其中,已办结1件、阶段性办结3件、未办结1件,责令整改3家,立案处罚3家。";
  const REGION =
    "已办结151件、阶段性办结209件、未办结35件,责令整改88家,立案处罚46家,罚款金额251542.71元,立案侦查18件,刑事拘留3人,约谈5人,问责8人。";

  it("reads each column as the ledger's own figure, a fine in 万元 exactly, and says where the text differs", () => {
    const result = petitionsFromTable([
      HEADER,
      ["P37", "巴彦淖尔市", BAYANNUR, "已办结", 3, null, "3", null],
      ["P02", "内蒙古自治区", REGION, "已办结", "88", "25.154271", "46", "6"],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [bayannur, region] = result.value.ledger.petitions;
    expect(bayannur?.outcomes).toEqual({ ordersToRectify: 3, casesFiled: 3 });
    expect(region?.outcomes).toMatchObject({
      ordersToRectify: 88,
      casesFiled: 46,
      finesYuan: 251542.71,
      criminalCases: 18,
      criminalDetentions: 3,
      accountablePeople: 8,
      // The column says 6 where the text says 约谈5人: the column stands, and it is reported.
      interviews: 6,
    });
    const differs = result.issues.filter((issue) => issue.code === "outcome_differs");
    expect(differs.map((issue) => [issue.path, issue.params])).toEqual([
      [["rows", 3, "约谈（人次）"], { kind: "约谈", kindEn: "interviews", column: 6, text: 5 }],
    ]);
    expect(differs[0]?.severity).toBe("warning");
  });

  it("rejects a count it cannot read as a whole number, and a fine below the fen", () => {
    const result = petitionsFromTable(
      [HEADER, ["X1", "漳州市", "", "已办结", "若干", "0.0000001", "", "2.5"]],
      { skipInvalid: true },
    );
    const bad = result.issues.filter((issue) => issue.code === "invalid_cell");
    expect(bad.map((issue) => issue.path[2])).toEqual([
      "责令整改（家次）",
      "罚款金额（万元）",
      "约谈（人次）",
    ]);
    expect(result.ok && result.value.ledger.petitions).toEqual([]);
  });
});
