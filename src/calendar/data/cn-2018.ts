/**
 * Official days off and make-up workdays (调休) of 2018 in mainland China.
 *
 * Source: 国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号）, http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm
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
 * The 2018 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2018 } from "ducha/calendar";
 * CN_2018.year; //=> 2018
 * ```
 * @category Calendar data
 */
export const CN_2018 = {
  year: 2018,
  notice: {
    title: "国务院办公厅关于2018年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm",
    documentNumber: "国办发明电〔2017〕12号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2018-01-01", to: "2018-01-01" },
    { name: FESTIVALS.springFestival, from: "2018-02-15", to: "2018-02-21" },
    { name: FESTIVALS.qingming, from: "2018-04-05", to: "2018-04-07" },
    { name: FESTIVALS.labourDay, from: "2018-04-29", to: "2018-05-01" },
    { name: FESTIVALS.dragonBoat, from: "2018-06-18", to: "2018-06-18" },
    { name: FESTIVALS.midAutumn, from: "2018-09-24", to: "2018-09-24" },
    { name: FESTIVALS.nationalDay, from: "2018-10-01", to: "2018-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2018-02-11" },
    { name: FESTIVALS.springFestival, date: "2018-02-24" },
    { name: FESTIVALS.qingming, date: "2018-04-08" },
    { name: FESTIVALS.labourDay, date: "2018-04-28" },
    { name: FESTIVALS.nationalDay, date: "2018-09-29" },
    { name: FESTIVALS.nationalDay, date: "2018-09-30" },
  ],
} as const satisfies CalendarYear;
