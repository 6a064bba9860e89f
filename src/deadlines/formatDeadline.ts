import { MONTHS_EN } from "../_lib/months.js";
import { daysInMonth, isoDateParts } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Lang } from "../lang.js";
import type { Deadline, Recurrence } from "./types.js";

/** The words of each language, as data. */
const WORDS = {
  "zh-CN": {
    immediate: "立行立改",
    longTerm: "长期坚持",
    afterwards: { date: "，并长期坚持", immediate: "、长期坚持" },
    recurrence: { yearly: "每年", quarterly: "每季度", monthly: "每月", weekly: "每周" },
  },
  en: {
    immediate: "immediately",
    longTerm: "ongoing",
    afterwards: { date: ", then ongoing", immediate: ", then ongoing" },
    recurrence: { yearly: "yearly", quarterly: "quarterly", monthly: "monthly", weekly: "weekly" },
  },
} as const satisfies Record<
  Lang,
  {
    immediate: string;
    longTerm: string;
    afterwards: { date: string; immediate: string };
    recurrence: Record<Recurrence, string>;
  }
>;

const isMonthEnd = (iso: string): boolean => {
  const { year, month, day } = isoDateParts(iso);
  return day === daysInMonth(year, month);
};

/** "2018年6月底", "2025年底", "2022年12月20日"; `withYear` false drops the year. */
function zhPoint(iso: string, withYear = true): string {
  const { year, month, day } = isoDateParts(iso);
  const y = withYear ? `${year}年` : "";
  if (month === 12 && day === 31) return withYear ? `${year}年底` : "12月31日";
  return isMonthEnd(iso) ? `${y}${month}月底` : `${y}${month}月${day}日`;
}

function enPoint(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  if (month === 12 && day === 31) return `the end of ${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

function zhStart(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  if (month === 1 && day === 1) return `${year}年`;
  return day === 1 ? `${year}年${month}月` : `${year}年${month}月${day}日`;
}

function enStart(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  if (month === 1 && day === 1) return `${year}`;
  return day === 1 ? `${MONTHS_EN[month - 1]} ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

function zhRange(start: string, due: string): string {
  const s = isoDateParts(start);
  const d = isoDateParts(due);
  if (s.month === 1 && s.day === 1 && d.month === 12 && d.day === 31 && s.year < d.year) {
    return `${s.year}-${d.year}年`;
  }
  const end = `${d.year === s.year ? "" : `${d.year}年`}${d.month}月${d.day}日`;
  return `${s.year}年${s.month}月${s.day}日至${end}`;
}

function enRange(start: string, due: string): string {
  const s = isoDateParts(start);
  const d = isoDateParts(due);
  if (s.month === 1 && s.day === 1 && d.month === 12 && d.day === 31 && s.year < d.year) {
    return `${s.year} to ${d.year}`;
  }
  return `${s.day} ${MONTHS_EN[s.month - 1]} ${s.year} to ${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/**
 * Writes a {@link Deadline} back as text: in zh-CN in the standard form of plans ("2018年6月底前",
 * "2025年底前，并长期坚持", "立行立改、长期坚持", "2023-2025年", "每季度"), in en for readers
 * ("by 30 June 2018", "by the end of 2025, then ongoing", "immediately, then ongoing",
 * "2023 to 2025", "quarterly"). `parseDeadline` reads the zh-CN text back to the same deadline.
 *
 * @example
 * ```ts
 * import { formatDeadline } from "ducha/deadlines";
 * const deadline = {
 *   kind: "date", due: "2025-12-31", longTermAfter: true, text: "",
 * } as const;
 * formatDeadline(deadline, "zh-CN"); //=> "2025年底前，并长期坚持"
 * formatDeadline(deadline, "en"); //=> "by the end of 2025, then ongoing"
 * ```
 * @throws {DuchaError} `invalid_argument` when a `date` or `range` lacks its dates, a
 * `recurring` deadline its recurrence, or `lang` is not a supported language.
 * @category Deadlines
 */
export function formatDeadline(deadline: Deadline, lang: Lang = "zh-CN"): string {
  const words = WORDS[lang];
  if (words === undefined)
    throw misuse(`不支持的语言${String(lang)}`, `unsupported language ${String(lang)}`);
  const zh = lang === "zh-CN";
  const { kind, due, start, longTermAfter, recurrence, percentTarget } = deadline;
  let out: string;
  if (kind === "immediate") {
    out = words.immediate;
    if (due !== undefined) out += zh ? `，${zhPoint(due)}前` : `, by ${enPoint(due)}`;
    if (longTermAfter)
      out += due === undefined ? words.afterwards.immediate : words.afterwards.date;
  } else if (kind === "date" || kind === "range") {
    if (due === undefined || (kind === "range" && start === undefined)) {
      throw kind === "range"
        ? misuse(
            "起止时限须有开始日期（start）和到期日（due）",
            "a range deadline needs start and due",
          )
        : misuse("日期时限须有到期日（due）", "a date deadline needs due");
    }
    if (kind === "range") out = zh ? zhRange(start as string, due) : enRange(start as string, due);
    else out = zh ? `${zhPoint(due)}前` : `by ${enPoint(due)}`;
    if (longTermAfter) out += words.afterwards.date;
  } else if (kind === "recurring") {
    if (recurrence === undefined)
      throw misuse("周期性时限须有周期（recurrence）", "a recurring deadline needs its recurrence");
    out = words.recurrence[recurrence];
  } else if (start !== undefined) {
    out = zh ? `${zhStart(start)}以后长期坚持` : `ongoing from ${enStart(start)}`;
  } else out = words.longTerm;
  if (percentTarget !== undefined) {
    out += zh
      ? `，整改完成率达到${percentTarget}%以上`
      : `, with a completion rate of at least ${percentTarget}%`;
  }
  return out;
}

// Both languages in full: the zh-CN message used to carry the English reason.
function misuse(zh: string, en: string): DuchaError {
  return new DuchaError("invalid_argument", { "zh-CN": `无法写出完成时限：${zh}`, en });
}
