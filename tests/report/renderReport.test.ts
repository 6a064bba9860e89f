import { describe, expect, it } from "vitest";
import { Ledger } from "../../src/index.js";
import {
  DEFAULT_REPORT_POLICY,
  emptySummary,
  renderReport,
  summarize,
} from "../../src/report/index.js";
import { deepFreeze, jilin, task, urumqi, xilingol } from "./_seeds.js";

const city = { "zh-CN": "我市", en: "the city" };

describe("renderReport", () => {
  it("writes Urumqi's sentence from its counts (seed 003), with the closure rate", () => {
    const summary = summarize(urumqi());
    expect(
      renderReport(summary, { lang: "zh-CN", format: "text", publisher: city }),
    ).toMatchInlineSnapshot(
      `"截至2024年6月底，我市牵头的9项整改任务已完成6项，其余3项正在持续推进中；转办的811件信访件已办结808件，办结率99.63%，其余3件正在持续推进中。"`,
    );
    expect(
      renderReport(summary, { lang: "en", format: "text", publisher: city }),
    ).toMatchInlineSnapshot(
      `"As of the end of June 2024, 6 of the 9 rectification tasks led by the city had been completed; the remaining 3 are in progress. Of 811 petition cases transferred, 808 had been closed (99.63%); the remaining 3 are in progress."`,
    );
  });

  it("says the same whether petitions come as 811 cases or as a tally", () => {
    const fromCases = renderReport(summarize(urumqi("cases")), { lang: "zh-CN", format: "text" });
    const fromTally = renderReport(summarize(urumqi("tally")), { lang: "zh-CN", format: "text" });
    expect(fromCases).toBe(fromTally);
  });

  it("writes Jilin's closure rate 97.64% and its accountability by rank (seed 002)", () => {
    const summary = summarize(jilin());
    expect(
      renderReport(summary, { lang: "zh-CN", format: "text", asOfText: "截至目前" }),
    ).toMatchInlineSnapshot(
      `"截至目前，转办的4704件信访件已办结4593件，办结率97.64%，其余111件正在持续推进中。针对移交的5个责任追究问题，共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部59人。"`,
    );
    expect(
      renderReport(summary, {
        lang: "en",
        format: "text",
        asOfText: { "zh-CN": "截至目前", en: "So far" },
      }),
    ).toMatchInlineSnapshot(
      `"So far, of 4704 petition cases transferred, 4593 had been closed (97.64%); the remaining 111 are in progress. For the 5 problems handed over for accountability, 118 officials were held accountable: 8 at bureau level, 51 at county/division level and 59 at township/section level and below."`,
    );
  });

  it("writes 已全部 when everything is done, with batches (seed 000)", () => {
    const summary = summarize(xilingol());
    const options = {
      format: "text",
      asOfText: { "zh-CN": "截至2024年12月中旬", en: "As of mid-December 2024" },
    } as const;
    expect(renderReport(summary, { ...options, lang: "zh-CN" })).toMatchInlineSnapshot(
      `"截至2024年12月中旬，14项整改任务已全部完成；转办的29批91件群众信访举报案件已全部办结。"`,
    );
    expect(renderReport(summary, { ...options, lang: "en" })).toMatchInlineSnapshot(
      `"As of mid-December 2024, all 14 rectification tasks had been completed. All 91 petition cases transferred in 29 batches had been closed."`,
    );
  });

  it("writes the accountability sentence alone when there is nothing else", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      accountability: [
        {
          id: "a",
          kind: "aggregate",
          people: 118,
          byRank: { bureau: 8, division: 51, section_or_below: 59 },
        },
      ],
    });
    expect(renderReport(summarize(ledger), { lang: "zh-CN", format: "text" })).toBe(
      "共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部59人。",
    );
    const one = Ledger.parse({
      format: "ducha/ledger@1",
      accountability: [{ id: "p", kind: "person", rank: "division" }],
    });
    expect(renderReport(summarize(one), { lang: "en", format: "text" })).toBe(
      "1 official was held accountable: 1 at county/division level.",
    );
    const noRank = Ledger.parse({
      format: "ducha/ledger@1",
      accountability: [{ id: "p", kind: "aggregate", people: 3 }],
    });
    expect(renderReport(summarize(noRank), { lang: "zh-CN", format: "text" })).toBe("共问责3人。");
    expect(renderReport(summarize(noRank), { lang: "en", format: "text" })).toBe(
      "3 officials were held accountable.",
    );
  });

  it("writes 已完成或基本完成 when basically completed tasks count, and not otherwise", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      meta: { asOf: "2023-04-30" },
      tasks: [
        ...Array.from({ length: 20 }, (_, i) => task(`c${i}`, { status: "signed_off" })),
        ...Array.from({ length: 6 }, (_, i) => task(`b${i}`, { status: "basically_completed" })),
        ...Array.from({ length: 4 }, (_, i) =>
          task(`o${i}`, {
            status: "in_progress",
            deadline: { text: "2022年底前", due: "2022-12-31" },
          }),
        ),
      ],
    });
    const summary = summarize(ledger);
    expect(renderReport(summary, { lang: "zh-CN", format: "text" })).toMatchInlineSnapshot(
      `"截至2023年4月底，30项整改任务已完成或基本完成26项，其余4项正在持续推进中，其中4项已超过整改时限。"`,
    );
    const strict = { ...DEFAULT_REPORT_POLICY, basicallyCompletedCountsAsDone: false };
    expect(
      renderReport(summary, { lang: "zh-CN", format: "text", policy: strict }),
    ).toMatchInlineSnapshot(
      `"截至2023年4月底，30项整改任务已完成20项，其余10项正在持续推进中，其中4项已超过整改时限。"`,
    );
    expect(renderReport(summary, { lang: "en", format: "text" })).toMatchInlineSnapshot(
      `"As of the end of April 2023, 26 of the 30 rectification tasks had been completed or basically completed; the remaining 4 are in progress, 4 of them past their deadline."`,
    );
  });

  it("says cases without a recorded status are without one, never that they are in progress", () => {
    const cases = (statuses: (string | undefined)[]) =>
      summarize(
        Ledger.parse({
          format: "ducha/ledger@1",
          petitions: statuses.map((status, i) => ({
            id: `c${i + 1}`,
            roundId: "r",
            batch: 1,
            ...(status === undefined ? {} : { status }),
          })),
        }),
      );
    const none = cases([undefined, undefined, undefined]);
    expect(renderReport(none, { lang: "zh-CN", format: "text" })).toBe(
      "第1批交办的3件群众信访举报案件均未填报办结情况。",
    );
    expect(renderReport(none, { lang: "en", format: "text" })).toBe(
      "Of 3 petition cases transferred in batch 1, none has a recorded status.",
    );
    const some = cases(["closed", "closed", "handling", undefined, undefined]);
    expect(renderReport(some, { lang: "zh-CN", format: "text" })).toBe(
      "第1批交办的5件群众信访举报案件已办结2件，办结率40.00%，其余1件正在持续推进中，2件未填报办结情况。",
    );
    expect(renderReport(some, { lang: "en", format: "text" })).toBe(
      "Of 5 petition cases transferred in batch 1, 2 had been closed (40.00%); the remaining 1 is in progress and 2 have no recorded status.",
    );
  });

  it("handles none done, one task, and staged closures under both policies", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [task("t1", { status: "in_progress" })],
      petitionTallies: [
        { id: "p", roundId: "r", transferred: 10, closed: 6, staged: 3, handling: 1 },
      ],
    });
    const summary = summarize(ledger);
    expect(renderReport(summary, { lang: "zh-CN", format: "text" })).toMatchInlineSnapshot(
      `"1项整改任务正在持续推进中；转办的10件信访件已办结6件，办结率60.00%，另有3件阶段性办结，其余1件正在持续推进中。"`,
    );
    expect(renderReport(summary, { lang: "en", format: "text" })).toMatchInlineSnapshot(
      `"The rectification task had not been completed; it is in progress. Of 10 petition cases transferred, 6 had been closed (60.00%); 3 had been closed for this stage and the remaining 1 is in progress."`,
    );
    const staged = { ...DEFAULT_REPORT_POLICY, stagedClosureCountsAsClosed: true, decimals: 1 };
    expect(
      renderReport(summary, { lang: "zh-CN", format: "text", policy: staged }),
    ).toMatchInlineSnapshot(
      `"1项整改任务正在持续推进中；转办的10件信访件已办结9件（含阶段性办结3件），办结率90.0%，其余1件正在持续推进中。"`,
    );
    expect(
      renderReport(summary, { lang: "en", format: "text", policy: staged }),
    ).toMatchInlineSnapshot(
      `"The rectification task had not been completed; it is in progress. Of 10 petition cases transferred, 9 had been closed (90.0%, including 3 closed for this stage); the remaining 1 is in progress."`,
    );
    const allStaged = summarize(
      Ledger.parse({
        format: "ducha/ledger@1",
        tasks: [task("t1", { status: "completed" })],
        petitionTallies: [{ id: "p", roundId: "r", transferred: 4, closed: 2, staged: 2 }],
      }),
    );
    expect(renderReport(allStaged, { lang: "zh-CN", format: "text" })).toMatchInlineSnapshot(
      `"1项整改任务已全部完成；转办的4件信访件已办结2件，办结率50.00%，另有2件阶段性办结。"`,
    );
    expect(renderReport(allStaged, { lang: "en", format: "text" })).toMatchInlineSnapshot(
      `"The rectification task had been completed. Of 4 petition cases transferred, 2 had been closed (50.00%); 2 had been closed for this stage."`,
    );
  });

  it("adds tables by lead unit and region in markdown, escaping pipes", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      meta: { asOf: "2024-06-30" },
      tasks: [
        task("t1", { leadUnits: ["市环保局"], status: "completed", regions: [{ name: "天山区" }] }),
        task("t2", {
          leadUnits: ["市生态环境局", "市水务局"],
          status: "in_progress",
          deadline: { text: "2024年3月底前", due: "2024-03-31" },
        }),
        task("t3", { leadUnits: ["A|B"], status: "completed", regions: [{ name: "天山区" }] }),
      ],
      accountability: [
        {
          id: "broken",
          kind: "aggregate",
          people: 118,
          byRank: { bureau: 8, division: 51, section_or_below: 58 },
        },
      ],
    });
    const summary = summarize(ledger);
    expect(renderReport(summary, { lang: "zh-CN", format: "markdown" })).toMatchInlineSnapshot(`
      "截至2024年6月底，3项整改任务已完成2项，其余1项正在持续推进中，其中1项已超过整改时限。共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部58人。

      ### 按牵头单位

      | 牵头单位 | 任务数 | 已完成 | 未完成 | 超期 | 完成率 |
      | --- | ---: | ---: | ---: | ---: | ---: |
      | A\\|B | 1 | 1 | 0 | 0 | 100.00% |
      | 市水务局 | 1 | 0 | 1 | 1 | 0.00% |
      | 市生态环境局 | 2 | 1 | 1 | 1 | 50.00% |
      | 合计 | 3 | 2 | 1 | 1 | 66.67% |

      ### 按地区

      | 地区 | 任务数 | 已完成 | 未完成 | 超期 | 完成率 |
      | --- | ---: | ---: | ---: | ---: | ---: |
      | （未明确） | 1 | 0 | 1 | 1 | 0.00% |
      | 天山区 | 2 | 2 | 0 | 0 | 100.00% |
      | 合计 | 3 | 2 | 1 | 1 | 66.67% |

      > 注意：问责记录broken的分级人数之和为117人，与问责总人数118人不一致。
      "
    `);
    const en = renderReport(summary, { lang: "en", format: "markdown" });
    expect(en).toContain("| Lead unit | Tasks | Done | Remaining | Overdue | Rate |");
    expect(en).toContain("| (not recorded) | 1 | 0 | 1 | 1 | 0.00% |");
    expect(en).toContain(
      "> Note: in accountability record broken the people by rank add up to 117, not the total of 118.",
    );
  });

  it("says there is nothing to report for an empty summary, and prints no table", () => {
    expect(renderReport(emptySummary(), { lang: "zh-CN", format: "text" })).toBe(
      "暂无可报告的整改任务、信访件或问责数据。",
    );
    expect(renderReport(emptySummary(), { lang: "en", format: "markdown" })).toBe(
      "There are no tasks, petitions or accountability figures to report.\n",
    );
  });

  it("does not change the summary and gives the same text twice", () => {
    const summary = deepFreeze(summarize(urumqi()));
    const a = renderReport(summary, { lang: "zh-CN", format: "markdown" });
    expect(renderReport(summary, { lang: "zh-CN", format: "markdown" })).toBe(a);
  });
});
