import { MONTHS_EN } from "../_lib/months.js";
import { daysInMonth, type IsoDate, isoDateParts } from "../dates.js";
import type { Bilingual } from "../lang.js";

/**
 * The "as of" phrase reports open with: a month's last day is written as the month's end
 * (截至2024年6月底 / As of the end of June 2024), any other day as itself (截至2024年12月18日 /
 * As of 18 December 2024). Phrases such as 截至2024年12月中旬 are passed to `renderReport` as
 * `asOfText` instead.
 *
 * @throws {DuchaError} `invalid_date` when the date is not a real date.
 * @example
 * ```ts
 * import { asOfPhrase } from "ducha/report";
 * asOfPhrase("2024-06-30")["zh-CN"]; //=> "截至2024年6月底"
 * asOfPhrase("2024-06-30").en; //=> "As of the end of June 2024"
 * asOfPhrase("2024-12-18")["zh-CN"]; //=> "截至2024年12月18日"
 * ```
 * @category Report
 */
export function asOfPhrase(date: IsoDate): Bilingual {
  const { year, month, day } = isoDateParts(date);
  const monthEn = MONTHS_EN[month - 1] as string;
  if (day === daysInMonth(year, month)) {
    return { "zh-CN": `截至${year}年${month}月底`, en: `As of the end of ${monthEn} ${year}` };
  }
  return { "zh-CN": `截至${year}年${month}月${day}日`, en: `As of ${day} ${monthEn} ${year}` };
}
