// The `ducha` executable under a reader that goes away at once (`ducha report x | head -0`): each
// command is spawned as the bin runs (node + tsx on src/cli/bin.ts) with standard output, or
// standard error, closed before it writes. It must end with the exit code it has with a reader,
// and write no stack trace.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../io/helpers.js";
import { cli, ROOT, smallLedger } from "./helpers.js";

const BIN = join(ROOT, "src/cli/bin.ts");

interface Spawned {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bin with one of its output streams closed by the reader before anything is written. */
function runClosed(args: readonly string[], closed: "stdout" | "stderr"): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: "en_US.UTF-8", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The read end is closed now, long before the child has loaded: its first write fails.
    child[closed].destroy();
    const open = closed === "stdout" ? child.stderr : child.stdout;
    const kept: Buffer[] = [];
    open.on("data", (chunk: Buffer) => kept.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const text = Buffer.concat(kept).toString("utf8");
      resolve({
        code,
        signal,
        stdout: closed === "stdout" ? "" : text,
        stderr: closed === "stderr" ? "" : text,
      });
    });
  });
}

// Written at collection time: the test names and arguments below are built from these paths.
const { dir, cleanup } = tempDir();
const files = {
  ledger: join(dir, "ledger.json"),
  broken: join(dir, "broken.json"),
  paragraph: join(dir, "paragraph.txt"),
};
writeFileSync(files.ledger, smallLedger());
writeFileSync(files.broken, smallLedger({ tasks: [{ id: "t1", problemIds: ["p9"] }] }));
// Ulanqab 2017 wording with the remainder miscounted: 9 tasks, 6 done, "the other 4" (not 3).
writeFileSync(files.paragraph, "我市牵头的9项整改任务已完成6项，其余4项正在持续推进中");

afterAll(() => cleanup());

/** Every command, with arguments that make it write to both streams or one. */
function commands(): readonly (readonly string[])[] {
  const ulanqab = join(ROOT, "examples/ulanqab-2017.json");
  return [
    ["validate", ulanqab],
    ["validate", files.broken],
    ["validate", ulanqab, "--json"],
    ["report", ulanqab],
    ["report", files.ledger, "--format", "markdown"],
    ["warnings", ulanqab, "--as-of", "2018-12-31"],
    ["audit", files.paragraph],
    ["schema"],
    ["help"],
    ["--version"],
    ["validate", join(dir, "missing.json")],
    ["no-such-command"],
  ];
}

/** The exit code of the same command with a reader present, run in this process. */
async function expectedCode(args: readonly string[]): Promise<number> {
  const known: Record<string, Uint8Array> = {};
  for (const path of [join(ROOT, "examples/ulanqab-2017.json"), ...Object.values(files)]) {
    known[path] = readFileSync(path);
  }
  return (await cli(args, { files: known })).code;
}

describe("ducha with its reader gone (EPIPE)", () => {
  it("knows the exit codes it must keep: 0, 1 and 2 all occur", async () => {
    const codes = await Promise.all(commands().map((args) => expectedCode(args)));
    expect(new Set(codes)).toEqual(new Set([0, 1, 2]));
  });

  for (const closed of ["stdout", "stderr"] as const) {
    describe(`${closed} closed at once`, () => {
      it.each(
        commands().map(
          (args) => [args.join(" ").replace(ROOT, ".").replace(dir, "$TMP"), args] as const,
        ),
      )("ducha %s ends quietly with its own exit code", async (_, args) => {
        const [result, code] = await Promise.all([runClosed(args, closed), expectedCode(args)]);
        expect(result.signal).toBeNull();
        expect(result.code).toBe(code);
        const other = closed === "stdout" ? result.stderr : result.stdout;
        expect(other).not.toMatch(/EPIPE|Error:|\n\s+at /);
      });
    });
  }
});
