// The benchmark suite of issue #7: every target is a ratio measured in the same run (or, for
// parseDeadline, a rate), printed as a table; the exit code is 1 when a target is missed.
//
//   npx tsx bench/run.ts            all targets, 10k, 100k and 1M tasks, NDJSON, bundle size
//   npx tsx bench/run.ts --quick    10k and 100k only: no 1M, no NDJSON, no XLSX
//   options: --no-size (skip the bundle budget), --no-build (size dist/ as it is),
//            --only=ledger,calendar,deadlines,ndjson,xlsx,size,coldstart,import,xlsx-read,audit,
//            --xlsx-rows=N (default 1M), --xlsx-heap=MiB (heap of the `ducha validate` child,
//            default 512)
//
// Each group runs in its own Node process (bench/child.ts) with --expose-gc, so garbage is
// collected between timed runs and one group's heap never weighs on another's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import tsupConfig from "../tsup.config.js";
import type { Figures } from "./child.js";
import { OUT_DIR, writeLedgerNdjson } from "./data.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const only = argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wants = (group: string): boolean =>
  (only === undefined || only.includes(group)) && !(group === "size" && argv.includes("--no-size"));

const SMALL = 10_000;
const MEDIUM = 100_000;
const LARGE = 1_000_000;
const sizes = quick ? [SMALL, MEDIUM] : [SMALL, MEDIUM, LARGE];
const NDJSON_TASKS = LARGE;
const NDJSON_MEMORY_MIB = 512;
const XLSX_ROWS = Number(
  argv.find((arg) => arg.startsWith("--xlsx-rows="))?.slice("--xlsx-rows=".length) ?? LARGE,
);
const XLSX_MEMORY_MIB = 512;
// The heap of the `ducha validate` child: 512 MiB for the target; raise it (--xlsx-heap=4096) to
// measure how much a run that does not fit in 512 MiB takes.
const XLSX_HEAP_MIB = Number(
  argv.find((arg) => arg.startsWith("--xlsx-heap="))?.slice("--xlsx-heap=".length) ??
    XLSX_MEMORY_MIB,
);

interface Row {
  readonly target: string;
  readonly measured: string;
  readonly value: number;
  readonly goal: string;
  readonly met: boolean;
  /** A figure shown for context, with no goal. */
  readonly info: boolean;
}

const rows: Row[] = [];
const failures: string[] = [];

function row(target: string, measured: string, value: number, goal: string, met: boolean): void {
  rows.push({ target, measured, value, goal, met, info: goal === "" });
}

const fmt = (n: number, digits = 2): string => n.toFixed(digits);
const k = (n: number): string => (n >= LARGE ? `${n / LARGE}M` : `${n / 1000}k`);
const rate = (n: number): string => `${Math.round(n).toLocaleString("en")}/s`;

/** Runs one group in a child process and returns its figures (or records the failure). */
function child(group: string, args: string[], flags: string[] = []): Figures | undefined {
  process.stderr.write(`[${group}]\n`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", ...flags, "--import", "tsx", join(here, "child.ts"), group, ...args],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 2 ** 24 },
  );
  const last = run.stdout.trim().split("\n").pop();
  if (run.status !== 0 || last === undefined || !last.startsWith("{")) {
    failures.push(`${group}: child exited with ${run.status ?? run.signal}`);
    return undefined;
  }
  return JSON.parse(last) as Figures;
}

const num = (figures: Figures, key: string): number => figures[key] as number;

