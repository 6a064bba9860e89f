import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, smallLedger, ULANQAB } from "./helpers.js";

describe("ducha warnings", () => {
  it("lists the sample ledger's overdue task c13 at the end of 2017 (exit 1)", async () => {
    const { code, stdout } = await cli(
      ["warnings", "ulanqab.json", "--as-of", "2017-12-31", "--lang", "zh-CN"],
      { files: ULANQAB },
    );
    expect(code).toBe(EXIT.issues);
    expect(stdout).toBe(
      "tasks[15].deadline.due: 【亮红灯】任务c13已超过完成时限2017-09-30，逾期92天 → 约谈 [overdue]\n" +
        "截至2017-12-31，预警1条（红1、黄0、蓝0）\n",
    );
  });

  it("prints the warnings with --json", async () => {
    const { stdout } = await cli(["warnings", "ulanqab.json", "--as-of", "2017-12-31", "--json"], {
      files: ULANQAB,
    });
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["ok", "file", "asOf", "warnings", "issues"]);
    expect(report.ok).toBe(false);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: "overdue",
        level: "red",
        recordId: "c13",
        path: ["tasks", 15, "deadline", "due"],
        escalation: "interview",
        params: { due: "2017-09-30", days: 92 },
      }),
    ]);
    expect(report.issues).toEqual([]);
  });

  it("exits 0 when nothing is due, using the ledger's meta.asOf", async () => {
    const { code, stdout } = await cli(["warnings", "x.json"], {
      files: { "x.json": smallLedger() },
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("0 warning(s) as of 2024-06-30 (0 red, 0 yellow, 0 blue)\n");
  });

  it("tiers a task due soon in working days", async () => {
    const ledger = JSON.parse(smallLedger());
    ledger.tasks[7].deadline = { text: "2024年7月5日前", due: "2024-07-05" };
    const { code, stdout } = await cli(["warnings", "x.json", "--as-of", "2024-07-01"], {
      files: { "x.json": JSON.stringify(ledger) },
    });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toMatch(
      /^tasks\[7\]\.deadline\.due: \[.+\] task t8 is due on 2024-07-05, 4 working day\(s\) from now/,
    );
  });

  it("needs a date: --as-of or the ledger's meta.asOf (exit 2)", async () => {
    const { code, stderr } = await cli(["warnings", "ulanqab.json"], { files: ULANQAB });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe(
      "ducha warnings: give the date with --as-of (the ledger has no meta.asOf either)\n",
    );
  });

  it("gives no warnings for a ledger with errors (exit 1)", async () => {
    const files = { "bad.json": "[]" };
    const { code, stdout, stderr } = await cli(["warnings", "bad.json", "--as-of", "2024-01-01"], {
      files,
    });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toBe("");
    expect(stderr).toContain("nothing was produced");
  });

  it("colours warnings by level on a terminal", async () => {
    const { stdout } = await cli(["warnings", "ulanqab.json", "--as-of", "2017-12-31"], {
      files: ULANQAB,
      tty: true,
      env: {},
    });
    expect(stdout).toContain("\u001b[31m[red light] task c13");
  });
});

describe("ducha warnings --deadline-anchor", () => {
  const csv = {
    "tasks.csv":
      "序号,整改任务,牵头单位,整改时限,状态\n1,城区扬尘污染整治,市住建局,9月底前,正在推进\n2,黑臭水体整治,市水务局,2017年12月底前,已完成\n",
  };

  it("reads year-less deadlines of a table in the anchor's year, so they can be overdue", async () => {
    const without = await cli(["warnings", "tasks.csv", "--as-of", "2017-12-31"], { files: csv });
    expect(without.stdout).toBe("0 warning(s) as of 2017-12-31 (0 red, 0 yellow, 0 blue)\n");
    const anchored = await cli(
      [
        "warnings",
        "tasks.csv",
        "--as-of",
        "2017-12-31",
        "--deadline-anchor",
        "2017-06-15",
        "--json",
      ],
      { files: csv },
    );
    expect(anchored.code).toBe(EXIT.issues);
    const report = JSON.parse(anchored.stdout);
    expect(
      report.warnings.map((w: { code: string; params: unknown }) => [w.code, w.params]),
    ).toEqual([["overdue", { due: "2017-09-30", days: 92 }]]);
  });

  it("refuses an anchor that is not a real date (exit 2), in both languages", async () => {
    const en = await cli(["validate", "tasks.csv", "--deadline-anchor", "2017-02-30"], {
      files: csv,
    });
    expect([en.code, en.stderr]).toEqual([
      EXIT.usage,
      expect.stringContaining(
        '--deadline-anchor must be a real date written YYYY-MM-DD, not "2017-02-30"',
      ),
    ]);
    const zh = await cli(
      ["report", "tasks.csv", "--deadline-anchor", "6月15日", "--lang", "zh-CN"],
      {
        files: csv,
      },
    );
    expect(zh.stderr).toContain(
      "--deadline-anchor 须为真实存在的日期，写作YYYY-MM-DD，收到“6月15日”",
    );
  });
});
