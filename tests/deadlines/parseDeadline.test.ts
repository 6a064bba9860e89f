import { describe, expect, it } from "vitest";
import { type Deadline, parseDeadline } from "../../src/deadlines/index.js";
import { DuchaError } from "../../src/errors.js";

/** The parsed value without its text, or the issue codes when parsing failed. */
function read(text: string, anchor?: string): Omit<Deadline, "text"> | string[] {
  const result = parseDeadline(text, anchor === undefined ? {} : { anchor });
  if (!result.ok) return result.issues.map((issue) => issue.code);
  const { text: original, ...rest } = result.value;
  expect(original).toBe(text);
  return rest;
}

const date = (due: string, more: Partial<Deadline> = {}) => ({
  kind: "date",
  due,
  longTermAfter: false,
  ...more,
});
const range = (start: string, due: string) => ({ kind: "range", start, due, longTermAfter: false });
const longTerm = { kind: "long_term", longTermAfter: false };

describe("parseDeadline", () => {
  // /work/shared/domain.md §5, rows 1-43 and the texts below the table, verbatim.
  it.each([
    ["2022年8月底前", date("2022-08-31")],
    ["2022年12月底前", date("2022-12-31")],
    ["2023年12月底前", date("2023-12-31")],
    ["并按序时进度推进整改", longTerm],
    ["2023年12月底前，整改完成率达到90%以上", date("2023-12-31", { percentTarget: 90 })],
    ["应于今年底前完成", date("2022-12-31")],
    ["2023-2025年完成", range("2023-01-01", "2025-12-31")],
    ["立行立改、长期坚持", { kind: "immediate", longTermAfter: true }],
    ["到2021年底，整改落实工作达到督察整改序时要求", date("2021-12-31")],
    ["到2025年", date("2025-12-31")],
    ["到2026年底", date("2026-12-31")],
    ["到2025年底", date("2025-12-31")],
    ["2024年12月底", date("2024-12-31")],
    ["整改时限在2020年底须完成", date("2020-12-31")],
    ["年底前应整改到位", date("2022-12-31")],
    ["2019年5月6日至6月14日", range("2019-05-06", "2019-06-14")],
    ["2019年6月中旬至12月31日", range("2019-06-11", "2019-12-31")],
    ["2020年1月以后为持续推进整改阶段", { ...longTerm, start: "2020-01-01" }],
    ["限期整改到位", ["deadline_unparseable"]],
    ["对需长期整改的任务按照节点持续推进", longTerm],
    ["从8月中旬到12月中旬", range("2022-08-11", "2022-12-20")],
    ["已经完成，长期坚持", longTerm],
    ["需长期持续整改", longTerm],
    ["正按序时加快推进", longTerm],
    ["按短期攻坚、中期推进和长期坚持三个阶段", longTerm],
    ["每年制定印发…实施计划", { kind: "recurring", recurrence: "yearly", longTermAfter: false }],
    ["明确整改时限，按序推进", ["deadline_unparseable"]],
    ["在市级整改方案明确的整改完成时限前", ["deadline_unparseable"]],
    ["2024年底前，并长期坚持", date("2024-12-31", { longTermAfter: true })],
    ["2025年底前，并长期坚持", date("2025-12-31", { longTermAfter: true })],
    ["2026年底前", date("2026-12-31")],
    ["立行立改，长期坚持", { kind: "immediate", longTermAfter: true }],
    ["2025年底前", date("2025-12-31")],
    ["在30个工作日内", ["deadline_unparseable"]],
    ["在45个工作日内", ["deadline_unparseable"]],
    ["需在10天内反馈到督察组", ["deadline_unparseable"]],
    ["公示期2025年6月9日至2025年6月20日", range("2025-06-09", "2025-06-20")],
    ["公示期间（2024年9月29日至2024年10月9日，共10个工作日）", range("2024-09-29", "2024-10-09")],
    ["公示日期为2025年1月21日至2月8日", range("2025-01-21", "2025-02-08")],
    ["为期约1个月", ["deadline_unparseable"]],
    ["每月25日前", ["deadline_unparseable"]],
    ["周调度，半月通报，每月上报", ["deadline_multiple"]],
    ["按季度实施清单化调度", { kind: "recurring", recurrence: "quarterly", longTermAfter: false }],
    ["到2019年10月底", date("2019-10-31")],
    ["2020年6月底前", date("2020-06-30")],
    ["2020年底前", date("2020-12-31")],
    ["2020年年底前", date("2020-12-31")],
    ["2025年年底前", date("2025-12-31")],
    ["2024年8月前", date("2024-07-31")],
    ["2027年前", date("2026-12-31")],
  ])("reads domain brief form %s (anchor 2022-09-27)", (text, expected) => {
    expect(read(text, "2022-09-27")).toEqual(expected);
  });

  // Seed 001 (Ulanqab, 2017): every deadline in the plan, with the plan's year as anchor.
  it.each([
    ["2017年7月底前确保销号", "2017-07-31"],
    ["2018年底取得明显成效", "2018-12-31"],
    ["到2018年，取得明显成效", "2018-12-31"],
    ["到2018年6月底，全面清理非法征占用草原行为", "2018-06-30"],
    ["确保9月底前全部完成淘汰", "2017-09-30"],
    ["2017年底前必须开工建设", "2017-12-31"],
    ["到2020年底，工业园区现存问题全部得到有效解决", "2020-12-31"],
    ["从即日起至2018年8月", "2018-08-31"],
    ["确保10月底前完成“清零行动”", "2017-10-31"],
  ])("reads seed 001: %s", (text, due) => {
    expect(read(text, "2017-05-20")).toEqual(date(due));
  });

  it.each([
    ["2018年6月底前", "2018-06-30"],
    ["2018年6月底", "2018-06-30"],
    ["2024年内", "2024-12-31"],
    ["2024年上半年", "2024-06-30"],
    ["2024年下半年", "2024-12-31"],
    ["2024年第一季度", "2024-03-31"],
    ["2024年一季度末", "2024-03-31"],
    ["2024年第三季度前", "2024-06-30"],
    ["2024年2月底前", "2024-02-29"],
    ["2023年2月底前", "2023-02-28"],
    ["2024年6月上旬", "2024-06-10"],
    ["2024年6月中旬", "2024-06-20"],
    ["2024年2月下旬", "2024-02-29"],
    ["2024年6月中", "2024-06-15"],
    ["2024年8月份", "2024-08-31"],
    ["2022年12月31日前", "2022-12-31"],
    ["2022年12月31日之前", "2022-12-31"],
    ["2022年12月31号以前", "2022-12-31"],
    ["2024-12-31", "2024-12-31"],
    ["2018.6.30前", "2018-06-30"],
    ["二〇一八年十二月底前", "2018-12-31"],
    ["二〇二〇年年底前", "2020-12-31"],
    ["二○一九年五月六日前", "2019-05-06"],
    ["２０１８年６月底前", "2018-06-30"],
    ["二〇一八年六月底前", "2018-06-30"],
    ["完成时限：2024年12月底", "2024-12-31"],
    ["（2018年6月底前）", "2018-06-30"],
    ["2018 年 6 月底前", "2018-06-30"],
    ["於2020年年底前完成", "2020-12-31"],
  ])("reads the date %s", (text, due) => {
    expect(read(text)).toEqual(date(due));
  });

  it.each([
    ["今年底前", "2017-12-31"],
    ["今年内", "2017-12-31"],
    ["年内", "2017-12-31"],
    ["年底前", "2017-12-31"],
    ["本年度底前", "2017-12-31"],
    ["明年6月底前", "2018-06-30"],
    ["去年底前", "2016-12-31"],
    ["9月底前", "2017-09-30"],
    ["上半年", "2017-06-30"],
    ["一季度", "2017-03-31"],
    ["第三季度", "2017-09-30"],
    ["四季度", "2017-12-31"],
  ])("reads %s in the year of the anchor", (text, due) => {
    expect(read(text, "2017-06-15")).toEqual(date(due));
  });

  it("never rolls a past month into the next year", () => {
    expect(read("9月底前", "2017-11-02")).toEqual(date("2017-09-30"));
  });

  it("asks for an anchor when the text has no year", () => {
    for (const text of ["今年底前", "9月底前", "年底前", "上半年", "从8月中旬到12月中旬"]) {
      const result = parseDeadline(text);
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        expect.objectContaining({ code: "deadline_needs_anchor", params: { text } }),
      ]);
    }
  });

  it("reads windows and open-ended obligations", () => {
    expect(read("2023-2025年")).toEqual(range("2023-01-01", "2025-12-31"));
    expect(read("2023—2025年")).toEqual(range("2023-01-01", "2025-12-31"));
    expect(read("2023年至2025年")).toEqual(range("2023-01-01", "2025-12-31"));
    expect(read("2023年底至2025年底")).toEqual(range("2023-12-31", "2025-12-31"));
    expect(read("2022年3月25日至4月25日")).toEqual(range("2022-03-25", "2022-04-25"));
    expect(read("2020年1月以后")).toEqual({ ...longTerm, start: "2020-01-01" });
    expect(read("从2017年起")).toEqual({ ...longTerm, start: "2017-01-01" });
    expect(read("2023-2025年，长期坚持")).toEqual({
      ...range("2023-01-01", "2025-12-31"),
      longTermAfter: true,
    });
  });

  it("reads immediate, long-term and recurring texts", () => {
    const immediate = { kind: "immediate", longTermAfter: false };
    expect(read("立行立改")).toEqual(immediate);
    expect(read("即知即改")).toEqual(immediate);
    expect(read("立行立改、长期坚持")).toEqual({ ...immediate, longTermAfter: true });
    expect(read("立行立改，2018年6月底前完成")).toEqual({ ...immediate, due: "2018-06-30" });
    for (const text of ["长期坚持", "持续推进", "按序时进度推进", "需长期持续整改", "長期堅持"]) {
      expect(read(text)).toEqual(longTerm);
    }
    expect(read("立行立改、長期堅持")).toEqual({ ...immediate, longTermAfter: true });
    const recurring = (recurrence: string) => ({
      kind: "recurring",
      recurrence,
      longTermAfter: false,
    });
    expect(read("每年")).toEqual(recurring("yearly"));
    expect(read("每季度")).toEqual(recurring("quarterly"));
    expect(read("每月")).toEqual(recurring("monthly"));
    expect(read("每周")).toEqual(recurring("weekly"));
  });

  it("notes a status written into the deadline cell", () => {
    const result = parseDeadline("已经完成，长期坚持");
    expect(result).toMatchObject({ ok: true, value: { kind: "long_term", longTermAfter: false } });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "deadline_status_stated",
        severity: "info",
        params: { text: "已经完成，长期坚持", status: "已经完成" },
      }),
    ]);
  });

  it("rejects dates that do not exist", () => {
    expect(parseDeadline("2023年13月底前").issues).toEqual([
      expect.objectContaining({
        code: "deadline_invalid_date",
        params: { text: "2023年13月底前", year: 2023, month: 13 },
      }),
    ]);
    const feb30 = parseDeadline("2023年2月30日前");
    expect(feb30.issues[0]).toMatchObject({
      code: "deadline_invalid_date",
      params: { year: 2023, month: 2, day: 30 },
    });
    expect(feb30.issues[0]?.message["zh-CN"]).toBe(
      "完成时限“2023年2月30日前”中的日期不存在：2023年2月30日",
    );
    expect(read("2023年0月底前")).toEqual(["deadline_invalid_date"]);
    expect(read("0999年底前")).toEqual(["deadline_invalid_date"]);
    expect(read("2025年底至2023年")).toEqual(["deadline_invalid_range"]);
  });

  it("returns the text it cannot read, never a guess", () => {
    for (const text of [
      "尽快",
      "2025年初",
      "6月初前",
      "2025年中",
      "2020年以来",
      "两年内",
      "第5季度",
      "2024年8月前后",
      "2018年6月底前完成80%，剩余20%年底前完成",
    ]) {
      const result = parseDeadline(text, { anchor: "2024-01-01" });
      expect(result.ok, text).toBe(false);
      expect(result.issues.length).toBe(1);
      expect(result.issues[0]?.params).toMatchObject({ text });
    }
    const result = parseDeadline("限期整改到位", { path: ["tasks", 2, "deadline"] });
    expect(result.issues).toEqual([
      {
        code: "deadline_unparseable",
        severity: "error",
        path: ["tasks", 2, "deadline"],
        message: {
          "zh-CN": "无法识别完成时限“限期整改到位”",
          en: 'cannot read the deadline "限期整改到位"',
        },
        params: { text: "限期整改到位" },
      },
    ]);
  });

  it("flags cells that hold several milestones", () => {
    expect(parseDeadline("2018年6月底前完成一期，2020年底前全部完成").issues[0]).toMatchObject({
      code: "deadline_multiple",
      params: { count: 2 },
    });
    expect(read("2018年底前、2019年底前、2020年底前、2021年底前")).toEqual(["deadline_multiple"]);
  });

  it("reports empty text", () => {
    for (const text of ["", "   ", "\u3000"]) expect(read(text)).toEqual(["deadline_empty"]);
    expect(parseDeadline("").issues[0]?.message.en).toBe("the deadline text is empty");
  });

  it("throws on API misuse", () => {
    expect(() => parseDeadline(42 as unknown as string)).toThrow(DuchaError);
    expect(() => parseDeadline(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => parseDeadline("年底前", { anchor: "2023-02-30" })).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
    expect(() => parseDeadline("年底前", { anchor: "20230101" })).toThrow(DuchaError);
  });

  it("does not mutate its options and gives the same answer every time", () => {
    const options = Object.freeze({ anchor: "2017-06-15", path: Object.freeze(["tasks", 1]) });
    const first = parseDeadline("9月底前", options);
    const second = parseDeadline("9月底前", options);
    expect(first).toEqual(second);
    expect(options).toEqual({ anchor: "2017-06-15", path: ["tasks", 1] });
    const failed = parseDeadline("尽快", options);
    expect(failed.issues[0]?.path).toEqual(["tasks", 1]);
    expect(failed.issues[0]?.path).not.toBe(options.path);
  });

  it("does not depend on the host time zone", () => {
    // The suite also runs under TZ=America/Los_Angeles and TZ=Asia/Shanghai; these are fixed.
    expect(read("2024年2月底前")).toEqual(date("2024-02-29"));
    expect(read("2024年3月前")).toEqual(date("2024-02-29"));
    expect(read("2025年1月1日前")).toEqual(date("2025-01-01"));
    expect(read("2025年1月前")).toEqual(date("2024-12-31"));
  });
});
