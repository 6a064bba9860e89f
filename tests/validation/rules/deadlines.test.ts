import { describe, expect, it } from "vitest";
import type { DeadlineParser } from "../../../src/validation/index.js";
import { validateLedger } from "../../../src/validation/index.js";
import { baseLedger, located } from "../fixtures.js";

/** A tiny stand-in for ducha/deadlines: "YYYY年M月底(前)", "YYYY年底(前)" and "长期坚持". */
const fakeParser: DeadlineParser = (text, options) => {
  const month = /^(\d{4})年(\d{1,2})月底前?$/.exec(text);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {
      ok: true,
      value: { due: `${y}-${String(m).padStart(2, "0")}-${last}`, kind: "month_end" },
    };
  }
  const year = /^(\d{4})年底前?$/.exec(text);
  if (year) return { ok: true, value: { due: `${year[1]}-12-31`, kind: "year_end" } };
  if (text === "长期坚持") return { ok: true, value: { kind: "long_term" } };
  const bare = /^(\d{1,2})月底前?$/.exec(text);
  if (bare && options?.anchor) {
    const y = Number(options.anchor.slice(0, 4));
    const m = Number(bare[1]);
    return {
      ok: true,
      value: {
        due: `${y}-${String(m).padStart(2, "0")}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`,
        kind: "month_end",
      },
    };
  }
  return {
    ok: false,
    issues: [
      {
        code: "unrecognised_deadline",
        severity: "error",
        path: [],
        message: { "zh-CN": "无法识别的时限表述", en: "unrecognised deadline wording" },
      },
    ],
  };
};

