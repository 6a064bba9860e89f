/**
 * Official days off and make-up workdays (调休) of 2012 in mainland China.
 *
 * Source: 国务院办公厅关于2012年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2011-12/06/content_1411.htm
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
 * The 2012 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2012 } from "ducha/calendar";
 * CN_2012.year; //=> 2012
 * ```
 * @category Calendar data
 */
export const CN_2012 = {
  year: 2012,
  notice: {
    title: "国务院办公厅关于2012年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2011-12/06/content_1411.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2012-01-01", to: "2012-01-03" },
    { name: FESTIVALS.springFestival, from: "2012-01-22", to: "2012-01-28" },
    { name: FESTIVALS.qingming, from: "2012-04-02", to: "2012-04-04" },
    { name: FESTIVALS.labourDay, from: "2012-04-29", to: "2012-05-01" },
    { name: FESTIVALS.dragonBoat, from: "2012-06-22", to: "2012-06-24" },
    { name: FESTIVALS.midAutumnNationalDay, from: "2012-09-30", to: "2012-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2011-12-31" },
    { name: FESTIVALS.springFestival, date: "2012-01-21" },
    { name: FESTIVALS.springFestival, date: "2012-01-29" },
    { name: FESTIVALS.qingming, date: "2012-03-31" },
    { name: FESTIVALS.qingming, date: "2012-04-01" },
    { name: FESTIVALS.labourDay, date: "2012-04-28" },
    { name: FESTIVALS.midAutumnNationalDay, date: "2012-09-29" },
  ],
} as const satisfies CalendarYear;
