import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run demo` is the README's first command on a fresh clone: it must keep printing the report.
function demo(...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...args], {
    encoding: "utf8",
  });
}

describe("npm run demo", () => {
  it("prints Ulanqab's progress report, warnings and the published second-round figures in zh-CN", () => {
    const out = demo();
    expect(out).toContain("## examples/ulanqab-2017.json：校验通过，任务18项，问题0个");
    expect(out).toContain(
      "截至2018年7月2日，我市牵头的18项整改任务正在持续推进中，其中2项已超过整改时限。",
    );
    expect(out).toContain("| 市住建委 | 3 | 0 | 3 | 1 | 0.00% |");
    expect(out).toContain("【亮红灯】任务c13已超过完成时限2017-09-30，逾期275天");
    expect(out).toContain(
      "转办的4704件信访件已办结4593件，办结率97.64%，其余111件正在持续推进中。",
    );
    expect(out).toContain("共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部59人。");
    expect(out).toContain("乌鲁木齐市牵头的9项整改任务已完成6项");
    expect(out).toContain("转办的29批91件群众信访举报案件已全部办结。");
  });

  it("writes the same report in English for another date", () => {
    const out = demo("--lang", "en", "--as-of", "2017-12-29");
    expect(out).toContain("## examples/ulanqab-2017.json: valid, 18 tasks, 0 issues");
    expect(out).toContain("4593 had been closed (97.64%)");
    expect(out).toContain(
      "As of 29 December 2017, none of the 18 rectification tasks led by the city",
    );
    expect(out).toContain("1 of them past its deadline");
    expect(out).toContain(
      "### Warnings (2017-12-29): 1\n- [red light] task c13 is 90 day(s) past its due date 2017-09-30",
    );
  });
});
