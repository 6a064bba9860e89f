// A large table validated chunk by chunk must report what reading it whole reports: the same
// issues at the same rows and records, the same counts. Chunks of 3 rows stand for chunks of
// 20,000; "whole" is the same function with a chunk larger than the table, which reads the table
// in one piece exactly as before.
import { describe, expect, it } from "vitest";
import { denseRows, type TableRow, validateTableRows } from "../../src/cli/validateTable.js";
import type { Cell } from "../../src/io/cells.js";
import { KEEP, ULANQAB_HEADER, ULANQAB_ROWS } from "../io/helpers.js";

async function* streamOf(rows: readonly (readonly Cell[])[]): AsyncGenerator<TableRow> {
  let number = 0;
  for (const cells of rows) yield { number: ++number, cells };
}

const sorted = (issues: readonly unknown[]) => issues.map((i) => JSON.stringify(i)).sort();

async function both(rows: readonly (readonly Cell[])[], options = {}) {
  const chunked = await validateTableRows(streamOf(rows), options, 3);
  const whole = await validateTableRows(streamOf(rows), options, 1_000_000);
  return { chunked, whole };
}

/** The Ulanqab common problems repeated with new numbers: problems recur across chunks. */
function ulanqabTimes(times: number): Cell[][] {
  const rows: Cell[][] = [["落实中央环保督察反馈意见整改工作任务分解表"], ULANQAB_HEADER];
  for (let t = 0; t < times; t++) {
    for (const row of ULANQAB_ROWS) rows.push([String(100 * t + Number(row[0])), ...row.slice(1)]);
    rows.push([]);
  }
  return rows;
}

describe("validateTableRows", () => {
  it("gives, chunk by chunk, the issues and counts of the whole table", async () => {
    // 9月底前 has no year without an anchor: a validation warning on every fourth task.
    const rows = ulanqabTimes(5).map((row) =>
      row.map((cell) => (cell === "2018年底" ? "9月底前" : cell)),
    );
    const { chunked, whole } = await both(rows, { keepTogether: KEEP });
    expect(whole.records?.tasks.total).toBe(20);
    expect(whole.records?.tasks.withErrors).toBeGreaterThan(0);
    expect(whole.records?.problems.total).toBe(4);
    expect(chunked.records).toEqual(whole.records);
    const codes = new Set(whole.issues.map((issue) => issue.code));
    expect(codes).toContain("deadline_unparseable");
    expect(codes).toContain("empty_row");
    expect(sorted(chunked.issues)).toEqual(sorted(whole.issues));
    expect(chunked.issues.length).toBe(whole.issues.length);
  });

  it("finds an id used in two chunks, and a row error in a later chunk, as the whole read does", async () => {
    const repeated = ulanqabTimes(3);
    repeated.push([
      "8",
      "草原破坏较为严重问题",
      "市农牧业局",
      "",
      "2018年6月底",
      "限期整改",
      "正在推进",
    ]);
    const first = await both(repeated, { keepTogether: KEEP });
    expect(first.whole.records).toBeUndefined();
    expect(first.chunked.records).toBeUndefined();
    const duplicate = first.whole.issues.find((issue) => issue.code === "duplicate_id");
    expect(duplicate?.path).toEqual(["rows", repeated.length, "序号"]);
    expect(sorted(first.chunked.issues)).toEqual(sorted(first.whole.issues));

    const broken = ulanqabTimes(3);
    broken[12] = ["311", "地下水超采严重问题", "市水利局", "", "2018年底", "限期整改", "进行中了"];
    const second = await both(broken, { keepTogether: KEEP });
    expect(second.whole.issues.map((issue) => issue.code)).toContain("unknown_status");
    expect(sorted(second.chunked.issues)).toEqual(sorted(second.whole.issues));
  });

  it("reads a table too short to chunk, or without a header, exactly as before", async () => {
    const none = await both([["附表"], ["说明"]]);
    expect(none.chunked.issues.map((issue) => issue.code)).toEqual(["no_header_row"]);
    const small = await both(ulanqabTimes(1), { keepTogether: KEEP });
    expect(small.chunked).toEqual(small.whole);
  });
});

