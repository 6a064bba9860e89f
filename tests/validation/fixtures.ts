import type { Issue } from "../../src/issue.js";
import { LEDGER_FORMAT } from "../../src/model/ledger.js";

// Figures from the seeds: Inner Mongolia rounds 1 and 2 (Ulanqab, Xilingol), Urumqi's 811/808
// petitions, Jilin's 4704/4593 petitions and 118 people held accountable (8/51/59), and the
// national round-2 totals of 3035 people (厅级 371, 处级 1244; 1509 + 782 + 744 sanctions).

type Json = Record<string, unknown>;

/** A fresh, valid ledger every call, so tests may change it freely. */
export function baseLedger(): Json & {
  rounds: Json[];
  problems: Json[];
  tasks: Json[];
  petitions: Json[];
  petitionTallies: Json[];
  accountability: Json[];
} {
  return {
    format: LEDGER_FORMAT,
    meta: { publisher: "内蒙古自治区督察整改示例台账", asOf: "2024-06-30" },
    rounds: [
      {
        id: "r1-nm",
        kind: "routine",
        ordinal: 1,
        inspected: "内蒙古自治区",
        stationing: { start: "2016-07-14", end: "2016-08-14" },
      },
      {
        id: "r2-nm",
        kind: "routine",
        ordinal: 2,
        inspected: "内蒙古自治区",
        stationing: { start: "2022-03-25", end: "2022-04-25" },
        feedbackDate: "2022-06-02",
        plan: { title: "锡林郭勒盟整改方案", publishedDate: "2022-11-30" },
      },
      {
        id: "r2-xj",
        kind: "routine",
        ordinal: 2,
        inspected: "新疆维吾尔自治区",
        stationing: { start: "2022-03-25", end: "2022-04-25" },
        feedbackDate: "2022-06-01",
      },
      { id: "r2-jl", kind: "routine", ordinal: 2, inspected: "吉林省" },
    ],
    problems: [
      { id: "p1", roundId: "r1-nm", text: "岱海湖流域生态环境退化问题", category: "key" },
      { id: "p2", roundId: "r1-nm", text: "黑河水质下降问题", category: "key" },
      { id: "p3", roundId: "r2-nm", text: "草原生态保护修复工作推进不力问题", category: "common" },
    ],
    tasks: [
      {
        id: "t1",
        problemIds: ["p1"],
        title: "岱海湖流域生态环境综合治理",
        leadUnits: ["凉城县人民政府"],
        deadline: { text: "2018年底前", due: "2018-12-31" },
        status: "signed_off",
        completedDate: "2018-11-30",
        acceptedDate: "2018-12-20",
        publicNotice: { start: "2018-12-21", end: "2019-01-04" },
        signedOffDate: "2019-01-10",
        events: [
          { type: "start", date: "2017-03-01" },
          { type: "report_completed", date: "2018-11-30" },
          { type: "request_acceptance", date: "2018-12-05" },
          { type: "accept", date: "2018-12-20" },
          { type: "open_public_notice", date: "2018-12-21" },
          { type: "sign_off", date: "2019-01-10" },
        ],
      },
      {
        id: "t2",
        problemIds: ["p2"],
        title: "黑河水质达标整治",
        leadUnits: ["市环保局"],
        cooperatingUnits: ["市水务局", "市住建委"],
        deadline: { text: "2018年6月底前", due: "2018-06-30" },
        measures: [
          {
            text: "完成城市污水处理厂提标改造",
            deadline: { text: "2017年9月底前", due: "2017-09-30" },
          },
        ],
        status: "in_progress",
        events: [
          { type: "start", date: "2017-04-01" },
          { type: "report_progress", date: "2018-03-05" },
        ],
      },
      {
        id: "t3",
        problemIds: ["p3"],
        title: "草原生态保护修复",
        deadline: { text: "2023年底前", due: "2023-12-31" },
        status: "completed",
        completedDate: "2023-10-31",
      },
    ],
    petitions: [
      {
        id: "XM-001",
        roundId: "r2-nm",
        batch: 1,
        channel: "phone",
        receivedDate: "2022-03-27",
        transferredDate: "2022-03-28",
        region: { name: "锡林浩特市", code: "152502" },
        pollutionTypes: ["noise"],
        summary: "某企业夜间生产噪声扰民",
        verification: "true",
        status: "closed",
        closedDate: "2022-05-30",
      },
      {
        id: "XM-002",
        roundId: "r2-nm",
        batch: 1,
        channel: "letter",
        receivedDate: "2022-03-27",
        transferredDate: "2022-03-28",
        region: { name: "锡林浩特市", code: "152502" },
        pollutionTypes: ["air"],
        summary: "某煤矿露天堆场扬尘污染",
        verification: "partly_true",
        status: "handling",
      },
    ],
    petitionTallies: [
      {
        id: "wlmq",
        roundId: "r2-xj",
        transferred: 811,
        closed: 808,
        handling: 3,
        asOf: "2024-06-30",
      },
      { id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4593 },
    ],
    accountability: [
      {
        id: "jl-total",
        kind: "aggregate",
        roundId: "r2-jl",
        handedOverProblems: 5,
        people: 118,
        byRank: { bureau: 8, division: 51, section_or_below: 59 },
      },
      {
        id: "national-r2",
        kind: "aggregate",
        people: 3035,
        byRank: { bureau: 371, division: 1244 },
        bySanction: { discipline: 1509, admonishment: 782, other: 744 },
      },
      { id: "jl-1", kind: "person", roundId: "r2-jl", rank: "division", sanctions: ["discipline"] },
    ],
  };
}

/** The codes of the issues, in order. */
export const codes = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.code);

/** Issues of one code as `[code, dotted path]` pairs, for compact assertions. */
export const located = (issues: readonly Issue[], code?: string): [string, string][] =>
  issues
    .filter((issue) => code === undefined || issue.code === code)
    .map((issue) => [issue.code, issue.path.join(".")]);

/** A generated ledger of `n` tasks over `n / 2` problems, every record valid. */
export function generatedLedger(n: number): Json {
  const problems: Json[] = [];
  const tasks: Json[] = [];
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    problems.push({ id: `p${i}`, roundId: "r2-nm", text: `第${i + 1}项反馈问题` });
  }
  for (let i = 0; i < n; i++) {
    tasks.push({
      id: `t${i}`,
      problemIds: [`p${Math.floor(i / 2)}`],
      title: `整改任务${i + 1}`,
      deadline: { text: "2023年底前", due: "2023-12-31" },
      status: i % 3 === 0 ? "completed" : "in_progress",
      ...(i % 3 === 0 ? { completedDate: "2023-06-30" } : {}),
      events: [
        { type: "start", date: "2022-12-01" },
        ...(i % 3 === 0 ? [{ type: "report_completed", date: "2023-06-30" }] : []),
      ],
    });
  }
  return {
    format: LEDGER_FORMAT,
    meta: { asOf: "2024-06-30" },
    rounds: [
      { id: "r2-nm", kind: "routine", stationing: { start: "2022-03-25", end: "2022-04-25" } },
    ],
    problems,
    tasks,
  };
}
