import { describe, expect, it } from "vitest";
import { tasksFromTable } from "../../src/io/index.js";
import { applyMerges, fillDown, tableMeta, totalLabel } from "../../src/io/table.js";

describe("tableMeta", () => {
  it("reads the title, 填报单位 and 截至 from the lines above the header, in one cell or several", () => {
    expect(
      tableMeta([
        [
          "XX市中央生态环境保护督察反馈问题整改落实情况台账",
          "XX市中央生态环境保护督察反馈问题整改落实情况台账",
        ],
        ["填报单位：XX市生态环境局（盖章）  截至2024年6月30日"],
      ]),
    ).toEqual({
      title: "XX市中央生态环境保护督察反馈问题整改落实情况台账",
      publisher: "XX市生态环境局（盖章）",
      asOf: "2024-06-30",
    });
    expect(tableMeta([["填报单位:", "截止时间：2024年6月底"]])).toEqual({ asOf: "2024-06-30" });
  });

  it("leaves out what does not parse rather than guessing", () => {
    expect(tableMeta([["截至目前"], ["附表2"]])).toEqual({ title: "附表2" });
    expect(tableMeta([["截至2024年2月30日"]])).toEqual({});
  });
});

describe("totalLabel", () => {
  it("names 合计, 小计 and 总计 rows by their first filled cell only", () => {
    expect(totalLabel([null, " 合  计 ", "6项"])).toBe("合计");
    expect(totalLabel(["小计（3项）"])).toBe("小计（3项）");
    expect(totalLabel(["1", "合计类问题"])).toBeUndefined();
  });
});

describe("applyMerges and fillDown", () => {
  it("copies a merged block's value and marks the cells below its first row", () => {
    const merged = applyMerges(
      [
        ["1", "黑河", "a"],
        [null, null, "b"],
      ],
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
      ],
    );
    expect(merged.rows).toEqual([
      ["1", "黑河", "a"],
      ["1", "黑河", "b"],
    ]);
    expect([...merged.mergedBelow]).toEqual(["1,0", "1,1"]);
  });

  it("fills a key down only into rows with content of their own, and stops at blank and total rows", () => {
    const { rows, filled } = fillDown(
      [
        ["序号", "反馈问题", "措施"],
        ["1", "黑河", "a"],
        ["", "", "b"],
        ["", "", ""],
        ["", "", "c"],
        ["合计", "", ""],
        ["", "", "d"],
      ],
      1,
      1,
      [0],
    );
    expect([...filled]).toEqual([2]);
    expect(rows[2]).toEqual(["1", "黑河", "b"]);
    expect(rows[4]).toEqual(["", "", "c"]);
  });
});

describe("two-row headers", () => {
  it("does not take a first data row for a second header row", () => {
    const result = tasksFromTable([
      ["序号", "反馈问题", "整改时限", "状态"],
      ["1", "地下水超采严重问题", "2018年底", "正在推进"],
    ]);
    expect(result.ok && result.value.stats).toMatchObject({ headerRow: 1, produced: 1 });
  });

  it("reads a group over its sub-headers, each naming its column alone or after the group", () => {
    const result = tasksFromTable([
      ["序号", "反馈问题", "整改", "", "牵头单位"],
      ["", "", "措施", "时限", ""],
      ["1", "地下水超采严重问题", "加强地下水监测", "2018年底", "市水利局"],
    ]);
    expect(result.issues).toEqual([]);
    const task = result.ok ? result.value.ledger.tasks[0] : undefined;
    expect([task?.measures?.[0]?.text, task?.deadline?.due]).toEqual([
      "加强地下水监测",
      "2018-12-31",
    ]);
  });
});
