import { describe, expect, it } from "vitest";
import {
  assertDecimals,
  assertRoundingMode,
  ROUNDING_LABELS,
  ROUNDING_MODES,
} from "../../src/metrics/rounding.js";
import { thrown } from "./_thrown.js";

describe("ROUNDING_MODES and ROUNDING_LABELS", () => {
  it("list the four modes in order, each labelled in zh-CN and en", () => {
    expect(ROUNDING_MODES).toEqual(["half-up", "half-even", "down", "up"]);
    expect(ROUNDING_LABELS).toEqual({
      "half-up": { "zh-CN": "四舍五入", en: "round half up" },
      "half-even": { "zh-CN": "四舍六入五成双", en: "round half to even" },
      down: { "zh-CN": "截尾（向零舍去）", en: "round down (towards zero)" },
      up: { "zh-CN": "进一（远离零）", en: "round up (away from zero)" },
    });
  });
});

describe("assertRoundingMode (messages)", () => {
  it("names the mode received and the known ones, in both languages", () => {
    const error = thrown(() => assertRoundingMode("ceil"));
    expect(error.code).toBe("invalid_argument");
    expect(error.messages).toEqual({
      "zh-CN": "未知的舍入方式：ceil（可用：half-up、half-even、down、up）",
      en: "unknown rounding mode: ceil (known: half-up, half-even, down, up)",
    });
    expect(error.details).toEqual({ rounding: "ceil" });
  });
});

describe("assertDecimals (messages)", () => {
  it("names the range and the value received, in both languages", () => {
    const error = thrown(() => assertDecimals(11));
    expect(error.code).toBe("invalid_argument");
    expect(error.messages).toEqual({
      "zh-CN": "小数位数须为0到10之间的整数，收到：11",
      en: "decimals must be an integer from 0 to 10, got 11",
    });
    expect(error.details).toEqual({ decimals: 11 });
  });
});
