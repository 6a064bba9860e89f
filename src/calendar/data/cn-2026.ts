/**
 * Official days off and make-up workdays (调休) of 2026 in mainland China.
 *
 * Source: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）, https://www.gov.cn/zhengce/content/202511/content_7047090.htm
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
 * The 2026 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2026 } from "ducha/calendar";
 * CN_2026.year; //=> 2026
 * ```
 * @category Calendar data
 */
export const CN_2026 = {
  year: 2026,
  notice: {
    title: "国务院办公厅关于2026年部分节假日安排的通知",
    url: "https://www.gov.cn/zhengce/content/202511/content_7047090.htm",
    documentNumber: "国办发明电〔2025〕7号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2026-01-01", to: "2026-01-03" },
    { name: FESTIVALS.springFestival, from: "2026-02-15", to: "2026-02-23" },
    { name: FESTIVALS.qingming, from: "2026-04-04", to: "2026-04-06" },
    { name: FESTIVALS.labourDay, from: "2026-05-01", to: "2026-05-05" },
    { name: FESTIVALS.dragonBoat, from: "2026-06-19", to: "2026-06-21" },
    { name: FESTIVALS.midAutumn, from: "2026-09-25", to: "2026-09-27" },
    { name: FESTIVALS.nationalDay, from: "2026-10-01", to: "2026-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2026-01-04" },
    { name: FESTIVALS.springFestival, date: "2026-02-14" },
    { name: FESTIVALS.springFestival, date: "2026-02-28" },
    { name: FESTIVALS.labourDay, date: "2026-05-09" },
    { name: FESTIVALS.nationalDay, date: "2026-09-20" },
    { name: FESTIVALS.nationalDay, date: "2026-10-10" },
  ],
} as const satisfies CalendarYear;
