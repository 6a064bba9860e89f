import { describe, expect, it } from "vitest";
import { Round } from "../../src/model/round.js";
import {
  createSchedule,
  findInspection,
  INSPECTIONS,
  Inspection,
  resolveParty,
  roundFromInspection,
} from "../../src/rounds/index.js";

const FACTS = [
  "launchDate",
  "group",
  "stationingStart",
  "stationingEnd",
  "feedbackDate",
  "planPublishedDate",
  "taskCount",
] as const;

describe("INSPECTIONS", () => {
  it("has unique ids", () => {
    const ids = INSPECTIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // MEE, 2018-05-25: six groups for 河北、河南，内蒙古、宁夏，黑龙江，江苏、江西，广东、广西，云南
  // (https://ybgt.cn/news/show-6974.html); batch 2 covered the other ten of the 20 look-back provinces.
  it("has the ten provinces of the first look-back batch and twenty in all", () => {
    const lookBack = INSPECTIONS.filter((r) => r.kind === "look_back" && r.ordinal === 1);
    const batch1 = lookBack.filter((r) => r.batch === 1).map((r) => r.party.name);
    expect(batch1.sort()).toEqual(
      [
        "河北省",
        "河南省",
        "内蒙古自治区",
        "宁夏回族自治区",
        "黑龙江省",
        "江苏省",
        "江西省",
        "广东省",
        "广西壮族自治区",
        "云南省",
      ].sort(),
    );
    expect(lookBack.length).toBe(20);
  });

  describe.each(INSPECTIONS.map((r) => [r.id, r] as const))("%s", (_id, record) => {
    it("validates as an Inspection and its Round as a Round", () => {
      expect(Inspection.safeParse(record).success).toBe(true);
      const round = roundFromInspection(record);
      expect(Round.safeParse(round).success).toBe(true);
      expect(round.inspected).toBe(record.party.name);
      expect(round.sources?.length).toBeGreaterThan(0);
    });

    it("has a source for the listing and for every fact", () => {
      expect(record.listedIn.length).toBeGreaterThan(0);
      for (const key of FACTS) {
        const fact = record[key];
        if (fact === undefined) continue;
        expect(fact.sources.length, key).toBeGreaterThan(0);
        for (const url of fact.sources) expect(url).toMatch(/^https?:\/\/\S+$/u);
      }
    });

    it("has its dates in order", () => {
      const chain = [
        record.stationingStart?.value,
        record.stationingEnd?.value,
        record.feedbackDate?.value,
        record.planPublishedDate?.value,
      ].filter((d): d is string => d !== undefined);
      expect([...chain].sort()).toEqual(chain);
      if (record.launchDate !== undefined && record.feedbackDate !== undefined) {
        expect(record.launchDate.value < record.feedbackDate.value).toBe(true);
      }
      for (const date of chain)
        expect(Number(date.slice(0, 4))).toBeGreaterThanOrEqual(record.year);
    });
  });
});

// The five seed reports (tests/fixtures/seeds) and the dates they publish.
describe("the seed rounds resolved from the schedule", () => {
  const cases = [
    ["锡林郭勒盟", 2, "r2-b6-neimenggu", "2022-03-25", "2022-04-25", "2022-06-02"],
    ["吉林省", 2, "r2-b4-jilin", "2021-08-25", "2021-09-26", "2021-12-12"],
    ["乌鲁木齐市", 2, "r2-b6-xinjiang", "2022-03-25", "2022-04-25", "2022-06-01"],
    ["葫芦岛市", 2, "r2-b3-liaoning", "2021-04-06", "2021-05-06", "2021-07-20"],
  ] as const;
  it.each(cases)("%s round %i", (inspected, round, id, start, end, feedback) => {
    const found = findInspection({ inspected, round });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.id).toBe(id);
    const r = roundFromInspection(found.value);
    expect([r.stationing?.start, r.stationing?.end, r.feedbackDate]).toEqual([
      start,
      end,
      feedback,
    ]);
  });

  it("Ulanqab's first round: Inner Mongolia fed back on 2016-11-12, stationing not published here", () => {
    const found = findInspection({ inspected: "乌兰察布市", round: 1 });
    expect(found.ok && found.value.id).toBe("r1-b1-neimenggu");
    if (!found.ok) return;
    expect(found.value.feedbackDate?.value).toBe("2016-11-12");
    expect(found.value.stationingStart).toBeUndefined();
    expect(roundFromInspection(found.value).stationing).toBeUndefined();
  });
});

describe("findInspection", () => {
  it("accepts the names reports use", () => {
    for (const name of ["内蒙古", "内蒙古自治区", "内蒙古自治区锡林郭勒盟", "锡林郭勒盟正蓝旗"]) {
      const found = findInspection({ inspected: name, round: 2 });
      expect(found.ok && found.value.id, name).toBe("r2-b6-neimenggu");
    }
    for (const name of [
      "新疆维吾尔自治区和新疆生产建设兵团",
      "新疆维吾尔自治区",
      "新疆生产建设兵团",
    ]) {
      const found = findInspection({ inspected: name, round: 2 });
      expect(found.ok && found.value.id, name).toBe("r2-b6-xinjiang");
    }
    const changchun = findInspection({ inspected: "长春市", round: 2 });
    expect(changchun.ok && changchun.value.id).toBe("r2-b4-jilin");
    expect(changchun.issues.map((i) => i.code)).toEqual(["inspection_party_from_city"]);
  });

  it("finds the look-back and the pilot by kind and batch", () => {
    const lookBack = findInspection({ inspected: "吉林省", round: 1, kind: "look_back" });
    expect(lookBack.ok && lookBack.value.feedbackDate?.value).toBe("2019-05-14");
    const pilot = findInspection({ inspected: "河北", round: 1, batch: 0 });
    expect(pilot.ok && pilot.value.feedbackDate?.value).toBe("2016-05-03");
  });

  it("returns located issues instead of guessing", () => {
    const unknown = findInspection({ inspected: "火星基地", round: 2 });
    expect(unknown.ok).toBe(false);
    expect(unknown.issues[0]?.code).toBe("inspection_party_unknown");
    expect(unknown.issues[0]?.path).toEqual(["inspected"]);
    const none = findInspection({ inspected: "吉林省", round: 5 });
    expect(none.issues.map((i) => [i.code, i.path])).toEqual([["inspection_not_found", ["round"]]]);
    expect(none.issues[0]?.message.en).toContain("round 5");
    const several = findInspection({ inspected: "吉林省" });
    expect(several.issues[0]?.code).toBe("inspection_ambiguous");
    expect(several.issues[0]?.message["zh-CN"]).toContain("r1-b4-jilin, r2-b4-jilin");
    const pilot = findInspection({ inspected: "河北省", round: 1 });
    expect(pilot.ok && pilot.value.id).toBe("r1-b0-hebei");
  });

  it("resolves a party without a round", () => {
    const party = resolveParty("中国黄金");
    expect(party.ok && party.value.name).toBe("中国黄金集团有限公司");
  });
});

describe("createSchedule", () => {
  it("overrides a shipped record by id and reports a rejected one", () => {
    const jilin = INSPECTIONS.find((r) => r.id === "r2-b4-jilin");
    const url = "https://example.org/jilin";
    const made = createSchedule([
      { ...jilin, feedbackDate: { value: "2021-12-13", sources: [url] } },
      { id: "BAD ID" },
    ]);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.length).toBe(INSPECTIONS.length);
    expect(made.issues.map((i) => [i.code, i.path])).toEqual([["schedule_record_invalid", [1]]]);
    const found = findInspection({ inspected: "吉林省", round: 2 }, { schedule: made.value });
    expect(found.ok && found.value.feedbackDate?.value).toBe("2021-12-13");
    expect(INSPECTIONS.find((r) => r.id === "r2-b4-jilin")?.feedbackDate?.value).toBe("2021-12-12");
  });

  it("adds a provincial inspection", () => {
    const url = "https://example.org/province";
    const made = createSchedule([
      {
        id: "pv2-b3-leshan",
        kind: "provincial",
        ordinal: 2,
        batch: 3,
        year: 2021,
        party: { name: "乐山市", aliases: [], kind: "province" },
        listedIn: [url],
      },
    ]);
    expect(
      made.ok &&
        findInspection({ inspected: "乐山市", kind: "provincial" }, { schedule: made.value }).ok,
    ).toBe(true);
  });
});

describe("resolveParty, longest name first", () => {
  it("does not take 中国石油化工 for 中国石油", () => {
    const sinopec = resolveParty("中国石油化工股份有限公司");
    expect(sinopec.ok && sinopec.value.name).toBe("中国石油化工集团有限公司");
    const cnpc = resolveParty("中国石油");
    expect(cnpc.ok && cnpc.value.name).toBe("中国石油天然气集团有限公司");
  });
});
