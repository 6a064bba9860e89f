/**
 * Official days off and make-up workdays (调休) of 2025 in mainland China.
 *
 * Source: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, https://www.gov.cn/zhengce/content/202411/content_6986382.htm
 * From 2025 Spring Festival (eve + days 1-3) and Labour Day (1-2 May) gain one day each.
 *
 * Checked day by day against the `chinese-days` package in tests/calendar/official.test.ts.
 * Official data can be corrected by a later notice: pin the ducha version if you need these dates
 * to stay fixed, or override the year with `extendCalendar`.
 *
 * @module
 */
import { FESTIVALS } from "../festivals.js";
import type { CalendarYear } from "../types.js";

/**
 * The 2025 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2025 } from "ducha/calendar";
 * CN_2025.year; //=> 2025
 * ```
 * @category Calendar data
 */
export const CN_2025 = {
  year: 2025,
  notice: {
    title: "国务院办公厅关于2025年部分节假日安排的通知",
    url: "https://www.gov.cn/zhengce/content/202411/content_6986382.htm",
    documentNumber: "国办发明电〔2024〕12号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2025-01-01", to: "2025-01-01" },
    { name: FESTIVALS.springFestival, from: "2025-01-28", to: "2025-02-04" },
    { name: FESTIVALS.qingming, from: "2025-04-04", to: "2025-04-06" },
    { name: FESTIVALS.labourDay, from: "2025-05-01", to: "2025-05-05" },
    { name: FESTIVALS.dragonBoat, from: "2025-05-31", to: "2025-06-02" },
    { name: FESTIVALS.nationalDayMidAutumn, from: "2025-10-01", to: "2025-10-08" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2025-01-26" },
    { name: FESTIVALS.springFestival, date: "2025-02-08" },
    { name: FESTIVALS.labourDay, date: "2025-04-27" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2025-09-28" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2025-10-11" },
  ],
} as const satisfies CalendarYear;
