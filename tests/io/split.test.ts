import { describe, expect, it } from "vitest";
import { splitMeasures, splitUnits } from "../../src/io/index.js";

describe("splitUnits", () => {
  it("splits on every separator, trims and drops repeats", () => {
    expect(
      splitUnits(
        " 市环保局、市住建委，市水利局,市财政局;市林业局；市国土局\n市商务局\r\n市环保局 ",
      ),
    ).toEqual(["市环保局", "市住建委", "市水利局", "市财政局", "市林业局", "市国土局", "市商务局"]);
    expect(splitUnits("")).toEqual([]);
    expect(splitUnits("、，")).toEqual([]);
  });

  it("keeps compound names whole when asked, and splits them otherwise", () => {
    const cell = "各旗县市区党委、政府，市发改委、国土局";
    expect(splitUnits(cell)).toEqual(["各旗县市区党委", "政府", "市发改委", "国土局"]);
    expect(splitUnits(cell, ["各旗县市区党委、政府"])).toEqual([
      "各旗县市区党委、政府",
      "市发改委",
      "国土局",
    ]);
    expect(splitUnits("市委办、政府办", ["", "市委办、政府办", "市委办"])).toEqual([
      "市委办、政府办",
    ]);
  });
});

describe("splitMeasures", () => {
  it("splits 一是…二是… as the Ulanqab plan writes its measures", () => {
    const cell =
      "一是完成伊东化工厂占用保护区的生态补偿工作；二是纠正保护区内违规办理采矿证行为，限期完成保护区有序退出矿业权清理任务；三是市直有关部门要按职能职责，加强政策与措施配合；四是建立长效机制，规范保护区管理秩序，巩固清理整顿成果，防止问题反弹。";
    const items = splitMeasures(cell);
    expect(items.map((item) => item.number)).toEqual(["一", "二", "三", "四"]);
    expect(items[0]?.text).toBe("完成伊东化工厂占用保护区的生态补偿工作");
    expect(items[3]?.text).toBe("建立长效机制，规范保护区管理秩序，巩固清理整顿成果，防止问题反弹");
  });

  it("reads ten and more Chinese-numbered items", () => {
    const cell = Array.from(
      { length: 12 },
      (_, i) =>
        `${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][i]}是措施${i + 1}`,
    ).join("；");
    expect(splitMeasures(cell).map((item) => item.number)).toEqual([
      "一",
      "二",
      "三",
      "四",
      "五",
      "六",
      "七",
      "八",
      "九",
      "十",
      "十一",
      "十二",
    ]);
  });

  it("reads twenty items and ignores numerals past twenty", () => {
    const numerals = Array.from({ length: 21 }, (_, i) => i + 1).map((i) =>
      i < 10
        ? "一二三四五六七八九"[i - 1]
        : i === 10
          ? "十"
          : i < 20
            ? `十${"一二三四五六七八九"[i - 11]}`
            : i === 20
              ? "二十"
              : "二十一",
    );
    const items = splitMeasures(numerals.map((n) => `${n}是甲`).join("；"));
    expect(items).toHaveLength(20);
    expect(items[19]).toEqual({ number: "二十", text: "甲；二十一是甲" });
  });

  it("splits 1. 2. and 1、2、 without cutting decimals", () => {
    expect(splitMeasures("1. 削减燃煤2.5万吨；\n2. 提高污水收集率")).toEqual([
      { number: "1", text: "削减燃煤2.5万吨" },
      { number: "2", text: "提高污水收集率" },
    ]);
    expect(splitMeasures("1、清理违规项目 2、恢复植被").map((item) => item.text)).toEqual([
      "清理违规项目",
      "恢复植被",
    ]);
  });

  it("splits （1）（2） and ①②", () => {
    expect(splitMeasures("（1）雨污分流改造（2）污水处理厂提标改造")).toEqual([
      { number: "1", text: "雨污分流改造" },
      { number: "2", text: "污水处理厂提标改造" },
    ]);
    expect(splitMeasures("①排查②整治").map((item) => item.text)).toEqual(["排查", "整治"]);
  });

  it("keeps an unnumbered cell, or one whose numbers do not start it, as one item", () => {
    expect(splitMeasures("提高城市污水收集率（达到90%）")).toEqual([
      { text: "提高城市污水收集率（达到90%）" },
    ]);
    expect(splitMeasures("整改任务及措施：一是甲；二是乙")).toEqual([
      { text: "整改任务及措施：一是甲；二是乙" },
    ]);
    expect(splitMeasures("  ")).toEqual([]);
  });

  it("ignores a number out of sequence or glued to a word", () => {
    expect(splitMeasures("1. 完成第3. 阶段；2. 验收").map((item) => item.text)).toEqual([
      "完成第3. 阶段",
      "验收",
    ]);
    expect(splitMeasures("一是唯一是甲；二是乙").map((item) => item.text)).toEqual([
      "唯一是甲",
      "乙",
    ]);
  });
});
