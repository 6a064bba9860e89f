/**
 * Official days off and make-up workdays (调休) of 2017 in mainland China.
 *
 * Source: 国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号）, http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm
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
 * The 2017 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2017 } from "ducha/calendar";
 * CN_2017.year; //=> 2017
 * ```
 * @category Calendar data
 */
export const CN_2017 = {
  year: 2017,
  notice: {
    title: "国务院办公厅关于2017年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm",
    documentNumber: "国办发明电〔2016〕17号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2017-01-01", to: "2017-01-02" },
    { name: FESTIVALS.springFestival, from: "2017-01-27", to: "2017-02-02" },
    { name: FESTIVALS.qingming, from: "2017-04-02", to: "2017-04-04" },
    { name: FESTIVALS.labourDay, from: "2017-05-01", to: "2017-05-01" },
    { name: FESTIVALS.dragonBoat, from: "2017-05-28", to: "2017-05-30" },
    { name: FESTIVALS.midAutumnNationalDay, from: "2017-10-01", to: "2017-10-08" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2017-01-22" },
    { name: FESTIVALS.springFestival, date: "2017-02-04" },
    { name: FESTIVALS.qingming, date: "2017-04-01" },
    { name: FESTIVALS.dragonBoat, date: "2017-05-27" },
    { name: FESTIVALS.midAutumnNationalDay, date: "2017-09-30" },
  ],
} as const satisfies CalendarYear;
