/**
 * Official days off and make-up workdays (调休) of 2011 in mainland China.
 *
 * Source: 国务院办公厅关于2011年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2010-12/10/content_1423.htm
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
 * The 2011 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2011 } from "ducha/calendar";
 * CN_2011.year; //=> 2011
 * ```
 * @category Calendar data
 */
export const CN_2011 = {
  year: 2011,
  notice: {
    title: "国务院办公厅关于2011年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2010-12/10/content_1423.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2011-01-01", to: "2011-01-03" },
    { name: FESTIVALS.springFestival, from: "2011-02-02", to: "2011-02-08" },
    { name: FESTIVALS.qingming, from: "2011-04-03", to: "2011-04-05" },
    { name: FESTIVALS.labourDay, from: "2011-04-30", to: "2011-05-02" },
    { name: FESTIVALS.dragonBoat, from: "2011-06-04", to: "2011-06-06" },
    { name: FESTIVALS.midAutumn, from: "2011-09-10", to: "2011-09-12" },
    { name: FESTIVALS.nationalDay, from: "2011-10-01", to: "2011-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2011-01-30" },
    { name: FESTIVALS.springFestival, date: "2011-02-12" },
    { name: FESTIVALS.qingming, date: "2011-04-02" },
    { name: FESTIVALS.nationalDay, date: "2011-10-08" },
    { name: FESTIVALS.nationalDay, date: "2011-10-09" },
  ],
} as const satisfies CalendarYear;
