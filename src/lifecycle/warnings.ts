import type { WorkCalendar } from "../calendar/types.js";
import { workdaysBetween as officialWorkdaysBetween } from "../calendar/workdays.js";
import { assertIsoDate, daysBetween, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { IssuePath } from "../issue.js";
import type { Bilingual } from "../lang.js";
import type { PetitionCase } from "../model/petition.js";
import type { RectificationTask } from "../model/task.js";
import {
  DEFAULT_WARNING_POLICY,
  type Escalation,
  WARNING_LEVEL_RANK,
  type WarningLevel,
  WarningPolicy,
} from "./policy.js";
import { taskAt } from "./taskAt.js";
import { isDoneStatus } from "./transitions.js";

/**
 * Codes of the warnings {@link warnings} raises.
 *
 * @example
 * ```ts
 * import type { WarningCode } from "ducha/lifecycle";
 * const code: WarningCode = "due_soon";
 * ```
 * @category Lifecycle
 */
export type WarningCode =
  | "due_soon"
  | "overdue"
  | "lagging"
  | "stale"
  | "petition_open_too_long"
  | "relapsed";

/**
 * An early warning on one record: its code and level, where it is (`path` into the ledger, the
 * record's id), a message in zh-CN and en, the escalation the policy suggests, and the facts
 * the message was built from.
 *
 * @example
 * ```ts
 * import type { Warning } from "ducha/lifecycle";
 * const warning: Warning = {
 *   code: "overdue", level: "red", path: ["tasks", 0, "deadline", "due"], recordId: "c8",
 *   message: { "zh-CN": "【亮红灯】任务c8已超过完成时限2018-06-30，逾期1天", en: "[red light] task c8 is 1 day(s) past its due date 2018-06-30" },
 *   escalation: "interview", params: { due: "2018-06-30", days: 1 },
 * };
 * ```
 * @category Lifecycle
 */
export interface Warning {
  readonly code: WarningCode;
  readonly level: WarningLevel;
  readonly path: IssuePath;
  readonly recordId: string;
  readonly message: Bilingual;
  readonly escalation?: Escalation;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link warnings}.
 *
 * @example
 * ```ts
 * import type { WarningOptions } from "ducha/lifecycle";
 * const options: WarningOptions = { asOf: "2024-09-30" };
 * ```
 * @category Lifecycle
 */
export interface WarningOptions {
  /** The day the warnings are for (an event on this day counts). */
  readonly asOf: IsoDate;
  /** Levels and thresholds; {@link DEFAULT_WARNING_POLICY} when absent. */
  readonly policy?: WarningPolicy;
  /**
   * Working days `d` with `start < d <= end` (negative when `end` is earlier). Takes precedence
   * over `calendar`; for a count of your own (a local arrangement not expressible as calendar
   * data).
   */
  readonly workdaysBetween?: (start: IsoDate, end: IsoDate) => number;
  /**
   * The official working-day calendar to count with (`createCalendar`/`extendCalendar` for a new
   * year or a local arrangement); the bundled State Council calendar when absent. A date the
   * calendar does not cover throws `calendar_year_not_covered` rather than guessing.
   */
  readonly calendar?: WorkCalendar;
}

/**
 * The records of a ledger that {@link warnings} reads (a parsed `Ledger` fits).
 *
 * @example
 * ```ts
 * import type { WarningLedger } from "ducha/lifecycle";
 * const ledger: WarningLedger = { tasks: [], petitions: [] };
 * ```
 * @category Lifecycle
 */
export interface WarningLedger {
  readonly tasks?: readonly RectificationTask[];
  readonly petitions?: readonly PetitionCase[];
}

type Params = Readonly<Record<string, string | number | undefined>>;
type Texts = { readonly [C in WarningCode]: (p: Params) => Bilingual };

const TEXTS: Texts = {
  due_soon: (p) => ({
    "zh-CN": `任务${p.id}距完成时限${p.due}还有${p.workdays}个工作日`,
    en: `task ${p.id} is due on ${p.due}, ${p.workdays} working day(s) from now`,
  }),
  overdue: (p) => ({
    "zh-CN": `任务${p.id}已超过完成时限${p.due}，逾期${p.days}天`,
    en: `task ${p.id} is ${p.days} day(s) past its due date ${p.due}`,
  }),
  lagging: (p) =>
    p.milestone !== undefined
      ? {
          "zh-CN": `任务${p.id}的整改措施${p.measure}未完成${p.milestone}节点${p.goal ? `（${p.goal}）` : ""}`,
          en: `task ${p.id}: measure ${p.measure} missed its ${p.milestone} milestone${p.goal ? ` (${p.goal})` : ""}`,
        }
      : {
          "zh-CN": `任务${p.id}未达到序时进度：已完成${p.percent}%，按序时应达${p.expected}%`,
          en: `task ${p.id} is behind schedule: ${p.percent}% done where ${p.expected}% was due by now`,
        },
  stale: (p) => ({
    "zh-CN": `任务${p.id}已${p.days}天无进展记录（上次${p.last}）`,
    en: `task ${p.id} has had no recorded event for ${p.days} days (last on ${p.last})`,
  }),
  petition_open_too_long: (p) => ({
    "zh-CN": `信访件${p.id}交办后已办理${p.days}天仍未办结（交办日期${p.transferred}）`,
    en: `petition ${p.id} is still in handling ${p.days} days after transfer (${p.transferred})`,
  }),
  relapsed: (p) => ({
    "zh-CN": `任务${p.id}问题反弹`,
    en: `task ${p.id} has relapsed`,
  }),
};

/**
 * Tiered early warnings for a ledger as of a date (预警): `due_soon` (working days to the due
 * date, tiered), `overdue`, `lagging` (a missed measure milestone or time-proportional progress
 * 序时进度 short of schedule), `stale` (no event for too long), `petition_open_too_long` and
 * `relapsed`. Each task is read as it stood on `asOf` ({@link taskAt}); work counts as done
 * from `completed` on (see {@link DONE_STATUSES}) and then raises nothing. Levels, thresholds
 * and suggested escalations come from the policy, which is data.
 *
 * @example
 * ```ts
 * import { warnings } from "ducha/lifecycle";
 * import { RectificationTask } from "ducha/model";
 * const task = RectificationTask.parse({
 *   id: "c8", problemIds: ["c8"], title: "草原破坏较为严重问题", status: "in_progress",
 *   deadline: { text: "2018年6月底", due: "2018-06-30" },
 *   events: [{ type: "start", date: "2018-06-01" }],
 * });
 * warnings({ tasks: [task] }, { asOf: "2018-06-25" }).map((w) => [w.code, w.level]);
 * //=> [["due_soon", "yellow"]]
 * warnings({ tasks: [task] }, { asOf: "2018-07-02" }).map((w) => [w.code, w.level]);
 * //=> [["overdue", "red"]]
 * ```
 * @throws {DuchaError} `invalid_date` for a malformed `asOf`; `invalid_argument` for a policy
 *   that does not match {@link WarningPolicy}.
 * @category Lifecycle
 */
export function warnings(ledger: WarningLedger, options: WarningOptions): Warning[] {
  const { asOf } = options;
  assertIsoDate(asOf, "asOf");
  const policy = checkedPolicy(options.policy ?? DEFAULT_WARNING_POLICY);
  const workdays =
    options.workdaysBetween ??
    ((start: IsoDate, end: IsoDate) =>
      officialWorkdaysBetween(start, end, options.calendar ? { calendar: options.calendar } : {}));
  const out: Warning[] = [];
  const emit = (
    code: WarningCode,
    level: WarningLevel,
    path: IssuePath,
    recordId: string,
    params: Params,
  ) => {
    const spec = policy.levels[level];
    const text = TEXTS[code]({ id: recordId, ...params });
    const facts = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    out.push({
      code,
      level,
      path,
      recordId,
      message: {
        "zh-CN": `【${spec.label["zh-CN"]}】${text["zh-CN"]}`,
        en: `[${spec.label.en}] ${text.en}`,
      },
      ...(spec.escalation !== undefined ? { escalation: spec.escalation } : {}),
      params: facts,
    });
  };

  (ledger.tasks ?? []).forEach((recorded, index) => {
    const task = taskAt(recorded, asOf);
    if (isDoneStatus(task.status)) return;
    const id = String(task.id);
    const at = (...rest: (string | number)[]): IssuePath => ["tasks", index, ...rest];

    if (task.status === "relapsed" && policy.relapsed) {
      emit("relapsed", policy.relapsed.level, at("status"), id, {});
    }

    const due = task.deadline?.due;
    if (due !== undefined) {
      if (asOf > due) {
        if (policy.overdue) {
          emit("overdue", policy.overdue.level, at("deadline", "due"), id, {
            due,
            days: daysBetween(due, asOf),
          });
        }
      } else if (policy.dueSoon) {
        const left = workdays(asOf, due);
        const tier = tightestTier(policy.dueSoon.tiers, left);
        if (tier) emit("due_soon", tier.level, at("deadline", "due"), id, { due, workdays: left });
      }
    }

    if (policy.lagging) {
      const level = policy.lagging.milestoneLevel;
      (task.measures ?? []).forEach((measure, m) => {
        if (measure.done === true) return;
        const name = measure.number ?? measure.id ?? String(m + 1);
        (measure.milestones ?? []).forEach((milestone, k) => {
          if (milestone.date < asOf) {
            emit("lagging", level, at("measures", m, "milestones", k), id, {
              measure: name,
              milestone: milestone.date,
              goal: milestone.goal,
            });
          }
        });
        const measureDue = measure.deadline?.due;
        if (measureDue !== undefined && measureDue < asOf) {
          emit("lagging", level, at("measures", m, "deadline", "due"), id, {
            measure: name,
            milestone: measureDue,
            goal: measure.deadline?.text,
          });
        }
      });
      const schedule = policy.lagging.schedule;
      const start = task.events?.find((event) => event.type === "start")?.date;
      const percent = task.percentComplete;
      if (schedule && start !== undefined && due !== undefined && percent !== undefined) {
        const total = daysBetween(start, due);
        const elapsed = daysBetween(start, asOf);
        if (total > 0 && elapsed > 0 && elapsed <= total) {
          const expected = Math.round((1000 * elapsed) / total) / 10;
          const tier = highestExceeded(schedule.tiers, expected - percent);
          if (tier) emit("lagging", tier.level, at("percentComplete"), id, { percent, expected });
        }
      }
    }

    const last = task.events?.at(-1)?.date;
    if (policy.stale && last !== undefined) {
      const days = daysBetween(last, asOf);
      if (days > policy.stale.days)
        emit("stale", policy.stale.level, at("events"), id, { last, days });
    }
  });

  const rule = policy.petitionOpenTooLong;
  if (rule) {
    (ledger.petitions ?? []).forEach((petition, index) => {
      const transferred = petition.transferredDate;
      if (transferred === undefined || transferred > asOf || !openOn(petition, asOf)) return;
      const days = daysBetween(transferred, asOf);
      if (days > rule.days) {
        emit(
          "petition_open_too_long",
          rule.level,
          ["petitions", index, "transferredDate"],
          String(petition.id),
          {
            transferred,
            days,
          },
        );
      }
    });
  }
  return out;
}

/** Whether a case was still in handling on `date`; a stage-closed case is not in handling. */
function openOn(petition: PetitionCase, date: IsoDate): boolean {
  if (petition.closedDate !== undefined) return petition.closedDate > date;
  return petition.status !== "closed" && petition.status !== "staged_closed";
}

function tightestTier<T extends { workdays: number; level: WarningLevel }>(
  tiers: readonly T[],
  left: number,
): T | undefined {
  let best: T | undefined;
  for (const tier of tiers) {
    if (left <= tier.workdays && (best === undefined || tier.workdays < best.workdays)) best = tier;
  }
  return best;
}

function highestExceeded<T extends { shortfall: number; level: WarningLevel }>(
  tiers: readonly T[],
  shortfall: number,
): T | undefined {
  let best: T | undefined;
  for (const tier of tiers) {
    if (shortfall > tier.shortfall && (best === undefined || rank(tier) > rank(best))) best = tier;
  }
  return best;
}

const rank = (tier: { level: WarningLevel }) => WARNING_LEVEL_RANK[tier.level];

function checkedPolicy(policy: WarningPolicy): WarningPolicy {
  const parsed = WarningPolicy.safeParse(policy);
  if (parsed.success) return parsed.data;
  throw new DuchaError(
    "invalid_argument",
    {
      "zh-CN": `预警规则不符合WarningPolicy：${parsed.error.issues[0]?.path.join(".")}`,
      en: `the warning policy does not match WarningPolicy at ${parsed.error.issues[0]?.path.join(".")}`,
    },
    { issues: parsed.error.issues },
  );
}
