import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { EXIT } from "../../src/cli/exit.js";
import { commandHelp, usage } from "../../src/cli/help.js";
import type { CliIo } from "../../src/cli/io.js";
import { PROGRESS_FROM_BYTES, run, VERSION } from "../../src/cli/run.js";
import { cli, fakeIo, ROOT, smallLedger, ULANQAB } from "./helpers.js";

const ESC = "\u001b[";

describe("run", () => {
  describe("help and version", () => {
    it("prints the overview for --help and -h, listing every command and the exit codes", async () => {
      for (const flag of ["--help", "-h"]) {
        const { code, stdout, stderr } = await cli([flag]);
        expect(code).toBe(EXIT.ok);
        expect(stderr).toBe("");
        expect(stdout).toBe(usage("en"));
      }
      const text = usage("en");
      for (const name of Object.keys(COMMANDS)) expect(text).toContain(`ducha ${name}`);
      expect(text).toContain("Exit codes: 0 clean; 1 issues found");
      expect(usage("zh-CN")).toContain("退出码：0 无问题");
    });

    it("prints each command's help for <command> --help, -h and help <command>", async () => {
      for (const name of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
        const help = commandHelp(name, "en");
        expect((await cli([name, "--help"])).stdout).toBe(help);
        expect((await cli([name, "-h"])).stdout).toBe(help);
        expect((await cli(["help", name])).stdout).toBe(help);
        expect(help).toContain(`Usage: ducha ${[name, ...COMMANDS[name].args].join(" ")}`);
        for (const option of COMMANDS[name].options) expect(help).toContain(`--${option}`);
        expect(help).toContain("--json");
        expect(help).toContain("Examples:");
      }
      expect(commandHelp("report", "zh-CN")).toContain("--format text|markdown|json   报告格式");
    });

    it("prints the overview for `ducha help`", async () => {
      expect(await cli(["help"])).toEqual({ code: 0, stdout: usage("en"), stderr: "" });
    });

    it("prints the version of package.json, as text or JSON", async () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
        version: string;
      };
      expect(VERSION).toBe(pkg.version);
      expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
      expect((await cli(["-v"])).stdout).toBe(`${VERSION}\n`);
      expect(JSON.parse((await cli(["--version", "--json"])).stdout)).toEqual({ version: VERSION });
    });
  });

  describe("languages", () => {
    it("follows LC_ALL, LC_MESSAGES, then LANG: zh… gives zh-CN, anything else en", async () => {
      const zh = usage("zh-CN");
      const en = usage("en");
      expect((await cli(["--help"], { env: { LANG: "zh_CN.UTF-8" } })).stdout).toBe(zh);
      expect((await cli(["--help"], { env: { LANG: "zh_TW.UTF-8" } })).stdout).toBe(zh);
      expect((await cli(["--help"], { env: { LANG: "de_DE.UTF-8" } })).stdout).toBe(en);
      expect((await cli(["--help"], { env: {} })).stdout).toBe(en);
      const env = { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" };
      expect((await cli(["--help"], { env })).stdout).toBe(en);
      expect((await cli(["--help"], { env: { LC_ALL: "", LC_MESSAGES: "zh_CN" } })).stdout).toBe(
        zh,
      );
    });

    it("lets an explicit --lang win over the environment", async () => {
      const env = { LANG: "en_US.UTF-8" };
      expect((await cli(["--help", "--lang", "zh-CN"], { env })).stdout).toBe(usage("zh-CN"));
      expect((await cli(["--lang=en", "--help"], { env: { LANG: "zh_CN" } })).stdout).toBe(
        usage("en"),
      );
    });

    it("writes usage errors in the chosen language", async () => {
      const zh = await cli(["frob", "--lang", "zh-CN"]);
      expect(zh.stderr).toContain("未知命令“frob”");
      const en = await cli(["frob", "--lang=en"], { env: { LANG: "zh_CN" } });
      expect(en.stderr).toContain('unknown command "frob"');
    });

    it("rejects a --lang other than zh-CN or en with exit code 2", async () => {
      const { code, stderr } = await cli(["--help", "--lang", "fr"]);
      expect(code).toBe(EXIT.usage);
      expect(stderr).toBe('ducha: --lang must be zh-CN or en, not "fr"\n');
    });
  });

  describe("bad usage (exit code 2)", () => {
    const cases: readonly [string, readonly string[], string][] = [
      ["no command", [], "no command given"],
      ["an unknown command", ["frob"], 'unknown command "frob"; the commands are validate, report'],
      ["help on an unknown command", ["help", "frob"], 'unknown command "frob"'],
      ["an unknown option", ["validate", "x.json", "--bogus"], "unknown option --bogus"],
      ["an unknown short option", ["-x"], "unknown option -x"],
      [
        "an option without its value",
        ["report", "x.json", "--as-of"],
        "the option --as-of needs a value",
      ],
      [
        "a value given to a switch",
        ["validate", "--json=yes", "x.json"],
        "the option --json takes no value",
      ],
      [
        "an option of another command",
        ["validate", "x.json", "--format", "text"],
        "the command validate takes no option --format",
      ],
      ["a missing argument", ["validate"], "missing argument <file>"],
      ["an extra argument", ["validate", "a.json", "b.json"], "unexpected argument(s): b.json"],
      ["an argument to schema", ["schema", "x"], "unexpected argument(s): x"],
      [
        "a malformed --as-of",
        ["report", "x.json", "--as-of", "2024-6-30"],
        '--as-of must be a real date written YYYY-MM-DD, not "2024-6-30"',
      ],
      [
        "a date that does not exist",
        ["warnings", "x.json", "--as-of", "2023-02-29"],
        'not "2023-02-29"',
      ],
      [
        "an unknown report format",
        ["report", "x.json", "--format", "pdf"],
        '--format must be one of text|markdown|json, not "pdf"',
      ],
      [
        "an unknown rounding",
        ["audit", "x.txt", "--rounding", "banker"],
        "--rounding must be one of half-up|half-even|down|up",
      ],
      ["an unsupported file type", ["validate", "ledger.txt"], 'unsupported file type ".txt"'],
      ["a file without an extension", ["validate", "ledger"], 'unsupported file type "ledger"'],
      ["a missing file", ["validate", "missing.json"], "cannot read the file missing.json: ENOENT"],
      ["a missing text file", ["audit", "missing.txt"], "cannot read the file missing.txt: ENOENT"],
    ];
    it.each(cases)("exits 2 on %s, saying why on stderr", async (_, argv, message) => {
      const { code, stdout, stderr } = await cli(argv, { files: { "x.json": smallLedger() } });
      expect(code).toBe(EXIT.usage);
      expect(stdout).toBe("");
      expect(stderr).toContain(message);
      expect(stderr).toMatch(/^ducha( \w+)?: /);
    });

    it("points to the right help after a usage error", async () => {
      expect((await cli(["validate", "--bogus"])).stderr).toContain("see ducha validate --help");
      expect((await cli(["--bogus"])).stderr).toContain("see ducha --help");
      expect((await cli(["frob"])).stderr).toContain(usage("en"));
    });

    it("prints the error as JSON on stdout too with --json", async () => {
      const { code, stdout } = await cli(["validate", "missing.json", "--json"]);
      expect(code).toBe(EXIT.usage);
      expect(JSON.parse(stdout)).toEqual({
        ok: false,
        error: {
          code: "file_unreadable",
          message: {
            "zh-CN": "无法读取文件 missing.json：ENOENT",
            en: "cannot read the file missing.json: ENOENT",
          },
        },
      });
      const usageError = JSON.parse((await cli(["frob", "--json"])).stdout);
      expect(usageError.error.code).toBe("unknown_command");
      const badOption = JSON.parse((await cli(["schema", "--json", "--strict"])).stdout);
      expect(badOption.error.code).toBe("invalid_option");
    });

    it("reports an I/O error without a code by its message", async () => {
      const fake = fakeIo();
      const io: CliIo = { ...fake.io, readFile: async () => Promise.reject("disk on fire") };
      expect(await run(["validate", "a.json"], io)).toBe(EXIT.usage);
      expect(fake.stderr()).toBe("ducha validate: cannot read the file a.json: disk on fire\n");
    });

    it("turns a DuchaError (a date outside the calendar data) into exit code 2", async () => {
      const ledger = smallLedger({
        tasks: [
          {
            id: "t1",
            problemIds: ["p1"],
            title: "远期任务",
            status: "in_progress",
            deadline: { text: "2099年底", due: "2099-12-31" },
          },
        ],
      });
      const { code, stderr } = await cli(["warnings", "x.json", "--as-of", "2099-12-01"], {
        files: { "x.json": ledger },
      });
      expect(code).toBe(EXIT.usage);
      expect(stderr).toContain("ducha warnings: ");
      expect(stderr).toContain("2099");
    });

    it("never throws: an unexpected failure is exit code 2 with a message", async () => {
      const fake = fakeIo();
      const io: CliIo = {
        ...fake.io,
        stdout: () => {
          throw new Error("stdout closed");
        },
      };
      await expect(run(["schema"], io)).resolves.toBe(EXIT.usage);
      expect(fake.stderr()).toContain("unexpected error (please report it): stdout closed");
      const odd: CliIo = {
        ...fake.io,
        stdout: () => {
          throw 42;
        },
      };
      await expect(run(["schema"], odd)).resolves.toBe(EXIT.usage);
      expect(fake.stderr()).toContain("unexpected error (please report it): 42");
    });
  });

  describe("colours", () => {
    const broken = { "bad.json": '{"format": "ducha/ledger@1", "tasks": [oops' };
    const colourOf = async (options: Parameters<typeof cli>[1], extra: string[] = []) =>
      (await cli(["validate", "bad.json", ...extra], { files: broken, ...options })).stdout;

    it("colours a terminal's output", async () => {
      const stdout = await colourOf({ tty: true, env: {} });
      expect(stdout).toContain(`${ESC}31merror${ESC}39m`);
    });

    it("writes plain text when the stream is no terminal", async () => {
      expect(await colourOf({ tty: false, env: {} })).not.toContain(ESC);
      const split = await colourOf({ tty: { stdout: false, stderr: true }, env: {} });
      expect(split).not.toContain(ESC);
    });

    it("honours NO_COLOR (when not empty), FORCE_COLOR and --no-color", async () => {
      expect(await colourOf({ tty: true, env: { NO_COLOR: "1" } })).not.toContain(ESC);
      expect(await colourOf({ tty: true, env: { NO_COLOR: "" } })).toContain(ESC);
      expect(await colourOf({ tty: false, env: { FORCE_COLOR: "1" } })).toContain(ESC);
      expect(await colourOf({ tty: true, env: { FORCE_COLOR: "0" } })).not.toContain(ESC);
      expect(await colourOf({ tty: true, env: { FORCE_COLOR: "false" } })).not.toContain(ESC);
      expect(await colourOf({ tty: true, env: {} }, ["--no-color"])).not.toContain(ESC);
      const forced = { FORCE_COLOR: "1" };
      expect(await colourOf({ tty: true, env: forced }, ["--no-color"])).not.toContain(ESC);
    });

    it("colours usage errors on a terminal's stderr only", async () => {
      expect((await cli(["frob"], { tty: true, env: {} })).stderr).toContain(`${ESC}31m`);
      expect((await cli(["frob"], { tty: false, env: {} })).stderr).not.toContain(ESC);
    });
  });

  describe("progress bar", () => {
    const big = PROGRESS_FROM_BYTES * 2;
    const steps: readonly (readonly [number, number])[] = [
      [big / 4, big],
      [big / 4 + 1, big],
      [big / 2, big],
      [big, big],
    ];

    it("draws a bar on a terminal's stderr while a large file is read, then erases it", async () => {
      const { code, stderr, stdout } = await cli(["validate", "ulanqab.json"], {
        files: ULANQAB,
        tty: { stdout: false, stderr: true },
        env: {},
        progress: steps,
      });
      expect(code).toBe(EXIT.ok);
      expect(stderr).toContain("\r[######..................]  25%  2.0 / 8.0 MB");
      expect(stderr).toContain("\r[############............]  50%  4.0 / 8.0 MB");
      expect(stderr).toContain("100%  8.0 / 8.0 MB\r\u001b[K");
      // Redrawn only when the percentage changes.
      expect(stderr.match(/ 25%/g)).toHaveLength(1);
      expect(stdout).not.toContain("MB");
    });

    it("draws nothing for small files or when stderr is no terminal", async () => {
      const small = await cli(["validate", "ulanqab.json"], {
        files: ULANQAB,
        tty: true,
        progress: [[100, 1000]],
      });
      expect(small.stderr).toBe("");
      const piped = await cli(["validate", "ulanqab.json"], {
        files: ULANQAB,
        tty: { stdout: true, stderr: false },
        progress: steps,
      });
      expect(piped.stderr).toBe("");
    });
  });
});
