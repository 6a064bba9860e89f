import type { IsoDate } from "../dates.js";
import type { Severity } from "../issue.js";
import type { Bilingual } from "../lang.js";
import type { ReadRate } from "../metrics/approximate.js";
import type { RoundingMode } from "../metrics/rounding.js";
import type { OutcomeKey } from "../outcomes/kinds.js";

/**
 * Where a figure or a count was read: UTF-16 offsets into the ORIGINAL text, so that
 * `text.slice(span.start, span.end)` is the quoted passage.
 *
 * @example
 * ```ts
 * import type { TextSpan } from "ducha/audit";
 * const span: TextSpan = { start: 0, end: 4 };
 * ```
 * @category Audit
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * One number read from the text, with where it was read and the passage (`quote`). `derived` is
 * true for a count the text implies without writing it, e.g. "已全部办结" closes the whole total.
 *
 * @example
 * ```ts
 * import type { FigureCount } from "ducha/audit";
 * const count: FigureCount = { value: 808, span: { start: 0, end: 4 }, quote: "808件", derived: false };
 * ```
 * @category Audit
 */
export interface FigureCount {
  readonly value: number;
  readonly span: TextSpan;
  readonly quote: string;
  readonly derived: boolean;
  /** True when the text gives the number as approximate (13.5万余件, 近3000件, 超过200人). */
  readonly approximate?: boolean;
}

/**
 * One part of a total listed after 其中/包括/（…） or in a 、 list: its label as written ("来电",
 * "属实", "南阳市") and its count. Parts of the same list share `list` (0, 1, …): "2711件（来电
 * 2235件，来信476件），其中重点交办件286件" has two lists, each checked against the total on its own.
 * A list that claims the whole total (`whole`: 分别, or every class from 属实 to 不属实) must make it.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [cases] = extractFigures("受理群众来电来信举报件106件，其中来电80件，来信26件。").figures;
 * const parts = cases?.kind === "petitions" ? cases.parts ?? [] : [];
 * parts.map((p) => [p.label, p.count.value]); //=> [["来电", 80], ["来信", 26]]
 * ```
 * @category Audit
 */
export interface CountPart {
  readonly label: string;
  readonly count: FigureCount;
  readonly list: number;
  /** The list claims to make the whole total (分别, or every class of 属实…不属实). */
  readonly whole?: boolean;
}

/** What every figure carries: its kind, the span of the whole claim and its text. */
interface FigureBase {
  readonly span: TextSpan;
  readonly quote: string;
}

/**
 * Rectification tasks (整改任务): a total, how many are done (已完成; with
 * `basicallyIncluded` when the text says 完成或基本完成), how many remain (其余…正在推进), and the
 * problems they come from ("44个问题190项具体任务"). `allDone` when the text says 已全部完成.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [tasks] = extractFigures("我市牵头的9项整改任务已完成6项，其余3项正在持续推进中").figures;
 * if (tasks?.kind === "tasks") [tasks.total?.value, tasks.done?.value, tasks.remaining?.value]; //=> [9, 6, 3]
 * ```
 * @category Audit
 */
export interface TasksFigure extends FigureBase {
  readonly kind: "tasks";
  readonly total?: FigureCount;
  readonly problems?: FigureCount;
  readonly done?: FigureCount;
  readonly basicallyCompleted?: FigureCount;
  readonly remaining?: FigureCount;
  readonly basicallyIncluded: boolean;
  readonly allDone: boolean;
  /** Parts of the total (其中北京47项、上海46项…). */
  readonly parts?: readonly CountPart[];
  /** A count says it takes in another period ("（部分为…之前受理）"): nothing is checked. */
  readonly mixed?: boolean;
}

/**
 * Petition cases (群众信访举报件): batches (批), the total transferred, how many are closed
 * (办结/结案销号; `allClosed` when the text says 已全部…办结, then `closed` is derived from the
 * total), staged closures (阶段性办结) and how many remain.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [cases] = extractFigures("转办的29批91件群众信访举报案件，已全部经自治区相关厅局认定办结").figures;
 * if (cases?.kind === "petitions") [cases.batches?.value, cases.total?.value, cases.closed?.value]; //=> [29, 91, 91]
 * ```
 * @category Audit
 */
