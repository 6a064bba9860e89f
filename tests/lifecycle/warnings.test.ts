import { describe, expect, it } from "vitest";
import { defaultCalendar, extendCalendar } from "../../src/calendar/index.js";
import { isoWeekday, toDayNumber } from "../../src/dates.js";
import { DuchaError } from "../../src/errors.js";
import {
  DEFAULT_WARNING_POLICY,
  GUANGYUAN_2018_POLICY,
  type Warning,
  WarningPolicy,
  warnings,
} from "../../src/lifecycle/index.js";
import { PetitionCase } from "../../src/model/petition.js";
import { grassland } from "./fixtures.js";

// National Day 2024: 10-01..07 off, Sunday 09-29 and Saturday 10-12 worked (调休).
const HOLIDAYS = new Set([
  "2024-10-01",
  "2024-10-02",
  "2024-10-03",
  "2024-10-04",
  "2024-10-05",
  "2024-10-06",
  "2024-10-07",
]);
const MAKE_UP = new Set(["2024-09-29", "2024-10-12"]);
function officialWorkdays(start: string, end: string): number {
  let count = 0;
  for (let d = toDayNumber(start) + 1; d <= toDayNumber(end); d++) {
    const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
    if (MAKE_UP.has(date) || (isoWeekday(date) <= 5 && !HOLIDAYS.has(date))) count++;
  }
  return count;
}

const brief = (list: readonly Warning[]) => list.map((w) => `${w.code}:${w.level}`);

const task = (extra: Record<string, unknown> = {}) =>
  grassland({
    status: "in_progress",
    deadline: { text: "2024年10月15日前", due: "2024-10-15" },
    events: [{ type: "start", date: "2024-09-01" }],
    ...extra,
  });

