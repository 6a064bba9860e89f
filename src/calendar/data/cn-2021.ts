/**
 * Official days off and make-up workdays (调休) of 2021 in mainland China.
 *
 * Source: 国务院办公厅关于2021年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm
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
 * The 2021 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2021 } from "ducha/calendar";
 * CN_2021.year; //=> 2021
 * ```
 * @category Calendar data
 */
export const CN_2021 = {
  year: 2021,
  notice: {
    title: "国务院办公厅关于2021年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2021-01-01", to: "2021-01-03" },
    { name: FESTIVALS.springFestival, from: "2021-02-11", to: "2021-02-17" },
    { name: FESTIVALS.qingming, from: "2021-04-03", to: "2021-04-05" },
    { name: FESTIVALS.labourDay, from: "2021-05-01", to: "2021-05-05" },
    { name: FESTIVALS.dragonBoat, from: "2021-06-12", to: "2021-06-14" },
    { name: FESTIVALS.midAutumn, from: "2021-09-19", to: "2021-09-21" },
    { name: FESTIVALS.nationalDay, from: "2021-10-01", to: "2021-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2021-02-07" },
    { name: FESTIVALS.springFestival, date: "2021-02-20" },
    { name: FESTIVALS.labourDay, date: "2021-04-25" },
    { name: FESTIVALS.labourDay, date: "2021-05-08" },
    { name: FESTIVALS.midAutumn, date: "2021-09-18" },
    { name: FESTIVALS.nationalDay, date: "2021-09-26" },
    { name: FESTIVALS.nationalDay, date: "2021-10-09" },
  ],
} as const satisfies CalendarYear;
