// The names messages give collections and dated fields, in both languages: what a reader of a
// validation report sees in place of `petitionTallies` or `plan.submittedDate`.
import { describe, expect, it } from "vitest";
import { COLLECTION_LABELS, fieldLabel } from "../../src/validation/labels.js";

describe("COLLECTION_LABELS", () => {
  it("names each collection as ledgers do", () => {
    expect(COLLECTION_LABELS).toEqual({
      rounds: { "zh-CN": "督察轮次", en: "round" },
      problems: { "zh-CN": "反馈问题", en: "feedback problem" },
      tasks: { "zh-CN": "整改任务", en: "rectification task" },
      petitions: { "zh-CN": "信访举报案件", en: "petition case" },
      petitionTallies: { "zh-CN": "信访举报统计", en: "petition tally" },
      accountability: { "zh-CN": "问责记录", en: "accountability record" },
    });
  });
});

describe("fieldLabel", () => {
  it("names every dated field the rules compare", () => {
    const fields = [
      "stationing.start",
      "stationing.end",
      "feedbackDate",
      "plan.submittedDate",
      "plan.approvedDate",
      "plan.publishedDate",
      "receivedDate",
      "transferredDate",
      "closedDate",
      "completedDate",
      "acceptedDate",
      "signedOffDate",
      "publicNotice.start",
      "publicNotice.end",
      "events.date",
    ];
    expect(fields.map((field) => [fieldLabel(field)["zh-CN"], fieldLabel(field).en])).toEqual([
      ["进驻日期", "stationing start"],
      ["进驻结束日期", "stationing end"],
      ["反馈日期", "feedback date"],
      ["整改方案报送日期", "plan submitted date"],
      ["整改方案批准日期", "plan approved date"],
      ["整改方案公开日期", "plan published date"],
      ["受理日期", "received date"],
      ["转办日期", "transferred date"],
      ["办结日期", "closed date"],
      ["完成日期", "completed date"],
      ["验收日期", "accepted date"],
      ["销号日期", "signed-off date"],
      ["公示开始日期", "public notice start"],
      ["公示结束日期", "public notice end"],
      ["事件日期", "event date"],
    ]);
  });

  it("names a field it has no label for as written", () => {
    expect(fieldLabel("reportedDate")).toEqual({ "zh-CN": "reportedDate", en: "reportedDate" });
  });
});
