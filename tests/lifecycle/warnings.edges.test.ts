import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import {
  DEFAULT_WARNING_POLICY,
  type Warning,
  type WarningPolicy,
  warnings,
} from "../../src/lifecycle/index.js";
import { PetitionCase } from "../../src/model/petition.js";
import { grassland } from "./fixtures.js";

const brief = (list: readonly Warning[]) => list.map((w) => `${w.code}:${w.level}`);
const task = (extra: Record<string, unknown> = {}) =>
  grassland({
    status: "in_progress",
    deadline: { text: "2024年12月底前", due: "2024-12-31" },
    events: [{ type: "start", date: "2024-01-01" }],
    ...extra,
  });
// The default policy without the stale rule, for tasks whose last event is long past.
const { stale: _stale, ...NO_STALE } = DEFAULT_WARNING_POLICY;
const withPolicy = (extra: Partial<WarningPolicy>): WarningPolicy => ({ ...NO_STALE, ...extra });

describe("warnings (messages)", () => {
  it("writes each warning in zh-CN and en, behind the level's label", () => {
    const soon = warnings(
      { tasks: [task()] },
      {
        asOf: "2024-12-30",
        workdaysBetween: () => 1,
        policy: NO_STALE,
      },
    );
    expect(soon).toEqual([
      {
        code: "due_soon",
        level: "red",
        path: ["tasks", 0, "deadline", "due"],
        recordId: "c8",
        message: {
          "zh-CN": "【亮红灯】任务c8距完成时限2024-12-31还有1个工作日",
          en: "[red light] task c8 is due on 2024-12-31, 1 working day(s) from now",
        },
        escalation: "interview",
        params: { due: "2024-12-31", workdays: 1 },
      },
    ]);

    const stale = warnings(
      { tasks: [task({ deadline: { text: "长期坚持" } })] },
      { asOf: "2024-03-02" },
    );
    expect(stale).toEqual([
      {
        code: "stale",
        level: "yellow",
        path: ["tasks", 0, "events"],
        recordId: "c8",
        message: {
          "zh-CN": "【挂黄牌】任务c8已61天无进展记录（上次2024-01-01）",
          en: "[yellow card] task c8 has had no recorded event for 61 days (last on 2024-01-01)",
        },
        escalation: "supervision",
        params: { last: "2024-01-01", days: 61 },
      },
    ]);
  });

  it("writes a relapse at the task's status", () => {
    const relapsed = task({
      deadline: { text: "长期坚持" },
      events: [
        { type: "start", date: "2024-01-01" },
        { type: "relapse", date: "2024-02-01" },
      ],
    });
    const [warning] = warnings({ tasks: [relapsed] }, { asOf: "2024-02-02" });
    expect(warning).toMatchObject({
      code: "relapsed",
      path: ["tasks", 0, "status"],
      params: {},
      message: { "zh-CN": "【亮红灯】任务c8问题反弹", en: "[red light] task c8 has relapsed" },
    });
  });

  it("writes a missed milestone without a goal, with no goal among the facts", () => {
    const t = task({
      measures: [{ number: "1", text: "完成排查", milestones: [{ date: "2024-03-31" }] }],
    });
    const [warning] = warnings({ tasks: [t] }, { asOf: "2024-04-01" });
    expect(warning?.message).toEqual({
      "zh-CN": "【挂黄牌】任务c8的整改措施1未完成2024-03-31节点",
      en: "[yellow card] task c8: measure 1 missed its 2024-03-31 milestone",
    });
    expect(warning?.params).toStrictEqual({ measure: "1", milestone: "2024-03-31" });
  });

  it("writes a schedule shortfall in en as well", () => {
    const t = task({
      events: [
        { type: "start", date: "2024-01-01" },
        { type: "report_progress", date: "2024-06-30", percentComplete: 35 },
      ],
    });
    const [warning] = warnings({ tasks: [t] }, { asOf: "2024-07-01" });
    expect(warning).toMatchObject({
      path: ["tasks", 0, "percentComplete"],
      message: {
        en: "[yellow card] task c8 is behind schedule: 35% done where 49.9% was due by now",
      },
    });
  });

  it("writes a petition open too long in en as well", () => {
    const petition = PetitionCase.parse({
      id: "X1",
      roundId: "r2-xm",
      transferredDate: "2022-03-28",
      status: "handling",
    });
    expect(warnings({ petitions: [petition] }, { asOf: "2022-04-28" })[0]?.message.en).toBe(
      "[yellow card] petition X1 is still in handling 31 days after transfer (2022-03-28)",
    );
  });
});

