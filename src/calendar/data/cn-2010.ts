/**
 * Official days off and make-up workdays (调休) of 2010 in mainland China.
 *
 * Source: 国务院办公厅关于2010年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2009-12/08/content_1476.htm
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
 * The 2010 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2010 } from "ducha/calendar";
 * CN_2010.year; //=> 2010
 * ```
 * @category Calendar data
 */
export const CN_2010 = {
  year: 2010,
  notice: {
    title: "国务院办公厅关于2010年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2009-12/08/content_1476.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2010-01-01", to: "2010-01-03" },
    { name: FESTIVALS.springFestival, from: "2010-02-13", to: "2010-02-19" },
    { name: FESTIVALS.qingming, from: "2010-04-03", to: "2010-04-05" },
    { name: FESTIVALS.labourDay, from: "2010-05-01", to: "2010-05-03" },
    { name: FESTIVALS.dragonBoat, from: "2010-06-14", to: "2010-06-16" },
    { name: FESTIVALS.midAutumn, from: "2010-09-22", to: "2010-09-24" },
    { name: FESTIVALS.nationalDay, from: "2010-10-01", to: "2010-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2010-02-20" },
    { name: FESTIVALS.springFestival, date: "2010-02-21" },
    { name: FESTIVALS.dragonBoat, date: "2010-06-12" },
    { name: FESTIVALS.dragonBoat, date: "2010-06-13" },
    { name: FESTIVALS.midAutumn, date: "2010-09-19" },
    { name: FESTIVALS.midAutumn, date: "2010-09-25" },
    { name: FESTIVALS.nationalDay, date: "2010-09-26" },
    { name: FESTIVALS.nationalDay, date: "2010-10-09" },
  ],
} as const satisfies CalendarYear;