function ledgerTargets(): void {
  // A million tasks are ~600 MB of JSON text, a string of ~850 MB and a parsed copy or two.
  const figures = child("ledger", sizes.map(String), ["--max-old-space-size=12288"]);
  if (figures === undefined) return;
  for (const n of sizes) {
    const parse = num(figures, `parse.${n}`);
    const validate = num(figures, `validate.${n}`);
    const ratio = validate / parse;
    const what = `validateLedger ${fmt(validate, 0)} ms / JSON.parse ${fmt(parse, 0)} ms (${fmt(num(figures, `megabytes.${n}`), 0)} MB)`;
    row(
      `1. validateLedger, ${k(n)} tasks`,
      what,
      ratio,
      n === SMALL ? "" : "≤ 1.00x",
      n === SMALL || ratio <= 1,
    );
  }
  for (const n of sizes) {
    const parse = num(figures, `parse.${n}`);
    const summary = num(figures, `summarize.${n}`);
    const ratio = summary / parse;
    const what = `summarize ${fmt(summary, 0)} ms / JSON.parse ${fmt(parse, 0)} ms`;
    row(
      `2. summarize, ${k(n)} tasks`,
      what,
      ratio,
      n === SMALL ? "" : "≤ 0.10x",
      n === SMALL || ratio <= 0.1,
    );
    // The floor: reading the fields summarize needs, and nothing else (bench/child.ts fieldWalk).
    const walk = num(figures, `walk.${n}`);
    row(
      `2. floor: the fields summarize reads, ${k(n)}`,
      `field walk ${fmt(walk, 0)} ms / JSON.parse ${fmt(parse, 0)} ms`,
      walk / parse,
      "",
      true,
    );
  }
  const big = sizes[sizes.length - 1]!;
  const perTask = (n: number): number => (num(figures, `validate.${n}`) * 1000) / n;
  const scaling = perTask(big) / perTask(SMALL);
  row(
    `3. validateLedger scaling ${k(big)}/${k(SMALL)}`,
    `${fmt(perTask(big))} µs/task at ${k(big)}, ${fmt(perTask(SMALL))} µs/task at ${k(SMALL)}`,
    scaling,
    "≤ 1.50x",
    scaling <= 1.5,
  );
}

function calendarTargets(): void {
  const figures = child("calendar", []);
  if (figures === undefined) return;
  const ours = num(figures, "isWorkday.perSecond");
  const theirs = num(figures, "chineseDays.perSecond");
  const disagree = num(figures, "isWorkday.disagreements");
  row(
    "4a. isWorkday vs chinese-days",
    `${rate(ours)} vs ${rate(theirs)}${disagree > 0 ? `, ${disagree} dates disagree` : ""}`,
    ours / theirs,
    "≥ 10x",
    ours / theirs >= 10,
  );
  const near = num(figures, "addWorkdays10.perSecond");
  const far = num(figures, "addWorkdays2000.perSecond");
  row(
    "4b. addWorkdays(d, 2000) / (d, 10)",
    `${rate(far)} vs ${rate(near)} calls`,
    near / far,
    "≤ 2.00x",
    near / far <= 2,
  );
}

function deadlineTargets(): void {
  const figures = child("deadlines", []);
  if (figures === undefined) return;
  // Judged on CPU time: an absolute rate, unlike the ratios, suffers from other processes on a
  // shared machine; the clock rate is shown beside it.
  const perCpuSecond = num(figures, "parseDeadline.perCpuSecond");
  const perSecond = num(figures, "parseDeadline.perSecond");
  const unread = figures["parseDeadline.unread"] as string;
  row(
    "5. parseDeadline, strings per CPU-second (k)",
    `${rate(perCpuSecond)} per CPU-second, ${rate(perSecond)} by the clock${unread === "" ? "" : `; not read: ${unread}`}`,
    perCpuSecond / 1000,
    "≥ 500",
    perCpuSecond >= 500_000 && unread === "",
  );
}

async function ndjsonTargets(): Promise<void> {
  const path = join(tmpdir(), `ducha-bench-${process.pid}.ndjson`);
  try {
    process.stderr.write(
      `[ndjson] writing ${NDJSON_TASKS.toLocaleString("en")} tasks to ${path}\n`,
    );
    await writeLedgerNdjson(path, { tasks: NDJSON_TASKS });
    // The heap is capped too: a reader that kept its records would die here, not just grow.
    const figures = child("ndjson", [path], [`--max-old-space-size=${NDJSON_MEMORY_MIB}`]);
    if (figures === undefined) return;
    const expected = NDJSON_TASKS + Math.ceil(NDJSON_TASKS / 5) + 1; // tasks, problems, round
    const rss = num(figures, "ndjson.maxRssMiB");
    const valid = num(figures, "ndjson.valid");
    const seconds = num(figures, "ndjson.ms") / 1000;
    row(
      "6. NDJSON stream, 1M tasks, peak RSS",
      `${fmt(rss, 0)} MiB, ${valid.toLocaleString("en")} records valid in ${fmt(seconds, 1)} s (${rate(valid / seconds)})`,
      rss,
      `< ${NDJSON_MEMORY_MIB} MiB`,
      rss < NDJSON_MEMORY_MIB && valid === expected && figures["ndjson.ok"] === true,
    );
  } finally {
    rmSync(path, { force: true });
  }
}

