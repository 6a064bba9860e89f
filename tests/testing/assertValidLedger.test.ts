import { describe, expect, it } from "vitest";
import {
  assertValidLedger,
  LedgerAssertionError,
  MAX_LISTED_ISSUES,
} from "../../src/testing/index.js";
import { baseLedger, generatedLedger } from "../validation/fixtures.js";

describe("assertValidLedger", () => {
  it("returns the typed ledger when it is valid, warnings included", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.problemIds = [];
    const value = assertValidLedger(ledger);
    expect(value.petitionTallies[0]?.transferred).toBe(811);
    expect(assertValidLedger(JSON.stringify(baseLedger())).tasks).toHaveLength(3);
  });

  it("throws an AssertionError listing the issues in zh-CN and en, errors first", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.problemIds = [];
    ledger.tasks[1]!.problemIds = ["p9"];
    let thrown: unknown;
    try {
      assertValidLedger(ledger);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LedgerAssertionError);
    const error = thrown as LedgerAssertionError;
    expect(error.name).toBe("AssertionError");
    expect(error.code).toBe("ERR_ASSERTION");
    expect(error.records.tasks).toEqual({ total: 3, valid: 2, withErrors: 1 });
    expect(error.message.split("\n")).toEqual([
      "台账校验未通过：1个错误 / the ledger is not valid: 1 error",
      "  - error tasks[1].problemIds[0]: 引用的反馈问题p9不存在 [dangling_reference]",
      "    error tasks[1].problemIds[0]: refers to feedback problem p9, which does not exist [dangling_reference]",
      "  - warning tasks[2].problemIds: 整改任务未关联任何反馈问题 [task_without_problem]",
      "    warning tasks[2].problemIds: the task is not linked to any feedback problem [task_without_problem]",
      "  - warning problems[1]: 反馈问题p2没有对应的整改任务 [problem_without_task]",
      "    warning problems[1]: no rectification task addresses feedback problem p2 [problem_without_task]",
      "  - warning problems[2]: 反馈问题p3没有对应的整改任务 [problem_without_task]",
      "    warning problems[2]: no rectification task addresses feedback problem p3 [problem_without_task]",
    ]);
  });

  it("lists at most 50 issues, then how many more", () => {
    const ledger = generatedLedger(60) as { tasks: { problemIds: string[] }[] };
    for (const task of ledger.tasks) task.problemIds = ["p-missing"];
    expect(() => assertValidLedger(ledger)).toThrow(/… 另有\d+条 \/ … and \d+ more$/);
    try {
      assertValidLedger(ledger);
    } catch (error) {
      const message = (error as Error).message;
      expect(message.split("\n").filter((line) => line.startsWith("  - "))).toHaveLength(
        MAX_LISTED_ISSUES,
      );
      const total = (error as LedgerAssertionError).issues.length;
      expect(message).toContain(`and ${total - MAX_LISTED_ISSUES} more`);
      expect(message.split("\n")[0]).toBe(
        "台账校验未通过：60个错误 / the ledger is not valid: 60 errors",
      );
    }
  });
});