export interface PetitionsFigure extends FigureBase {
  readonly kind: "petitions";
  readonly batches?: FigureCount;
  readonly total?: FigureCount;
  readonly closed?: FigureCount;
  readonly staged?: FigureCount;
  readonly remaining?: FigureCount;
  readonly allClosed: boolean;
  /** Parts of the total (其中来电80件，来信26件; 属实440件，部分属实779件…). */
  readonly parts?: readonly CountPart[];
  /** A count says it takes in another period ("（部分为…之前受理）"): nothing is checked. */
  readonly mixed?: boolean;
}

/**
 * A stated rate ("结案销号率97.64%", "办结率达81%", "完成率近60%"): its name, the stated text,
 * the range that text stands for (precision read from the text, approximate wording as ranges),
 * and, when counts stand in the same sentence, the numerator and denominator it was audited with.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const { figures } = extractFigures("已结案销号4593个，共4704个，结案销号率97.64%");
 * const rate = figures.find((f) => f.kind === "rate");
 * if (rate?.kind === "rate") [rate.name, rate.stated, rate.range.decimals]; //=> ["结案销号率", "97.64%", 2]
 * ```
 * @category Audit
 */
export interface RateFigure extends FigureBase {
  readonly kind: "rate";
  readonly name: string;
  readonly stated: string;
  readonly range: ReadRate;
  readonly numerator?: FigureCount;
  readonly denominator?: FigureCount;
  readonly staged?: FigureCount;
  readonly basicallyCompleted?: FigureCount;
  readonly of?: "tasks" | "petitions";
  /** True for a share stated with its own denominator: "占任务总量的80%", "占…531项任务的近六成". */
  readonly share?: boolean;
}

/**
 * Rank groups of officials held accountable: `bureau` 厅局级/厅级, `county` 县处级/处级,
 * `township` 乡科级及以下/科级, `other` 其他人员/一般干部.
 *
 * @example
 * ```ts
 * import type { CadreRankGroup } from "ducha/audit";
 * const rank: CadreRankGroup = "county";
 * ```
 * @category Audit
 */
export type CadreRankGroup = "bureau" | "county" | "township" | "other";

/**
 * One part of an accountability total: the rank as written ("厅局级干部"), its group, the count,
 * and whether it is a sub-rank (正厅/副处…) that is not added to the sum.
 *
 * @example
 * ```ts
 * import type { AccountabilityPart } from "ducha/audit";
 * const part: AccountabilityPart = {
 *   label: "厅局级干部", rank: "bureau", nested: false,
 *   count: { value: 8, span: { start: 0, end: 2 }, quote: "8人", derived: false },
 * };
 * ```
 * @category Audit
 */
export interface AccountabilityPart {
  readonly label: string;
  readonly rank: CadreRankGroup;
  readonly nested: boolean;
  readonly count: FigureCount;
}

/**
 * Accountability (问责): the problems handed over (移交的5个责任追究问题), the number of people
 * held accountable and its breakdown by rank. `exhaustive` when the breakdown ends with a
 * catch-all rank (及以下, 其他), so the parts must add up to the total.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [acc] = extractFigures("共问责118人，其中，厅局级干部8人，县处级干部51人，乡科级及以下干部59人").figures;
 * const parts = acc?.kind === "accountability" ? acc.parts : [];
 * parts.map((p) => [p.rank, p.count.value]); //=> [["bureau", 8], ["county", 51], ["township", 59]]
 * ```
 * @category Audit
 */
export interface AccountabilityFigure extends FigureBase {
  readonly kind: "accountability";
  readonly problems?: FigureCount;
  readonly total?: FigureCount;
  readonly parts: readonly AccountabilityPart[];
  readonly exhaustive: boolean;
}

/**
 * What a single date is in the report: `feedback` (反馈), `as_of` (截至…, given as the last day
 * it covers) or a plain `date`.
 *
 * @example
 * ```ts
 * import type { DateRole } from "ducha/audit";
 * const role: DateRole = "as_of";
 * ```
 * @category Audit
 */
export type DateRole = "feedback" | "as_of" | "date";