/** Median CPU and wall times (ms) of `node` runs with these arguments, alternating. */
function spawnTimes(runs: number, ...commands: string[][]): { cpu: number; wall: number }[] {
  const preload = join(here, "exit-times.mjs");
  const times = commands.map(() => ({ cpu: [] as number[], wall: [] as number[] }));
  for (let round = -2; round < runs; round++) {
    commands.forEach((args, i) => {
      const run = spawnSync(process.execPath, ["--import", preload, ...args], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "ignore", "pipe"],
      });
      const line = run.stderr.split("\n").find((text) => text.startsWith("DUCHA_EXIT_TIMES "));
      if ((run.status !== 0 && run.status !== 1) || line === undefined) {
        failures.push(`coldstart: node ${args.join(" ")} exited ${run.status}`);
        return;
      }
      const figures = JSON.parse(line.slice("DUCHA_EXIT_TIMES ".length)) as {
        cpu: number;
        wall: number;
      };
      if (round < 0) return;
      times[i]!.cpu.push(figures.cpu);
      times[i]!.wall.push(figures.wall);
    });
  }
  const middle = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1] ?? Number.NaN;
  };
  return times.map(({ cpu, wall }) => ({ cpu: middle(cpu), wall: middle(wall) }));
}

/** A small JSON ledger (about 1 KB): one round, one problem, three tasks of seed 001. */
const SMALL_LEDGER = {
  format: "ducha/ledger@1",
  meta: { publisher: "乌兰察布市", asOf: "2018-07-01" },
  rounds: [{ id: "r1-nm", kind: "routine" }],
  problems: [{ id: "c8", roundId: "r1-nm", text: "草原破坏较为严重问题", category: "common" }],
  tasks: [
    {
      id: "t8",
      problemIds: ["c8"],
      title: "全面清理非法征占用草原行为",
      leadUnits: ["市农牧业局"],
      deadline: { text: "2018年6月底", due: "2018-06-30" },
      status: "completed",
      completedDate: "2018-06-28",
    },
    {
      id: "t9",
      problemIds: ["c8"],
      title: "依法进行规范化管理",
      leadUnits: ["市农牧业局"],
      deadline: { text: "2018年底", due: "2018-12-31" },
      status: "in_progress",
    },
    {
      id: "t10",
      problemIds: ["c8"],
      title: "建立草原保护长效机制",
      leadUnits: ["市农牧业局"],
      deadline: { text: "长期坚持" },
      timeLimitKind: "long_term",
      status: "in_progress",
    },
  ],
};

/**
 * The packages the command's build leaves to node_modules: tsup keeps dependencies and peer
 * dependencies external except those its bin build lists in `noExternal` (zod), read from
 * tsup.config.ts so that the bench measures the command as it is published.
 */
function cliExternals(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const builds = Array.isArray(tsupConfig) ? tsupConfig : [];
  const bin = builds.find((build) => Object.keys(build.entry ?? {}).includes("cli/bin"));
  const bundled = new Set((bin?.noExternal ?? []).map(String));
  return [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ].filter((name) => !bundled.has(name));
}

/** `ducha validate` of a small JSON ledger against a bare `node -e 0`, both as new processes. */
function coldStartTargets(): void {
  process.stderr.write(
    "[coldstart] bundling the CLI as tsup does (esbuild, packages external but the bundled ones)\n",
  );
  const dir = join(OUT_DIR, "coldstart");
  // Split like tsup's bin build, so a spreadsheet reader is its own chunk, loaded on demand.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const build = spawnSync(
    "npx",
    [
      "esbuild",
      "src/cli/bin.ts",
      "--bundle",
      "--platform=node",
      "--format=esm",
      ...cliExternals().map((name) => `--external:${name}`),
      "--target=node20",
      "--splitting",
      `--outdir=${dir}`,
      "--log-level=warning",
    ],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (build.status !== 0) {
    failures.push("coldstart: esbuild failed");
    return;
  }
  const ledger = join(dir, "ledger.json");
  writeFileSync(ledger, JSON.stringify(SMALL_LEDGER));
  process.stderr.write("[coldstart] node -e 0 against ducha validate ledger.json (21 runs each)\n");
  const [bare, validate] = spawnTimes(21, ["-e", "0"], [join(dir, "bin.js"), "validate", ledger]);
  // Judged on CPU time, like parseDeadline: the clock, shown beside it, suffers from the other
  // processes of a shared machine.
  const ratio = validate!.cpu / bare!.cpu;
  row(
    "9. ducha validate, 1 KB JSON, cold start (CPU)",
    `${fmt(validate!.cpu, 0)} ms / node -e 0 ${fmt(bare!.cpu, 0)} ms CPU; by the clock ${fmt(validate!.wall, 0)} ms / ${fmt(bare!.wall, 0)} ms (${fmt(validate!.wall / bare!.wall)}x)`,
    ratio,
    "≤ 2.50x",
    ratio <= 2.5,
  );
}

