/**
 * Official days off and make-up workdays (调休) of 2015 in mainland China.
 *
 * Source: 国务院办公厅关于2015年部分节假日安排的通知（国办发明电〔2014〕28号）, http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm
 * Also carries the separate State Council notice of 2015-05-13 giving 3-5 September off for
 * the 70th anniversary of the victory, with Sunday 6 September worked.
 *
 * Checked day by day against the `chinese-days` package in tests/calendar/official.test.ts.
 * Official data can be corrected by a later notice: pin the ducha version if you need these dates
 * to stay fixed, or override the year with `extendCalendar`.
 *
 * @module
 */
import { FESTIVALS } from "../festivals.js";
import type { CalendarYear } from "../types.js";

const VICTORY_DAY_NOTICE = {
  title: "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
  url: "http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm",
} as const;

/**
 * The 2015 arrangement from the State Council General Office notice.
 *
 * @example
 * ```ts
 * import { CN_2015 } from "ducha/calendar";
 * CN_2015.year; //=> 2015
 * ```
 * @category Calendar data
 */
export const CN_2015 = {
  year: 2015,
  notice: {
    title: "国务院办公厅关于2015年部分节假日安排的通知",
    url: "http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm",
    documentNumber: "国办发明电〔2014〕28号",
  },
  holidays: [
    { name: FESTIVALS.newYear, from: "2015-01-01", to: "2015-01-03" },
    { name: FESTIVALS.springFestival, from: "2015-02-18", to: "2015-02-24" },
    { name: FESTIVALS.qingming, from: "2015-04-05", to: "2015-04-06" },
    { name: FESTIVALS.labourDay, from: "2015-05-01", to: "2015-05-01" },
    { name: FESTIVALS.dragonBoat, from: "2015-06-20", to: "2015-06-22" },
    {
      name: FESTIVALS.victoryDay70,
      from: "2015-09-03",
      to: "2015-09-05",
      notice: VICTORY_DAY_NOTICE,
    },
    { name: FESTIVALS.midAutumn, from: "2015-09-27", to: "2015-09-27" },
    { name: FESTIVALS.nationalDay, from: "2015-10-01", to: "2015-10-07" },
  ],
  workdays: [
    { name: FESTIVALS.newYear, date: "2015-01-04" },
    { name: FESTIVALS.springFestival, date: "2015-02-15" },
    { name: FESTIVALS.springFestival, date: "2015-02-28" },
    { name: FESTIVALS.victoryDay70, date: "2015-09-06", notice: VICTORY_DAY_NOTICE },
    { name: FESTIVALS.nationalDay, date: "2015-10-10" },
  ],
} as const satisfies CalendarYear;
