import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit.js";
import { run } from "../../src/cli/run.js";
import { paragraphs, unzipDocx } from "../documents/_docx.js";
import { cli, fakeIo, smallLedger, ULANQAB } from "./helpers.js";

const files = { "x.json": smallLedger() };

/** A fake io that also keeps the files written. */
function writingIo() {
  const fake = fakeIo({ files: { ...files, ...ULANQAB } });
  const written = new Map<string, Uint8Array | string>();
  const io = {
    ...fake.io,
    writeFile: async (path: string, data: Uint8Array | string) => {
      if (path.startsWith("/nowhere/")) throw new Error("ENOENT: no such directory");
      written.set(path, data);
    },
  };
  return { io, written, stderr: fake.stderr, stdout: fake.stdout };
}

describe("ducha report --document", () => {
  it("writes the disclosure as HTML to standard output by default", async () => {
    const { code, stdout } = await cli(
      ["report", "x.json", "--document", "disclosure", "--lang", "zh-CN", "--publisher", "我市"],
      {
        files,
      },
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(stdout).toContain("<h1>乌鲁木齐市公开第二轮中央生态环境保护督察整改落实情况</h1>");
    expect(stdout).toContain(
      "截至2024年6月底，我市牵头的9项整改任务已完成6项，其余3项正在持续推进中；转办的811件信访件已办结808件，办结率99.63%，其余3件正在持续推进中。",
    );
  });

  it("writes Markdown with --format markdown", async () => {
    const { code, stdout } = await cli(
      ["report", "x.json", "--document", "task_list", "--format", "markdown", "--lang", "en"],
      { files },
    );
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("# Rectification task list");
    expect(stdout).toContain("| No. | Feedback problem | Target | Measures |");
  });

  it("writes Word to -o FILE", async () => {
    const { io, written, stdout } = writingIo();
    const argv = [
      "report",
      "ulanqab.json",
      "--document",
      "disclosure",
      "--format",
      "docx",
      "-o",
      "out.docx",
      "--lang",
      "zh-CN",
    ];
    expect(await run(argv, io)).toBe(EXIT.ok);
    expect(stdout()).toBe("");
    const bytes = written.get("out.docx") as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    const parts = await unzipDocx(bytes);
    const text = paragraphs(parts["word/document.xml"] as string).map((p) => p.text);
    expect(text).toContain("18项整改任务正在持续推进中。");
  });

  it("needs -o for Word, and says why a file cannot be written", async () => {
    const missing = await cli(
      ["report", "x.json", "--document", "disclosure", "--format", "docx"],
      { files },
    );
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain("a Word document needs an output file: give -o FILE");
    const { io, stderr } = writingIo();
    const argv = [
      "report",
      "x.json",
      "--document",
      "disclosure",
      "--format",
      "html",
      "-o",
      "/nowhere/a.html",
    ];
    expect(await run(argv, io)).toBe(EXIT.usage);
    expect(stderr()).toContain("cannot write the file /nowhere/a.html: ENOENT: no such directory");
  });

  it("rejects an unknown document or format", async () => {
    const kind = await cli(["report", "x.json", "--document", "memo"], { files });
    expect(kind.code).toBe(EXIT.usage);
    expect(kind.stderr).toContain(
      '--document must be one of disclosure|task_list|sign_off_notice, not "memo"',
    );
    const format = await cli(["report", "x.json", "--document", "disclosure", "--format", "text"], {
      files,
    });
    expect(format.code).toBe(EXIT.usage);
    expect(format.stderr).toContain('--format must be one of docx|html|markdown, not "text"');
  });

  it("leaves the plain report as it was", async () => {
    const { stdout } = await cli(["report", "x.json", "--lang", "zh-CN"], { files });
    expect(stdout.startsWith("截至2024年6月底，9项整改任务已完成6项")).toBe(true);
  });
});

describe("ducha report --document sign_off_notice", () => {
  const ledger = JSON.stringify({
    format: "ducha/ledger@1",
    meta: { publisher: "某市生态环境局", asOf: "2024-09-28" },
    rounds: [{ id: "r2", kind: "routine", ordinal: 2 }],
    problems: [{ id: "p1", roundId: "r2", text: "城区扬尘污染问题" }],
    tasks: [
      {
        id: "a",
        problemIds: ["p1"],
        title: "城区扬尘污染问题",
        status: "accepted",
        acceptedDate: "2024-09-10",
      },
    ],
  });
  const notice = { "n.json": ledger };

  it("takes the notice window and the contact lines", async () => {
    const argv = [
      "report",
      "n.json",
      "--document",
      "sign_off_notice",
      "--format",
      "markdown",
      "--lang",
      "zh-CN",
      "--notice-start",
      "2025-06-09",
      "--notice-days",
      "10",
      "--contact",
      "联系电话：0000-0000000",
      "--contact",
      "通信地址：某市某路1号",
    ];
    const { code, stdout } = await cli(argv, { files: notice });
    expect(code).toBe(EXIT.ok);
    // Sichuan 2025: "公示期2025年6月9日至2025年6月20日", ten working days
    // (https://jxt.sc.gov.cn/scjxt/ggtz/2025/6/9/cdc87fd91f634acc9ce40baeed91e353.shtml).
    expect(stdout).toContain("公示时间为2025年6月9日至2025年6月20日（共10个工作日）");
    expect(stdout).toContain("联系电话：0000-0000000\n\n通信地址：某市某路1号");
    expect(stdout).toContain("### （一）城区扬尘污染问题");
  });

  it("needs the window, as a real date and a whole number of days", async () => {
    const base = ["report", "n.json", "--document", "sign_off_notice"];
    const none = await cli(base, { files: notice });
    expect(none.code).toBe(EXIT.usage);
    expect(none.stderr).toContain("give --notice-start and --notice-days");
    const date = await cli([...base, "--notice-start", "2025-02-30", "--notice-days", "10"], {
      files: notice,
    });
    expect(date.stderr).toContain(
      '--notice-start must be a real date written YYYY-MM-DD, not "2025-02-30"',
    );
    const days = await cli([...base, "--notice-start", "2025-06-09", "--notice-days", "ten"], {
      files: notice,
    });
    expect(days.stderr).toContain('--notice-days must be a positive whole number, not "ten"');
  });
});
