// A seeded generator of realistic ledgers for benchmarks and scale tests: Chinese titles, units
// from a real plan, deadlines in the forms plans use, dated events. Same seed, same ledger.
import { addDays, fromDayNumber, toDayNumber } from "../src/dates.js";
import type { TaskEventType } from "../src/model/enums.js";
import type { LedgerInput } from "../src/model/ledger.js";

/** mulberry32: a tiny, fast, good-enough PRNG; deterministic across machines. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  "市委办",
  "政府办",
  "市财政局",
  "市发改委",
  "市国土局",
  "市农牧业局",
  "市住建委",
  "市水利局",
  "市商务局",
  "市经信委",
  "市生态环境局",
  "市林业局",
  "市公安局",
  "各旗县市区党委、政府",
];
const PROBLEMS = [
  "岱海流域生态环境退化严重问题",
  "黑河水质下降问题",
  "大青山保护区存在违规建设项目问题",
  "矿产资源开发利用粗放，生态破坏严重问题",
  "草原破坏较为严重问题",
  "污水处理厂“三低”问题",
  "地下水超采严重问题",
  "油气回收治理工作滞后问题",
  "建成区老旧小锅炉淘汰进度慢的问题",
  "工业园区环保基础设施建设滞后问题",
];
const DOMAINS = [
  "water",
  "ecology",
  "mining",
  "grassland",
  "air",
  "infrastructure",
  "energy",
] as const;
const STATUSES = [
  "in_progress",
  "completed",
  "basically_completed",
  "accepted",
  "signed_off",
] as const;
const REGIONS = [
  { name: "集宁区", code: "150902" },
  { name: "卓资县", code: "150921" },
  { name: "凉城县", code: "150925" },
  { name: "丰镇市", code: "150981" },
  { name: "察右前旗", code: "150926" },
];

export interface GenerateOptions {
  readonly tasks: number;
  readonly petitions?: number;
  readonly seed?: number;
}

/** A ledger with the given numbers of tasks and petitions (and one problem per 5 tasks). */
export function generateLedger({
  tasks,
  petitions = 0,
  seed = 20170701,
}: GenerateOptions): LedgerInput {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const feedback = toDayNumber("2022-06-02");
  const problemCount = Math.max(1, Math.ceil(tasks / 5));
  const problems = Array.from({ length: problemCount }, (_, i) => ({
    id: `p${i + 1}`,
    roundId: "r2",
    text: `${pick(PROBLEMS)}（${i + 1}）`,
    category: i < 3 ? ("key" as const) : ("common" as const),
    domains: [pick(DOMAINS)],
    regions: [pick(REGIONS)],
  }));
  const taskList = Array.from({ length: tasks }, (_, i) => {
    const year = 2022 + Math.floor(random() * 4);
    const month = 1 + Math.floor(random() * 12);
    const status = pick(STATUSES);
    const start = fromDayNumber(feedback + 90 + Math.floor(random() * 60));
    const done = addDays(start, 30 + Math.floor(random() * 400));
    const events: { type: Exclude<TaskEventType, "extend_deadline">; date: string }[] = [
      { type: "start", date: start },
    ];
    if (status !== "in_progress") {
      events.push({
        type: status === "basically_completed" ? "report_basically_completed" : "report_completed",
        date: done,
      });
    }
    if (status === "accepted" || status === "signed_off") {
      events.push(
        { type: "request_acceptance", date: addDays(done, 5) },
        { type: "accept", date: addDays(done, 20) },
      );
    }
    if (status === "signed_off") events.push({ type: "sign_off", date: addDays(done, 40) });
    return {
      id: `t${i + 1}`,
      problemIds: [`p${(i % problemCount) + 1}`],
      title: `${pick(PROBLEMS)}整改任务${i + 1}`,
      target: "按期完成整改，确保问题不反弹",
      leadUnits: [pick(UNITS)],
      cooperatingUnits: [pick(UNITS), pick(UNITS)],
      deadline: { text: `${year}年${month}月底前` },
      timeLimitKind: "deadline" as const,
      status,
      events,
      ...(status === "in_progress" ? {} : { completedDate: done }),
    };
  });
  const petitionList = Array.from({ length: petitions }, (_, i) => {
    const received = fromDayNumber(toDayNumber("2022-03-25") + Math.floor(random() * 31));
    const closed = random() < 0.97;
    return {
      id: `X${i + 1}`,
      roundId: "r2",
      batch: 1 + Math.floor(random() * 29),
      channel: random() < 0.6 ? ("phone" as const) : ("letter" as const),
      receivedDate: received,
      transferredDate: addDays(received, 1),
      region: pick(REGIONS),
      pollutionTypes: [random() < 0.5 ? ("air" as const) : ("water" as const)],
      verification: random() < 0.7 ? ("true" as const) : ("partly_true" as const),
      status: closed ? ("closed" as const) : ("handling" as const),
      ...(closed ? { closedDate: addDays(received, 20 + Math.floor(random() * 60)) } : {}),
    };
  });
  return {
    format: "ducha/ledger@1",
    meta: { publisher: "基准测试生成", asOf: "2024-12-31" },
    rounds: [
      {
        id: "r2",
        kind: "routine",
        ordinal: 2,
        inspected: "内蒙古自治区",
        stationing: { start: "2022-03-25", end: "2022-04-25" },
        feedbackDate: "2022-06-02",
        regime: "2019-rules",
      },
    ],
    problems,
    tasks: taskList,
    petitions: petitionList,
  };
}
