import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/index.js";
import { asOfPhrase } from "../../src/report/index.js";

describe("asOfPhrase", () => {
  it("writes a month's last day as the month's end", () => {
    expect(asOfPhrase("2024-06-30")).toEqual({
      "zh-CN": "截至2024年6月底",
      en: "As of the end of June 2024",
    });
    expect(asOfPhrase("2024-02-29")["zh-CN"]).toBe("截至2024年2月底");
  });

  it("writes any other day as itself", () => {
    expect(asOfPhrase("2024-12-18")).toEqual({
      "zh-CN": "截至2024年12月18日",
      en: "As of 18 December 2024",
    });
    expect(asOfPhrase("2023-02-28")["zh-CN"]).toBe("截至2023年2月底");
  });

  it("throws DuchaError for a date that does not exist", () => {
    expect(() => asOfPhrase("2023-02-29")).toThrow(DuchaError);
  });
});