/**
 * A date read from the text. `phrase` is the wording as written ("截至2024年6月底"), `date` the
 * ISO day it stands for (for as-of phrases, the last day they cover: 月底 = the month's last day,
 * 中旬 = the 20th). `garbled` when characters such as 年/月 were lost ("2022325日") and the date
 * could still be read one way only; `yearCarried` when the year came from an earlier date.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [asOf] = extractFigures("截至2024年12月中旬，整改任务已完成整改14项").figures;
 * if (asOf?.kind === "date") [asOf.role, asOf.date, asOf.phrase]; //=> ["as_of", "2024-12-20", "截至2024年12月中旬"]
 * ```
 * @category Audit
 */
export interface DateFigure extends FigureBase {
  readonly kind: "date";
  readonly role: DateRole;
  readonly date: IsoDate;
  readonly phrase: string;
  readonly garbled: boolean;
  readonly yearCarried: boolean;
}

/**
 * A period "2022年3月25日至4月25日": start and end (the year and month carried over to the end),
 * with `role: "stationing"` when the sentence speaks of an inspection group (督察组/进驻).
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [p] = extractFigures("2022年3月25日至4月25日，中央第三生态环境保护督察组对内蒙古开展了督察").figures;
 * if (p?.kind === "period") [p.role, p.start, p.end]; //=> ["stationing", "2022-03-25", "2022-04-25"]
 * ```
 * @category Audit
 */
export interface PeriodFigure extends FigureBase {
  readonly kind: "period";
  readonly role: "stationing" | "period";
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly garbled: boolean;
}

/**
 * A change: "较去年同期上升3.3个百分点" is `percentage_points`, "同比增长46.3%" is `percent`
 * (relative). `basis` is the comparison as written (同比, 较去年同期…), `qualifier` "以上" etc.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [c] = extractFigures("优良天数比率96.7%，较去年同期上升3.3个百分点").figures.filter((f) => f.kind === "change");
 * if (c?.kind === "change") [c.direction, c.value, c.unit]; //=> ["up", 3.3, "percentage_points"]
 * ```
 * @category Audit
 */
export interface ChangeFigure extends FigureBase {
  readonly kind: "change";
  readonly direction: "up" | "down";
  readonly value: number;
  readonly unit: "percent" | "percentage_points" | "microgram_per_cubic_metre";
  readonly basis?: string;
  readonly qualifier?: string;
}

/**
 * An enforcement outcome ("责令整改850家", "罚款2150.5万元", "拘留15人"), read with
 * `readOutcomes` of ducha/outcomes and its table `OUTCOME_KINDS`: its key and bilingual label, the
 * count and its unit (家, 件, 人…; `"yuan"` for fines, whose `count.value` is in yuan and `yuan`
 * the exact amount as a decimal string, 2150.5万元 → "21505000"). `approximate` when the text says
 * 约/近/余 (then the count checks nothing). 问责 stays an {@link AccountabilityFigure}.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const { figures } = extractFigures("責令整改850家，立案處罰320家，罰款2150.5萬元，拘留15人，約談190人");
 * figures.map((f) => (f.kind === "enforcement" ? [f.outcome, f.count.value, f.unit] : f.kind));
 * //=> [["ordersToRectify", 850, "家"], ["casesFiled", 320, "家"], ["finesYuan", 21505000, "yuan"], ["detentions", 15, "人"], ["interviews", 190, "人"]]
 * ```
 * @category Audit
 */
export interface EnforcementFigure extends FigureBase {
  readonly kind: "enforcement";
  readonly outcome: OutcomeKey;
  readonly label: Bilingual;
  readonly count: FigureCount;
  readonly unit: string;
  readonly yuan?: string;
  readonly approximate: boolean;
}

/**
 * An environmental indicator ("优良天数比率96.7%", "PM2.5平均浓度9微克/立方米", "国考断面优良水体
 * 比例50%"): its name as written, the value and its unit. Indicators are kept, never audited
 * against counts.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [pm] = extractFigures("PM2.5平均浓度9微克/立方米，较去年同期持平").figures;
 * if (pm?.kind === "indicator") [pm.name, pm.value, pm.unit]; //=> ["PM2.5平均浓度", 9, "microgram_per_cubic_metre"]
 * ```
 * @category Audit
 */
