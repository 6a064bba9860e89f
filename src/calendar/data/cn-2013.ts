/**
 * Official days off and make-up workdays (调休) of 2013 in mainland China.
 *
 * Source: 国务院办公厅关于2013年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2012-12/10/content_1353.htm
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
 * The 2013 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2013 } from "ducha/calendar";
 * CN_2013.year; //=> 2013
 * ```
 * @category Calendar data
 */
export const CN_2013 = {
  year: 2013,
  notice: {
    title: "国务院办公厅关于2013年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2012-12/10/content_1353.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2013-01-01", to: "2013-01-03" },
    { name: FESTIVALS.springFestival, from: "2013-02-09", to: "2013-02-15" },
    { name: FESTIVALS.qingming, from: "2013-04-04", to: "2013-04-06" },
    { name: FESTIVALS.labourDay, from: "2013-04-29", to: "2013-05-01" },
    { name: FESTIVALS.dragonBoat, from: "2013-06-10", to: "2013-06-12" },
    { name: FESTIVALS.midAutumn, from: "2013-09-19", to: "2013-09-21" },
    { name: FESTIVALS.nationalDay, from: "2013-10-01", to: "2013-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2013-01-05" },
    { name: FESTIVALS.newYear, date: "2013-01-06" },
    { name: FESTIVALS.springFestival, date: "2013-02-16" },
    { name: FESTIVALS.springFestival, date: "2013-02-17" },
    { name: FESTIVALS.qingming, date: "2013-04-07" },
    { name: FESTIVALS.labourDay, date: "2013-04-27" },
    { name: FESTIVALS.labourDay, date: "2013-04-28" },
    { name: FESTIVALS.dragonBoat, date: "2013-06-08" },
    { name: FESTIVALS.dragonBoat, date: "2013-06-09" },
    { name: FESTIVALS.midAutumn, date: "2013-09-22" },
    { name: FESTIVALS.nationalDay, date: "2013-09-29" },
    { name: FESTIVALS.nationalDay, date: "2013-10-12" },
  ],
} as const satisfies CalendarYear;
