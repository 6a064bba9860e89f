import { describe, expect, it } from "vitest";
import { cellText, isEmptyRow, showCell } from "../../src/io/cells.js";

describe("cellText", () => {
  it("gives the trimmed text of every kind of cell", () => {
    expect(cellText(" 市环保局 ")).toBe("市环保局");
    expect(cellText(8)).toBe("8");
    expect(cellText(Number.POSITIVE_INFINITY)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(new Date(Date.UTC(2018, 5, 30)))).toBe("2018-06-30T00:00:00.000Z");
    expect(cellText(new Date(Number.NaN))).toBe("");
  });

  it("shows cells briefly in messages", () => {
    expect(showCell("长".repeat(50))).toBe(JSON.stringify(`${"长".repeat(40)}…`));
    expect(showCell(new Date(Number.NaN))).toBe("Invalid Date");
    expect(showCell(new Date(Date.UTC(2018, 5, 30)))).toBe("2018-06-30T00:00:00.000Z");
    expect(isEmptyRow([" ", null, undefined, ""])).toBe(true);
    expect(isEmptyRow([0])).toBe(false);
  });
});