const IMPORT_ROWS = 20_000;
const XLSX_READ_ROWS = 100_000;

function importTargets(): void {
  const figures = child("import", [String(IMPORT_ROWS)]);
  if (figures === undefined) return;
  const csv = num(figures, "import.csvParse");
  const ours = num(figures, "import.parseTasksCsv");
  const ratio = ours / csv;
  row(
    `10. parseTasksCsv, ${k(IMPORT_ROWS)} rows`,
    `${fmt(ours, 0)} ms / csv-parse alone ${fmt(csv, 0)} ms (${fmt(num(figures, "import.megabytes"), 1)} MB); ${fmt(((ours - csv) * 1000) / IMPORT_ROWS, 1)} µs a row beyond csv-parse`,
    ratio,
    "≤ 2.00x",
    ratio <= 2,
  );
}

function xlsxReadTargets(): void {
  const path = join(OUT_DIR, `tasks-${XLSX_READ_ROWS}.xlsx`);
  mkdirSync(OUT_DIR, { recursive: true });
  if (
    child("xlsx-write", [path, String(XLSX_READ_ROWS)], ["--max-old-space-size=8192"]) === undefined
  )
    return;
  const figures = child("xlsx-memory", [path], ["--max-old-space-size=8192"]);
  if (figures === undefined) return;
  const rss = num(figures, "xlsx.maxRssMiB");
  row(
    `11. readTasksXlsx, ${k(XLSX_READ_ROWS)} rows, peak RSS`,
    `${fmt(rss, 0)} MiB (${fmt(num(figures, "xlsx.rssBeforeMiB"), 0)} MiB before), ${num(figures, "xlsx.produced").toLocaleString("en")} tasks of a ${fmt(num(figures, "xlsx.megabytes"), 1)} MB file in ${fmt(num(figures, "xlsx.ms") / 1000, 1)} s`,
    rss,
    "",
    num(figures, "xlsx.produced") === XLSX_READ_ROWS,
  );
}

async function xlsxTargets(): Promise<void> {
  process.stderr.write(`[xlsx] ${XLSX_ROWS.toLocaleString("en")}-row .xlsx, generated or cached\n`);
  // Written by a child: a parent grown large while writing would pass its peak RSS on to every
  // child it starts after (Linux keeps the peak across fork and exec), and 8a/8b would read it.
  const made = child("xlsx-generate", [String(XLSX_ROWS)], ["--max-old-space-size=4096"]);
  if (made === undefined) return;
  const path = made["xlsx.path"] as string;
  const megabytes = statSync(path).size / 2 ** 20;
  const flags = [`--max-old-space-size=${XLSX_MEMORY_MIB}`];
  // The reader alone: every row read and dropped, so its memory is the reader's own.
  const rowsOnly = argv.includes("--no-xlsx-rows") ? undefined : child("xlsx-rows", [path], flags);
  if (rowsOnly !== undefined) {
    const rss = num(rowsOnly, "rows.maxRssMiB");
    const seconds = num(rowsOnly, "rows.ms") / 1000;
    const read = num(rowsOnly, "rows.rows");
    row(
      `8a. XLSX read row by row, ${k(XLSX_ROWS)} rows, peak RSS`,
      `${fmt(rss, 0)} MiB, ${read.toLocaleString("en")} rows of a ${fmt(megabytes, 0)} MB file in ${fmt(seconds, 1)} s (${rate(read / seconds)})`,
      rss,
      `< ${XLSX_MEMORY_MIB} MiB`,
      rss < XLSX_MEMORY_MIB && read === XLSX_ROWS + 1,
    );
  }
  // The heap is capped as for NDJSON: a run that cannot fit dies here rather than just grow.
  const figures = child("xlsx", [path], [`--max-old-space-size=${XLSX_HEAP_MIB}`]);
  if (figures === undefined) {
    row(
      `8b. ducha validate, ${k(XLSX_ROWS)}-row XLSX, peak RSS`,
      `ran out of its ${XLSX_HEAP_MIB} MiB heap`,
      Number.NaN,
      `< ${XLSX_MEMORY_MIB} MiB`,
      false,
    );
    return;
  }
  const rss = num(figures, "xlsx.maxRssMiB");
  const seconds = num(figures, "xlsx.ms") / 1000;
  // Records: the tasks and the problems made from their 反馈问题 (one per five tasks).
  const records = num(figures, "xlsx.records");
  const expected = XLSX_ROWS + Math.ceil(XLSX_ROWS / 5);
  row(
    `8b. ducha validate, ${k(XLSX_ROWS)}-row XLSX, peak RSS`,
    `${fmt(rss, 0)} MiB, ${records.toLocaleString("en")} records, exit ${figures["xlsx.code"]}, ${num(figures, "xlsx.errors")} errors, ${num(figures, "xlsx.notes").toLocaleString("en")} notes in ${fmt(seconds, 1)} s`,
    rss,
    `< ${XLSX_MEMORY_MIB} MiB`,
    rss < XLSX_MEMORY_MIB && records === expected && figures["xlsx.code"] === 0,
  );
}

