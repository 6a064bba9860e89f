import type { Bilingual } from "../lang.js";

/**
 * Bilingual names of the festivals in the State Council notices, as the notices word them.
 * Combined entries keep the notice's order (2012 writes 中秋节、国庆节; 2020 writes 国庆节、中秋节).
 *
 * @example
 * ```ts
 * import { FESTIVALS } from "ducha/calendar";
 * FESTIVALS.springFestival; //=> { "zh-CN": "春节", en: "Spring Festival" }
 * ```
 * @category Calendar
 */
export const FESTIVALS = {
  newYear: { "zh-CN": "元旦", en: "New Year's Day" },
  springFestival: { "zh-CN": "春节", en: "Spring Festival" },
  qingming: { "zh-CN": "清明节", en: "Qingming Festival (Tomb-sweeping Day)" },
  labourDay: { "zh-CN": "劳动节", en: "Labour Day" },
  dragonBoat: { "zh-CN": "端午节", en: "Dragon Boat Festival" },
  midAutumn: { "zh-CN": "中秋节", en: "Mid-Autumn Festival" },
  nationalDay: { "zh-CN": "国庆节", en: "National Day" },
  midAutumnNationalDay: {
    "zh-CN": "中秋节、国庆节",
    en: "Mid-Autumn Festival and National Day",
  },
  nationalDayMidAutumn: {
    "zh-CN": "国庆节、中秋节",
    en: "National Day and Mid-Autumn Festival",
  },
  victoryDay70: {
    "zh-CN": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
    en: "70th anniversary of the victory of the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
  },
} as const satisfies Record<string, Bilingual>;