describe("warnings (edges)", () => {
  it("reads nothing from a task without deadline or events", () => {
    expect(
      warnings({ tasks: [grassland({ deadline: undefined })] }, { asOf: "2024-07-01" }),
    ).toEqual([]);
    expect(
      warnings(
        { tasks: [grassland({ status: "in_progress", events: [], percentComplete: 10 })] },
        {
          asOf: "2018-06-01",
          workdaysBetween: () => 30,
        },
      ),
    ).toEqual([]);
  });

  it("raises no due_soon warning under a policy without dueSoon", () => {
    const policy = withPolicy({});
    delete (policy as { dueSoon?: unknown }).dueSoon;
    expect(
      warnings({ tasks: [task()] }, { asOf: "2024-12-30", workdaysBetween: () => 1, policy }),
    ).toEqual([]);
  });

  it("takes the tightest due_soon tier whatever their order, the first of equal ones", () => {
    const ascending = withPolicy({
      dueSoon: {
        tiers: [
          { workdays: 3, level: "red" },
          { workdays: 10, level: "yellow" },
          { workdays: 20, level: "blue" },
        ],
      },
    });
    const at = (left: number, policy: WarningPolicy) =>
      brief(
        warnings({ tasks: [task()] }, { asOf: "2024-12-01", workdaysBetween: () => left, policy }),
      );
    expect(at(2, ascending)).toEqual(["due_soon:red"]);
    expect(at(15, ascending)).toEqual(["due_soon:blue"]);
    const equal = withPolicy({
      dueSoon: {
        tiers: [
          { workdays: 5, level: "yellow" },
          { workdays: 5, level: "red" },
        ],
      },
    });
    expect(at(4, equal)).toEqual(["due_soon:yellow"]);
  });

  it("names a measure by its number, else its id, else its place", () => {
    const missed = [{ date: "2024-03-31" }];
    const t = task({
      measures: [
        { number: "5", text: "排查", milestones: missed },
        { id: "c8-2", text: "修复", milestones: missed },
        { text: "监管", milestones: missed },
      ],
    });
    const list = warnings({ tasks: [t] }, { asOf: "2024-04-01", policy: NO_STALE });
    expect(list.map((w) => w.params.measure)).toEqual(["5", "c8-2", "3"]);
  });

  it("flags a measure's own due date only once it has passed, with its text as the goal", () => {
    const t = task({
      measures: [
        { number: "1", text: "无节点的措施", milestones: [{ date: "2024-05-31", goal: "完成" }] },
        { number: "2", text: "限期措施", deadline: { text: "2024年3月底前", due: "2024-03-31" } },
      ],
    });
    expect(warnings({ tasks: [t] }, { asOf: "2024-03-31", policy: NO_STALE })).toEqual([]);
    const list = warnings({ tasks: [t] }, { asOf: "2024-04-01", policy: NO_STALE });
    expect(list.map((w) => [w.path, w.params])).toEqual([
      [
        ["tasks", 0, "measures", 1, "deadline", "due"],
        { measure: "2", milestone: "2024-03-31", goal: "2024年3月底前" },
      ],
    ]);
  });

  describe("序时进度", () => {
    const progress = (events: readonly unknown[], extra: Record<string, unknown> = {}) =>
      task({ events, ...extra });
    const lagging = (list: readonly Warning[]) => brief(list.filter((w) => w.code === "lagging"));

    it("needs a schedule, a start, a due date and a figure", () => {
      const behind = [
        { type: "start", date: "2024-01-01" },
        { type: "report_progress", date: "2024-06-30", percentComplete: 10 },
      ];
      const noSchedule = withPolicy({ lagging: { milestoneLevel: "yellow" } });
      expect(
        warnings({ tasks: [progress(behind)] }, { asOf: "2024-07-01", policy: noSchedule }),
      ).toEqual([]);
      const noStart = [{ type: "report_progress", date: "2024-06-30", percentComplete: 10 }];
      expect(warnings({ tasks: [progress(noStart)] }, { asOf: "2024-07-01" })).toEqual([]);
      const noDue = progress(behind, { deadline: { text: "长期坚持" } });
      expect(warnings({ tasks: [noDue] }, { asOf: "2024-07-01" })).toEqual([]);
    });

    it("counts from the start event, not from the first event", () => {
      // 2024-04-01 to 07-01 is 91 of 274 days: 33.2 % due, 30 % done: within 10 points
      const events = [
        { type: "report_progress", date: "2024-01-01", percentComplete: 5 },
        { type: "start", date: "2024-04-01" },
        { type: "report_progress", date: "2024-06-30", percentComplete: 30 },
      ];
      expect(warnings({ tasks: [progress(events)] }, { asOf: "2024-07-01" })).toEqual([]);
    });

    it("compares on the due date itself but not after it (overdue says it then)", () => {
      const events = [
        { type: "start", date: "2024-01-01" },
        { type: "report_progress", date: "2024-06-30", percentComplete: 50 },
      ];
      const onDue = warnings({ tasks: [progress(events)] }, { asOf: "2024-12-31" });
      expect(lagging(onDue)).toEqual(["lagging:red"]);
      expect(onDue.find((w) => w.code === "lagging")?.params).toEqual({
        percent: 50,
        expected: 100,
      });
      expect(
        brief(warnings({ tasks: [progress(events)] }, { asOf: "2025-01-01", policy: NO_STALE })),
      ).toEqual(["overdue:red"]);
    });

    it("flags only a shortfall beyond the tier, and the highest tier exceeded in any order", () => {
      // 2024-01-01 to 01-31: on 01-16, 15 of 30 days, 50 % due
      const at = (percent: number, policy?: WarningPolicy) =>
        lagging(
          warnings(
            {
              tasks: [
                progress(
                  [
                    { type: "start", date: "2024-01-01" },
                    { type: "report_progress", date: "2024-01-15", percentComplete: percent },
                  ],
                  { deadline: { text: "2024年1月底前", due: "2024-01-31" } },
                ),
              ],
            },
            { asOf: "2024-01-16", ...(policy ? { policy } : {}) },
          ),
        );
      expect(at(40)).toEqual([]);
      expect(at(39)).toEqual(["lagging:yellow"]);
      const reversed = withPolicy({
        lagging: {
          milestoneLevel: "yellow",
          schedule: {
            tiers: [
              { shortfall: 30, level: "red" },
              { shortfall: 10, level: "yellow" },
            ],
          },
        },
      });
      expect(at(10, reversed)).toEqual(["lagging:red"]);
      expect(at(30, reversed)).toEqual(["lagging:yellow"]);
    });
  });

  it("counts a petition closed on asOf as closed", () => {
    const petition = PetitionCase.parse({
      id: "X2",
      roundId: "r2-xm",
      transferredDate: "2022-03-28",
      status: "closed",
      closedDate: "2022-05-30",
    });
    expect(warnings({ petitions: [petition] }, { asOf: "2022-05-30" })).toEqual([]);
    expect(warnings({ petitions: [petition] }, { asOf: "2022-05-29" })).toHaveLength(1);
  });

  it("names the malformed asOf and the policy's failing field in both languages", () => {
    let error: unknown;
    try {
      warnings({}, { asOf: "2024-13-01" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DuchaError);
    expect((error as DuchaError).messages.en).toBe(
      'asOf must be a real date written YYYY-MM-DD, got "2024-13-01"',
    );

    const bad = { ...DEFAULT_WARNING_POLICY, stale: { days: 0, level: "yellow" } } as WarningPolicy;
    try {
      warnings({}, { asOf: "2024-10-01", policy: bad });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: "invalid_argument",
      messages: {
        "zh-CN": "预警规则不符合WarningPolicy：stale.days",
        en: "the warning policy does not match WarningPolicy at stale.days",
      },
    });
    expect((error as DuchaError).details.issues).toMatchObject([{ path: ["stale", "days"] }]);
  });
});
