import { Decimal } from "decimal.js";
import type { Bilingual } from "../lang.js";
import { allMatches } from "./_countFigures.js";
import {
  countAt,
  type MappedText,
  NUMBER_SOURCE,
  quoteOf,
  readNumber,
  type Stretch,
} from "./_figureText.js";
import type { OutcomeFigure, OutcomeKind } from "./figureTypes.js";

/**
 * The enforcement outcomes a petition bulletin states (边督边改公开情况), as data: the cue words
 * that name each, its labels and the units it is counted in. The cue comes before the number
 * ("责令整改850家", "罚款金额251542.71元", "约谈党政领导干部623人"); `object` words may stand
 * between ("责令整改企业1324家"). 问责 is not here: accountability has its own figure.
 */
export const OUTCOME_TABLE: readonly {
  readonly kind: OutcomeKind;
  readonly cue: string;
  readonly label: Bilingual;
  readonly units: readonly string[];
}[] = [
  {
    kind: "rectification_ordered",
    cue: "责令(?:立即)?整改|责令改正",
    label: { "zh-CN": "责令整改", en: "ordered to rectify" },
    units: ["家", "个", "起", "件"],
  },
  {
    kind: "penalized",
    cue: "立案处罚|立案查处|行政处罚",
    label: { "zh-CN": "立案处罚", en: "penalty cases" },
    units: ["家", "起", "件", "个"],
  },
  {
    kind: "fined",
    cue: "罚款金额|处罚金额|罚没金额|罚款",
    label: { "zh-CN": "罚款", en: "fines" },
    units: ["万元", "亿元", "元"],
  },
  {
    kind: "sealed",
    cue: "查封扣押|查封、扣押",
    label: { "zh-CN": "查封扣押", en: "sealed or seized" },
    units: ["家", "起", "件", "个"],
  },
  {
    kind: "shut_down",
    cue: "关停取缔|关闭取缔|取缔关闭",
    label: { "zh-CN": "关停取缔", en: "shut down" },
    units: ["家", "个", "起"],
  },
  {
    kind: "criminal_investigation",
    cue: "立案侦查",
    label: { "zh-CN": "立案侦查", en: "criminal investigations" },
    units: ["件", "起", "个"],
  },
  {
    kind: "detained",
    cue: "行政和刑事拘留|行政拘留|刑事拘留|拘留",
    label: { "zh-CN": "拘留", en: "detained" },
    units: ["人", "名"],
  },
  {
    kind: "interviewed",
    cue: "约谈",
    label: { "zh-CN": "约谈", en: "summoned for talks" },
    units: ["人次", "人", "名"],
  },
];

// Words that may stand between the cue and the number: the object, 了, 共计, approximation.
const OBJECT = "(?:了)?(?:党政领导干部|领导干部|干部|企业|单位|人员|相关责任人)?(?:共计|共|累计)?";
const APPROX_BEFORE = "(约|近|超过|逾|达)?";
const UNIT_SOURCE = [...new Set(OUTCOME_TABLE.flatMap((o) => o.units))]
  .sort((a, b) => b.length - a.length)
  .join("|");
// cue, object words, approximate word, number, 余/多, unit. "责令228家企业立即整改" is the
// second shape: 责令 + number + unit + object + 整改.
const OUTCOME = new RegExp(
  `(${OUTCOME_TABLE.map((o) => o.cue).join("|")})${OBJECT}${APPROX_BEFORE}(${NUMBER_SOURCE})\\s?(余|多)?(${UNIT_SOURCE})` +
    `|责令(${NUMBER_SOURCE})(家|个)(?:企业|单位)?(?:立即|限期)?整改`,
  "g",
);

const MULTIPLIER: Readonly<Record<string, number>> = { 万元: 10_000, 亿元: 100_000_000, 元: 1 };

function kindOf(cue: string): (typeof OUTCOME_TABLE)[number] | undefined {
  return OUTCOME_TABLE.find((o) => new RegExp(`^(?:${o.cue})$`).test(cue));
}

/** The exact amount in yuan as a decimal string ("2150.5万元" → "21505000"), never a float. */
function yuanOf(number: string, unit: string): string | undefined {
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)(万|亿)?$/.exec(number);
  if (m === null) {
    const value = readNumber(number);
    return value === undefined
      ? undefined
      : new Decimal(value).times(MULTIPLIER[unit] ?? 1).toFixed();
  }
  const digits = (m[1] as string).replace(/,/g, "");
  const scale = m[2] === "万" ? 10_000 : m[2] === "亿" ? 100_000_000 : 1;
  return new Decimal(digits)
    .times(scale)
    .times(MULTIPLIER[unit] ?? 1)
    .toFixed();
}

/** The enforcement outcomes of one segment, and the ranges of text they used. */
export function extractOutcomes(
  mapped: MappedText,
  segment: Stretch,
  unread: Stretch[],
): { figures: OutcomeFigure[]; claimed: Stretch[] } {
  const figures: OutcomeFigure[] = [];
  const claimed: Stretch[] = [];
  for (const m of allMatches(OUTCOME, mapped.text, segment.start, segment.end)) {
    const second = m[1] === undefined;
    const cue = second ? "责令整改" : (m[1] as string);
    const entry = kindOf(cue);
    const number = (second ? m[6] : m[3]) as string;
    const unit = (second ? m[7] : m[5]) as string;
    if (entry === undefined || !entry.units.includes(unit)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const numberStart = second
      ? start + 2
      : end - unit.length - (m[4]?.length ?? 0) - number.length - (/\s/.test(m[0]) ? 1 : 0);
    const value = readNumber(number);
    if (value === undefined) {
      unread.push({ start, end });
      continue;
    }
    const approximate = (m[2] !== undefined && m[2] !== "达") || m[4] !== undefined;
    const money = entry.kind === "fined";
    const yuan = money ? yuanOf(number, unit) : undefined;
    const countEnd = second ? numberStart + number.length + unit.length : end;
    claimed.push({ start, end });
    figures.push({
      kind: "outcome",
      outcome: entry.kind,
      label: entry.label,
      count: countAt(
        mapped,
        money && yuan !== undefined ? Number(yuan) : value,
        numberStart,
        countEnd,
      ),
      unit: money ? "yuan" : unit,
      ...(yuan !== undefined ? { yuan } : {}),
      approximate,
      ...quoteOf(mapped, start, end),
    });
  }
  return { figures, claimed };
}
