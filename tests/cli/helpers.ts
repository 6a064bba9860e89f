import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

export const ROOT = resolve(import.meta.dirname, "../..");

/** A file of the repository, as bytes. */
export function repoFile(path: string): Uint8Array {
  return readFileSync(join(ROOT, path));
}

export interface FakeIoOptions {
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly tty?: boolean | { readonly stdout: boolean; readonly stderr: boolean };
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Calls onProgress with these [done, total] pairs when a file is read. */
  readonly progress?: readonly (readonly [number, number])[];
}

/** An in-memory CliIo: files by path; what was written is collected. */
export function fakeIo(options: FakeIoOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const files = options.files ?? {};
  const tty = options.tty ?? false;
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readFile: async (path, onProgress) => {
      const content = files[path];
      if (content === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      }
      for (const [done, total] of options.progress ?? []) onProgress?.(done, total);
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    isTTY: typeof tty === "boolean" ? { stdout: tty, stderr: tty } : tty,
    env: options.env ?? { LANG: "en_US.UTF-8" },
  };
  return {
    io,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** Runs the command line on a fake io; the exit code and what it wrote. */
export async function cli(argv: readonly string[], options: FakeIoOptions = {}) {
  const fake = fakeIo(options);
  const code = await run(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** The Ulanqab 2017 sample ledger, as the examples folder holds it. */
export const ULANQAB = { "ulanqab.json": repoFile("examples/ulanqab-2017.json") };

/**
 * The Ulanqab sample with c13's deadline written "9月底前" and no due date: no year to read it in,
 * so validation gives exactly one warning (deadline_unparseable) at tasks[15].deadline.text.
 */
export function ulanqabWithWarning(): Record<string, Uint8Array> {
  const ledger = JSON.parse(new TextDecoder().decode(ULANQAB["ulanqab.json"]));
  const c13 = ledger.tasks.find((task: { id: string }) => task.id === "c13");
  c13.deadline = { text: "9月底前" };
  return { "ulanqab.json": new TextEncoder().encode(JSON.stringify(ledger)) };
}

/** A small valid ledger: nine tasks, six completed, and a petition tally. */
export function smallLedger(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: "ducha/ledger@1",
    meta: { publisher: "乌鲁木齐市", asOf: "2024-06-30" },
    rounds: [{ id: "r2-xj", kind: "routine", ordinal: 2 }],
    problems: Array.from({ length: 9 }, (_, i) => ({
      id: `p${i + 1}`,
      roundId: "r2-xj",
      text: `问题${i + 1}`,
    })),
    tasks: Array.from({ length: 9 }, (_, i) => ({
      id: `t${i + 1}`,
      problemIds: [`p${i + 1}`],
      title: `任务${i + 1}`,
      leadUnits: ["市生态环境局"],
      ...(i < 6 ? { status: "completed", completedDate: "2024-05-31" } : { status: "in_progress" }),
    })),
    petitionTallies: [{ id: "wlmq", roundId: "r2-xj", transferred: 811, closed: 808 }],
    ...extra,
  });
}
