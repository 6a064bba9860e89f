import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import {
  assertDecimals,
  assertRoundingMode,
  DECIMAL_ROUNDING,
  DEFAULT_ROUNDING,
  isRoundingMode,
  ROUNDING_LABELS,
  ROUNDING_MODES,
} from "../../src/metrics/rounding.js";

describe("DECIMAL_ROUNDING", () => {
  it("maps each mode to the decimal.js constant", () => {
    expect(DECIMAL_ROUNDING).toEqual({
      "half-up": Decimal.ROUND_HALF_UP,
      "half-even": Decimal.ROUND_HALF_EVEN,
      down: Decimal.ROUND_DOWN,
      up: Decimal.ROUND_UP,
    });
  });

  it("has a bilingual label for every mode, half-up first and default", () => {
    expect(ROUNDING_MODES[0]).toBe(DEFAULT_ROUNDING);
    for (const mode of ROUNDING_MODES) {
      expect(ROUNDING_LABELS[mode]["zh-CN"]).not.toBe("");
      expect(ROUNDING_LABELS[mode].en).not.toBe("");
    }
  });
});

describe("isRoundingMode", () => {
  it("accepts only the known modes", () => {
    expect(ROUNDING_MODES.every(isRoundingMode)).toBe(true);
    expect(isRoundingMode("HALF-UP")).toBe(false);
    expect(isRoundingMode(4)).toBe(false);
  });
});

describe("assertRoundingMode", () => {
  it("returns a known mode and throws invalid_argument otherwise", () => {
    expect(assertRoundingMode("up")).toBe("up");
    expect(() => assertRoundingMode("ceil")).toThrow(DuchaError);
    try {
      assertRoundingMode("ceil");
    } catch (error) {
      expect((error as DuchaError).code).toBe("invalid_argument");
      expect((error as DuchaError).messages["zh-CN"]).toContain("未知的舍入方式");
    }
  });
});

describe("assertDecimals", () => {
  it("accepts integers 0..10 only", () => {
    expect(assertDecimals(0)).toBe(0);
    expect(assertDecimals(10)).toBe(10);
    for (const bad of [-1, 11, 0.5, Number.NaN, "2", undefined]) {
      expect(() => assertDecimals(bad)).toThrow(DuchaError);
    }
  });
});
