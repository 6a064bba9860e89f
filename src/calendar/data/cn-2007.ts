/**
 * Official days off and make-up workdays (调休) of 2007 in mainland China.
 *
 * Source: 国务院办公厅关于2007年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2008-03/28/content_1761.htm
 * Under the 1999 rules (three one-week "golden weeks"): New Year's Day 1 day, Spring Festival,
 * Labour Day and National Day 3 days each. The two make-up workdays of New Year fall in 2006.
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
 * The 2007 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2007 } from "ducha/calendar";
 * CN_2007.year; //=> 2007
 * ```
 * @category Calendar data
 */
export const CN_2007 = {
  year: 2007,
  notice: {
    title: "国务院办公厅关于2007年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2008-03/28/content_1761.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2007-01-01", to: "2007-01-03" },
    { name: FESTIVALS.springFestival, from: "2007-02-18", to: "2007-02-24" },
    { name: FESTIVALS.labourDay, from: "2007-05-01", to: "2007-05-07" },
    { name: FESTIVALS.nationalDay, from: "2007-10-01", to: "2007-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2006-12-30" },
    { name: FESTIVALS.newYear, date: "2006-12-31" },
    { name: FESTIVALS.springFestival, date: "2007-02-17" },
    { name: FESTIVALS.springFestival, date: "2007-02-25" },
    { name: FESTIVALS.labourDay, date: "2007-04-28" },
    { name: FESTIVALS.labourDay, date: "2007-04-29" },
    { name: FESTIVALS.nationalDay, date: "2007-09-29" },
    { name: FESTIVALS.nationalDay, date: "2007-09-30" },
  ],
} as const satisfies CalendarYear;
