import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, smallLedger, ULANQAB, ulanqabWithWarning } from "./helpers.js";

const files = { "x.json": smallLedger() };

describe("ducha report", () => {
  it("writes the report sentence of a ledger, dated by its meta.asOf", async () => {
    const { code, stdout, stderr } = await cli(
      ["report", "x.json", "--lang", "zh-CN", "--publisher", "我市"],
      { files },
    );
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      "截至2024年6月底，我市牵头的9项整改任务已完成6项，其余3项正在持续推进中；转办的811件信访件已办结808件，办结率99.63%，其余3件正在持续推进中。\n",
    );
  });

  it("writes it in English", async () => {
    const { stdout } = await cli(["report", "x.json", "--publisher", "the city"], { files });
    expect(stdout).toMatch(
      /^As of the end of June 2024, 6 of the 9 rectification tasks led by the city had been completed; the remaining 3 are in progress\./,
    );
    expect(stdout).toContain("99.63%");
  });

  it("adds tables by lead unit with --format markdown", async () => {
    const { stdout } = await cli(["report", "x.json", "--format", "markdown"], { files });
    expect(stdout).toContain("### By lead unit");
    expect(stdout).toContain("| 市生态环境局 | 9 | 6 | 3 | 0 | 66.67% |");
  });

  it("reports the sample ledger without a date when it has none, its warning on stderr", async () => {
    const { code, stdout, stderr } = await cli(["report", "ulanqab.json", "--lang", "zh-CN"], {
      files: ulanqabWithWarning(),
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("18项整改任务正在持续推进中。\n");
    expect(stderr).toContain("警告 tasks[15].deadline.text");
  });

  it("counts statuses as of --as-of, rebuilt from events", async () => {
    const ledger = JSON.parse(smallLedger());
    ledger.tasks[0].events = [{ type: "report_completed", date: "2024-05-31" }];
    const { stdout } = await cli(["report", "x.json", "--as-of", "2023-12-31", "--json"], {
      files: { "x.json": JSON.stringify(ledger) },
    });
    const report = JSON.parse(stdout);
    expect(report.asOf).toBe("2023-12-31");
    // Task t1 was reported completed only on 2024-05-31.
    expect(report.text).toMatch(/^As of the end of December 2023, 5 of the 9 rectification tasks/);
  });

  it("prints the summary, the sentence and the issues with --json (or --format json)", async () => {
    const { code, stdout } = await cli(["report", "x.json", "--json"], { files });
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["ok", "file", "asOf", "text", "summary", "issues"]);
    expect(report.ok).toBe(true);
    expect(report.asOf).toBe("2024-06-30");
    expect(report.summary.tasks.total.completed).toBe(6);
    expect(report.text).toContain("811");
    expect(report.issues).toEqual([]);
    const format = await cli(["report", "x.json", "--format", "json"], { files });
    expect(format.stdout).toBe(stdout);
    // --json wins over another --format.
    expect(
      (await cli(["report", "x.json", "--json", "--format", "markdown"], { files })).stdout,
    ).toBe(stdout);
    const sample = JSON.parse(
      (await cli(["report", "ulanqab.json", "--json"], { files: ULANQAB })).stdout,
    );
    expect(sample.asOf).toBeNull();
  });

  it("writes no report from a ledger with errors (exit 1)", async () => {
    const ledger = JSON.parse(smallLedger());
    ledger.tasks[1].problemIds = ["p404"];
    const broken = { "x.json": JSON.stringify(ledger) };
    const { code, stdout, stderr } = await cli(["report", "x.json"], { files: broken });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toBe("");
    expect(stderr).toContain("error tasks[1].problemIds[0]");
    expect(stderr).toContain(
      "the ledger has 1 error(s), so nothing was produced; run ducha validate x.json first",
    );
    const json = await cli(["report", "x.json", "--json"], { files: broken });
    expect(json.code).toBe(EXIT.issues);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.some((i: { code: string }) => i.code === "dangling_reference")).toBe(true);
    const zh = await cli(["report", "x.json", "--lang", "zh-CN"], { files: broken });
    expect(zh.stderr).toContain("台账有1个错误，未生成结果；请先运行 ducha validate x.json");
  });
});
