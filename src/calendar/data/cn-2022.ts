/**
 * Official days off and make-up workdays (调休) of 2022 in mainland China.
 *
 * Source: 国务院办公厅关于2022年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm
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
 * The 2022 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2022 } from "ducha/calendar";
 * CN_2022.year; //=> 2022
 * ```
 * @category Calendar data
 */
export const CN_2022 = {
  year: 2022,
  notice: {
    title: "国务院办公厅关于2022年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2022-01-01", to: "2022-01-03" },
    { name: FESTIVALS.springFestival, from: "2022-01-31", to: "2022-02-06" },
    { name: FESTIVALS.qingming, from: "2022-04-03", to: "2022-04-05" },
    { name: FESTIVALS.labourDay, from: "2022-04-30", to: "2022-05-04" },
    { name: FESTIVALS.dragonBoat, from: "2022-06-03", to: "2022-06-05" },
    { name: FESTIVALS.midAutumn, from: "2022-09-10", to: "2022-09-12" },
    { name: FESTIVALS.nationalDay, from: "2022-10-01", to: "2022-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2022-01-29" },
    { name: FESTIVALS.springFestival, date: "2022-01-30" },
    { name: FESTIVALS.qingming, date: "2022-04-02" },
    { name: FESTIVALS.labourDay, date: "2022-04-24" },
    { name: FESTIVALS.labourDay, date: "2022-05-07" },
    { name: FESTIVALS.nationalDay, date: "2022-10-08" },
    { name: FESTIVALS.nationalDay, date: "2022-10-09" },
  ],
} as const satisfies CalendarYear;
