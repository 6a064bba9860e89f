import type { Issue } from "../issue.js";
import { issueFrom } from "../issue.js";
import type { ReadRate } from "../metrics/approximate.js";
import { readApproximate } from "../metrics/approximate.js";
import type { RoundingMode } from "../metrics/rounding.js";
import { allMatches } from "./_countFigures.js";
import { type MappedText, quoteOf, type Stretch } from "./_figureText.js";
import { FIGURE_ISSUES } from "./figureIssues.js";
import type { ChangeFigure } from "./figureTypes.js";

// "结案销号率97.64%", "办结率达81%", "完成率近60%", "完成率约七成", "覆盖率达到94%以上".
const RATE = new RegExp(
  "([\\u4e00-\\u9fa5]{1,6}率)(?:达到了?|达|为|是|约为)?" +
    "((?:将近|接近|近|超过|逾|大约|约|不足|不到|高于|低于)?\\d+(?:\\.\\d+)?%(?:以上|以下|左右)?" +
    "|(?:将近|接近|近|超过|逾|大约|约|不足|不到)?[一二两三四五六七八九]成(?:以上|多|左右)?)",
  "g",
);
// Words that lead into a rate name but are not part of it.
const NAME_LEAD = /^(?:[^率]*?(?:的|和|及|与|且|其|并|总体|总))(?=[\u4e00-\u9fa5]+率$)/;

/** A rate read from a segment, before it is bound to counts. */
export interface RateMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly stated: string;
  readonly range: ReadRate;
  readonly span: { start: number; end: number };
  readonly quote: string;
}

/** The rates of one segment. */
export function extractRates(
  mapped: MappedText,
  segment: Stretch,
  rounding: RoundingMode,
  issues: Issue[],
): RateMatch[] {
  const out: RateMatch[] = [];
  for (const m of allMatches(RATE, mapped.text, segment.start, segment.end)) {
    const start = m.index;
    const end = start + m[0].length;
    const name = (m[1] as string).replace(NAME_LEAD, "");
    const statedStart = end - (m[2] as string).length;
    const stated = quoteOf(mapped, statedStart, end).quote;
    const read = readApproximate(m[2] as string, { rounding });
    const { span, quote } = quoteOf(mapped, start + (m[1] as string).length - name.length, end);
    if (!read.ok) {
      issues.push(
        issueFrom(FIGURE_ISSUES, "rate_unreadable", ["text", span.start, span.end], {
          quote,
          start: span.start,
          end: span.end,
        }),
      );
      continue;
    }
    out.push({ start, end, name, stated, range: read.value, span, quote });
  }
  return out;
}

// "较去年同期上升3.3个百分点", "同比增长46.3%", "同比分别增长46.3%、25.7%", "累计下降9.6%以上".
const CHANGE =
  /(较去年同期|较上年同期|较去年|较上年|比去年|比上年|同比|环比|累计)?(分别)?(上升|增长|增加|提高|下降|降低|减少)了?(\d+(?:\.\d+)?)(个百分点|%)(以上|左右)?/g;
const MORE = /^、(\d+(?:\.\d+)?)(个百分点|%)(以上|左右)?/;
const UP = /上升|增长|增加|提高/;

/** Changes in percent and in percentage points, over the whole text. */
export function extractChanges(mapped: MappedText): ChangeFigure[] {
  const { text } = mapped;
  const out: ChangeFigure[] = [];
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(text); m !== null; m = CHANGE.exec(text)) {
    const basis = m[1];
    const direction = UP.test(m[3] as string) ? "up" : "down";
    const push = (start: number, end: number, value: string, unit: string, q?: string) => {
      out.push({
        kind: "change",
        direction,
        value: Number(value),
        unit: unit === "%" ? "percent" : "percentage_points",
        ...(basis ? { basis } : {}),
        ...(q ? { qualifier: q } : {}),
        ...quoteOf(mapped, start, end),
      });
    };
    let end = m.index + m[0].length;
    push(m.index, end, m[4] as string, m[5] as string, m[6]);
    if (m[2] === undefined) continue;
    // 分别: one change per listed value, each with its own span.
    for (let more = MORE.exec(text.slice(end, end + 24)); more !== null; ) {
      const start = end + 1;
      end += more[0].length;
      push(start, end, more[1] as string, more[2] as string, more[3]);
      more = MORE.exec(text.slice(end, end + 24));
    }
    CHANGE.lastIndex = end;
  }
  return out;
}
