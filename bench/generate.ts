// A seeded generator of realistic ledgers for benchmarks and scale tests: Chinese titles, units
// from a real plan, deadlines in the forms plans use, dated events. Same seed, same ledger.
// Records come from lazy streams (one PRNG per collection), so a million tasks or petitions can
// be written out as NDJSON without holding them all.
import { addDays, fromDayNumber, toDayNumber } from "../src/dates.js";
import { parseDeadline } from "../src/deadlines/parseDeadline.js";
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

/** The date deadline texts are read against: the round's feedback (the round has no plan dates). */
const FEEDBACK = "2022-06-02";

/**
 * Deadline texts other than the common "YYYY年M月底前", as plans write them; a task takes one of
 * these one time in four. Written with the due date a ledger keeper would fill in.
 */
const OTHER_FORMS = [
  "2022年底前",
  "到2025年底",
  "今年底前",
  "2023-2025年",
  "2024年6月30日前",
  "立行立改、长期坚持",
  "立行立改",
  "长期坚持",
  "2023年底前，并长期坚持",
  "每季度",
  "持续推进",
  "2023年12月底前，整改完成率达到90%以上",
] as const;

type Item<K extends "problems" | "tasks" | "petitions"> = NonNullable<LedgerInput[K]>[number];
type FeedbackProblem = Item<"problems">;
type TaskInput = Item<"tasks">;
type PetitionCase = Item<"petitions">;
type Deadline = NonNullable<TaskInput["deadline"]>;

/** A deadline cell with its due date, when the text has one (read once per text, then cached). */
function deadlineCell(text: string, cache: Map<string, Deadline>): Deadline {
  let cell = cache.get(text);
  if (cell === undefined) {
    const parsed = parseDeadline(text, { anchor: FEEDBACK });
    const due = parsed.ok ? parsed.value.due : undefined;
    cell = due === undefined ? { text } : { text, due };
    cache.set(text, cell);
  }
  return cell;
}

/** The parts of a generated ledger: its header and a lazy stream of each collection. */
export interface GeneratedLedger {
  readonly header: Pick<LedgerInput, "format" | "meta" | "rounds">;
  readonly problems: () => Generator<FeedbackProblem>;
  readonly tasks: () => Generator<TaskInput>;
  readonly petitions: () => Generator<PetitionCase>;
}

/** The collections of a ledger as lazy streams: each call of a stream starts it over, same records. */
export function generateParts({
  tasks,
  petitions = 0,
  seed = 20170701,
}: GenerateOptions): GeneratedLedger {
  const feedback = toDayNumber(FEEDBACK);
  const problemCount = Math.max(1, Math.ceil(tasks / 5));
  const picker =
    (random: () => number) =>
    <T>(list: readonly T[]): T =>
      list[Math.floor(random() * list.length)] as T;

  function* problemStream(): Generator<FeedbackProblem> {
    const pick = picker(prng(seed));
    for (let i = 0; i < problemCount; i++) {
      yield {
        id: `p${i + 1}`,
        roundId: "r2",
        text: `${pick(PROBLEMS)}（${i + 1}）`,
        category: i < 3 ? "key" : "common",
        domains: [pick(DOMAINS)],
        regions: [pick(REGIONS)],
      };
    }
  }

  function* taskStream(): Generator<TaskInput> {
    const random = prng(seed + 1);
    const pick = picker(random);
    const cells = new Map<string, Deadline>();
    for (let i = 0; i < tasks; i++) {
      const year = 2022 + Math.floor(random() * 4);
      const month = 1 + Math.floor(random() * 12);
      const text = random() < 0.75 ? `${year}年${month}月底前` : pick(OTHER_FORMS);
      const deadline = deadlineCell(text, cells);
      const status = pick(STATUSES);
      const start = fromDayNumber(feedback + 90 + Math.floor(random() * 60));
      const done = addDays(start, 30 + Math.floor(random() * 400));
      const events: { type: Exclude<TaskEventType, "extend_deadline">; date: string }[] = [
        { type: "start", date: start },
      ];
      if (status !== "in_progress") {
        events.push({
          type:
            status === "basically_completed" ? "report_basically_completed" : "report_completed",
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
      yield {
        id: `t${i + 1}`,
        problemIds: [`p${(i % problemCount) + 1}`],
        title: `${pick(PROBLEMS)}整改任务${i + 1}`,
        target: "按期完成整改，确保问题不反弹",
        leadUnits: [pick(UNITS)],
        cooperatingUnits: [pick(UNITS), pick(UNITS)],
        deadline: { ...deadline },
        status,
        events,
        ...(status === "in_progress" ? {} : { completedDate: done }),
      } as TaskInput;
    }
  }

  function* petitionStream(): Generator<PetitionCase> {
    const random = prng(seed + 2);
    const pick = picker(random);
    const first = toDayNumber("2022-03-25");
    for (let i = 0; i < petitions; i++) {
      const received = fromDayNumber(first + Math.floor(random() * 31));
      const closed = random() < 0.97;
      yield {
        id: `X${i + 1}`,
        roundId: "r2",
        batch: 1 + Math.floor(random() * 29),
        channel: random() < 0.6 ? "phone" : "letter",
        receivedDate: received,
        transferredDate: addDays(received, 1),
        region: pick(REGIONS),
        pollutionTypes: [random() < 0.5 ? "air" : "water"],
        verification: random() < 0.7 ? "true" : "partly_true",
        status: closed ? "closed" : "handling",
        ...(closed ? { closedDate: addDays(received, 20 + Math.floor(random() * 60)) } : {}),
      } as PetitionCase;
    }
  }

  return {
    header: {
      format: "ducha/ledger@1",
      meta: { publisher: "基准测试生成", asOf: "2024-12-31" },
      rounds: [
        {
          id: "r2",
          kind: "routine",
          ordinal: 2,
          inspected: "内蒙古自治区",
          stationing: { start: "2022-03-25", end: "2022-04-25" },
          feedbackDate: FEEDBACK,
          regime: "2019-rules",
        },
      ],
    },
    problems: problemStream,
    tasks: taskStream,
    petitions: petitionStream,
  };
}

/** A ledger with the given numbers of tasks and petitions (and one problem per 5 tasks). */
export function generateLedger(options: GenerateOptions): LedgerInput {
  const parts = generateParts(options);
  return {
    ...parts.header,
    problems: [...parts.problems()],
    tasks: [...parts.tasks()],
    petitions: [...parts.petitions()],
  } as LedgerInput;
}