export interface IndicatorFigure extends FigureBase {
  readonly kind: "indicator";
  readonly name: string;
  readonly value: number;
  readonly unit: "percent" | "microgram_per_cubic_metre";
}

/**
 * The role of one quantity in the text: part of a total, what is done, what remains…, or
 * `unknown` when no cue settles it (then no relation is checked from it).
 *
 * @example
 * ```ts
 * import type { QuantityRole } from "ducha/audit";
 * const role: QuantityRole = "remaining";
 * ```
 * @category Audit
 */
export type QuantityRole =
  | "total"
  | "done"
  | "basically"
  | "staged"
  | "remaining"
  | "part"
  | "problems"
  | "batches"
  | "rate"
  | "indicator"
  | "change"
  | "outcome"
  | "unknown";

/**
 * Every quantity of the text, one per number, in text order: its value, its classifier as written
 * (项, 件, 家, 人, 元, %, 个百分点, 微克/立方米…), its role, the kind of the figure it belongs to (none
 * for `unknown`), its span and quote, and the as-of date that governs it (the last 截至… before it).
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const { quantities } = extractFigures("截至2024年6月底，有序推进36项整改任务，其中21项已完成。");
 * quantities.map((q) => [q.value, q.role, q.asOf]); //=> [[36, "total", "2024-06-30"], [21, "done", "2024-06-30"]]
 * ```
 * @category Audit
 */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly role: QuantityRole;
  readonly kind?: Figure["kind"];
  readonly span: TextSpan;
  readonly quote: string;
  readonly asOf?: IsoDate;
}

/**
 * A figure a report claims, discriminated on `kind`.
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * extractFigures("转办的811件信访件，其余3件正在持续推进中；共问责118人").figures.map((f) => f.kind); //=> ["petitions", "accountability"]
 * ```
 * @category Audit
 */
export type Figure =
  | TasksFigure
  | PetitionsFigure
  | RateFigure
  | AccountabilityFigure
  | DateFigure
  | PeriodFigure
  | ChangeFigure
  | EnforcementFigure
  | IndicatorFigure;

/**
 * The codes of audit findings. `*_consistent`/`parts_add_up`/`parts_within_total` say a check
 * passed; the others that it failed. `rate_other_rounding` (a warning) says a rate fits its
 * counts only under another rounding than the one asked for (1691/1786 published as 94%:
 * truncated, where half-up gives 95%).
 *
 * @example
 * ```ts
 * import type { FindingCode } from "ducha/audit";
 * const code: FindingCode = "parts_add_up";
 * ```
 * @category Audit
 */
export type FindingCode =
  | "parts_add_up"
  | "parts_within_total"
  | "parts_do_not_add_up"
  | "rate_consistent"
  | "rate_inconsistent"
  | "remaining_consistent"
  | "remaining_inconsistent"
  | "count_within_total"
  | "count_exceeds_total"
  | "rate_other_rounding"
  | "schedule_consistent"
  | "schedule_inconsistent";

/**
 * The result of one check on the figures: a stable code, whether it passed (`consistent`), a
 * severity (`info` when it passed), the spans of every number involved, a bilingual message and
 * the numbers behind it (`details`; for rates the whole {@link RateAudit}).
 *
 * @example
 * ```ts
 * import { extractFigures } from "ducha/audit";
 * const [finding] = extractFigures("9项整改任务已完成6项，其余4项正在持续推进中").findings;
 * finding?.code; //=> "remaining_inconsistent"
 * finding?.message.en; //=> "done 6 + remaining 4 = 10, but the total is 9"
 * ```
 * @category Audit
 */
export interface Finding {
  readonly code: FindingCode;
  readonly consistent: boolean;
  readonly severity: Severity;
  readonly spans: readonly TextSpan[];
  readonly message: Bilingual;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link extractFigures}: how exact rates were rounded (default `"half-up"`).
 *
 * @example
 * ```ts
 * import type { ExtractFiguresOptions } from "ducha/audit";
 * const options: ExtractFiguresOptions = { rounding: "half-even" };
 * ```
 * @category Audit
 */
export interface ExtractFiguresOptions {
  readonly rounding?: RoundingMode;
}
