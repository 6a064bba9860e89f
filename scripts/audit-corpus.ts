// Measures extractFigures on the hand-written truth of tests/fixtures/published: figure recall
// (figures read with a role, right or wrong), figures given a wrong role, figures seen only as
// `unknown` (not counted as found), and the relations (finding codes) caught.
// Run: npx tsx scripts/audit-corpus.ts [--verbose]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractFigures } from "../src/audit/extractFigures.js";
import type { TextSpan } from "../src/audit/figureTypes.js";

const HERE = new URL("../tests/fixtures/published/", import.meta.url);

type Truth = readonly [quote: string, role: string];

interface CorpusItem {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly figures: readonly Truth[];
  readonly checks: readonly string[];
}

/** Where each quote of the truth stands: the next occurrence not inside a longer number. */
function locate(text: string, figures: readonly Truth[]): TextSpan[] {
  const next = new Map<string, number>();
  return figures.map(([quote]) => {
    let at = text.indexOf(quote, next.get(quote) ?? 0);
    while (at > 0 && /[\d.]/.test(text.charAt(at - 1))) at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote ${quote} not found`);
    next.set(quote, at + quote.length);
    return { start: at, end: at + quote.length };
  });
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

export interface Miss {
  readonly id: string;
  readonly quote: string;
  readonly role: string;
  readonly got?: string;
}

export interface Measure {
  readonly items: number;
  readonly figures: number;
  readonly found: number;
  readonly rightRole: number;
  readonly wrongRole: number;
  readonly unknown: number;
  readonly recall: number;
  readonly checks: number;
  readonly checksCaught: number;
  /** Failed findings the truth does not list: a relation said to be broken that is not. */
  readonly falseAlarms: number;
  readonly misses: readonly Miss[];
}

function measureTexts(
  texts: readonly {
    id: string;
    text: string;
    figures: readonly Truth[];
    checks: readonly string[];
  }[],
): Measure {
  let figures = 0;
  let found = 0;
  let rightRole = 0;
  let wrongRole = 0;
  let unknown = 0;
  let checks = 0;
  let checksCaught = 0;
  let falseAlarms = 0;
  const misses: Miss[] = [];
  for (const item of texts) {
    const result = extractFigures(item.text);
    const reads = result.quantities;
    const spans = locate(item.text, item.figures);
    item.figures.forEach(([quote, role], i) => {
      figures += 1;
      const span = spans[i] as TextSpan;
      const hit =
        reads.find((r) => overlaps(r.span, span) && r.role === role) ??
        reads.find((r) => overlaps(r.span, span) && r.role !== "unknown") ??
        reads.find((r) => overlaps(r.span, span));
      if (hit === undefined || hit.role === "unknown") {
        if (hit !== undefined) unknown += 1;
        misses.push({ id: item.id, quote, role, ...(hit ? { got: "unknown" } : {}) });
        return;
      }
      found += 1;
      if (hit.role === role) rightRole += 1;
      else {
        wrongRole += 1;
        misses.push({ id: item.id, quote, role, got: hit.role });
      }
    });
    const codes = result.findings.map((f) => f.code as string);
    for (const code of item.checks) {
      checks += 1;
      const at = codes.indexOf(code);
      if (at >= 0) {
        checksCaught += 1;
        codes.splice(at, 1);
      } else misses.push({ id: item.id, quote: "(check)", role: code });
    }
    for (const f of result.findings) {
      if (f.consistent || item.checks.includes(f.code)) continue;
      falseAlarms += 1;
      misses.push({ id: item.id, quote: "(false alarm)", role: f.code });
    }
  }
  return {
    items: texts.length,
    figures,
    found,
    rightRole,
    wrongRole,
    unknown,
    recall: figures === 0 ? 1 : found / figures,
    checks,
    checksCaught,
    falseAlarms,
    misses,
  };
}

/** The published corpus (tests/fixtures/published/corpus.json). */
export function measureCorpus(): Measure {
  const corpus = JSON.parse(readFileSync(new URL("corpus.json", HERE), "utf8")) as {
    items: CorpusItem[];
  };
  return measureTexts(corpus.items);
}

/** The constructed examples (tests/fixtures/published/constructed.json), measured apart. */
export function measureConstructed(): Measure {
  const constructed = JSON.parse(readFileSync(new URL("constructed.json", HERE), "utf8")) as {
    items: CorpusItem[];
  };
  return measureTexts(constructed.items);
}

/** The five seed reports (tests/fixtures/published/seeds.json). */
export function measureSeeds(): Measure {
  const seeds = JSON.parse(readFileSync(new URL("seeds.json", HERE), "utf8")) as {
    files: Record<string, Truth[]>;
  };
  return measureTexts(
    Object.entries(seeds.files).map(([id, figures]) => ({
      id,
      text: readFileSync(new URL(`seeds/${id}.txt`, HERE), "utf8"),
      figures,
      checks: [],
    })),
  );
}

function line(name: string, m: Measure): string {
  const pct = (m.recall * 100).toFixed(1);
  return `${name}: ${m.items} texts, ${m.figures} figures; found ${m.found} (recall ${pct}%), right role ${m.rightRole}, wrong role ${m.wrongRole}, unknown ${m.unknown}; relations caught ${m.checksCaught}/${m.checks}, false alarms ${m.falseAlarms}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const verbose = process.argv.includes("--verbose");
  for (const [name, m] of [
    ["corpus", measureCorpus()],
    ["seeds", measureSeeds()],
    ["constructed (not published)", measureConstructed()],
  ] as const) {
    process.stdout.write(`${line(name, m)}\n`);
    if (verbose)
      for (const miss of m.misses)
        process.stdout.write(
          `  ${miss.id} ${miss.quote} ${miss.role}${miss.got ? ` (got ${miss.got})` : " (missed)"}\n`,
        );
  }
}
