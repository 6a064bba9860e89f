/**
 * Official days off and make-up workdays (调休) of 2024 in mainland China.
 *
 * Source: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）, https://www.gov.cn/zhengce/content/202310/content_6911527.htm
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
 * The 2024 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2024 } from "ducha/calendar";
 * CN_2024.year; //=> 2024
 * ```
 * @category Calendar data
 */
export const CN_2024 = {
  year: 2024,
  notice: {
    title: "国务院办公厅关于2024年部分节假日安排的通知",
    url: "https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
    documentNumber: "国办发明电〔2023〕7号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2024-01-01", to: "2024-01-01" },
    { name: FESTIVALS.springFestival, from: "2024-02-10", to: "2024-02-17" },
    { name: FESTIVALS.qingming, from: "2024-04-04", to: "2024-04-06" },
    { name: FESTIVALS.labourDay, from: "2024-05-01", to: "2024-05-05" },
    { name: FESTIVALS.dragonBoat, from: "2024-06-10", to: "2024-06-10" },
    { name: FESTIVALS.midAutumn, from: "2024-09-15", to: "2024-09-17" },
    { name: FESTIVALS.nationalDay, from: "2024-10-01", to: "2024-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2024-02-04" },
    { name: FESTIVALS.springFestival, date: "2024-02-18" },
    { name: FESTIVALS.qingming, date: "2024-04-07" },
    { name: FESTIVALS.labourDay, date: "2024-04-28" },
    { name: FESTIVALS.labourDay, date: "2024-05-11" },
    { name: FESTIVALS.midAutumn, date: "2024-09-14" },
    { name: FESTIVALS.nationalDay, date: "2024-09-29" },
    { name: FESTIVALS.nationalDay, date: "2024-10-12" },
  ],
} as const satisfies CalendarYear;
