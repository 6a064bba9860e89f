/**
 * The statutory time limits of inspection rectification as a dated rule table: each rule with its
 * instrument and article or notice, the dates it applies between, whether a text states it, and
 * its sources.
 *
 * @module
 */
import type { IsoDate } from "../dates.js";
import type { Bilingual } from "../lang.js";
import type { TimeLimit } from "./statutory.js";

/**
 * A time limit as a dated rule. `appliesFrom`/`appliesUntil` bound the date the duty counts from
 * (for the central duties, the feedback date), so a round is matched by its dates, not its name.
 * `confirmed` is true when an official or official-media text found states the limit (`quote`);
 * false when it is inferred or no text was found, and `inference` says what is missing. `scope`
 * `"local"` marks a province's or a city's practice, used only with `includeLocalPractices`.
 *
 * @example
 * ```ts
 * import { STATUTORY_RULES } from "ducha/calendar";
 * const plan = STATUTORY_RULES.find((rule) => rule.id === "plan-2019-rules");
 * [plan?.amount, plan?.unit, plan?.confirmed]; //=> [30, "workingDays", true]
 * ```
 * @category Statutory limits
 */
export interface StatutoryRule extends TimeLimit {
  readonly id: string;
  readonly scope: "national" | "local";
  readonly article?: string;
  readonly appliesFrom?: IsoDate;
  readonly appliesUntil?: IsoDate;
  readonly confirmed: boolean;
  readonly quote?: string;
}

const TRIAL: Bilingual = {
  "zh-CN": "《环境保护督察方案（试行）》（2015年）",
  en: "Environmental Protection Inspection Plan (Trial), 2015",
};
const RULES_2019: Bilingual = {
  "zh-CN": "《中央生态环境保护督察工作规定》（2019年）",
  en: "Central Ecological and Environmental Protection Inspection Work Rules (2019)",
};
const MEASURES_2022: Bilingual = {
  "zh-CN": "《中央生态环境保护督察工作规定》与《中央生态环境保护督察整改工作办法》（2022年）",
  en: "the 2019 Work Rules and the Rectification Work Measures (2022)",
};
const REGULATIONS_2025: Bilingual = {
  "zh-CN": "《生态环境保护督察工作条例》（2025年）",
  en: "Regulations on Ecological and Environmental Protection Inspection Work (2025)",
};
const PLAN: Bilingual = {
  "zh-CN": "研究制定整改方案并上报",
  en: "draft and submit the rectification plan",
};

