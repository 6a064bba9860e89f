/**
 * Official days off and make-up workdays (调休) of 2020 in mainland China.
 *
 * Source: 国务院办公厅关于2020年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm
 * The Spring Festival run was extended to 2 February by a separate notice of 2020-01-27
 * (国办发明电〔2020〕1号, COVID-19); it cancelled the make-up workday of Saturday 1 February
 * that the annual notice had set, so that date is not listed as a workday.
 *
 * Checked day by day against the `chinese-days` package in tests/calendar/official.test.ts.
 * Official data can be corrected by a later notice: pin the ducha version if you need these dates
 * to stay fixed, or override the year with `extendCalendar`.
 *
 * @module
 */
import { FESTIVALS } from "../festivals.js";
import type { CalendarYear } from "../types.js";

const EXTENSION_NOTICE = {
  title: "国务院办公厅关于延长2020年春节假期的通知",
  url: "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
  documentNumber: "国办发明电〔2020〕1号",
} as const;

/**
 * The 2020 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2020 } from "ducha/calendar";
 * CN_2020.year; //=> 2020
 * ```
 * @category Calendar data
 */
export const CN_2020 = {
  year: 2020,
  notice: {
    title: "国务院办公厅关于2020年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2020-01-01", to: "2020-01-01" },
    { name: FESTIVALS.springFestival, from: "2020-01-24", to: "2020-01-30" },
    {
      name: FESTIVALS.springFestival,
      from: "2020-01-31",
      to: "2020-02-02",
      notice: EXTENSION_NOTICE,
    },
    { name: FESTIVALS.qingming, from: "2020-04-04", to: "2020-04-06" },
    { name: FESTIVALS.labourDay, from: "2020-05-01", to: "2020-05-05" },
    { name: FESTIVALS.dragonBoat, from: "2020-06-25", to: "2020-06-27" },
    { name: FESTIVALS.nationalDayMidAutumn, from: "2020-10-01", to: "2020-10-08" },
  ],
  workdays: [
    { name: FESTIVALS.springFestival, date: "2020-01-19" },
    { name: FESTIVALS.labourDay, date: "2020-04-26" },
    { name: FESTIVALS.labourDay, date: "2020-05-09" },
    { name: FESTIVALS.dragonBoat, date: "2020-06-28" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2020-09-27" },
    { name: FESTIVALS.nationalDayMidAutumn, date: "2020-10-10" },
  ],
} as const satisfies CalendarYear;
