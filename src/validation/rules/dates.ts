import type { IsoDate } from "../../dates.js";
import type { Issue, IssuePath } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationContext, ValidationRule } from "../types.js";

const pathOf = (collection: string, index: number, field: string): IssuePath => [
  collection,
  index,
  ...field.split("."),
];

/**
 * Walks dates that must not go backwards, skipping absent ones: each present date is compared
 * with the last present one before it. One instance per rule run, reset per record, so checking a
 * record allocates nothing unless it reports.
 */
class DateChain {
  private field = "";
  private date: IsoDate | undefined;
  constructor(
    private readonly issues: Issue[],
    private readonly collection: string,
    private index = 0,
  ) {}
  start(index: number): void {
    this.index = index;
    this.date = undefined;
  }
  next(field: string, date: IsoDate | undefined): void {
    if (date === undefined) return;
    if (this.date !== undefined && date < this.date) {
      report(this.issues, this.collection, this.index, this.field, this.date, field, date, false);
    }
    this.field = field;
    this.date = date;
  }
}

function report(
  issues: Issue[],
  collection: string,
  index: number,
  earlierField: string,
  earlierDate: IsoDate,
  field: string,
  date: IsoDate,
  strict: boolean,
): void {
  issues.push(
    issueFrom(VALIDATION_ISSUES, "date_order", pathOf(collection, index, field), {
      field,
      date,
      earlierField,
      earlierDate,
      ...(strict ? { strict } : {}),
    }),
  );
}

/** A round's milestones follow each other: stationing, feedback, then the plan's steps. */
export const roundDates: ValidationRule = {
  name: "round_dates",
  description: {
    "zh-CN": "轮次日期先后：进驻开始 ≤ 进驻结束 ≤ 反馈 ≤ 整改方案报送 ≤ 批准 ≤ 公开",
    en: "round dates in order: stationing start ≤ end ≤ feedback ≤ plan submitted ≤ approved ≤ published",
  },
  codes: ["date_order"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const chain = new DateChain(issues, "rounds");
    const rounds = ledger.rounds;
    for (let index = 0; index < rounds.length; index++) {
      const round = rounds[index];
      if (round === undefined) continue;
      chain.start(index);
      chain.next("stationing.start", round.stationing?.start);
      chain.next("stationing.end", round.stationing?.end);
      chain.next("feedbackDate", round.feedbackDate);
      chain.next("plan.submittedDate", round.plan?.submittedDate);
      chain.next("plan.approvedDate", round.plan?.approvedDate);
      chain.next("plan.publishedDate", round.plan?.publishedDate);
    }
    return issues;
  },
};

/** A petition is received, then transferred, then closed. */
export const petitionDates: ValidationRule = {
  name: "petition_dates",
  description: {
    "zh-CN": "信访案件日期先后：受理 ≤ 转办 ≤ 办结",
    en: "petition dates in order: received ≤ transferred ≤ closed",
  },
  codes: ["date_order"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const chain = new DateChain(issues, "petitions");
    const petitions = ledger.petitions;
    for (let index = 0; index < petitions.length; index++) {
      const petition = petitions[index];
      if (petition === undefined) continue;
      chain.start(index);
      chain.next("receivedDate", petition.receivedDate);
      chain.next("transferredDate", petition.transferredDate);
      chain.next("closedDate", petition.closedDate);
    }
    return issues;
  },
};

/**
 * A task is completed, then accepted, then signed off; its public notice runs forwards and ends
 * before the sign-off (objections must be heard first).
 */
