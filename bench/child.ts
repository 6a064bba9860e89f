// One group of measurements, run by bench/run.ts in its own Node process (so one group's heap
// and JIT state never weigh on another's): `node --expose-gc --import tsx bench/child.ts <group>`.
// Progress goes to stderr; the figures go to stdout as one JSON line.
import { existsSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import chineseDays from "chinese-days";
import { parse as parseCsv } from "csv-parse/sync";
import { auditText } from "../src/audit/auditText.js";
import { addWorkdays, isWorkday } from "../src/calendar/index.js";
import { nodeIo } from "../src/cli/nodeIo.js";
import { run } from "../src/cli/run.js";
import { fromDayNumber, toDayNumber } from "../src/dates.js";
import { parseDeadline } from "../src/deadlines/index.js";
import { fileSource } from "../src/io/byteSource.js";
import { validateNdjsonStream } from "../src/io/ndjson.js";
import { parseTasksCsv } from "../src/io/readTasksCsv.js";
import { readTasksXlsx } from "../src/io/readTasksXlsx.js";
import { writeTasksCsv, writeTasksXlsx } from "../src/io/writeTasks.js";
import { xlsxSheets } from "../src/io/xlsxStream.js";
import { Ledger } from "../src/model/ledger.js";
import { summarize } from "../src/report/summarize.js";
import { validateLedger } from "../src/validation/index.js";
import { ledgerText, xlsxTaskTable } from "./data.js";
import { DEADLINE_ANCHOR, DEADLINE_FORMS } from "./forms.js";
import { generateLedger } from "./generate.js";
import { collect, throughputs, timeAlternating } from "./measure.js";

/** A raw figure; run.ts turns figures into targets. */
export type Figures = Record<string, number | string | boolean>;

const log = (line: string): void => {
  process.stderr.write(`  ${line}\n`);
};

/** Runs per size: enough for a stable median at small sizes, bearable at a million. */
function runsFor(tasks: number): { runs: number; warmup: number } {
  if (tasks <= 10_000) return { runs: 21, warmup: 3 };
  if (tasks <= 100_000) return { runs: 7, warmup: 1 };
  return { runs: 3, warmup: 0 }; // the JIT is warm from the smaller sizes, run first
}

/** validateLedger and summarize against JSON.parse of the same text, size by size. */
async function ledger(sizes: number[]): Promise<Figures> {
  const out: Figures = {};
  for (const tasks of sizes) {
    log(`ledger ${tasks.toLocaleString("en")} tasks: generating or reading bench/out/`);
    const text = await ledgerText({ tasks });
    const doc = JSON.parse(text) as unknown;
    const first = validateLedger(doc);
    // A clean ledger: the benchmark must measure the common path, not the error path.
    if (!first.ok || first.issues.length > 0) {
      const codes = [...new Set(first.issues.map((issue) => issue.code))].join(", ");
      throw new Error(`generated ledger of ${tasks} tasks has issues: ${codes}`);
    }
    const ledgerValue = first.value;
    log(`ledger ${tasks.toLocaleString("en")} tasks: measuring (${runsFor(tasks).runs} runs)`);
    const [parse, validate, summary, walk] = timeAlternating(
      runsFor(tasks),
      () => JSON.parse(text),
      () => validateLedger(doc),
      () => summarize(ledgerValue),
      () => fieldWalk(ledgerValue),
    );
    out[`parse.${tasks}`] = parse!;
    out[`validate.${tasks}`] = validate!;
    out[`summarize.${tasks}`] = summary!;
    out[`walk.${tasks}`] = walk!;
    out[`megabytes.${tasks}`] = Buffer.byteLength(text) / 2 ** 20;
    collect();
  }
  return out;
}

/**
 * The floor under summarize: reading, task by task, only the fields it cannot do without (status,
 * first problem id, first lead unit, due date, each event's type), with no work on them. The
 * objects JSON.parse built are scattered over the heap, so each field is a memory access.
 */
function fieldWalk(ledger: Ledger): number {
  let sink = 0;
  for (const task of ledger.tasks) {
    sink += (task.status?.length ?? 0) + (task.problemIds[0]?.length ?? 0);
    sink += (task.leadUnits?.[0]?.length ?? 0) + (task.deadline?.due?.length ?? 0);
    for (const event of task.events ?? []) sink += event.type.length;
  }
  return sink;
}

/** `count` ISO dates drawn evenly at random (seeded) from [from, to]. */
function dates(count: number, from: string, to: string, seed: number): string[] {
  const first = toDayNumber(from);
  const span = toDayNumber(to) - first + 1;
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return fromDayNumber(first + (state % span));
  });
}

