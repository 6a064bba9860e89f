import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { cli, ROOT } from "./helpers.js";

// Seed 002: 吉林省人民政府网, 2023-05-10: 4704 petitions, 4593 closed, 97.64%; 118 held accountable.
const seed = readFileSync(join(ROOT, "tests/fixtures/seeds/002.txt"), "utf8");
const wrong = seed.replace("97.64%", "97.46%");

describe("ducha audit", () => {
  it("finds a published paragraph consistent (exit 0)", async () => {
    const { code, stdout, stderr } = await cli(["audit", "002.txt"], {
      files: { "002.txt": seed },
    });
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    expect(stdout).toContain('✓ "97.64%" matches 4593/4704 (97.64%) [rate_consistent]');
    expect(stdout).toContain("    “结案销号率97.64%” “4593个” “4704个”");
    expect(stdout).toContain("✓ 8 bureau + 51 county + 59 township = 118 = 118 held accountable");
    // The stationing period and feedback date agree with the inspection schedule (ducha/rounds).
    expect(stdout).toContain("[schedule_consistent]");
    expect(stdout.endsWith("5 check(s); the figures agree\n")).toBe(true);
  });

  it("catches a deliberately wrong rate (exit 1)", async () => {
    expect(wrong).not.toBe(seed);
    const { code, stdout } = await cli(["audit", "002.txt", "--lang", "zh-CN"], {
      files: { "002.txt": wrong },
    });
    expect(code).toBe(EXIT.issues);
    expect(stdout).toContain(
      "✗ “97.46%”与4593/4704（97.64%）不符，所试口径均不相符 [rate_inconsistent]",
    );
    expect(stdout.endsWith("核对5处，其中1处不一致\n")).toBe(true);
  });

  it("catches a remainder that does not add up", async () => {
    const text = "我市牵头的9项整改任务已完成6项，其余4项正在持续推进中";
    const { code, stdout } = await cli(["audit", "p.txt", "--json"], { files: { "p.txt": text } });
    expect(code).toBe(EXIT.issues);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["consistent", "file", "findings"]);
    expect(report.consistent).toBe(false);
    expect(report.findings.some((f: { consistent: boolean }) => !f.consistent)).toBe(true);
  });

  it("prints every finding with --json", async () => {
    const { stdout } = await cli(["audit", "002.txt", "--json"], { files: { "002.txt": seed } });
    const report = JSON.parse(stdout);
    expect(report.consistent).toBe(true);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      "count_within_total",
      "rate_consistent",
      "parts_add_up",
      "schedule_consistent",
      "schedule_consistent",
    ]);
  });

  it("audits every seed paragraph as consistent", async () => {
    for (const name of ["000", "001", "002", "003", "004"]) {
      const text = readFileSync(join(ROOT, `tests/fixtures/seeds/${name}.txt`), "utf8");
      expect((await cli(["audit", "s.txt"], { files: { "s.txt": text } })).code).toBe(EXIT.ok);
    }
  });

  it("says so when the text has no figures (exit 0)", async () => {
    const { code, stdout } = await cli(["audit", "p.txt", "--lang", "zh-CN"], {
      files: { "p.txt": "坚持把抓好中央环保督察反馈问题整改作为重大政治任务。" },
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("文本中未找到可核对的数字\n");
  });

  it("takes the rounding of stated rates", async () => {
    // 1/8 = 12.5%: half-up prints 13%, half-even 12%.
    const text = "转办的8件信访件已办结1件，办结率12%";
    const files = { "p.txt": text };
    expect((await cli(["audit", "p.txt"], { files })).code).toBe(EXIT.issues);
    expect((await cli(["audit", "p.txt", "--rounding", "half-even"], { files })).code).toBe(
      EXIT.ok,
    );
  });

  it("reports a text that is not UTF-8 (exit 1)", async () => {
    const gbk = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5]);
    const text = await cli(["audit", "p.txt"], { files: { "p.txt": gbk } });
    expect(text.code).toBe(EXIT.issues);
    expect(text.stdout).toContain("[unsupported_encoding]");
    const json = await cli(["audit", "p.txt", "--json"], { files: { "p.txt": gbk } });
    expect(JSON.parse(json.stdout)).toMatchObject({
      consistent: false,
      issues: [{ code: "unsupported_encoding" }],
    });
  });
});

describe("ducha audit --figures", () => {
  // Seed 003: 乌鲁木齐市督察整改办, 2024-08-21 (characters lost in the original page).
  const urumqi = readFileSync(join(ROOT, "tests/fixtures/seeds/003.txt"), "utf8");

  it("lists every figure with its span, role and as-of date, then what it could not place", async () => {
    const { code, stdout } = await cli(["audit", "u.txt", "--figures", "--lang", "zh-CN"], {
      files: { "u.txt": urumqi },
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("截至2024-06-30：");
    expect(stdout).toMatch(/\[\d+-\d+\] “808件” done \(petitions\)/);
    expect(stdout).toMatch(/未能归类的数字\d+个（不据以核对）：/);
    // The schedule check (ducha/rounds) adds the stationing and feedback dates to the checks.
    expect(stdout).toMatch(/核对\d+处，数据自洽\n$/);
  });

  it("adds quantities, byAsOf and unknown to --json", async () => {
    const { stdout } = await cli(["audit", "u.txt", "--figures", "--json"], {
      files: { "u.txt": urumqi },
    });
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      "consistent",
      "file",
      "findings",
      "quantities",
      "byAsOf",
      "unknown",
    ]);
    const q808 = report.quantities.find((q: { quote: string }) => q.quote === "808件");
    expect(q808).toMatchObject({ value: 808, role: "done", kind: "petitions", asOf: "2024-06-30" });
    expect(urumqi.slice(q808.span.start, q808.span.end)).toBe("808件");
  });

  it.each([
    ["docs/cli.md", "en", "npx ducha audit paragraph.txt --lang en"],
    ["docs/zh-CN/cli.md", "zh-CN", "npx ducha audit 段落.txt --lang zh-CN"],
  ])("prints what %s shows for the mistyped paragraph", async (doc, lang, command) => {
    const text = readFileSync(join(ROOT, doc), "utf8");
    const after = text.slice(text.indexOf(command));
    const shown = /```text\n([\s\S]*?)```/.exec(after)?.[1];
    const { stdout } = await cli(["audit", "paragraph.txt", "--lang", lang], {
      files: { "paragraph.txt": wrong },
    });
    expect(stdout).toBe(shown);
  });
});
