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

describe("ducha report --keep-together", () => {
  const csv = {
    "t.csv":
      "序号,整改任务,牵头单位,整改时限,状态\n8,草原生态保护修复,各旗县市区党委、政府,2018年6月底前,正在推进\n9,地下水超采治理,市水利局；各旗县市区党委、政府,2018年底前,正在推进\n",
  };
  const leadUnits = async (...extra: string[]) => {
    const { code, stdout } = await cli(
      ["report", "t.csv", "--as-of", "2018-07-01", "--format", "json", ...extra],
      { files: csv },
    );
    return [code, Object.keys(JSON.parse(stdout).summary.tasks.byLeadUnit)];
  };

  it("keeps a collective unit name whole in a table, and may be repeated", async () => {
    expect(await leadUnits()).toEqual([EXIT.ok, ["各旗县市区党委", "市水利局", "政府"]]);
    expect(await leadUnits("--keep-together", "各旗县市区党委、政府")).toEqual([
      EXIT.ok,
      ["各旗县市区党委、政府", "市水利局"],
    ]);
    expect(
      await leadUnits("--keep-together", "各旗县市区党委、政府", "--keep-together", "市直各部门"),
    ).toEqual([EXIT.ok, ["各旗县市区党委、政府", "市水利局"]]);
  });

  it("needs a value each time it is given (exit 2)", async () => {
    const { code, stderr } = await cli(["report", "t.csv", "--keep-together"], { files: csv });
    expect([code, stderr]).toEqual([
      EXIT.usage,
      expect.stringContaining("--keep-together needs a value"),
    ]);
  });
});