describe("validateTableRows on office layouts", () => {
  /** Each problem written on the first of its four measure rows only, as a merge saved as CSV. */
  function groups(times: number): Cell[][] {
    const rows: Cell[][] = [
      ["乌兰察布市落实中央环保督察反馈意见整改措施清单"],
      ["填报单位：乌兰察布市委督查室", null, "截至2018年6月30日"],
      ["序号", "反馈问题", "整改措施", "牵头单位", "整改时限", "整改状态", "完成日期"],
    ];
    for (let t = 0; t < times; t++) {
      const measures = ["一是清理", "二是补水", "三是治污", "四是监测"];
      measures.forEach((measure, m) => {
        rows.push([
          m === 0 ? String(t + 1) : null,
          m === 0 ? `第${t + 1}个反馈问题` : null,
          measure,
          "市水利局",
          t % 2 === 0 ? "2018年6月底" : "2019年底",
          // The last measure of each problem reported done after the table's 截至 date.
          m === 3 ? "已完成" : "正在推进",
          m === 3 ? "2018-08-15" : null,
        ]);
      });
    }
    rows.push(["合计", `${times}个问题`]);
    return rows;
  }

  it("never cuts a problem's group between chunks, and counts its filled-down rows once", async () => {
    const rows = groups(5);
    const { chunked, whole } = await both(rows);
    expect(whole.records?.tasks.total).toBe(20);
    expect(whole.records?.problems.total).toBe(5);
    const filled = whole.issues.filter((issue) => issue.code === "filled_down");
    expect(filled.map((issue) => issue.params?.count)).toEqual([15]);
    expect(chunked.records).toEqual(whole.records);
    expect(sorted(chunked.issues)).toEqual(sorted(whole.issues));
  });

  it("judges dates against the 截至 line above the header in every chunk", async () => {
    const { chunked, whole } = await both(groups(4));
    // One completion a problem is dated after 截至2018年6月30日: one warning each, in any chunk.
    const late = (issues: readonly { code: string }[]) =>
      issues.filter((issue) => issue.code === "date_after_as_of").length;
    expect(late(whole.issues)).toBe(4);
    expect(late(chunked.issues)).toBe(4);
    expect(sorted(chunked.issues)).toEqual(sorted(whole.issues));
  });

  it("reads whole a table with cells merged below the header, a two-row header or petitions", async () => {
    const merged = groups(3).map((row, r) =>
      r > 3 && row[1] === null ? row.map((cell, c) => (c === 0 ? null : cell)) : row,
    );
    const withMerges = await validateTableRows(streamOf(merged), { merges: ["A4:B7"] }, 3);
    const asOne = await validateTableRows(streamOf(merged), { merges: ["A4:B7"] }, 1_000);
    expect(withMerges).toEqual(asOne);

    const twoRow: Cell[][] = [
      ["序号", "反馈问题", "整改措施", null],
      [null, null, "措施", "时限"],
      ...Array.from({ length: 8 }, (_, i) => [String(i + 1), `问题${i + 1}`, "整改", "2018年底"]),
    ];
    const two = await both(twoRow);
    expect(two.whole.records?.tasks.total).toBe(8);
    expect(two.chunked).toEqual(two.whole);

    const petitions: Cell[][] = [
      ["受理编号", "交办批次", "行政区域", "办结情况"],
      ...Array.from({ length: 8 }, (_, i) => [`X${i + 1}`, "5", "阳泉市", "已办结"]),
    ];
    const cases = await both(petitions);
    expect(cases.whole.records?.petitions.total).toBe(8);
    expect(cases.chunked).toEqual(cases.whole);
  });
});

describe("denseRows", () => {
  it("hands on rows absent from a sheet as empty rows", async () => {
    async function* sparse(): AsyncGenerator<TableRow> {
      yield { number: 1, cells: ["序号", "反馈问题", "整改任务"] };
      yield { number: 2, cells: [1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"] };
      yield { number: 4, cells: [2, null, "岱海电厂一期水改空工程"] };
    }
    const out: TableRow[] = [];
    for await (const row of denseRows(sparse())) out.push(row);
    expect(out.map((row) => [row.number, row.cells])).toEqual([
      [1, ["序号", "反馈问题", "整改任务"]],
      [2, [1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"]],
      [3, []],
      [4, [2, null, "岱海电厂一期水改空工程"]],
    ]);
  });
});
