/**
 * Official days off and make-up workdays (调休) of 2023 in mainland China.
 *
 * Source: 国务院办公厅关于2023年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm
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
 * The 2023 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2023 } from "ducha/calendar";
 * CN_2023.year; //=> 2023
 * ```
 * @category Calendar data
 */
export const CN_2023 = {
  year: 2023,
  notice: {
    title: "国务院办公厅关于2023年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2022-12-31", to: "2023-01-02" },
    { name: FESTIVALS.springFestival, from: "2023-01-21", to: "2023-01-27" },
    { name: FESTIVALS.qingming, from: "2023-04-05", to: "2023-04-05" },
    { name: FESTIVALS.labourDay, from: "2023-04-29", to: "2023-05-03" },
    { name: FESTIVALS.dragonBoat, from: "2023-06-22", to: "2023-06-24" },
    { name: FESTIVALS.midAutumnNationalDay, from: "2023-09-29", to: "2023-10-06" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2023-01-28" },
    { name: FESTIVALS.springFestival, date: "2023-01-29" },
    { name: FESTIVALS.labourDay, date: "2023-04-23" },
    { name: FESTIVALS.labourDay, date: "2023-05-06" },
    { name: FESTIVALS.dragonBoat, date: "2023-06-25" },
    { name: FESTIVALS.midAutumnNationalDay, date: "2023-10-07" },
    { name: FESTIVALS.midAutumnNationalDay, date: "2023-10-08" },
  ],
} as const satisfies CalendarYear;
