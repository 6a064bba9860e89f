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
  "([\\u4e00-\\u9fa5]{1,6}(?:率|占比))(分别)?(?:达到了?|达|为|是|约为)?" +
    "((?:将近|接近|近|超过|逾|大约|约|不足|不到|高于|低于)?\\d+(?:\\.\\d+)?%(?:以上|以下|左右)?" +
    "|(?:将近|接近|近|超过|逾|大约|约|不足|不到)?[一二两三四五六七八九]成(?:以上|多|左右)?)",
  "g",
);
// Words that lead into a rate name but are not part of it.
const NAME_LEAD = /^(?:[^率]*?(?:的|和|及|与|且|其|并|总体|总))(?=[\u4e00-\u9fa5]+(?:率|占比)$)/;
// A share stated with its own denominator: "占任务总量的80%", "占…明确531项任务的近六成"; and a
// share before its completion word: "77.8%已整改完成".
const AMOUNT =
  "(?:将近|接近|近|超过|逾|大约|约)?\\d+(?:\\.\\d+)?%(?:以上|左右)?" +
  "|(?:将近|接近|近|超过|逾|大约|约)?[一二两三四五六七八九]成(?:以上|多|左右)?";
const LISTED = /^、((?:将近|接近|近|超过|逾|大约|约)?\d+(?:\.\d+)?%(?:以上|左右)?)/;
const SHARE = new RegExp(
  `占[^，,；;。%]{0,30}?的?(${AMOUNT})|(\\d+(?:\\.\\d+)?%)(?=已(?:经)?(?:整改完成|完成整改|完成|办结))`,
  "g",
);

/** A rate read from a segment, before it is bound to counts. */
export interface RateMatch {
  /** Where the rate is bound from: the end of its name, or of a share's own denominator. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly stated: string;
  readonly range: ReadRate;
  readonly span: { start: number; end: number };
  readonly quote: string;
  readonly share?: boolean;
  /** One of the rates of a 分别 list (one per place): bound to no counts. */
  readonly listed?: boolean;
}

/** The rates of one segment, outside the `claimed` ranges (environmental indicators). */
export function extractRates(
  mapped: MappedText,
  segment: Stretch,
  rounding: RoundingMode,
  issues: Issue[],
  claimed: readonly Stretch[] = [],
): RateMatch[] {
  const out: RateMatch[] = [];
  const free = (start: number, end: number) => !claimed.some((c) => c.start < end && start < c.end);
  const read = (
    start: number,
    end: number,
    name: string,
    amount: string,
    bindAt: number,
    share: boolean,
    listed = false,
  ) => {
    const statedStart = end - amount.length;
    const stated = quoteOf(mapped, statedStart, end).quote;
    const reading = readApproximate(amount, { rounding });
    const { span, quote } = quoteOf(mapped, start, end);
    if (!reading.ok) {
      issues.push(
        issueFrom(FIGURE_ISSUES, "rate_unreadable", ["text", span.start, span.end], {
          quote,
          start: span.start,
          end: span.end,
        }),
      );
      return;
    }
    out.push({
      start: bindAt,
      end,
      name,
      stated,
      range: reading.value,
      span,
      quote,
      ...(share ? { share: true } : {}),
      ...(listed ? { listed: true } : {}),
    });
  };
  for (const m of allMatches(RATE, mapped.text, segment.start, segment.end)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const name = (m[1] as string).replace(NAME_LEAD, "");
    const amount = m[3] as string;
    if (m[2] === undefined) {
      read(m.index + (m[1] as string).length - name.length, end, name, amount, m.index, false);
      continue;
    }
    // "办结率分别达98%、90%、88%": one rate per place listed, none bound to the counts before.
    read(m.index + (m[1] as string).length - name.length, end, name, amount, m.index, false, true);
    let at = end;
    for (let more = LISTED.exec(mapped.text.slice(at, segment.end)); more !== null; ) {
      read(at + 1, at + more[0].length, name, more[1] as string, at + 1, false, true);
      at += more[0].length;
      more = LISTED.exec(mapped.text.slice(at, segment.end));
    }
  }
  const named = out.map((r) => r.span);
  for (const m of allMatches(SHARE, mapped.text, segment.start, segment.end)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const { span } = quoteOf(mapped, m.index, end);
    if (named.some((r) => r.start < span.end && span.start < r.end)) continue; // "占比100%"
    if (m[1] !== undefined) read(m.index, end, "占比", m[1], end - m[1].length, true);
    else read(m.index, end, "完成比例", m[2] as string, m.index, true);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

// "较去年同期上升3.3个百分点", "同比增长46.3%", "同比分别增长46.3%、25.7%", "累计下降9.6%以上".
const CHANGE =
  /(较去年同期|较上年同期|较去年|较上年|比去年|比上年|同比|环比|累计|超过时序进度|超过序时进度)?(分别)?(上升|增长|增加|提高|下降|降低|减少|(?<=进度))了?(\d+(?:\.\d+)?)(个百分点|%|微克(?:\/立方米|每立方米)?)(以上|左右)?/g;
const MORE = /^、(\d+(?:\.\d+)?)(个百分点|%|微克(?:\/立方米|每立方米)?)(以上|左右)?/;
const UNIT_OF = (unit: string): ChangeFigure["unit"] =>
  unit === "%"
    ? "percent"
    : unit === "个百分点"
      ? "percentage_points"
      : "microgram_per_cubic_metre";
const UP = /上升|增长|增加|提高/;

/** Changes in percent and in percentage points, over the whole text. */
export function extractChanges(mapped: MappedText): ChangeFigure[] {
  const { text } = mapped;
  const out: ChangeFigure[] = [];
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(text); m !== null; m = CHANGE.exec(text)) {
    const basis = m[1];
    const direction = UP.test(m[3] as string) || m[3] === "" ? "up" : "down";
    const push = (start: number, end: number, value: string, unit: string, q?: string) => {
      out.push({
        kind: "change",
        direction,
        value: Number(value),
        unit: UNIT_OF(unit),
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
