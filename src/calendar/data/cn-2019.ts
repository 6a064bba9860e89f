/**
 * Official days off and make-up workdays (调休) of 2019 in mainland China.
 *
 * Source: 国务院办公厅关于2019年部分节假日安排的通知, http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm
 * Labour Day follows the adjusting notice of 2019-03-22 (1-4 May off, 28 April and 5 May
 * worked), which replaced the original one-day arrangement.
 *
 * Checked day by day against the `chinese-days` package in tests/calendar/official.test.ts.
 * Official data can be corrected by a later notice: pin the ducha version if you need these dates
 * to stay fixed, or override the year with `extendCalendar`.
 *
 * @module
 */
import { FESTIVALS } from "../festivals.js";
import type { CalendarYear } from "../types.js";

const LABOUR_DAY_2019_NOTICE = {
  title: "国务院办公厅关于调整2019年劳动节假期安排的通知",
  url: "http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm",
} as const;

/**
 * The 2019 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2019 } from "ducha/calendar";
 * CN_2019.year; //=> 2019
 * ```
 * @category Calendar data
 */
export const CN_2019 = {
  year: 2019,
  notice: {
    title: "国务院办公厅关于2019年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2018-12-30", to: "2019-01-01" },
    { name: FESTIVALS.springFestival, from: "2019-02-04", to: "2019-02-10" },
    { name: FESTIVALS.qingming, from: "2019-04-05", to: "2019-04-05" },
    {
      name: FESTIVALS.labourDay,
      from: "2019-05-01",
      to: "2019-05-04",
      notice: LABOUR_DAY_2019_NOTICE,
    },
    { name: FESTIVALS.dragonBoat, from: "2019-06-07", to: "2019-06-07" },
    { name: FESTIVALS.midAutumn, from: "2019-09-13", to: "2019-09-13" },
    { name: FESTIVALS.nationalDay, from: "2019-10-01", to: "2019-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2018-12-29" },
    { name: FESTIVALS.springFestival, date: "2019-02-02" },
    { name: FESTIVALS.springFestival, date: "2019-02-03" },
    { name: FESTIVALS.labourDay, date: "2019-04-28", notice: LABOUR_DAY_2019_NOTICE },
    { name: FESTIVALS.labourDay, date: "2019-05-05", notice: LABOUR_DAY_2019_NOTICE },
    { name: FESTIVALS.nationalDay, date: "2019-09-29" },
    { name: FESTIVALS.nationalDay, date: "2019-10-12" },
  ],
} as const satisfies CalendarYear;
