/**
 * Official days off and make-up workdays (调休) of 2009 in mainland China.
 *
 * Source: 国务院办公厅关于2009年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2008-12/10/content_1572.htm
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
 * The 2009 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2009 } from "ducha/calendar";
 * CN_2009.year; //=> 2009
 * ```
 * @category Calendar data
 */
export const CN_2009 = {
  year: 2009,
  notice: {
    title: "国务院办公厅关于2009年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2008-12/10/content_1572.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2009-01-01", to: "2009-01-03" },
    { name: FESTIVALS.springFestival, from: "2009-01-25", to: "2009-01-31" },
    { name: FESTIVALS.qingming, from: "2009-04-04", to: "2009-04-06" },
    { name: FESTIVALS.labourDay, from: "2009-05-01", to: "2009-05-03" },
    { name: FESTIVALS.dragonBoat, from: "2009-05-28", to: "2009-05-30" },
    { name: FESTIVALS.nationalDayMidAutumn, from: "2009-10-01", to: "2009-10-08" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2009-01-04" },
    { name: FESTIVALS.springFestival, date: "2009-01-24" },
    { name: FESTIVALS.springFestival, date: "2009-02-01" },
    { name: FESTIVALS.dragonBoat, date: "2009-05-31" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2009-09-27" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2009-10-10" },
  ],
} as const satisfies CalendarYear;
