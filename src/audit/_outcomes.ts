import { Decimal } from "decimal.js";
import { OUTCOME_KIND } from "../outcomes/kinds.js";
import { readOutcomes } from "../outcomes/readOutcomes.js";
import { type MappedText, readNumber, type Stretch } from "./_figureText.js";
import type { EnforcementFigure, FigureCount, TextSpan } from "./figureTypes.js";

// The number of an approximate figure readOutcomes leaves unread ("罚款约14.3亿元", "1492余万元").
const APPROXIMATE = /(\d+(?:,\d{3})*(?:\.\d+)?)(万|亿)?(?:余|多)?(万元|亿元|元)?/;
const MONEY_SCALE: Readonly<Record<string, number>> = { 万元: 10_000, 亿元: 100_000_000, 元: 1 };

/** The offset in the normalised text of an offset in the original (`map` is increasing). */
function toMapped(mapped: MappedText, at: number): number {
  let lo = 0;
  let hi = mapped.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mapped.map[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function figure(
  key: EnforcementFigure["outcome"],
  value: number,
  unit: string,
  approximate: boolean,
  span: TextSpan,
  quote: string,
  yuan?: string,
): EnforcementFigure {
  const count: FigureCount = {
    value,
    span,
    quote,
    derived: false,
    ...(approximate ? { approximate } : {}),
  };
  return {
    kind: "enforcement",
    outcome: key,
    label: OUTCOME_KIND[key].label,
    count,
    unit: key === "finesYuan" ? "yuan" : unit,
    ...(yuan !== undefined ? { yuan } : {}),
    approximate,
    span,
    quote,
  };
}

/**
 * The enforcement outcomes of the whole text, read with `readOutcomes` (ducha/outcomes, one table
 * of kinds for the library), and the ranges of the normalised text they used. 问责 is left to the
 * accountability figure. Figures readOutcomes leaves unread as approximate ("罚款约14.3亿元") are
 * kept with `approximate: true`; the other unread cues stay unread.
 */
export function extractOutcomes(mapped: MappedText): {
  figures: EnforcementFigure[];
  claimed: Stretch[];
} {
  const read = readOutcomes(mapped.original);
  const figures: EnforcementFigure[] = [];
  for (const f of read.figures) {
    if (f.kind === "accountablePeople") continue;
    const yuan = f.kind === "finesYuan" ? new Decimal(f.value).toFixed() : undefined;
    figures.push(figure(f.kind, f.value, f.unit, false, f.span, f.quote, yuan));
  }
  for (const u of read.unread) {
    if (u.reason !== "approximate" || u.kind === "accountablePeople") continue;
    const m = APPROXIMATE.exec(u.quote.normalize("NFKC"));
    const value = m === null ? undefined : readNumber(`${m[1]}${m[2] ?? ""}`);
    if (m === null || value === undefined) continue;
    const money = u.kind === "finesYuan";
    const yuan = money ? new Decimal(value).times(MONEY_SCALE[m[3] ?? "元"] ?? 1) : undefined;
    const unit = money ? "yuan" : (OUTCOME_KIND[u.kind].unit as string);
    figures.push(
      figure(u.kind, yuan?.toNumber() ?? value, unit, true, u.span, u.quote, yuan?.toFixed()),
    );
  }
  figures.sort((a, b) => a.span.start - b.span.start);
  const claimed = figures.map((f) => ({
    start: toMapped(mapped, f.span.start),
    end: toMapped(mapped, f.span.end),
  }));
  return { figures, claimed };
}
