import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditText, extractFigures, scheduleFindings } from "../../src/audit/index.js";
import { createSchedule, INSPECTIONS } from "../../src/rounds/index.js";

const seed = (name: string) =>
  readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), "utf8");
const check = (text: string) => scheduleFindings(text, extractFigures(text).figures);

describe("scheduleFindings", () => {
  // 吉林省公开第二轮中央生态环境保护督察整改情况 (吉林省人民政府网, 2023-05-10), seed 002.
  it("agrees with Jilin's stated stationing and feedback", () => {
    const text =
      "2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省开展第二轮中央生态环境保护督察。2021年12月12日，督察组正式反馈督察意见。";
    const findings = check(text);
    expect(findings.map((f) => [f.code, f.consistent])).toEqual([
      ["schedule_consistent", true],
      ["schedule_consistent", true],
    ]);
    expect(findings[0]?.details.recordId).toBe("r2-b4-jilin");
  });

  it("finds the record from the year when the text names no round", () => {
    const [finding] = check("2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省");
    expect(finding?.code).toBe("schedule_consistent");
  });

  it("warns with both dates and the source when a date differs", () => {
    const [finding] = check(
      "中央第一生态环境保护督察组进驻吉林省开展第二轮督察，并于2021年12月21日反馈",
    );
    expect(finding?.code).toBe("schedule_inconsistent");
    expect(finding?.severity).toBe("warning");
    expect(finding?.message.en).toContain("feedback 2021-12-21 (schedule: 2021-12-12)");
    expect(finding?.message.en).toContain("http://beidouzhiku.cn/news/show.php?itemid=34931");
  });

  it.each([
    ["000", "r2-b6-neimenggu"],
    ["002", "r2-b4-jilin"],
    ["003", "r2-b6-xinjiang"],
    ["004", "r2-b3-liaoning"],
  ])("agrees with seed %s", (name, id) => {
    const findings = check(seed(name));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.consistent, f.message.en).toBe(true);
      expect(f.details.recordId).toBe(id);
    }
  });

  it("abstains when the party or the record is not known", () => {
    expect(check("2021年8月25日至9月26日，督察组进驻某地")).toEqual([]);
    // Two provinces in one sentence: no guess.
    expect(check("2022年3月25日至4月25日，督察组分别进驻江苏省和内蒙古自治区")).toEqual([]);
    // Liaoning's look-back of 2018 has no feedback date in the schedule.
    expect(check("中央第一生态环境保护督察组对辽宁省开展“回头看”，于2019年5月14日反馈")).toEqual(
      [],
    );
  });

  it("accepts the Hebei pilot's disputed start under either reading", () => {
    const findings = check("2016年1月4日至2月4日，中央环境保护督察组进驻河北省开展督察试点");
    expect(findings.map((f) => f.code)).toEqual(["schedule_consistent"]);
  });

  it("uses the schedule it is given", () => {
    const made = createSchedule([], { base: INSPECTIONS.filter((r) => r.party.name !== "吉林省") });
    if (!made.ok) throw new Error("schedule");
    const text = "2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省";
    expect(scheduleFindings(text, extractFigures(text).figures, { schedule: made.value })).toEqual(
      [],
    );
  });
});

describe("auditText with the schedule", () => {
  it("makes a text inconsistent when its dates differ from the schedule, unless told not to check", () => {
    const text =
      "2021年8月25日至9月26日，中央第一生态环境保护督察组进驻吉林省，并于2021年12月21日反馈";
    expect(auditText(text).consistent).toBe(false);
    expect(auditText(text, { schedule: false }).consistent).toBe(true);
    expect(auditText(text, { schedule: [] }).findings).toEqual([]);
  });
});
