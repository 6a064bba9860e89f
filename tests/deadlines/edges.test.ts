// Edges the mutation run (docs/quality.md) showed no test pinned down.
import { describe, expect, it } from "vitest";
import { formatDeadline } from "../../src/deadlines/formatDeadline.js";
import { parseDeadline } from "../../src/deadlines/parseDeadline.js";
import type { Deadline } from "../../src/deadlines/types.js";
import { DuchaError } from "../../src/errors.js";

const due = (text: string, anchor?: string) => {
  const result = anchor === undefined ? parseDeadline(text) : parseDeadline(text, { anchor });
  return result.ok
    ? [result.value.kind, result.value.start, result.value.due]
    : result.issues[0]?.code;
};

describe("parseDeadline edges", () => {
  it("reads 前 after part of a month as the day before it begins", () => {
    expect(due("2023年6月中旬前")).toEqual(["date", undefined, "2023-06-10"]);
    expect(due("2023年6月下旬前")).toEqual(["date", undefined, "2023-06-20"]);
    expect(due("2023年6月上旬")).toEqual(["date", undefined, "2023-06-10"]);
  });

  it("refuses day 0, day 31 of June and a year before 1000", () => {
    expect(due("2023年6月0日前")).toBe("deadline_invalid_date");
    expect(due("2023年6月31日前")).toBe("deadline_invalid_date");
    expect(due("0999年底前")).toBe("deadline_invalid_date");
    expect(due("1000年底前")).toEqual(["date", undefined, "1000-12-31"]);
  });

  it("finds a point after words, whichever of 今本当明次去上下第年 or a digit starts it", () => {
    const dues = [
      "应于今年底前完成",
      "本年底前",
      "当年底前",
      "明年6月底前",
      "次年6月底前",
      "去年底前",
      "力争上半年完成",
      "下半年",
      "第三季度完成",
      "年底前完成",
      "确保9月底前完成",
    ].map((text) => {
      const result = parseDeadline(text, { anchor: "2017-06-15" });
      return result.ok ? result.value.due : result.issues[0]?.code;
    });
    expect(dues).toEqual([
      "2017-12-31",
      "2017-12-31",
      "2017-12-31",
      "2018-06-30",
      "2018-06-30",
      "2016-12-31",
      "2017-06-30",
      "2017-12-31",
      "2017-09-30",
      "2017-12-31",
      "2017-09-30",
    ]);
  });

  it("refuses a relative year that lands past 9999 instead of writing a five-digit date", () => {
    const same = parseDeadline("今年底前", { anchor: "9999-06-01" });
    expect(same.ok && same.value.due).toBe("9999-12-31");
    const past = parseDeadline("明年底前", { anchor: "9999-06-01" });
    expect(past.issues.map((issue) => [issue.code, issue.params?.year])).toEqual([
      ["deadline_invalid_date", 10_000],
    ]);
  });

  it("starts a range at the end of a point written 底, at the beginning of one written 内", () => {
    expect(due("2023年底至2025年底")).toEqual(["range", "2023-12-31", "2025-12-31"]);
    expect(due("2023年内至2025年底")).toEqual(["range", "2023-01-01", "2025-12-31"]);
  });

  it("carries the year of the first point to a second one without it", () => {
    expect(due("2023年6月至9月底")).toEqual(["range", "2023-06-01", "2023-09-30"]);
    expect(due("今年6月至9月", "2023-03-01")).toEqual(["range", "2023-06-01", "2023-09-30"]);
  });

  it("reads a fractional completion-rate target next to the deadline", () => {
    const result = parseDeadline("整改完成率达到90.5%以上，2023年底前");
    expect(result.ok && [result.value.percentTarget, result.value.due]).toEqual([
      90.5,
      "2023-12-31",
    ]);
  });

  it("says in both languages what it received when the text is not a string", () => {
    try {
      parseDeadline(123 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DuchaError);
      expect((error as DuchaError).messages).toEqual({
        "zh-CN": "完成时限必须是字符串，收到number",
        en: "the deadline text must be a string, got number",
      });
      expect((error as DuchaError).details).toEqual({ value: 123 });
    }
    expect(() => parseDeadline("2023年底前", { anchor: "2023-02-30" })).toThrow(/anchor/);
  });
});

