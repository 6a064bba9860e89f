import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, repoFile } from "./helpers.js";

// A batch table as the Xilingol bulletin counts it, named as a file of the fifth batch.
const BATCH_TABLE = [
  "受理编号,行政区域,污染类型,是否属实,处理和整改情况,责任追究情况,办结情况,办结时间",
  "X1,锡林浩特市,大气,属实,责令整改2家，立案处罚1家，罚款236.8万元,约谈3人，问责1人,已办结,2022-04-20",
  "X2,二连浩特市,水,不属实,,,已办结,2022-04-21",
  "X3,二连浩特市,噪声,部分属实,责令该公司立即整改,,阶段性办结,",
].join("\n");

const PUBLISHED = {
  "petitions.csv": repoFile("examples/petitions-published.csv"),
  "petitions.xlsx": repoFile("examples/petitions-published.xlsx"),
};

describe("ducha and petition tables", () => {
  it("validate recognises a petition table by its headers and accounts for every row", async () => {
    const { code, stdout } = await cli(["validate", "petitions.csv"], { files: PUBLISHED });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("58 record(s), 0 with errors");
    expect(stdout).toContain("[unread_outcome]");
  });

  it("report writes the bulletin, the batch read from the file name", async () => {
    const { code, stdout } = await cli(
      ["report", "第五批.csv", "--lang", "zh-CN", "--as-of", "2022-04-25"],
      { files: { "第五批.csv": BATCH_TABLE } },
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(
      "截至2022年4月25日，第5批交办的3件群众信访举报案件已办结2件，办结率66.67%，另有1件阶段性办结；责令整改2家，立案处罚1家，罚款236.8万元，约谈3人，问责1人。\n",
    );
  });

  it("report --json carries the outcome sums, the same from CSV and XLSX", async () => {
    const fromCsv = await cli(["report", "petitions.csv", "--json"], { files: PUBLISHED });
    const fromXlsx = await cli(["report", "petitions.xlsx", "--json"], { files: PUBLISHED });
    expect(fromCsv.code).toBe(EXIT.ok);
    const a = JSON.parse(fromCsv.stdout);
    const b = JSON.parse(fromXlsx.stdout);
    expect(a.summary.petitions.outcomes.finesYuan).toBe(2992437456.51);
    expect(b.summary.petitions).toEqual(a.summary.petitions);
  });

  it("warnings reads a petition table: a case in handling too long is a yellow card", async () => {
    const table = [
      "受理编号,交办时间,交办问题基本情况,办结情况",
      "X1,2022-03-28,夜间施工噪声扰民,正在办理",
      "X2,2022-03-28,烧烤油烟,阶段性办结",
    ].join("\n");
    const { code, stdout } = await cli(["warnings", "t.csv", "--as-of", "2022-06-30", "--json"], {
      files: { "t.csv": table },
    });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toContain("petition_open_too_long");
  });

  it("still reads a task table as a task table", async () => {
    const { code, stdout } = await cli(["validate", "tasks.csv"], {
      files: { "tasks.csv": repoFile("examples/ulanqab-tasks.csv") },
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("36 record(s)");
  });
});
