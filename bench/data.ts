// Benchmark documents. The JSON text of a generated ledger is cached in bench/out/ (gitignored):
// a million tasks take a while to generate. The cache key hashes the generator and the deadline
// parser it fills due dates with, so editing either regenerates.
import { createHash } from "node:crypto";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { type GenerateOptions, generateParts } from "./generate.js";

const here = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(here, "out");

function generatorHash(): string {
  const hash = createHash("sha256");
  for (const file of [
    "generate.ts",
    "../src/deadlines/parseDeadline.ts",
    "../src/deadlines/forms.ts",
  ]) {
    hash.update(readFileSync(join(here, file)));
  }
  return hash.digest("hex").slice(0, 8);
}

/** Writes lines to a file, waiting on back-pressure, so a million records never sit in memory. */
async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  for (const line of lines) {
    if (!out.write(line)) {
      await Promise.race([new Promise<void>((ok) => out.once("drain", () => ok())), failed]);
    }
  }
  await Promise.race([new Promise<void>((ok) => out.end(() => ok())), failed]);
}

/** The JSON text of a ledger, written piece by piece (the same text as JSON.stringify). */
function* jsonPieces(options: GenerateOptions): Generator<string> {
  const parts = generateParts(options);
  const header = JSON.stringify(parts.header);
  yield header.slice(0, -1);
  for (const name of ["problems", "tasks", "petitions"] as const) {
    yield `,${JSON.stringify(name)}:[`;
    let first = true;
    for (const record of parts[name]()) {
      yield first ? JSON.stringify(record) : `,${JSON.stringify(record)}`;
      first = false;
    }
    yield "]";
  }
  yield "}";
}

/** Path of the cached JSON text of a generated ledger, generating it on first use. */
export async function ledgerFile(options: GenerateOptions): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const prefix = `ledger-t${options.tasks}-p${options.petitions ?? 0}-`;
  const name = `${prefix}${generatorHash()}.json`;
  const path = join(OUT_DIR, name);
  if (!existsSync(path)) {
    // Ledgers of an older generator are never read again; a million tasks is 500 MB.
    for (const old of readdirSync(OUT_DIR)) {
      if (old.startsWith(prefix) && old !== name) rmSync(join(OUT_DIR, old), { force: true });
    }
    await writeLines(`${path}.part`, jsonPieces(options));
    renameSync(`${path}.part`, path);
  }
  return path;
}

/** The JSON text of a generated ledger (cached on disk). */
export async function ledgerText(options: GenerateOptions): Promise<string> {
  return readFileSync(await ledgerFile(options), "utf8");
}

/**
 * Writes a generated ledger as NDJSON in the layout src/io reads: a header line
 * `{"format", "meta"}`, then one `{"collection", "record"}` line per record. Streams, so a
 * million records are never all in memory.
 */
export async function writeLedgerNdjson(path: string, options: GenerateOptions): Promise<void> {
  const parts = generateParts(options);
  function* lines(): Generator<string> {
    yield `${JSON.stringify({ format: parts.header.format, meta: parts.header.meta })}\n`;
    for (const record of parts.header.rounds ?? []) {
      yield `${JSON.stringify({ collection: "rounds", record })}\n`;
    }
    for (const name of ["problems", "tasks", "petitions"] as const) {
      for (const record of parts[name]()) {
        yield `${JSON.stringify({ collection: name, record })}\n`;
      }
    }
  }
  await writeLines(path, lines());
}

/** The columns of the generated .xlsx task table, as a plan's task table heads them. */
export const XLSX_HEADER = [
  "序号",
  "反馈问题",
  "整改任务",
  "牵头单位",
  "整改时限",
  "状态",
  "完成日期",
];

/**
 * Path of a cached .xlsx task table of `rows` data rows (plus the header row), generated from the
 * same seeded ledger as the other benchmarks and written with exceljs's streaming WorkbookWriter
 * (shared strings, date cells), so a million rows never sit in memory. Cached in the system's
 * temp folder: a million rows take about a minute to write and 60 MB of disk.
 */
export async function xlsxTaskTable(rows: number): Promise<string> {
  const path = join(tmpdir(), `ducha-bench-tasks-${rows}-${generatorHash()}.xlsx`);
  if (existsSync(path)) return path;
  const parts = generateParts({ tasks: rows });
  const problems = new Map<string, string>();
  for (const problem of parts.problems()) problems.set(problem.id, problem.text);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: `${path}.part`,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet("整改任务");
  sheet.addRow(XLSX_HEADER).commit();
  let n = 0;
  for (const task of parts.tasks()) {
    // In progress or completed with its date: a clean table, so the run measures the common path.
    const done = task.completedDate !== undefined;
    sheet
      .addRow([
        ++n,
        problems.get(task.problemIds[0] ?? "") ?? "",
        task.title,
        (task.leadUnits ?? []).join("、"),
        task.deadline?.text ?? "",
        done ? "已完成" : "正在推进",
        done ? new Date(`${task.completedDate}T00:00:00Z`) : null,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  renameSync(`${path}.part`, path);
  return path;
}
