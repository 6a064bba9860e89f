import { describe, expect, it } from "vitest";
import { auditText } from "../../src/audit/auditText.js";

describe("auditText", () => {
  it("is consistent when every finding is", () => {
    const verdict = auditText("我市牵头的9项整改任务已完成6项，其余3项正在持续推进中");
    expect(verdict.consistent).toBe(true);
    expect(verdict.findings.map((f) => f.code)).toEqual(["remaining_consistent"]);
  });

  it("is not consistent when one finding fails", () => {
    const verdict = auditText(
      "督察交办的4704个群众投诉举报案件，已结案销号4593个，结案销号率97.65%。共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部59人。",
    );
    expect(verdict.consistent).toBe(false);
    expect(verdict.findings.map((f) => [f.code, f.consistent])).toEqual([
      ["count_within_total", true],
      ["rate_inconsistent", false],
      ["parts_add_up", true],
    ]);
  });

  it("is consistent for text without figures, and passes options on", () => {
    expect(auditText("坚决扛起政治责任")).toEqual({
      consistent: true,
      findings: [],
      figures: [],
      quantities: [],
      byAsOf: [],
      unknown: [],
      issues: [],
    });
    expect(
      auditText("转办的8件信访件，已办结1件，办结率12%", { rounding: "half-even" }).consistent,
    ).toBe(true);
  });
});
