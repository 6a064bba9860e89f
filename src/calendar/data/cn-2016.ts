/**
 * Official days off and make-up workdays (调休) of 2016 in mainland China.
 *
 * Source: 国务院办公厅关于2016年部分节假日安排的通知（国办发明电〔2015〕18号）, http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm
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
 * The 2016 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2016 } from "ducha/calendar";
 * CN_2016.year; //=> 2016
 * ```
 * @category Calendar data
 */
export const CN_2016 = {
  year: 2016,
  notice: {
    title: "国务院办公厅关于2016年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm",
    documentNumber: "国办发明电〔2015〕18号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2016-01-01", to: "2016-01-01" },
    { name: FESTIVALS.springFestival, from: "2016-02-07", to: "2016-02-13" },
    { name: FESTIVALS.qingming, from: "2016-04-04", to: "2016-04-04" },
    { name: FESTIVALS.labourDay, from: "2016-05-01", to: "2016-05-02" },
    { name: FESTIVALS.dragonBoat, from: "2016-06-09", to: "2016-06-11" },
    { name: FESTIVALS.midAutumn, from: "2016-09-15", to: "2016-09-17" },
    { name: FESTIVALS.nationalDay, from: "2016-10-01", to: "2016-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2016-02-06" },
    { name: FESTIVALS.springFestival, date: "2016-02-14" },
    { name: FESTIVALS.dragonBoat, date: "2016-06-12" },
    { name: FESTIVALS.midAutumn, date: "2016-09-18" },
    { name: FESTIVALS.nationalDay, date: "2016-10-08" },
    { name: FESTIVALS.nationalDay, date: "2016-10-09" },
  ],
} as const satisfies CalendarYear;
