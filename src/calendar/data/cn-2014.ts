/**
 * Official days off and make-up workdays (调休) of 2014 in mainland China.
 *
 * Source: 国务院办公厅关于2014年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2014-01/02/content_1194.htm
 * From 2014 the Spring Festival holiday is days 1-3 of the lunar year (the eve no longer counts).
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
 * The 2014 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2014 } from "ducha/calendar";
 * CN_2014.year; //=> 2014
 * ```
 * @category Calendar data
 */
export const CN_2014 = {
  year: 2014,
  notice: {
    title: "国务院办公厅关于2014年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2014-01/02/content_1194.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2014-01-01", to: "2014-01-01" },
    { name: FESTIVALS.springFestival, from: "2014-01-31", to: "2014-02-06" },
    { name: FESTIVALS.qingming, from: "2014-04-05", to: "2014-04-07" },
    { name: FESTIVALS.labourDay, from: "2014-05-01", to: "2014-05-03" },
    { name: FESTIVALS.dragonBoat, from: "2014-05-31", to: "2014-06-02" },
    { name: FESTIVALS.midAutumn, from: "2014-09-08", to: "2014-09-08" },
    { name: FESTIVALS.nationalDay, from: "2014-10-01", to: "2014-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2014-01-26" },
    { name: FESTIVALS.springFestival, date: "2014-02-08" },
    { name: FESTIVALS.labourDay, date: "2014-05-04" },
    { name: FESTIVALS.nationalDay, date: "2014-09-28" },
    { name: FESTIVALS.nationalDay, date: "2014-10-11" },
  ],
} as const satisfies CalendarYear;
