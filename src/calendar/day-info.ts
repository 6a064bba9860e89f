import type { IsoDate } from "../dates.js";
import type { Bilingual } from "../lang.js";
import { indexOf, KIND_HOLIDAY, KIND_WEEKEND, locate } from "./calendar-index.js";
import type { CalendarNotice, CalendarOptions } from "./types.js";

/**
 * What kind of day a date is: an ordinary weekday, a weekend rest day, an official day off
 * (放假) or a weekend day worked (调休上班).
 *
 * @example
 * ```ts
 * import type { DayKind } from "ducha/calendar";
 * const kind: DayKind = "makeUpWorkday";
 * ```
 * @category Calendar
 */
export type DayKind = "workday" | "weekend" | "holiday" | "makeUpWorkday";

/**
 * Bilingual labels of each {@link DayKind}.
 *
 * @example
 * ```ts
 * import { DAY_KIND_LABELS } from "ducha/calendar";
 * DAY_KIND_LABELS.makeUpWorkday["zh-CN"]; //=> "调休上班日"
 * ```
 * @category Calendar
 */
export const DAY_KIND_LABELS = {
  workday: { "zh-CN": "工作日", en: "working day" },
  weekend: { "zh-CN": "周末休息日", en: "weekend rest day" },
  holiday: { "zh-CN": "法定节假日（放假）", en: "official day off" },
  makeUpWorkday: { "zh-CN": "调休上班日", en: "make-up working day" },
} as const satisfies Record<DayKind, Bilingual>;

/**
 * A date as the calendar sees it: its kind, whether it is worked and, for days named in a
 * notice, the festival and the notice.
 *
 * @example
 * ```ts
 * import type { DayInfo } from "ducha/calendar";
 * const info: DayInfo = { date: "2024-10-09", kind: "workday", workday: true };
 * ```
 * @category Calendar
 */
export interface DayInfo {
  readonly date: IsoDate;
  readonly kind: DayKind;
  readonly workday: boolean;
  /** The festival of a day off, or the festival a make-up workday pays for. */
  readonly name?: Bilingual;
  readonly notice?: CalendarNotice;
}

const KINDS: readonly DayKind[] = ["workday", "weekend", "holiday", "makeUpWorkday"];

/**
 * Everything the calendar knows about a date, in O(1).
 *
 * @example
 * ```ts
 * import { dayInfo } from "ducha/calendar";
 * const info = dayInfo("2024-02-04");
 * info.kind; //=> "makeUpWorkday"
 * info.name?.en; //=> "Spring Festival"
 * info.notice?.url; //=> "https://www.gov.cn/zhengce/content/202310/content_6911527.htm"
 * ```
 * @throws {DuchaError} `invalid_date`, `calendar_year_not_covered`
 * @category Calendar
 */
export function dayInfo(date: IsoDate, options?: CalendarOptions): DayInfo {
  const index = indexOf(options);
  const i = locate(index, date);
  // locate() returned an index inside the calendar, so both lookups hit.
  const code = index.kinds[i] as number;
  const kind = KINDS[code] as DayKind;
  const listed = index.listed.get(i);
  return {
    date,
    kind,
    workday: code !== KIND_WEEKEND && code !== KIND_HOLIDAY,
    ...(listed ? { name: listed.name, notice: listed.notice } : {}),
  };
}

/**
 * The bilingual festival name of an official day off, or `undefined` for any other day
 * (make-up workdays included: see {@link dayInfo} for those).
 *
 * @example
 * ```ts
 * import { holidayName } from "ducha/calendar";
 * holidayName("2024-10-01"); //=> { "zh-CN": "国庆节", en: "National Day" }
 * holidayName("2020-02-02")?.["zh-CN"]; //=> "春节"
 * holidayName("2024-10-09"); //=> undefined
 * ```
 * @throws {DuchaError} `invalid_date`, `calendar_year_not_covered`
 * @category Calendar
 */
export function holidayName(date: IsoDate, options?: CalendarOptions): Bilingual | undefined {
  const index = indexOf(options);
  const i = locate(index, date);
  return index.kinds[i] === KIND_HOLIDAY ? index.listed.get(i)?.name : undefined;
}