describe("formatDeadline edges", () => {
  const write = (fields: Partial<Deadline> & Pick<Deadline, "kind">) =>
    (["zh-CN", "en"] as const).map((lang) =>
      formatDeadline({ text: "", longTermAfter: false, ...fields }, lang),
    );

  it("writes whole years as a span only when they are different years", () => {
    expect(write({ kind: "range", start: "2023-01-01", due: "2025-12-31" })).toEqual([
      "2023-2025年",
      "2023 to 2025",
    ]);
    expect(write({ kind: "range", start: "2023-01-01", due: "2023-12-31" })).toEqual([
      "2023年1月1日至12月31日",
      "1 January 2023 to 31 December 2023",
    ]);
    expect(write({ kind: "range", start: "2023-03-01", due: "2025-12-31" })).toEqual([
      "2023年3月1日至2025年12月31日",
      "1 March 2023 to 31 December 2025",
    ]);
  });

  it("writes the end of a year, a month end and an ongoing start in English", () => {
    expect(write({ kind: "date", due: "2025-12-31" })).toEqual([
      "2025年底前",
      "by the end of 2025",
    ]);
    expect(write({ kind: "date", due: "2025-06-30" })).toEqual([
      "2025年6月底前",
      "by 30 June 2025",
    ]);
    expect(write({ kind: "long_term", start: "2024-01-01" })).toEqual([
      "2024年以后长期坚持",
      "ongoing from 2024",
    ]);
    expect(write({ kind: "long_term", start: "2024-03-01" })[1]).toBe("ongoing from March 2024");
    expect(write({ kind: "long_term", start: "2024-03-05" })[1]).toBe("ongoing from 5 March 2024");
  });

  it("says what is missing in both languages", () => {
    const messages = (
      fields: Partial<Deadline> & Pick<Deadline, "kind">,
      lang: "zh-CN" | "en" = "zh-CN",
    ) => {
      try {
        formatDeadline({ text: "", longTermAfter: false, ...fields }, lang);
      } catch (error) {
        return (error as DuchaError).messages;
      }
      return undefined;
    };
    expect(messages({ kind: "range", due: "2024-03-05" })).toEqual({
      "zh-CN": "无法写出完成时限：起止时限须有开始日期（start）和到期日（due）",
      en: "a range deadline needs start and due",
    });
    expect(messages({ kind: "date" })).toEqual({
      "zh-CN": "无法写出完成时限：日期时限须有到期日（due）",
      en: "a date deadline needs due",
    });
    expect(messages({ kind: "recurring" })).toEqual({
      "zh-CN": "无法写出完成时限：周期性时限须有周期（recurrence）",
      en: "a recurring deadline needs its recurrence",
    });
    expect(messages({ kind: "immediate" }, "fr" as "en")).toEqual({
      "zh-CN": "无法写出完成时限：不支持的语言fr",
      en: "unsupported language fr",
    });
  });
});

describe("parseDeadline issue messages", () => {
  const CASES: [string, string, { "zh-CN": string; en: string }][] = [
    ["  ", "deadline_empty", { "zh-CN": "完成时限为空", en: "the deadline text is empty" }],
    [
      "正在推进",
      "deadline_unparseable",
      { "zh-CN": "无法识别完成时限“正在推进”", en: 'cannot read the deadline "正在推进"' },
    ],
    [
      "明年底前",
      "deadline_needs_anchor",
      {
        "zh-CN": "完成时限“明年底前”未写年份，需提供参照日期（anchor）",
        en: 'the deadline "明年底前" gives no year; pass an anchor date to resolve it',
      },
    ],
    [
      "2023年2月30日前",
      "deadline_invalid_date",
      {
        "zh-CN": "完成时限“2023年2月30日前”中的日期不存在：2023年2月30日",
        en: 'the deadline "2023年2月30日前" names a date that does not exist: year 2023, month 2, day 30',
      },
    ],
    [
      "2023年13月底前",
      "deadline_invalid_date",
      {
        "zh-CN": "完成时限“2023年13月底前”中的日期不存在：2023年13月",
        en: 'the deadline "2023年13月底前" names a date that does not exist: year 2023, month 13',
      },
    ],
    [
      "2025年底至2023年底",
      "deadline_invalid_range",
      {
        "zh-CN": "完成时限“2025年底至2023年底”的起始日期2025-12-31晚于截止日期2023-12-31",
        en: 'the deadline "2025年底至2023年底" starts on 2025-12-31, after its end 2023-12-31',
      },
    ],
    [
      "2023年底、2024年底",
      "deadline_multiple",
      {
        "zh-CN": "完成时限“2023年底、2024年底”包含2个时间节点，请拆分为多个整改措施分别填写",
        en: 'the deadline "2023年底、2024年底" holds 2 milestones; split it into one measure per milestone',
      },
    ],
    [
      "2023年底前已完成",
      "deadline_status_stated",
      {
        "zh-CN": "完成时限“2023年底前已完成”同时写明了整改状态“已完成”，请在任务状态中记录",
        en: 'the deadline "2023年底前已完成" also states a status ("已完成"); record it in the task status',
      },
    ],
  ];
  it.each(CASES)("%s gives %s, worded in both languages", (text, code, message) => {
    const issue = parseDeadline(text).issues[0];
    expect(issue?.code).toBe(code);
    expect(issue?.message).toEqual(message);
    expect(issue?.path).toEqual([]);
  });
});