/** auditText's time per character at 200,000 characters against at 50,000: linear reading. */
function auditTargets(): void {
  const figures = child("audit", []);
  if (figures === undefined) return;
  const small = num(figures, "audit.smallMs");
  const large = num(figures, "audit.largeMs");
  const ratio = large / 200_000 / (small / 50_000);
  row(
    "12. auditText, per character at 200k / at 50k",
    `${fmt(large, 0)} ms for 200,000 characters (${num(figures, "audit.figures").toLocaleString("en")} figures), ${fmt(small, 0)} ms for 50,000; ${fmt((large / 200_000) * 100_000, 0)} ms per 100,000 characters`,
    ratio,
    "≤ 1.50x",
    ratio <= 1.5,
  );
}

interface SizeLimitEntry {
  readonly name: string;
  readonly limit: string;
}

function sizeTargets(): void {
  process.stderr.write("[size]\n");
  if (!argv.includes("--no-build")) {
    const build = spawnSync("npx", ["tsup", "--silent"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (build.status !== 0) {
      failures.push("size: npx tsup failed");
      return;
    }
  }
  if (!existsSync(join(root, "dist", "index.js"))) {
    failures.push("size: dist/ is missing; run npx tsup (or drop --no-build)");
    return;
  }
  const config = JSON.parse(
    readFileSync(join(root, ".size-limit.json"), "utf8"),
  ) as SizeLimitEntry[];
  const run = spawnSync("npx", ["size-limit", "--json"], { cwd: root, encoding: "utf8" });
  let results: { name: string; passed: boolean; size: number }[];
  try {
    results = JSON.parse(run.stdout) as typeof results;
  } catch {
    failures.push(`size: size-limit printed no JSON: ${run.stderr.trim().slice(0, 300)}`);
    return;
  }
  for (const result of results) {
    const limit = config.find((entry) => entry.name === result.name)?.limit ?? "?";
    row(
      `7. size: ${result.name}`,
      `${fmt(result.size / 1000, 2)} kB (brotli)`,
      result.size / 1000,
      `≤ ${limit}`,
      result.passed,
    );
  }
}

function table(): string {
  const head = ["target", "ratio / figure", "goal", "", "measured"];
  const body = rows.map((r) => [
    r.target,
    fmt(r.value),
    r.goal,
    r.info ? "info" : r.met ? "met" : "MISSED",
    r.measured,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const started = performance.now();
const loadBefore = loadavg()[0]!;
if (wants("ledger")) ledgerTargets();
if (wants("calendar")) calendarTargets();
if (wants("deadlines")) deadlineTargets();
if (wants("ndjson") && !quick) await ndjsonTargets();
if (wants("xlsx") && !quick) await xlsxTargets();
if (wants("size")) sizeTargets();
if (wants("coldstart")) coldStartTargets();
if (wants("import")) importTargets();
if (wants("xlsx-read") && !quick) xlsxReadTargets();
if (wants("audit")) auditTargets();

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${fmt(loadBefore)} → ${fmt(loadavg()[0]!)}`;
process.stdout.write(`\n${machine}${quick ? ", --quick" : ""}\n\n${table()}\n`);
for (const failure of failures) process.stdout.write(`ERROR ${failure}\n`);
const goals = rows.filter((r) => !r.info).length;
const missed = rows.filter((r) => !r.met).length;
process.stdout.write(
  `\n${goals - missed} of ${goals} met, ${missed} missed, ${failures.length} errors, ${fmt((performance.now() - started) / 1000, 0)} s\n`,
);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
  join(OUT_DIR, "last-run.json"),
  `${JSON.stringify({ machine, quick, date: new Date().toISOString(), rows, failures }, null, 2)}\n`,
);
process.exitCode = missed > 0 || failures.length > 0 ? 1 : 0;