describe("warnings", () => {
  it("moves from due_soon tiers to overdue as asOf crosses the deadline", () => {
    const ledger = { tasks: [task()] };
    const at = (asOf: string) =>
      brief(warnings(ledger, { asOf, workdaysBetween: officialWorkdays }));
    expect(at("2024-09-11")).toEqual([]); // 21 working days left
    expect(at("2024-09-12")).toEqual(["due_soon:blue"]); // 20, counting Sunday 09-29 and Saturday 10-12
    expect(at("2024-09-27")).toEqual(["due_soon:yellow"]); // 9
    expect(at("2024-10-11")).toEqual(["due_soon:red"]); // 3: 10-12 (make-up), 14, 15
    expect(at("2024-10-15")).toEqual(["due_soon:red"]); // due today: 0 left
    expect(at("2024-10-16")).toEqual(["overdue:red"]);
    const late = warnings(ledger, { asOf: "2024-10-16", workdaysBetween: officialWorkdays })[0];
    expect(late).toMatchObject({
      recordId: "c8",
      path: ["tasks", 0, "deadline", "due"],
      escalation: "interview",
      params: { due: "2024-10-15", days: 1 },
      message: {
        "zh-CN": "【亮红灯】任务c8已超过完成时限2024-10-15，逾期1天",
        en: "[red light] task c8 is 1 day(s) past its due date 2024-10-15",
      },
    });
  });

  it("counts working days with the injected calendar across a holiday", () => {
    const ledger = { tasks: [task({ deadline: { text: "10月8日前", due: "2024-10-08" } })] };
    const official = warnings(ledger, { asOf: "2024-09-30", workdaysBetween: officialWorkdays });
    expect(brief(official)).toEqual(["due_soon:red"]);
    expect(official[0]?.params).toEqual({ due: "2024-10-08", workdays: 1 });
    // the bundled State Council calendar gives the same count without any injection
    const bundled = warnings(ledger, { asOf: "2024-09-30" });
    expect(bundled[0]?.params).toEqual({ due: "2024-10-08", workdays: 1 });
    // a plain weekday count (10-01..04 and 10-07 as working days) would have said 6, yellow
    const weekdaysOnly = warnings(ledger, { asOf: "2024-09-30", workdaysBetween: () => 6 });
    expect(brief(weekdaysOnly)).toEqual(["due_soon:yellow"]);
  });

  it("counts a make-up working day (调休) with the official calendar", () => {
    const ledger = { tasks: [task()] };
    const official = warnings(ledger, { asOf: "2024-10-10" });
    // 10-11, 10-12 (a Saturday worked for National Day), 10-14, 10-15
    expect(official[0]?.params).toEqual({ due: "2024-10-15", workdays: 4 });
    expect(brief(official)).toEqual(["due_soon:yellow"]);
    expect(warnings(ledger, { asOf: "2024-10-10", workdaysBetween: officialWorkdays })).toEqual(
      official,
    );
    // across the whole holiday: 12 weekdays but 9 working days from 09-27
    expect(warnings(ledger, { asOf: "2024-09-27" })[0]?.params).toMatchObject({ workdays: 9 });
    expect(brief(warnings(ledger, { asOf: "2024-09-27" }))).toEqual(["due_soon:yellow"]);
  });

  it("counts with a calendar extended by the user, and refuses years it does not cover", () => {
    const ledger = { tasks: [task({ deadline: { text: "2027年1月底前", due: "2027-01-29" } })] };
    expect(() => warnings(ledger, { asOf: "2027-01-04" })).toThrow(/2027/);
    const calendar = extendCalendar(defaultCalendar(), {
      year: 2027,
      notice: { title: "假设的2027年安排（测试用）", url: "https://www.gov.cn/" },
      holidays: [],
      workdays: [],
    });
    expect(warnings(ledger, { asOf: "2027-01-25", calendar })[0]?.params).toMatchObject({
      workdays: 4,
    });
  });

  it("reads each task as it stood on asOf: nothing once completion is reported", () => {
    const done = task({
      status: "completed",
      events: [
        { type: "start", date: "2024-09-01" },
        { type: "report_completed", date: "2024-10-14" },
      ],
    });
    expect(brief(warnings({ tasks: [done] }, { asOf: "2024-10-11" }))).toEqual(["due_soon:red"]);
    expect(warnings({ tasks: [done] }, { asOf: "2024-10-14" })).toEqual([]);
    expect(warnings({ tasks: [done] }, { asOf: "2024-12-31" })).toEqual([]);
  });

  it("flags missed milestones of measures not done", () => {
    // Sichuan task 69 style: a measure with dated milestones and a percentage target.
    const t = task({
      deadline: { text: "2023年12月底前", due: "2023-12-31" },
      events: [
        { type: "start", date: "2022-06-01" },
        { type: "report_progress", date: "2022-08-01" },
        { type: "report_progress", date: "2022-12-20" },
      ],
      measures: [
        {
          number: "1",
          text: "推进整改",
          milestones: [
            { date: "2022-08-31", goal: "完成排查" },
            { date: "2023-12-31", goal: "整改完成率达到90%以上", percentTarget: 90 },
          ],
          deadline: { text: "2022年12月底前", due: "2022-12-31" },
        },
        { number: "2", text: "已完成的措施", done: true, milestones: [{ date: "2022-08-31" }] },
      ],
    });
    const list = warnings({ tasks: [t] }, { asOf: "2023-01-10" });
    expect(brief(list)).toEqual(["lagging:yellow", "lagging:yellow"]);
    expect(list.map((w) => w.path)).toEqual([
      ["tasks", 0, "measures", 0, "milestones", 0],
      ["tasks", 0, "measures", 0, "deadline", "due"],
    ]);
    expect(list[0]?.message["zh-CN"]).toBe(
      "【挂黄牌】任务c8的整改措施1未完成2022-08-31节点（完成排查）",
    );
    expect(list[0]?.message.en).toBe(
      "[yellow card] task c8: measure 1 missed its 2022-08-31 milestone (完成排查)",
    );
    expect(warnings({ tasks: [t] }, { asOf: "2022-08-31" })).toEqual([]);
  });

  it("flags progress behind 序时进度 by tier", () => {
    const t = (percent: number) =>
      task({
        deadline: { text: "2024年12月底前", due: "2024-12-31" },
        events: [
          { type: "start", date: "2024-01-01" },
          { type: "report_progress", date: "2024-06-30", percentComplete: percent },
        ],
      });
    // 2024-07-01: 182 of 365 days elapsed → 49.9 %
    const asOf = "2024-07-01";
    expect(warnings({ tasks: [t(45)] }, { asOf })).toEqual([]);
    const behind = warnings({ tasks: [t(35)] }, { asOf });
    expect(brief(behind)).toEqual(["lagging:yellow"]);
    expect(behind[0]?.params).toEqual({ percent: 35, expected: 49.9 });
    expect(behind[0]?.message["zh-CN"]).toBe(
      "【挂黄牌】任务c8未达到序时进度：已完成35%，按序时应达49.9%",
    );
    expect(brief(warnings({ tasks: [t(15)] }, { asOf }))).toEqual(["lagging:red"]);
    expect(brief(warnings({ tasks: [t(45)] }, { asOf, policy: GUANGYUAN_2018_POLICY }))).toEqual([
      "lagging:yellow",
    ]);
  });

  it("flags a task with no event for longer than the policy allows", () => {
    const t = task({ deadline: { text: "长期坚持" }, timeLimitKind: "long_term" });
    expect(warnings({ tasks: [t] }, { asOf: "2024-10-31" })).toEqual([]); // 60 days
    const stale = warnings({ tasks: [t] }, { asOf: "2024-11-01" });
    expect(stale[0]).toMatchObject({
      code: "stale",
      level: "yellow",
      params: { last: "2024-09-01", days: 61 },
    });
    expect(
      brief(warnings({ tasks: [t] }, { asOf: "2024-10-03", policy: GUANGYUAN_2018_POLICY })),
    ).toEqual(["stale:yellow"]);
  });

  it("flags a relapsed task in red", () => {
    const t = task({
      deadline: { text: "2024年6月底前", due: "2024-06-30" },
      events: [
        { type: "start", date: "2024-01-02" },
        { type: "report_completed", date: "2024-05-30" },
        { type: "request_acceptance", date: "2024-06-03" },
        { type: "accept", date: "2024-06-20" },
        { type: "sign_off", date: "2024-06-25" },
        { type: "relapse", date: "2024-09-10" },
      ],
    });
    expect(warnings({ tasks: [t] }, { asOf: "2024-09-01" })).toEqual([]);
    const list = warnings({ tasks: [t] }, { asOf: "2024-09-10" });
    expect(brief(list)).toEqual(["relapsed:red", "overdue:red"]);
    expect(list[0]?.message.en).toBe("[red light] task c8 has relapsed");
  });

  it("flags petitions in handling too long after transfer (30 calendar days by default)", () => {
    const petition = (extra: Record<string, unknown>) =>
      PetitionCase.parse({
        id: "X1",
        roundId: "r2-xm",
        receivedDate: "2022-03-27",
        transferredDate: "2022-03-28",
        ...extra,
      });
    const ledger = {
      petitions: [
        petition({ status: "handling" }),
        petition({ id: "X2", status: "closed", closedDate: "2022-05-30" }),
        petition({ id: "X3", status: "staged_closed" }),
        petition({ id: "X4", status: "closed" }),
        petition({ id: "X5", transferredDate: undefined }),
      ],
    };
    expect(warnings(ledger, { asOf: "2022-04-27" })).toEqual([]);
    const late = warnings(ledger, { asOf: "2022-04-28" });
    expect(late.map((w) => w.recordId)).toEqual(["X1", "X2"]);
    expect(late[0]).toMatchObject({
      code: "petition_open_too_long",
      level: "yellow",
      path: ["petitions", 0, "transferredDate"],
      escalation: "supervision",
      message: { "zh-CN": "【挂黄牌】信访件X1交办后已办理31天仍未办结（交办日期2022-03-28）" },
    });
    expect(warnings(ledger, { asOf: "2022-06-30" }).map((w) => w.recordId)).toEqual(["X1"]);
    expect(warnings(ledger, { asOf: "2022-03-01" })).toEqual([]);
    expect(warnings(ledger, { asOf: "2022-06-30", policy: GUANGYUAN_2018_POLICY })).toEqual([]);
  });

  it("raises nothing for rules a policy leaves out", () => {
    const policy: WarningPolicy = {
      id: "quiet",
      name: { "zh-CN": "静默", en: "quiet" },
      levels: DEFAULT_WARNING_POLICY.levels,
    };
    const t = task({
      status: "relapsed",
      events: [
        { type: "start", date: "2024-01-01" },
        { type: "relapse", date: "2024-01-02" },
      ],
    });
    expect(warnings({ tasks: [t] }, { asOf: "2025-01-01", policy })).toEqual([]);
    expect(warnings({}, { asOf: "2025-01-01" })).toEqual([]);
  });

  it("leaves the escalation out when the level has none", () => {
    const list = warnings(
      { tasks: [task()] },
      { asOf: "2024-09-20", policy: GUANGYUAN_2018_POLICY },
    );
    expect(brief(list)).toEqual(["due_soon:blue"]);
    expect(list[0]).not.toHaveProperty("escalation");
    // 14 official working days: 17 weekdays less the 10-01..04 and 10-07 holidays plus 09-29 and 10-12 worked
    expect(list[0]?.message["zh-CN"]).toBe("【贴蓝签】任务c8距完成时限2024-10-15还有14个工作日");
  });

  it("throws on a malformed asOf or policy", () => {
    expect(() => warnings({}, { asOf: "2024-13-01" })).toThrow(DuchaError);
    const bad = {
      ...DEFAULT_WARNING_POLICY,
      stale: { days: -1, level: "yellow" },
    } as WarningPolicy;
    expect(() => warnings({}, { asOf: "2024-10-01", policy: bad })).toThrow(/stale/);
  });

  it("never changes the ledger", () => {
    const ledger = { tasks: [task()] };
    const copy = structuredClone(ledger);
    warnings(ledger, { asOf: "2024-10-16" });
    expect(ledger).toEqual(copy);
  });
});

describe("WarningPolicy", () => {
  it("accepts both shipped policies", () => {
    expect(WarningPolicy.parse(DEFAULT_WARNING_POLICY)).toEqual(DEFAULT_WARNING_POLICY);
    expect(WarningPolicy.parse(GUANGYUAN_2018_POLICY)).toEqual(GUANGYUAN_2018_POLICY);
    expect(DEFAULT_WARNING_POLICY.levels.red.label["zh-CN"]).toBe("亮红灯");
  });
});