describe("deadlines", () => {
  it("reads deadline text with ducha's own parser by default", () => {
    const ledger = baseLedger();
    ledger.tasks[0]!.deadline = { text: "尽快", due: "2018-12-31" };
    expect(
      validateLedger(ledger).issues.map((i) => [i.code, i.severity, i.path.join(".")]),
    ).toEqual([["deadline_unparseable", "warning", "tasks.0.deadline.text"]]);
    ledger.tasks[0]!.deadline = { text: "2018年底前", due: "2018-11-30" };
    expect(validateLedger(ledger).issues.map((i) => i.code)).toEqual(["deadline_due_mismatch"]);
    ledger.tasks[0]!.deadline = { text: "二〇一八年年底前", due: "2018-12-31" };
    expect(validateLedger(ledger).issues).toEqual([]);
  });

  it("passes deadlines whose due dates match their text, and long-term ones without a due", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.deadline = { text: "长期坚持" };
    expect(validateLedger(ledger, { parseDeadline: fakeParser }).issues).toEqual([]);
  });

  it("reports a stated due the text does not mean, in tasks, original deadlines and measures", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.deadline = {
      text: "2018年6月底前",
      due: "2018-06-29",
      originalText: "2017年9月底前",
      originalDue: "2017-09-30",
    };
    (ledger.tasks[1]!.measures as { deadline: { due: string } }[])[0]!.deadline.due = "2017-10-31";
    const result = validateLedger(ledger, { parseDeadline: fakeParser });
    expect(located(result.issues)).toEqual([
      ["deadline_due_mismatch", "tasks.1.deadline.due"],
      ["deadline_due_mismatch", "tasks.1.measures.0.deadline.due"],
    ]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "整改时限“2018年6月底前”对应2018-06-30，与填写的到期日2018-06-29不符",
      en: 'the deadline "2018年6月底前" means 2018-06-30, not the stated due date 2018-06-29',
    });
    expect(result.ok).toBe(false);
  });

  it("warns about text the parser cannot read, with the parser's reason", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.deadline = { text: "尽快完成", originalText: "按序时推进" };
    const result = validateLedger(ledger, { parseDeadline: fakeParser });
    expect(result.ok).toBe(true);
    expect(located(result.issues)).toEqual([
      ["deadline_unparseable", "tasks.1.deadline.text"],
      ["deadline_unparseable", "tasks.1.deadline.originalText"],
    ]);
    expect(result.issues[0]!.message).toEqual({
      "zh-CN": "无法识别整改时限“尽快完成”：无法识别的时限表述",
      en: 'the deadline "尽快完成" cannot be read: unrecognised deadline wording',
    });
  });

  it("anchors year-less text to the plan or feedback date of the task's round", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.deadline = { text: "12月底前", due: "2022-12-31" };
    expect(validateLedger(ledger, { parseDeadline: fakeParser }).issues).toEqual([]);
    ledger.tasks[1]!.deadline = { text: "9月底前" };
    expect(located(validateLedger(ledger, { parseDeadline: fakeParser }).issues)).toEqual([
      ["deadline_unparseable", "tasks.1.deadline.text"],
    ]);
  });

  it("reads a year-less text in the year of its stated due date when no round dates it", () => {
    // Ulanqab's 2017 plan: c13 "9月底前" due 2017-09-30, in a round with no dates at all.
    const ledger = baseLedger();
    ledger.rounds = ledger.rounds.map(({ feedbackDate, plan, ...round }) => round);
    ledger.tasks[1]!.deadline = { text: "9月底前", due: "2017-09-30" };
    expect(validateLedger(ledger).issues).toEqual([]);
    // A reading in that year that disagrees with the stated due keeps the original issue.
    ledger.tasks[1]!.deadline = { text: "明年6月底前", due: "2017-06-30" };
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["deadline_unparseable", "tasks.1.deadline.text"],
    ]);
    ledger.tasks[1]!.deadline = { text: "9月底前", due: "2017-10-31" };
    expect(located(validateLedger(ledger).issues)).toEqual([
      ["deadline_unparseable", "tasks.1.deadline.text"],
    ]);
  });

  it("turns a parser that throws into an issue instead of throwing", () => {
    const ledger = baseLedger();
    const throwing: DeadlineParser = () => {
      throw new Error("boom");
    };
    const result = validateLedger(ledger, { parseDeadline: throwing });
    expect(result.issues.map((i) => i.code)).toEqual(Array(4).fill("deadline_unparseable"));
    expect(result.issues[0]!.message.en).toBe('the deadline "2018年底前" cannot be read: boom');
    const throwsString: DeadlineParser = () => {
      throw "bad";
    };
    expect(validateLedger(ledger, { parseDeadline: throwsString }).issues[0]!.params).toMatchObject(
      {
        detail: "bad",
      },
    );
  });

  it("reports without a reason when the parser gives none", () => {
    const ledger = baseLedger();
    const silent: DeadlineParser = () => ({ ok: false, issues: [] });
    const result = validateLedger(ledger, { parseDeadline: silent });
    expect(result.issues[0]!.message["zh-CN"]).toBe("无法识别整改时限“2018年底前”");
  });

  it("still checks deadlines when rounds or problems are broken, and skips what has none", () => {
    const ledger = baseLedger();
    ledger.rounds[1]!.kind = "unknown";
    ledger.rounds.push({ ...ledger.rounds[2]!, id: "r2-nm", feedbackDate: "2030-01-01" });
    ledger.problems[0]!.category = "unknown";
    ledger.tasks[2]!.problemIds = [];
    ledger.tasks[2]!.measures = [{ text: "开展草原执法检查" }];
    ledger.tasks.push({ id: "t4", problemIds: ["p2"], title: "无时限任务" });
    const result = validateLedger(ledger, { parseDeadline: fakeParser });
    expect(result.issues.filter((i) => i.code.startsWith("deadline_"))).toEqual([]);
  });
});

