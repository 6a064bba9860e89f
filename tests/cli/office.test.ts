// `ducha report` and `ducha validate` on the office-layout fixtures made by LibreOffice Calc
// (scripts/office-fixtures.ts): the counts by status come out right whatever the file's layout
// and encoding.
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/index.js";
import { cli, repoFile } from "./helpers.js";

const fixture = (name: string) => repoFile(`tests/fixtures/io/${name}`);

async function statuses(name: string, ...extra: string[]) {
  const { code, stdout } = await cli(["report", name, "--format", "json", ...extra], {
    files: { [name]: fixture(name) },
  });
  const report = JSON.parse(stdout);
  const { tasks } = report.summary;
  return { code, asOf: report.asOf, total: tasks.total.tasks, byStatus: tasks.byStatus };
}

describe("ducha report on spreadsheets as offices save them", () => {
  it.each(["office-ledger.xlsx", "office-ledger-gb18030.csv", "office-ledger-utf8bom.csv"])(
    "%s: 6 tasks, 3 completed, 2 in progress, 1 not started",
    async (name) => {
      const { code, asOf, total, byStatus } = await statuses(
        name,
        "--keep-together",
        "各旗县市区党委、政府",
      );
      // The 截至2018年6月30日 line above the header is the report's date.
      expect([code, asOf, total]).toEqual([EXIT.ok, "2018-06-30", 6]);
      expect(byStatus).toEqual({ completed: 3, in_progress: 2, not_started: 1 });
    },
  );

  it.each(["office-merged.xlsx", "office-merged-gb18030.csv", "office-merged-utf16.csv"])(
    "%s: 6 measures of 3 merged problems",
    async (name) => {
      const { total, byStatus } = await statuses(name);
      expect(total).toBe(6);
      expect(byStatus).toEqual({ in_progress: 2, completed: 3, basically_completed: 1 });
    },
  );

  it("reads every sheet, or the one --sheet names", async () => {
    expect((await statuses("office-rounds.xlsx")).byStatus).toEqual({
      completed: 4,
      in_progress: 3,
    });
    expect((await statuses("office-rounds.xlsx", "--sheet", "第二轮督察")).byStatus).toEqual({
      in_progress: 2,
      completed: 2,
    });
    expect((await statuses("office-rounds.xlsx", "--sheet", "1")).total).toBe(3);
  });

  it("tells how to save an .xls as .xlsx", async () => {
    const { code, stdout } = await cli(["validate", "ledger.xls"], {
      files: { "ledger.xls": fixture("office-ledger.xls") },
    });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toContain("[legacy_spreadsheet]");
  });

  it.each(["office-petitions.xlsx", "office-petitions-gb18030.csv"])(
    "%s: a petition table under a title, told from a task table by its headers",
    async (name) => {
      const { code, stdout } = await cli(["validate", name, "--json"], {
        files: { [name]: fixture(name) },
      });
      const report = JSON.parse(stdout);
      expect(code).toBe(EXIT.ok);
      expect(report.records.petitions.total).toBe(9);
      expect(report.records.tasks.total).toBe(0);
    },
  );

  it.each([
    ["office-ledger.xls", ".xls/.et"],
    ["office-ledger.ods", ".ods"],
  ])(
    "tells an %s saved under an .xlsx name for what it is, in validate and report alike",
    async (name, kind) => {
      for (const command of ["validate", "report"]) {
        const { code, stderr, stdout } = await cli([command, "renamed.xlsx", "--json"], {
          files: { "renamed.xlsx": fixture(name) },
        });
        expect(code).toBe(EXIT.issues);
        const report = JSON.parse(stdout || stderr);
        const issues = report.issues as { code: string; params: { kind: string } }[];
        expect(issues.map((issue) => [issue.code, issue.params.kind])).toEqual([
          ["legacy_spreadsheet", kind],
        ]);
      }
    },
  );
});
