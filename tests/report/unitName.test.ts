import { describe, expect, it } from "vitest";
import { DEFAULT_UNIT_ALIASES, normalizeUnitName } from "../../src/report/index.js";

describe("normalizeUnitName", () => {
  it("renames environmental protection bureaus after the 2018 reform, whatever the prefix", () => {
    expect(normalizeUnitName("市环保局")).toBe("市生态环境局");
    expect(normalizeUnitName("锡林郭勒盟环保局")).toBe("锡林郭勒盟生态环境局");
    expect(normalizeUnitName("乌兰察布市环境保护局")).toBe("乌兰察布市生态环境局");
    expect(normalizeUnitName("自治区环保厅")).toBe("自治区生态环境厅");
    expect(normalizeUnitName("市国土局")).toBe("市自然资源局");
    expect(normalizeUnitName("市生态环境局")).toBe("市生态环境局");
  });

  it("unifies full-width and half-width punctuation and spaces, and drops a trailing 等", () => {
    expect(normalizeUnitName("市城管委（执法局）")).toBe(normalizeUnitName("市城管委(执法局)"));
    expect(normalizeUnitName("　市 环保局 等")).toBe("市生态环境局");
    expect(normalizeUnitName("市发改委等、")).toBe("市发改委");
    expect(normalizeUnitName("ＡＢＣ  Group")).toBe("ABC Group");
  });

  it("takes the user's aliases, longest tail first", () => {
    const aliases = { ...DEFAULT_UNIT_ALIASES, 市农牧业局: "市农牧局", 局: "X" };
    expect(normalizeUnitName("市农牧业局", aliases)).toBe("市农牧局");
    expect(normalizeUnitName("市环保局", {})).toBe("市环保局");
    expect(normalizeUnitName("市水务局", { "": "ignored" })).toBe("市水务局");
  });
});
