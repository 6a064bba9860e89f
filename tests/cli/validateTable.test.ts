// A large table validated chunk by chunk must report what reading it whole reports: the same
// issues at the same rows and records, the same counts. Chunks of 3 rows stand for chunks of
// 20,000; "whole" is the same function with a chunk larger than the table, which reads the table
// in one piece exactly as before.
import { describe, expect, it } from "vitest";
import {
  denseRows,
  type TableRow,
  validateTableRows,
  withMerges,
} from "../../src/cli/validateTable.js";
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

describe("denseRows and withMerges", () => {
  it("hand on rows absent from a sheet as empty, and fill merged ranges as rows stream", async () => {
    async function* sparse(): AsyncGenerator<TableRow> {
      yield { number: 1, cells: ["序号", "反馈问题", "整改任务"] };
      yield { number: 2, cells: [1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"] };
      yield { number: 4, cells: [2, null, "岱海电厂一期水改空工程"] };
    }
    const out: TableRow[] = [];
    for await (const row of withMerges(denseRows(sparse()), ["B2:B4", "D9:E9"])) out.push(row);
    expect(out.map((row) => [row.number, row.cells])).toEqual([
      [1, ["序号", "反馈问题", "整改任务"]],
      [2, [1, "岱海流域生态环境退化严重问题", "岱海生态补水工程"]],
      [3, [null, "岱海流域生态环境退化严重问题"]],
      [4, [2, "岱海流域生态环境退化严重问题", "岱海电厂一期水改空工程"]],
    ]);
  });
});
