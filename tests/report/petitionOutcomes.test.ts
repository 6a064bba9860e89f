import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { petitionsFromTable } from "../../src/io/index.js";
import { Ledger } from "../../src/model/index.js";
import {
  mergeSummaries,
  petitionStatusCounts,
  renderReport,
  summarize,
  verificationCounts,
} from "../../src/report/index.js";

/**
 * Xilingol's 91 cases in 29 batches (seed 000: "转办的29批91件群众信访举报案件，已全部…办结"), with
 * the outcome counts of the bulletin example spread over the cases.
 */
function xilingol() {
  const rows: string[][] = [
    [
      "受理编号",
      "交办批次",
      "行政区域",
      "污染类型",
      "是否属实",
      "处理和整改情况",
      "责任追究情况",
      "办结情况",
    ],
  ];
  for (let i = 1; i <= 91; i++) {
    const actions = [
      i <= 52 ? "责令整改1家" : "",
      i <= 18 ? "立案处罚1家" : "",
      i <= 10 ? "罚款23.68万元" : "",
    ].filter((t) => t !== "");
    const accountability = [i <= 37 ? "约谈1人" : "", i <= 12 ? "问责1人" : ""].filter(
      (t) => t !== "",
    );
    rows.push([
      `X${i}`,
      String(1 + ((i - 1) % 29)),
      i % 3 === 0 ? "锡林浩特市" : "二连浩特市",
      i % 2 === 0 ? "大气、噪声" : "水",
      i % 5 === 0 ? "不属实" : i % 7 === 0 ? "部分属实" : "属实",
      actions.join("，"),
      accountability.join("，"),
      "已办结",
    ]);
  }
  const result = petitionsFromTable(rows, { roundId: "r2-nm" });
  if (!result.ok) throw new Error("the table does not import");
  return result.value.ledger;
}

describe("summarize: petition cases", () => {
  it("counts by batch, region and pollution type, and sums outcomes exactly", () => {
    const s = summarize(xilingol());
    expect(s.petitions.transferred).toBe(91);
    expect(Object.keys(s.petitions.byBatch)).toHaveLength(29);
    expect(s.petitions.byRegion).toEqual({ 二连浩特市: 61, 锡林浩特市: 30 });
    expect(s.petitions.byPollutionType).toEqual({ air: 45, noise: 45, water: 46 });
    expect(s.petitions.outcomes).toEqual({
      ordersToRectify: 52,
      casesFiled: 18,
      finesYuan: 2368000,
      interviews: 37,
      accountablePeople: 12,
    });
    expect(s.petitions.outcomesByBatch?.["1"]).toEqual({
      ordersToRectify: 2,
      casesFiled: 1,
      finesYuan: 236800,
      interviews: 2,
      accountablePeople: 1,
    });
    const regions = s.petitions.outcomesByRegion ?? {};
    expect((regions.二连浩特市?.finesYuan ?? 0) + (regions.锡林浩特市?.finesYuan ?? 0)).toBe(
      2368000,
    );
  });

  it("gives verification counts, 属实率 and the closure rate under the policy", () => {
    const s = summarize(xilingol());
    const v = verificationCounts(s);
    expect([v.verified, v.true, v.partlyTrue, v.false]).toEqual([91, 62, 11, 18]);
    expect(v.trueRate.text).toBe("80.22%");
    expect(v.falseRate.text).toBe("19.78%");
    const status = petitionStatusCounts(s);
    expect([status.closed, status.handling, status.rate.text]).toEqual([91, 0, "100.00%"]);
  });

  it("counts a repeated case once", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      petitions: [
        { id: "D1", roundId: "r", batch: 1, status: "closed", outcomes: { finesYuan: 0.1 } },
        {
          id: "D1~3",
          roundId: "r",
          batch: 2,
          status: "closed",
          duplicateOf: "D1",
          outcomes: { finesYuan: 0.1 },
        },
        { id: "D2", roundId: "r", batch: 1, status: "closed", outcomes: { finesYuan: 0.2 } },
      ],
    });
    const s = summarize(ledger);
    expect([s.petitions.transferred, s.petitions.duplicates]).toEqual([2, 1]);
    expect(s.petitions.outcomes).toEqual({ finesYuan: 0.3 });
  });

  it("accepts a ledger that has not been through parseLedger, and refuses what is not a ledger", () => {
    const raw = {
      format: "ducha/ledger@1",
      petitions: [{ id: "a", roundId: "r", status: "closed" }],
    };
    expect(summarize(raw as unknown as Ledger).petitions.closed).toBe(1);
    expect(summarize({ format: "ducha/ledger@1" } as unknown as Ledger).petitions.transferred).toBe(
      0,
    );
    const bad: unknown[] = [
      null,
      "ledger",
      [],
      { format: "ducha/ledger@2" },
      { format: "ducha/ledger@1", petitions: {} },
      { format: "ducha/ledger@1", tasks: [null] },
    ];
    for (const input of bad) {
      expect(() => summarize(input as Ledger)).toThrow(DuchaError);
    }
    // A task without problemIds counts, rather than failing inside.
    const loose = {
      format: "ducha/ledger@1",
      tasks: [{ id: "t", title: "x", status: "completed" }],
    };
    expect(summarize(loose as unknown as Ledger).tasks.total.completed).toBe(1);
  });

  it("merges the petition detail, and leaves it out of summaries that never had it", () => {
    const s = summarize(xilingol());
    const twice = mergeSummaries(s, s);
    expect(twice.petitions.outcomes?.finesYuan).toBe(4736000);
    expect(twice.petitions.byRegion?.锡林浩特市).toBe(60);
  });
});

describe("renderReport: the petition bulletin", () => {
  it("writes the bulletin sentence in zh-CN and English", () => {
    const s = summarize(xilingol());
    expect(renderReport(s, { lang: "zh-CN", format: "text", asOfText: "截至2022年4月25日" })).toBe(
      "截至2022年4月25日，第1至29批交办的91件群众信访举报案件已办结91件；责令整改52家，立案处罚18家，罚款236.8万元，约谈37人，问责12人。",
    );
    expect(renderReport(s, { lang: "en", format: "text", asOfText: "As of 25 April 2022" })).toBe(
      "As of 25 April 2022, all 91 petition cases transferred in batches 1 to 29 had been closed. Enforcement on these cases: 52 ordered to rectify, 18 filed for penalties, fines of 2,368,000 yuan, 37 people interviewed and 12 people held accountable.",
    );
  });

  it("writes fines below the yuan exactly, and the tables by batch and region", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      petitions: [
        {
          id: "a",
          roundId: "r",
          batch: 3,
          region: { name: "包头市青山区" },
          status: "closed",
          outcomes: { finesYuan: 251542.71, criminalDetentions: 3, detentions: 3 },
        },
        { id: "b", roundId: "r", batch: 4, status: "handling" },
      ],
    });
    const md = renderReport(summarize(ledger), { lang: "zh-CN", format: "markdown" });
    expect(md).toContain("罚款251542.71元，刑事拘留3人。");
    expect(md).toContain("### 信访件按批次");
    expect(md).toContain("| 第3批 | 1 | 251542.71 | 3 | 3 |");
    expect(md).toContain("| 包头市青山区 | 1 | 251542.71 | 3 | 3 |");
    expect(md).toContain("| 合计 | 2 | 251542.71 | 3 | 3 |");
    const en = renderReport(summarize(ledger), { lang: "en", format: "markdown" });
    expect(en).toContain(
      "| Batch | Cases | Fines (yuan) | Criminal detentions | Detentions (all) |",
    );
  });
});
