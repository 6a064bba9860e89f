// Bugs the hostile corpus and the fuzz script found, one test each, so they stay fixed.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { auditRate } from "../../src/audit/auditRate.js";
import { extractFigures } from "../../src/audit/extractFigures.js";
import { parseDeadline } from "../../src/deadlines/parseDeadline.js";
import { validateNdjsonStream } from "../../src/io/ndjson.js";
import { parseLedger } from "../../src/ledger/parseLedger.js";
import { readApproximate } from "../../src/metrics/approximate.js";
import { readOutcomes } from "../../src/outcomes/readOutcomes.js";

/** Milliseconds a call takes. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// Quadratic work on 200,000 characters takes minutes; linear work takes milliseconds. The bound
// leaves room for a loaded CI machine under coverage.
const LONG = 200_000;
const BOUND_MS = 5_000;

describe("a count above 2^53 (1e20)", () => {
  it("is reported once by parseLedger, not once per zod check", () => {
    const result = parseLedger({
      format: "ducha/ledger@1",
      petitionTallies: [{ id: "tally", roundId: "r2-nm", transferred: 1e20 }],
    });
    expect(result.issues.map((issue) => issue.code)).toEqual(["too_big"]);
    expect(result.issues[0]?.path).toEqual(["petitionTallies", 0, "transferred"]);
  });

  it("is reported once by the NDJSON reader", async () => {
    const line =
      '{"collection":"petitionTallies","record":{"id":"a","roundId":"r","transferred":1e20}}';
    const report = await validateNdjsonStream(Readable.from(line));
    expect(report.issues.map((issue) => issue.code)).toEqual(["too_big", "missing_header_line"]);
  });
});

describe("long runs of digits and numerals are read in linear time", () => {
  it("readApproximate and auditRate on 200,000 digits without a %", () => {
    const digits = "9".repeat(LONG);
    expect(timed(() => expect(readApproximate(digits).ok).toBe(false))).toBeLessThan(BOUND_MS);
    const audit = () =>
      auditRate({ numerator: 4593, denominator: 4704, stated: `办结率${digits}` });
    expect(timed(() => expect(audit().ok).toBe(false))).toBeLessThan(BOUND_MS);
    // Unchanged meaning: the figure still starts where its digits start.
    const read = readApproximate("结案销号率97.64%，位列第1.5%");
    expect(read.ok && read.value.matched).toBe("97.64%");
  });

  it("extractFigures on 200,000 Chinese numerals or 万", () => {
    for (const text of ["一".repeat(LONG), "万".repeat(LONG), `共${"三".repeat(LONG)}`]) {
      expect(timed(() => extractFigures(text))).toBeLessThan(BOUND_MS);
    }
    const jilin = "督察交办的4704个群众投诉举报案件，已结案销号4593个，问责一百一十八人";
    const figures = extractFigures(jilin).figures;
    expect(figures.map((figure) => figure.kind)).toEqual(["petitions", "accountability"]);
    const accountability = figures[1];
    if (accountability?.kind === "accountability") expect(accountability.total?.value).toBe(118);
  });

  it("readOutcomes on 200,000 capital numerals, and on long phrases of 拟 and 分别 cues", () => {
    const long = [
      "贰".repeat(LONG),
      `罚款${"贰".repeat(LONG)}元`,
      "拟罚款1元、".repeat(LONG / 6),
      "分别约谈1人、".repeat(LONG / 7),
    ];
    for (const text of long) expect(timed(() => readOutcomes(text))).toBeLessThan(BOUND_MS);
    expect(readOutcomes("拟罚款1元，分别约谈1人、2人").outcomes).toEqual({ interviews: 3 });
  });

  it("parseDeadline on 200,000 digits or numerals", () => {
    for (const text of ["9".repeat(LONG), "一".repeat(LONG), `${"二".repeat(LONG)}年底前`]) {
      expect(timed(() => expect(parseDeadline(text).ok).toBe(false))).toBeLessThan(BOUND_MS);
    }
    const target = parseDeadline("二〇二五年底前，整改完成率达到90%以上");
    expect(target.ok && [target.value.due, target.value.percentTarget]).toEqual(["2025-12-31", 90]);
  });
});

describe("a repeated id on a record the schema rejects", () => {
  it("is a duplicate_id whichever copy is broken", async () => {
    const { validateLedger } = await import("../../src/validation/validateLedger.js");
    const valid = { id: "t1", problemIds: ["p1"], title: "草原生态保护修复整改" };
    const broken = { ...valid, completedDate: "2023-02-30" };
    const base = {
      format: "ducha/ledger@1",
      rounds: [{ id: "r2-nm", kind: "routine", ordinal: 2 }],
      problems: [{ id: "p1", roundId: "r2-nm", text: "草原生态保护修复工作推进不力问题" }],
    };
    for (const tasks of [
      [valid, broken],
      [broken, valid],
    ]) {
      const codes = validateLedger({ ...base, tasks }).issues.map((issue) => issue.code);
      expect(codes.sort()).toEqual(["duplicate_id", "invalid_date"]);
    }
  });
});
