import { describe, expect, it } from "vitest";
import { DAY_KIND_LABELS, dayInfo, FESTIVALS, holidayName } from "../../src/calendar/index.js";

describe("dayInfo", () => {
  it("describes a make-up workday with its festival and notice", () => {
    expect(dayInfo("2024-02-04")).toEqual({
      date: "2024-02-04",
      kind: "makeUpWorkday",
      workday: true,
      name: FESTIVALS.springFestival,
      notice: {
        title: "国务院办公厅关于2024年部分节假日安排的通知",
        url: "https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
        documentNumber: "国办发明电〔2023〕7号",
      },
    });
  });
  it("describes plain days without a name", () => {
    expect(dayInfo("2024-10-09")).toEqual({ date: "2024-10-09", kind: "workday", workday: true });
    expect(dayInfo("2024-10-19")).toEqual({ date: "2024-10-19", kind: "weekend", workday: false });
  });
  it("cites the extension notice for the added 2020 Spring Festival days", () => {
    const info = dayInfo("2020-02-01");
    expect(info.kind).toBe("holiday");
    expect(info.notice?.documentNumber).toBe("国办发明电〔2020〕1号");
    expect(info.notice?.url).toBe(
      "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
    );
    expect(dayInfo("2020-01-30").notice?.title).toBe("国务院办公厅关于2020年部分节假日安排的通知");
  });
  it("cites the 2015 Victory Day notice", () => {
    expect(dayInfo("2015-09-06").notice?.url).toBe(
      "http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm",
    );
  });
  it("has a label for every kind", () => {
    expect(DAY_KIND_LABELS.holiday.en).toBe("official day off");
  });
});

describe("holidayName", () => {
  it("names official days off, weekends inside the run included", () => {
    expect(holidayName("2024-10-01")).toEqual({ "zh-CN": "国庆节", en: "National Day" });
    expect(holidayName("2024-10-05")?.["zh-CN"]).toBe("国庆节");
    expect(holidayName("2025-10-06")?.["zh-CN"]).toBe("国庆节、中秋节");
    expect(holidayName("2023-09-29")?.["zh-CN"]).toBe("中秋节、国庆节");
    expect(holidayName("2018-12-31")?.["zh-CN"]).toBe("元旦"); // from the 2019 notice
  });
  it("is undefined for working days and plain weekends", () => {
    expect(holidayName("2024-02-04")).toBeUndefined();
    expect(holidayName("2024-10-19")).toBeUndefined();
  });
});