/** The built-in rules but the Hainan petition practice, which statutory.ts adds. */
export const RULE_TABLE: readonly StatutoryRule[] = [
  {
    id: "plan-2015-trial",
    duty: "rectificationPlan",
    label: PLAN,
    amount: 30,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: TRIAL,
    scope: "national",
    appliesUntil: "2019-07-07",
    confirmed: true,
    quote: "在30个工作日内报送国务院",
    sources: [
      "http://m.bailiqin.com/news/show-124815.html",
      "http://news.cqnews.net/html/2019-05/15/content_50457463.html",
    ],
    inference: {
      "zh-CN":
        "时限见于反馈报道（如人民日报2019年5月15日吉林“回头看”反馈），方案原文未见；适用至第二轮启动（2019年7月8日）前。",
      en: "The limit is quoted by feedback reports (e.g. 人民日报, 2019-05-15, Jilin's look-back), not read in the plan itself; it applies until round 2 started on 2019-07-08.",
    },
  },
  {
    id: "plan-2019-rules",
    duty: "rectificationPlan",
    label: PLAN,
    amount: 30,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: RULES_2019,
    scope: "national",
    appliesFrom: "2019-07-08",
    appliesUntil: "2023-11-20",
    confirmed: true,
    quote: "督促指导其在30个工作日内研究制定整改方案，按程序上报党中央、国务院",
    sources: [
      "https://news.record.hk/lohas/2020/05/16/15362.html",
      "http://sych298.com/news/hyzs/35.html",
    ],
    inference: {
      "zh-CN":
        "生态环境部新闻发言人2020年5月15日据《工作规定》所述；何时改为45个工作日未见来源，暂以第三轮启动（2023年11月21日）为界。",
      en: "Stated by the MEE spokesman on 2020-05-15 under the 2019 rules; when 45 replaced 30 is not in the sources, so the third round's start (2023-11-21) is the boundary.",
    },
  },
  {
    id: "plan-2022-measures",
    duty: "rectificationPlan",
    label: PLAN,
    amount: 45,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: MEASURES_2022,
    scope: "national",
    appliesFrom: "2023-11-21",
    appliesUntil: "2025-05-25",
    confirmed: true,
    quote: "在45个工作日内研究制定整改方案，按程序上报党中央、国务院",
    sources: [
      "http://www.139100.com/zfb/xxgk/zfxxgkzl/ztzl/zyhbjxs/gzdt/202408/t20240826_3075190.htm",
      "http://123zhe.com/article/8499073.html",
    ],
    inference: {
      "zh-CN": "第三轮督察通报（2024—2025年）所述；《整改工作办法》原文未见。",
      en: "Stated in third-round statements (2024-2025); the text of the 2022 measures is not among the sources.",
    },
  },
  {
    id: "plan-2025-regulations",
    duty: "rectificationPlan",
    label: PLAN,
    amount: 45,
    unit: "workingDays",
    countedFrom: "feedback",
    basis: REGULATIONS_2025,
    scope: "national",
    appliesFrom: "2025-05-26",
    confirmed: false,
    sources: ["https://www.chinadaily.com.cn/a/202505/12/WS682ac91da310a04af22c036c.html"],
    inference: {
      "zh-CN":
        "推断：《条例》沿用45个工作日；第三轮第四批（2025年5月26日启动）为《条例》施行后第一批；来源中未见《条例》对该时限的原文。",
      en: "Inference: the regulations keep 45 working days; round 3 batch 4 (launched 2025-05-26) was the first under them; no source quotes them on this limit.",
    },
  },
  {
    id: "report-trial-6-months",
    duty: "rectificationReport",
    label: {
      "zh-CN": "向国务院报送整改落实情况",
      en: "report the rectification to the State Council",
    },
    amount: 6,
    unit: "months",
    countedFrom: "feedback",
    basis: TRIAL,
    scope: "national",
    appliesUntil: "2019-07-07",
    confirmed: true,
    // 中新网 2017-09-27 on Anhui's round-1 feedback of 2017-07-29: the group set both limits.
    quote:
      "要求安徽省在30个工作日内将督察整改方案报送国务院，同时抄送国家环境保护督察办公室，6个月内将整改落实情况报送国务院",
    sources: [
      "https://huanbao.in-en.com/html/huanbao-2270501.shtml",
      "http://yqmw666.cn/2017/09/27/ARTI1506518661777864.shtml",
      "http://www.xjhbcy.cn/articles/show/2098",
    ],
    inference: {
      "zh-CN":
        "时限见于中新社2017年9月27日关于安徽第一轮督察反馈的报道（督察组提出的要求），方案原文未见。该时限指向国务院报送，不是向社会公开：新疆2018年1月2日反馈，2019年4月才公开整改情况。2019年《工作规定》与2022年《整改工作办法》的相应时限未见来源，故本规则只适用至第二轮启动前。",
      en: "The limit is quoted by 中新社 (2017-09-27) reporting the group's requirements after Anhui's round-1 feedback, not read in the plan itself. It is a report to the State Council, not publication: Xinjiang, fed back 2018-01-02, published its status in 2019-04. No source gives the 2019 rules' or the 2022 measures' limit, so the rule applies only until round 2 started.",
    },
  },
  {
    id: "interview-plan-20",
    duty: "interviewPlan",
    label: {
      "zh-CN": "约谈后制定整改方案",
      en: "draft the rectification plan after an interview (约谈)",
    },
    amount: 20,
    unit: "workingDays",
    countedFrom: "interview",
    basis: {
      "zh-CN": "生态环境部约谈要求（《生态环境部约谈办法》，2020年修订）",
      en: "MEE interview requirements (MEE Interview Measures, revised 2020)",
    },
    scope: "national",
    confirmed: true,
    // 生态环境部 2018-08-01 interview of five counties (央广, reposted); 人民日报 2018-09-27 on the
    // 2018-09-26 interview over nature reserves says the same: "应在20个工作日内报送生态环境部".
    quote: "要在20个工作日内将整改方案报送生态环境部",
    sources: [
      "http://m.mumen.com.cn/news/10993.html",
      "http://xinwenlianbo.tv/zhibo/46990.html",
      "http://www.hnmdtv.com/news/2018/0927/13460.html",
      "https://hbsb.xny365.com/article-31854.html",
    ],
    inference: {
      "zh-CN":
        "20个工作日见于生态环境部2018年两次约谈的通报（8月1日约谈5县（市、区），9月26日就自然保护区约谈8地），是约谈时提出的要求；2020年修订的《约谈办法》（六章二十六条）原文未见，是否对所有约谈统一规定20个工作日未经原文确认。",
      en: "The 20 working days are stated in the MEE's reports of two 2018 interviews (five counties on 1 August; eight localities over nature reserves on 26 September) as requirements set at the interview; the text of the measures revised in 2020 (6 chapters, 26 articles) was not found, so whether it fixes 20 working days for every interview is not confirmed from it.",
    },
  },
  {
    id: "provincial-task-list-30",
    duty: "provincialTaskList",
    label: {
      "zh-CN": "省级督察反馈后制定整改任务清单",
      en: "issue the task list after a provincial inspection's feedback",
    },
    amount: 30,
    unit: "workingDays",
    countedFrom: "provincialFeedback",
    basis: {
      "zh-CN": "四川省生态环境保护督察工作领导小组要求（2021年）",
      en: "Sichuan provincial inspection leading group (2021)",
    },
    scope: "local",
    confirmed: true,
    quote: "应在收到督察反馈意见后30个工作日内制定整改任务清单",
    sources: ["https://m.yybnet.net/leshan/news/202103/11271084.html"],
    localPractice: {
      "zh-CN": "四川省第二轮第三批省级督察（2021年）",
      en: "Sichuan, provincial round 2 batch 3 (2021)",
    },
  },
  {
    id: "provincial-status-6-months",
    duty: "provincialStatusReport",
    label: {
      "zh-CN": "报送省级督察整改落实情况",
      en: "report the provincial rectification status",
    },
    amount: 6,
    unit: "months",
    countedFrom: "provincialTaskList",
    basis: {
      "zh-CN": "四川省生态环境保护督察工作领导小组要求（2021年）",
      en: "Sichuan provincial inspection leading group (2021)",
    },
    scope: "local",
    confirmed: true,
    quote: "在整改任务清单印发后6个月内报送整改落实情况",
    sources: ["https://m.yybnet.net/leshan/news/202103/11271084.html"],
    localPractice: {
      "zh-CN": "四川省第二轮第三批省级督察（2021年）",
      en: "Sichuan, provincial round 2 batch 3 (2021)",
    },
  },
  {
    id: "public-notice-10",
    duty: "publicNotice",
    label: { "zh-CN": "整改销号公示", en: "public notice before close-out" },
    amount: 10,
    unit: "workingDays",
    countedFrom: "noticeStart",
    basis: { "zh-CN": "地方销号公示做法", en: "local close-out notices" },
    scope: "local",
    confirmed: true,
    quote: "公示期间（2024年9月29日至2024年10月9日，共10个工作日）",
    sources: [
      "https://jxt.sc.gov.cn/scjxt/ggtz/2025/6/9/cdc87fd91f634acc9ce40baeed91e353.shtml",
      "https://deaufficio.com/suma/xwzx/tzgg/195045811.html",
      "https://czx24.com/gongkai/tzzg/202501/t20250122_6841279.html",
    ],
    localPractice: {
      "zh-CN": "四川（2025年）、安徽宿州（2024年）、天津东丽（2025年）所见，非全国统一规定",
      en: "seen in Sichuan (2025), Suzhou, Anhui (2024) and Dongli, Tianjin (2025); not a national rule",
    },
  },
];
