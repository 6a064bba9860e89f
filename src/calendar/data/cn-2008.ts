/**
 * Official days off and make-up workdays (调休) of 2008 in mainland China.
 *
 * Source: 国务院办公厅关于2008年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2008-03/28/content_1645.htm
 * First year under the 2007 rules: Labour Day cut to 1 day; Qingming, Dragon Boat and
 * Mid-Autumn became 1-day holidays. The New Year run starts on 2007-12-30.
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
 * The 2008 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2008 } from "ducha/calendar";
 * CN_2008.year; //=> 2008
 * ```
 * @category Calendar data
 */
export const CN_2008 = {
  year: 2008,
  notice: {
    title: "国务院办公厅关于2008年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2008-03/28/content_1645.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2007-12-30", to: "2008-01-01" },
    { name: FESTIVALS.springFestival, from: "2008-02-06", to: "2008-02-12" },
    { name: FESTIVALS.qingming, from: "2008-04-04", to: "2008-04-06" },
    { name: FESTIVALS.labourDay, from: "2008-05-01", to: "2008-05-03" },
    { name: FESTIVALS.dragonBoat, from: "2008-06-07", to: "2008-06-09" },
    { name: FESTIVALS.midAutumn, from: "2008-09-13", to: "2008-09-15" },
    { name: FESTIVALS.nationalDay, from: "2008-09-29", to: "2008-10-05" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2007-12-29" },
    { name: FESTIVALS.springFestival, date: "2008-02-02" },
    { name: FESTIVALS.springFestival, date: "2008-02-03" },
    { name: FESTIVALS.labourDay, date: "2008-05-04" },
    { name: FESTIVALS.nationalDay, date: "2008-09-27" },
    { name: FESTIVALS.nationalDay, date: "2008-09-28" },
  ],
} as const satisfies CalendarYear;