/** isWorkday against chinese-days on the same dates; addWorkdays over 2000 and 10 working days. */
function calendar(): Figures {
  const days = dates(4000, "2010-01-01", "2026-12-31", 7);
  let disagree = 0;
  for (const day of days) if (isWorkday(day) !== chineseDays.isWorkday(day)) disagree++;
  log("calendar: isWorkday against chinese-days");
  const [ours, theirs] = throughputs([
    { fn: () => days.filter((day) => isWorkday(day)).length, per: days.length },
    { fn: () => days.filter((day) => chineseDays.isWorkday(day)).length, per: days.length },
  ]);
  // Starts early enough that 2000 working days (about eight years) stay inside 2007-2026.
  const starts = dates(4000, "2008-01-01", "2016-12-31", 11);
  log("calendar: addWorkdays(d, 2000) against addWorkdays(d, 10)");
  const [near, far] = throughputs([
    { fn: () => starts.map((day) => addWorkdays(day, 10)), per: starts.length },
    { fn: () => starts.map((day) => addWorkdays(day, 2000)), per: starts.length },
  ]);
  return {
    "isWorkday.perSecond": ours!.wall,
    "chineseDays.perSecond": theirs!.wall,
    "isWorkday.disagreements": disagree,
    "addWorkdays10.perSecond": near!.wall,
    "addWorkdays2000.perSecond": far!.wall,
  };
}

/** parseDeadline over the deadline forms, strings per second. */
function deadlines(): Figures {
  const options = { anchor: DEADLINE_ANCHOR };
  const unread = DEADLINE_FORMS.filter((form) => !parseDeadline(form, options).ok);
  log(`deadlines: parseDeadline over ${DEADLINE_FORMS.length} forms`);
  const [rate] = throughputs(
    [
      {
        fn: () => {
          let ok = 0;
          for (const form of DEADLINE_FORMS) if (parseDeadline(form, options).ok) ok++;
          return ok;
        },
        per: DEADLINE_FORMS.length,
      },
    ],
    15,
  );
  return {
    "parseDeadline.perSecond": rate!.wall,
    "parseDeadline.perCpuSecond": rate!.cpu,
    "parseDeadline.unread": unread.join(" | "),
  };
}

/**
 * auditText on the five seed reports repeated to 50,000 and to 200,000 characters (a whole page
 * of a provincial report is 10,000-30,000): the time of each, to judge how it scales.
 */
async function audit(): Promise<Figures> {
  const seeds = await Promise.all(
    ["000", "001", "002", "003", "004"].map((name) =>
      readFile(new URL(`../tests/fixtures/seeds/${name}.txt`, import.meta.url), "utf8"),
    ),
  );
  const textOf = (chars: number): string => {
    let text = "";
    while (text.length < chars) text += `${seeds.join("\n")}\n`;
    return text.slice(0, chars);
  };
  const small = textOf(50_000);
  const large = textOf(200_000);
  log("audit: auditText on 50,000 and 200,000 characters");
  const [smallMs, largeMs] = timeAlternating(
    { runs: 5, warmup: 1 },
    () => auditText(small),
    () => auditText(large),
  );
  return {
    "audit.smallMs": smallMs!,
    "audit.largeMs": largeMs!,
    "audit.figures": auditText(large).figures.length,
  };
}

/** validateNdjsonStream over a file; the peak resident memory of this process. */
async function ndjson(path: string): Promise<Figures> {
  log("ndjson: validateNdjsonStream");
  const start = performance.now();
  const report = await validateNdjsonStream(path);
  const ms = performance.now() - start;
  return {
    "ndjson.ms": ms,
    "ndjson.records": report.records,
    "ndjson.valid": report.valid,
    "ndjson.ok": report.ok,
    "ndjson.maxRssMiB": process.resourceUsage().maxRSS / 1024,
  };
}

/** A generated ledger of `tasks` tasks, parsed: what the task-table writers take. */
function tableLedger(tasks: number): Ledger {
  return Ledger.parse(generateLedger({ tasks }));
}

/**
 * parseTasksCsv against csv-parse alone (with the options parseTasksCsv gives it) on the same
 * task table, written by writeTasksCsv from a generated ledger.
 */
function tableImport(rows: number): Figures {
  log(`import: writing a task table of ${rows.toLocaleString("en")} rows`);
  const csv = writeTasksCsv(tableLedger(rows));
  const options = { bom: true, relax_column_count: true, skip_empty_lines: false };
  const first = parseTasksCsv(csv);
  if (!first.ok || first.value.stats.produced !== rows) {
    const codes = [...new Set(first.issues.map((issue) => issue.code))].join(", ");
    throw new Error(`the generated table did not import: ${codes}`);
  }
  log(`import: measuring (${runsFor(rows).runs} runs)`);
  const [csvParse, ours] = timeAlternating(
    runsFor(rows),
    () => parseCsv(csv, options),
    () => parseTasksCsv(csv),
  );
  return {
    "import.rows": rows,
    "import.csvParse": csvParse!,
    "import.parseTasksCsv": ours!,
    "import.megabytes": Buffer.byteLength(csv) / 2 ** 20,
  };
}

