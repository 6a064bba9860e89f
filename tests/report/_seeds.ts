/**
 * Small ledgers built in code from the figures the seed reports publish
 * (/work/shared/seeds: 000 Xilingol, 002 Jilin, 003 Urumqi).
 */
import { Ledger, type LedgerInput } from "../../src/index.js";

type TaskInput = NonNullable<LedgerInput["tasks"]>[number];

export const task = (id: string, extra: Partial<TaskInput> = {}): TaskInput => ({
  id,
  problemIds: [id],
  title: `整改任务${id}`,
  ...extra,
});

/** Urumqi, 2024-08-21: "截至2024年6月底，我市牵头的9项整改任务已完成6项，其余3项正在持续推进中". */
const URUMQI_UNITS = ["市生态环境局", "市环保局", "市住建局", "市水务局", "市城管委（执法局）"];
export function urumqiInput(petitions: "tally" | "cases"): LedgerInput {
  const tasks = Array.from({ length: 9 }, (_, i) =>
    task(`u${i + 1}`, {
      leadUnits: [URUMQI_UNITS[i % URUMQI_UNITS.length] as string],
      regions: [{ name: "乌鲁木齐市", code: "650100" }],
      status: i < 6 ? "completed" : "in_progress",
      deadline: { text: "2024年12月底前", due: "2024-12-31" },
    }),
  );
  const base: LedgerInput = {
    format: "ducha/ledger@1",
    meta: { publisher: "乌鲁木齐市", asOf: "2024-06-30" },
    rounds: [{ id: "r2-xj", kind: "routine", ordinal: 2 }],
    problems: tasks.map((t) => ({
      id: t.id,
      roundId: "r2-xj",
      text: t.title,
      category: "individual",
    })),
    tasks,
  };
  if (petitions === "tally") {
    return {
      ...base,
      petitionTallies: [{ id: "wlmq", roundId: "r2-xj", transferred: 811, closed: 808 }],
    };
  }
  return {
    ...base,
    petitions: Array.from({ length: 811 }, (_, i) => ({
      id: `X${i + 1}`,
      roundId: "r2-xj",
      status: i < 808 ? "closed" : "handling",
    })),
  };
}
export const urumqi = (petitions: "tally" | "cases" = "tally") =>
  Ledger.parse(urumqiInput(petitions));

/**
 * Jilin, 2023-05-10: "督察交办的4704个群众投诉举报案件，已结案销号4593个，结案销号率97.64%" and
 * "移交的5个责任追究问题，共问责118人，其中，厅局级干部8人，县处级干部51人，乡科级及以下干部59人".
 */
export const jilinInput = (
  byRank = { bureau: 8, division: 51, section_or_below: 59 },
): LedgerInput => ({
  format: "ducha/ledger@1",
  meta: { publisher: "吉林省" },
  petitionTallies: [{ id: "jl", roundId: "r2-jl", transferred: 4704, closed: 4593 }],
  accountability: [
    { id: "jl", kind: "aggregate", roundId: "r2-jl", handedOverProblems: 5, people: 118, byRank },
  ],
});
export const jilin = () => Ledger.parse(jilinInput());

/** Xilingol, 2024-12-18: "整改任务已完成整改14项；转办的29批91件群众信访举报案件，已全部…办结". */
export const xilingol = () =>
  Ledger.parse({
    format: "ducha/ledger@1",
    meta: { publisher: "锡林郭勒盟", asOf: "2024-12-15" },
    tasks: Array.from({ length: 14 }, (_, i) =>
      task(`x${i + 1}`, {
        status: "signed_off",
        regions: [{ name: "锡林郭勒盟", code: "152500" }],
      }),
    ),
    petitionTallies: [{ id: "xlgl", roundId: "r2-nm", batches: 29, transferred: 91, closed: 91 }],
  });

/** Freezes a value deeply, so a test fails if the code under test writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
