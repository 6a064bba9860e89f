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
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
