import { describe, expect, it } from "vitest";
import { defineIssues, formatIssue, formatPath, hasNoErrors, issueFrom } from "../src/index.js";

const catalogue = defineIssues({
  too_late: {
    severity: "error",
    "zh-CN": (p: { date: string }) => `日期${p.date}晚于截止日期`,
    en: (p: { date: string }) => `${p.date} is after the deadline`,
  },
  note: { severity: "info", "zh-CN": () => "备注", en: () => "note" },
});

describe("issueFrom", () => {
  it("builds a bilingual issue with its path and params", () => {
    const issue = issueFrom(catalogue, "too_late", ["tasks", 3, "completedDate"], {
      date: "2024-01-02",
    });
    expect(issue).toEqual({
      code: "too_late",
      severity: "error",
      path: ["tasks", 3, "completedDate"],
      message: { "zh-CN": "日期2024-01-02晚于截止日期", en: "2024-01-02 is after the deadline" },
      params: { date: "2024-01-02" },
    });
    expect(issueFrom(catalogue, "note", [], {})).not.toHaveProperty("params");
    expect(issueFrom(catalogue, "note", [], {}, "warning").severity).toBe("warning");
  });
  it("formats issues and paths for people", () => {
    const issue = issueFrom(catalogue, "too_late", ["tasks", 3, "completedDate"], {
      date: "2024-01-02",
    });
    expect(formatIssue(issue, "en")).toBe(
      "error tasks[3].completedDate: 2024-01-02 is after the deadline [too_late]",
    );
    expect(formatIssue(issue)).toContain("晚于截止日期");
    expect(formatPath([])).toBe("(root)");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(hasNoErrors([issue])).toBe(false);
    expect(hasNoErrors([issueFrom(catalogue, "note", [], {})])).toBe(true);
  });
});