describe("deadlines: anchors and parsers", () => {
  /** The due date the rule read "12月底前" as, for task t3 (problem p3, round r2-nm). */
  const readDue = (edit: (ledger: ReturnType<typeof baseLedger>) => void) => {
    const ledger = baseLedger();
    ledger.tasks[2]!.deadline = { text: "12月底前", due: "2000-12-31" };
    edit(ledger);
    const mismatch = validateLedger(ledger).issues.find((i) => i.code === "deadline_due_mismatch");
    return mismatch?.params?.parsedDue;
  };
  const round = (ledger: ReturnType<typeof baseLedger>) =>
    ledger.rounds[1] as { plan?: Record<string, string>; feedbackDate?: string };

  it("reads a year-less text in the year of the plan's publication, approval, submission or feedback, in that order", () => {
    const plan = {
      title: "整改方案",
      submittedDate: "2022-12-30",
      approvedDate: "2023-01-05",
      publishedDate: "2024-01-02",
    };
    expect(
      readDue((l) => {
        round(l).plan = { ...plan };
      }),
    ).toBe("2024-12-31");
    const { publishedDate, ...approved } = plan;
    expect(
      readDue((l) => {
        round(l).plan = approved;
      }),
    ).toBe("2023-12-31");
    const { approvedDate, ...submitted } = approved;
    expect(
      readDue((l) => {
        round(l).plan = submitted;
      }),
    ).toBe("2022-12-31");
    expect(
      readDue((l) => {
        delete round(l).plan;
        round(l).feedbackDate = "2021-06-02";
      }),
    ).toBe("2021-12-31");
  });

  it("takes the anchor from the task's first problem, and the first of repeated ids", () => {
    const ledger = baseLedger();
    ledger.tasks[2]!.deadline = { text: "12月底前" };
    expect(validateLedger(ledger).issues.filter((i) => i.code.startsWith("deadline_"))).toEqual([]);
    // A second round and a second problem with the same ids (themselves duplicate_id errors)
    // do not move the anchor: the first record of an id is the one others refer to.
    ledger.rounds.push({ id: "r2-nm", kind: "routine", ordinal: 2, feedbackDate: "2030-06-01" });
    ledger.problems.push({ id: "p3", roundId: "r2-xj", text: "重复录入的问题" });
    ledger.tasks[2]!.deadline = { text: "12月底前", due: "2022-12-31" };
    expect(validateLedger(ledger).issues.filter((i) => i.code.startsWith("deadline_"))).toEqual([]);
    // Without a problem there is no round, so no year: the text cannot be read.
    ledger.tasks[2]!.problemIds = [];
    ledger.tasks[2]!.deadline = { text: "12月底前" };
    expect(
      located(validateLedger(ledger).issues.filter((i) => i.code.startsWith("deadline_"))),
    ).toEqual([["deadline_unparseable", "tasks.2.deadline.text"]]);
  });

  it("calls an injected parser for every deadline, not once per distinct text", () => {
    const ledger = baseLedger();
    for (const task of ledger.tasks) task.deadline = { text: "2018年底前", due: "2018-12-31" };
    let calls = 0;
    const counting: DeadlineParser = (text, options) => {
      calls++;
      return fakeParser(text, options);
    };
    validateLedger(ledger, { parseDeadline: counting });
    expect(calls).toBe(4); // three tasks, and t2's measure
  });

  it("locates a wrong original due date at originalDue, and leaves a stated due on a text with none", () => {
    const ledger = baseLedger();
    ledger.tasks[1]!.deadline = {
      text: "2018年6月底前",
      due: "2018-06-30",
      originalText: "2017年9月底前",
      originalDue: "2017-09-15",
    };
    ledger.tasks[2]!.deadline = { text: "长期坚持", due: "2023-12-31" };
    const result = validateLedger(ledger, { parseDeadline: fakeParser });
    expect(located(result.issues)).toEqual([
      ["deadline_due_mismatch", "tasks.1.deadline.originalDue"],
    ]);
  });

  it("keeps the issue when the retry in the due date's year throws", () => {
    const ledger = baseLedger();
    ledger.rounds = ledger.rounds.map(({ feedbackDate, plan, ...r }) => r);
    ledger.tasks[1]!.deadline = { text: "9月底前", due: "2017-09-30" };
    const flaky: DeadlineParser = (text, options) => {
      if (options?.anchor !== undefined) throw new Error("no anchors here");
      return fakeParser(text, options);
    };
    expect(located(validateLedger(ledger, { parseDeadline: flaky }).issues)).toEqual([
      ["deadline_unparseable", "tasks.1.deadline.text"],
    ]);
  });
});