/** Writes a task table of `rows` rows as .xlsx (once: kept in bench/out/). */
async function xlsxTable(path: string, rows: number): Promise<Figures> {
  if (!existsSync(path)) {
    log(`xlsx: writing ${rows.toLocaleString("en")} rows to ${path}`);
    writeFileSync(path, await writeTasksXlsx(tableLedger(rows)));
  }
  return { "xlsx.written": true };
}

/** readTasksXlsx on a file, alone in this process: its time and the peak resident memory. */
async function xlsxMemory(path: string): Promise<Figures> {
  const bytes = await readFile(path);
  const before = process.resourceUsage().maxRSS / 1024;
  log("xlsx: readTasksXlsx");
  const start = performance.now();
  const result = await readTasksXlsx(bytes);
  return {
    "xlsx.ms": performance.now() - start,
    "xlsx.produced": result.ok ? result.value.stats.produced : -1,
    "xlsx.megabytes": bytes.byteLength / 2 ** 20,
    "xlsx.rssBeforeMiB": before,
    "xlsx.maxRssMiB": process.resourceUsage().maxRSS / 1024,
  };
}

/** The date the generated deadline texts are read against (bench/generate.ts FEEDBACK). */
const XLSX_ANCHOR = "2022-06-02";
/** The compound unit of bench/generate.ts UNITS, kept whole as a real import would. */
const KEEP = "各旗县市区党委、政府";

/**
 * `ducha validate <file.xlsx>` as the bin runs it (run() with nodeIo(), so the table is streamed
 * from the file) with its text output going nowhere, as into `> /dev/null`: only the last lines
 * are kept, for the counts. The peak resident memory.
 */
async function xlsxValidate(path: string): Promise<Figures> {
  log("xlsx: ducha validate");
  let tail = "";
  const io = {
    ...nodeIo(),
    stdout: (text: string) => {
      tail = (tail + text).slice(-4000);
    },
    stderr: () => {},
  };
  const start = performance.now();
  const args = ["validate", path, "--lang", "en", "--deadline-anchor", XLSX_ANCHOR];
  const code = await run([...args, "--keep-together", KEEP], io);
  const ms = performance.now() - start;
  // "1200000 record(s), 0 with errors" then "0 error(s), 0 warning(s), 65766 note(s)".
  const records = /(\d+) record\(s\), (\d+) with errors/.exec(tail);
  const counts = /(\d+) error\(s\), (\d+) warning\(s\), (\d+) note\(s\)/.exec(tail);
  return {
    "xlsx.ms": ms,
    "xlsx.code": code,
    "xlsx.records": Number(records?.[1] ?? 0),
    "xlsx.errors": Number(counts?.[1] ?? -1),
    "xlsx.notes": Number(counts?.[3] ?? -1),
    "xlsx.maxRssMiB": process.resourceUsage().maxRSS / 1024,
  };
}

/** The streaming reader alone: every row of the sheet read and dropped; the peak resident memory. */
async function xlsxRowsOnly(path: string): Promise<Figures> {
  log("xlsx-rows: xlsxSheets, rows counted and dropped");
  const source = await fileSource(path);
  const start = performance.now();
  let rows = 0;
  let cells = 0;
  try {
    for await (const sheet of xlsxSheets(source, { sheets: [1] })) {
      for await (const row of sheet.rows()) {
        rows++;
        cells += row.cells.length;
      }
    }
  } finally {
    await source.close();
  }
  return {
    "rows.ms": performance.now() - start,
    "rows.rows": rows,
    "rows.cells": cells,
    "rows.maxRssMiB": process.resourceUsage().maxRSS / 1024,
  };
}

const [group, ...args] = process.argv.slice(2);
const figures =
  group === "ledger"
    ? await ledger(args.map(Number))
    : group === "calendar"
      ? calendar()
      : group === "deadlines"
        ? deadlines()
        : group === "audit"
          ? await audit()
          : group === "xlsx-generate"
            ? { "xlsx.path": await xlsxTaskTable(Number(args[0])) }
            : group === "ndjson"
              ? await ndjson(args[0]!)
              : group === "import"
                ? tableImport(Number(args[0]))
                : group === "xlsx-write"
                  ? await xlsxTable(args[0]!, Number(args[1]))
                  : group === "xlsx-memory"
                    ? await xlsxMemory(args[0]!)
                    : group === "xlsx"
                      ? await xlsxValidate(args[0]!)
                      : group === "xlsx-rows"
                        ? await xlsxRowsOnly(args[0]!)
                        : undefined;
if (figures === undefined) throw new Error(`unknown group ${String(group)}`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
