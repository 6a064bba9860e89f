import type { Issue } from "../../issue.js";
import { issueFrom } from "../../issue.js";
import { replayStatus } from "../../lifecycle/statusAt.js";
import type { TaskStatus } from "../../model/enums.js";
import { VALIDATION_ISSUES } from "../issues.js";
import type { LedgerRecords, ValidationRule } from "../types.js";

/** Statuses a task only reaches once the work is done. */
const DONE: Readonly<Record<TaskStatus, boolean>> = {
  not_started: false,
  in_progress: false,
  completed: true,
  basically_completed: true,
  acceptance_requested: true,
  accepted: true,
  in_public_notice: true,
  signed_off: true,
  relapsed: false,
};

// Later than any event, so the replay folds every event (a valid date: no check needed).
const END_OF_TIME = "9999-12-31";

/** A task's status agrees with its dates and with the status its events lead to. */
export const taskStatus: ValidationRule = {
  name: "task_status",
  description: {
    "zh-CN":
      "任务状态与日期、事件一致：已销号须有验收日期或通过验收事件；已完成及之后的状态须有完成日期（或完成事件）；记录的状态须等于最后一个事件推出的状态",
    en: "a task's status agrees with its dates and events: signed off needs an acceptance; completed and later need a completed date (or completion event); the status equals the one its last event leads to",
  },
  codes: [
    "signed_off_without_acceptance",
    "missing_completed_date",
    "status_disagrees_with_events",
  ],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const tasks = ledger.tasks;
    for (let index = 0; index < tasks.length; index++) {
      const task = tasks[index];
      const status = task?.status;
      if (task === undefined || status === undefined) continue;
      let accepted = task.acceptedDate !== undefined;
      let completed = task.completedDate !== undefined;
      let changesStatus = false;
      const events = task.events;
      if (events !== undefined) {
        for (let j = 0; j < events.length; j++) {
          const type = events[j]!.type;
          if (type === "accept") accepted = true;
          else if (type === "report_completed" || type === "report_basically_completed") {
            completed = true;
          }
          if (type !== "extend_deadline") changesStatus = true;
        }
      }
      if (status === "signed_off" && !accepted) {
        issues.push(
          issueFrom(
            VALIDATION_ISSUES,
            "signed_off_without_acceptance",
            ["tasks", index, "status"],
            {},
          ),
        );
      }
      if (DONE[status] && !completed) {
        issues.push(
          issueFrom(
            VALIDATION_ISSUES,
            "missing_completed_date",
            ["tasks", index, "completedDate"],
            {
              status,
            },
          ),
        );
      }
      if (changesStatus) {
        const fromEvents = replayStatus(task, END_OF_TIME);
        if (fromEvents !== undefined && fromEvents !== status) {
          issues.push(
            issueFrom(
              VALIDATION_ISSUES,
              "status_disagrees_with_events",
              ["tasks", index, "status"],
              {
                status,
                fromEvents,
              },
            ),
          );
        }
      }
    }
    return issues;
  },
};

/** A closed petition has a closing date, and a closing date means the petition is not open. */
export const petitionStatus: ValidationRule = {
  name: "petition_status",
  description: {
    "zh-CN": "信访案件状态与办结日期一致：已办结须有办结日期；有办结日期的案件不能仍为正在办理",
    en: "a petition's status agrees with its closed date: closed needs one; a case with one is not in handling",
  },
  codes: ["closed_without_date", "date_without_status"],
  check(ledger: LedgerRecords): Issue[] {
    const issues: Issue[] = [];
    const petitions = ledger.petitions;
    for (let index = 0; index < petitions.length; index++) {
      const petition = petitions[index];
      if (petition === undefined) continue;
      const closedDate = petition.closedDate;
      if (petition.status === "closed" && closedDate === undefined) {
        issues.push(
          issueFrom(
            VALIDATION_ISSUES,
            "closed_without_date",
            ["petitions", index, "closedDate"],
            {},
          ),
        );
      } else if (petition.status === "handling" && closedDate !== undefined) {
        issues.push(
          issueFrom(VALIDATION_ISSUES, "date_without_status", ["petitions", index, "status"], {
            date: closedDate,
          }),
        );
      }
    }
    return issues;
  },
};