export const taskDates: ValidationRule = {
  name: "task_dates",
  description: {
    "zh-CN": "任务日期先后：完成 ≤ 验收 ≤ 销号；公示开始 ≤ 公示结束 < 销号",
    en: "task dates in order: completed ≤ accepted ≤ signed off; notice start ≤ notice end < signed off",
  },
  codes: ["date_order"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const chain = new DateChain(issues, "tasks");
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      if (task === undefined) continue;
      chain.start(index);
      chain.next("completedDate", task.completedDate);
      chain.next("acceptedDate", task.acceptedDate);
      chain.next("signedOffDate", task.signedOffDate);
      const notice = task.publicNotice;
      if (notice === undefined) continue;
      if (notice.end < notice.start) {
        report(
          issues,
          "tasks",
          index,
          "publicNotice.start",
          notice.start,
          "publicNotice.end",
          notice.end,
          false,
        );
      }
      const signedOff = task.signedOffDate;
      if (signedOff !== undefined && signedOff <= notice.end) {
        report(
          issues,
          "tasks",
          index,
          "publicNotice.end",
          notice.end,
          "signedOffDate",
          signedOff,
          true,
        );
      }
    }
    return issues;
  },
};

/** A task's events are written in the order they happened. */
export const eventOrder: ValidationRule = {
  name: "event_order",
  description: {
    "zh-CN": "任务的事件（events）按日期先后排列",
    en: "a task's events are listed in date order",
  },
  codes: ["events_out_of_order"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const events = tasks[index]?.events;
      if (events === undefined) continue;
      for (let j = 1; j < events.length; j++) {
        const date = events[j]!.date;
        const previousDate = events[j - 1]!.date;
        if (date < previousDate) {
          issues.push(
            issueFrom(
              VALIDATION_ISSUES,
              "events_out_of_order",
              ["tasks", index, "events", j, "date"],
              {
                date,
                previousDate,
              },
            ),
          );
        }
      }
    }
    return issues;
  },
};

function afterAsOf(
  issues: Issue[],
  asOf: IsoDate,
  collection: string,
  index: number,
  field: string,
  date: IsoDate | undefined,
): void {
  if (date !== undefined && date > asOf) {
    issues.push(
      issueFrom(VALIDATION_ISSUES, "date_after_as_of", pathOf(collection, index, field), {
        field,
        date,
        asOf,
      }),
    );
  }
}

/** Nothing recorded as done can have happened after the date the ledger speaks for. */
export const datesBeforeAsOf: ValidationRule = {
  name: "dates_before_as_of",
  description: {
    "zh-CN":
      "任务的完成、验收、销号和事件日期及信访案件的受理、转办、办结日期不晚于台账截止日期（asOf）",
    en: "task completion, acceptance, sign-off and event dates and petition dates are not after the as-of date",
  },
  codes: ["date_after_as_of"],
  check(ledger: LedgerRecords, context: ValidationContext): Issue[] {
    const issues: Issue[] = [];
    const asOf = context.asOf;
    if (asOf === undefined) return issues;
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      if (task === undefined) continue;
      afterAsOf(issues, asOf, "tasks", index, "completedDate", task.completedDate);
      afterAsOf(issues, asOf, "tasks", index, "acceptedDate", task.acceptedDate);
      afterAsOf(issues, asOf, "tasks", index, "signedOffDate", task.signedOffDate);
      const events = task.events;
      if (events === undefined) continue;
      for (let j = 0; j < events.length; j++) {
        const date = events[j]!.date;
        if (date > asOf) {
          issues.push(
            issueFrom(
              VALIDATION_ISSUES,
              "date_after_as_of",
              ["tasks", index, "events", j, "date"],
              {
                field: "events.date",
                date,
                asOf,
              },
            ),
          );
        }
      }
    }
    const petitions = ledger.petitions;
    for (let index = 0; index < petitions.length; index++) {
      const petition = petitions[index];
      if (petition === undefined) continue;
      afterAsOf(issues, asOf, "petitions", index, "receivedDate", petition.receivedDate);
      afterAsOf(issues, asOf, "petitions", index, "transferredDate", petition.transferredDate);
      afterAsOf(issues, asOf, "petitions", index, "closedDate", petition.closedDate);
    }
    return issues;
  },
};
