/**
 * The look-back inspections of the first round (第一轮中央环境保护督察“回头看”), 2018, each with a
 * special inspection (专项督察) of the same province.
 *
 * Sources: batch 1: the MEE announcement of 2018-05-25 naming the ten provinces (repost
 * https://ybgt.cn/news/show-6974.html), the stationing dates the MEE's 《环境保护》 account listed
 * on 2018-07-25 (mirror https://freewechat.com/a/MzA4MzQ0MjYyMg==/2652205249/1, the excerpt read
 * ending at Guangdong), and the provinces' own reports (URLs below). Batch 2: the
 * announcement (mirror https://zhongguogu.com/n1074131/n1074223/c1078183/content.html) and
 * 新京报 2018-11-07 (http://www.dcement.com/article/201811/163857.html).
 *
 * @module
 */
import { batch, fact, group } from "./_build.js";

const HEBEI = "https://hbepb.hebei.gov.cn/hbhjt/wap/mtbb/101593822455694.html";
const NM = "http://als-bj.com/zcfg/nr.asp?id=598";
const NM_DUTY = "https://www.p8932.com/html/.dtxxztzlbdbghtk.bdbgqk201806t20180617_1564624.html";
const B2 = "https://zhongguogu.com/n1074131/n1074223/c1078183/content.html";
const B2_DONE = "http://www.dcement.com/article/201811/163857.html";
const JILIN = "http://news.cqnews.net/html/2019-05/15/content_50457463.html";
const SHANDONG = "http://www.jining.gov.cn/col/col23020/index.html";
const HENAN = "https://freewechat.com/a/MzA3NjM4MjQyOQ==/2651029294/2";
const JIANGXI = "http://anxinzuo.com/newscenter/native/gd/20180601/t20180601_524255450.shtml";
const GUANGDONG = "http://wap.ycwb.com/2018-10/20/content_30115007.htm";
const YUNNAN = "http://xgll.com.cn/xwzx/2018-06/18/content_331721.htm";
const HUNAN = "http://www.chinapaper.net/news/show-36656.html";
const GUIZHOU = "http://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201905/t20190510_702471.html";
const B1 = "https://ybgt.cn/news/show-6974.html";
const B1_STATIONING = "https://freewechat.com/a/MzA4MzQ0MjYyMg==/2652205249/1";
const JIANGSU = "http://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201904/t20190401_698178.html";
const SHAANXI = "http://www.sovolt.cn/news/291518.html";
const HUBEI = "https://hb.cri.cn/2018-11-02/edf0c6b8-adc6-604a-e610-ce0f857e9865.html";
const B2_MOBILISATION = "http://cic-namte.com/xwfbxt/33977.html";
const SHANXI = "http://518bbs.cn/?id=305";
const ANHUI = "http://www.roarn.tw/hbdczg/201905/t20190513_279048.html";
const NANCHANG =
  "https://saintpaulhem.com/ncszf/gkgsgg/202302/886e173a949d4170a0f6e8f0e851278c.shtml";
const HUBEI_PLAN =
  "http://sthjt.hubei.gov.cn/fbjd/xxgkml/qtzdgknr/hbdc/201912/t20191230_1820648.shtml";
const GUANGXI = "https://thepaper.cn/newsDetail_forward_2179110";
const YUNNAN_PLAN = "https://www.yn.gov.cn/ztgg/hbdc/zxqk/201904/t20190429_114592.html";
const HEBEI_BAODING = "https://sthjj.baoding.gov.cn/article/387/13/xxgk/1.html";
const HEBEI_NINGXIA_BJNEWS = "http://jiaxigo.com/c/2018-10-19/2194090.shtml";
const GUIZHOU_GOV = "http://www.guizhou.gov.cn/ztzl/pxxsdfzxpz/zwr/202001/t20200115_43166221.html";

const lookBack = { kind: "look_back", ordinal: 1 } as const;

/**
 * The records of the first round's look-back.
 *
 * @example
 * ```ts
 * import { LOOK_BACK_1 } from "ducha/rounds";
 * LOOK_BACK_1.find((r) => r.id === "lb1-b1-neimenggu")?.feedbackDate?.value; //=> "2018-10-17"
 * ```
 * @category Inspection schedule
 */
export const LOOK_BACK_1 = [
  ...batch(
    {
      ...lookBack,
      batch: 1,
      year: 2018,
      listedIn: [B1, B1_STATIONING, HEBEI, NM, HENAN, JIANGXI, GUANGDONG, YUNNAN],
      note: "2018年5月25日生态环境部宣布启动；6个督察组“一托一”或“一托二” (announced on 25 May 2018; 6 groups for the ten provinces)",
    },
    [
      [
        "hebei",
        {
          group: group(HEBEI, 1),
          stationingStart: fact("2018-05-31", HEBEI),
          stationingEnd: fact("2018-06-30", HEBEI),
          feedbackDate: fact(
            "2018-10-18",
            [HEBEI_BAODING, HEBEI_NINGXIA_BJNEWS],
            "保定市生态环境局（2018-10-25）：“10月18日……中央环保督察组对河北省开展‘回头看’情况反馈会议”召开；新京报（转载，2018-10-19）：“昨日”向河北和宁夏反馈；年份取自页面日期",
          ),
        },
      ],
      [
        "neimenggu",
        {
          group: group([NM, NM_DUTY], 2),
          stationingStart: fact("2018-06-06", [NM, NM_DUTY]),
          stationingEnd: fact("2018-07-06", [NM, NM_DUTY]),
          feedbackDate: fact("2018-10-17", NM),
          note: "同时开展草原生态环境问题专项督察 (with a special inspection of grassland problems)",
        },
      ],
      [
        "ningxia",
        {
          group: group(B1_STATIONING, 2),
          stationingStart: fact(
            "2018-06-01",
            B1_STATIONING,
            "《环境保护》：进驻时间2018年6月1日—7月1日",
          ),
          stationingEnd: fact("2018-07-01", B1_STATIONING),
          feedbackDate: fact(
            "2018-10-18",
            HEBEI_NINGXIA_BJNEWS,
            "新京报（转载，页面日期2018-10-19）：“昨日，中央环保督察组向河北和宁夏两省（区）反馈‘回头看’以及专项督察意见”",
          ),
        },
      ],
      [
        "heilongjiang",
        {
          group: group(B1_STATIONING, 3),
          stationingStart: fact(
            "2018-05-30",
            B1_STATIONING,
            "《环境保护》：进驻时间2018年5月30日—6月30日",
          ),
          stationingEnd: fact("2018-06-30", B1_STATIONING),
        },
      ],
      [
        "jiangsu",
        {
          group: group([JIANGSU, B1_STATIONING], 4),
          stationingStart: fact(
            "2018-06-05",
            [JIANGSU, B1_STATIONING],
            "生态环境部网站：江苏省公开整改方案",
          ),
          stationingEnd: fact("2018-07-05", [JIANGSU, B1_STATIONING]),
          feedbackDate: fact("2018-10-17", JIANGSU, "10月17日正式向江苏省反馈了督察意见"),
        },
      ],
      [
        "henan",
        {
          group: group([HENAN, B1_STATIONING], 1),
          stationingStart: fact(
            "2018-06-01",
            HENAN,
            "中共河南省委、河南省人民政府2020年7月3日公开（转载）",
          ),
          stationingEnd: fact("2018-07-01", HENAN),
          feedbackDate: fact("2018-10-20", HENAN),
        },
      ],
      [
        "jiangxi",
        {
          group: group([JIANGXI, B1_STATIONING], 4, "马中平"),
          stationingStart: fact(
            "2018-06-01",
            [JIANGXI, B1_STATIONING],
            "新华社南昌6月1日电（转载）：1日进驻",
          ),
          stationingEnd: fact(
            "2018-07-01",
            [B1_STATIONING, NANCHANG],
            "《环境保护》：进驻时间2018年6月1日—7月1日；南昌市公开的整改情况同",
          ),
          feedbackDate: fact(
            "2018-10-16",
            NANCHANG,
            "南昌市人民政府（转载）：2018年10月16日向我省反馈了督察“回头看”意见",
          ),
        },
      ],
      [
        "guangdong",
        {
          group: group(GUANGDONG, 5, "张宝顺", "翟青"),
          stationingStart: fact("2018-06-05", GUANGDONG),
          stationingEnd: fact("2018-07-05", GUANGDONG),
          feedbackDate: fact("2018-10-19", GUANGDONG),
          note: "同时开展固体废物污染问题专项督察 (with a special inspection of solid waste)",
        },
      ],
      [
        "guangxi",
        {
          group: group(GUANGXI, 5, "张宝顺"),
          stationingStart: fact(
            "2018-06-07",
            GUANGXI,
            "澎湃新闻2018-06-07：6月7日正式进驻，进驻期间6月7日—7月7日",
          ),
          stationingEnd: fact("2018-07-07", GUANGXI),
          note: "同时开展固体废物环境问题专项督察 (with a special inspection of solid waste)",
        },
      ],
      [
        "yunnan",
        {
          group: group([YUNNAN, YUNNAN_PLAN], 6),
          stationingStart: fact(
            "2018-06-05",
            [YUNNAN, YUNNAN_PLAN],
            "云南网：6月5日进驻；云南省人民政府网：2018年6月5日至7月5日",
          ),
          stationingEnd: fact("2018-07-05", YUNNAN_PLAN),
          feedbackDate: fact(
            "2018-10-22",
            YUNNAN_PLAN,
            "云南省人民政府网（2019-04-02）：2018年10月22日，中央第六环境保护督察组向云南省反馈了督察意见",
          ),
        },
      ],
    ],
  ),
  ...batch(
    {
      ...lookBack,
      batch: 2,
      year: 2018,
      listedIn: [B2, B2_DONE],
      note: "“一托二”：每组督察两省；10月30日首先进驻湖南，11月6日全部进驻 (one group per two provinces; Hunan first on 30 Oct, all stationed by 6 Nov)",
    },
    [
      ["liaoning", { group: group(B2, 1, "朱小丹", "翟青") }],
      [
        "jilin",
        {
          group: group([B2, JILIN], 1, "朱小丹", "翟青"),
          feedbackDate: fact(
            "2019-05-14",
            JILIN,
            "人民日报：14日，中央第一生态环境保护督察组向吉林省反馈“回头看”及专项督察意见",
          ),
        },
      ],
      [
        "shanxi",
        {
          group: group([B2, B2_DONE, SHANXI], 2, "朱之鑫", "黄润秋"),
          stationingStart: fact("2018-11-06", [B2_DONE, SHANXI]),
          stationingEnd: fact("2018-12-06", [B2_DONE, SHANXI]),
          feedbackDate: fact(
            "2019-05-06",
            SHANXI,
            "反馈通报（转载）：督察组于2019年5月6日向山西省委、省政府进行反馈",
          ),
        },
      ],
      [
        "shaanxi",
        {
          group: group([B2, SHAANXI], 2, "朱之鑫", "黄润秋"),
          stationingStart: fact(
            "2018-11-03",
            SHAANXI,
            "生态环境部（转载）：2018年11月3日至12月3日“回头看”",
          ),
          stationingEnd: fact("2018-12-03", SHAANXI),
          feedbackDate: fact(
            "2019-05-13",
            SHAANXI,
            "督察组于2019年5月13日向陕西省委、省政府进行反馈",
          ),
        },
      ],
      [
        "anhui",
        {
          group: group([B2, B2_MOBILISATION, ANHUI], 3, "吴新雄", "翟青"),
          stationingStart: fact(
            "2018-10-31",
            [ANHUI, B2_MOBILISATION],
            "反馈通报（转载）：2018年10月31日至11月30日；动员会10月31日在合肥召开",
          ),
          stationingEnd: fact("2018-11-30", ANHUI),
          feedbackDate: fact(
            "2019-05-11",
            ANHUI,
            "督察组于2019年5月11日向安徽省委、省政府进行反馈",
          ),
        },
      ],
      [
        "shandong",
        {
          group: group([B2, SHANDONG], 3, "吴新雄", "翟青"),
          stationingStart: fact(
            "2018-11-01",
            SHANDONG,
            "济宁市人民政府网公告：进驻期间2018年11月1日—12月1日",
          ),
          stationingEnd: fact("2018-12-01", SHANDONG),
        },
      ],
      [
        "hubei",
        {
          group: group([B2, HUBEI, HUBEI_PLAN], 4, "李家祥", "赵英民"),
          stationingStart: fact(
            "2018-10-30",
            HUBEI,
            "湖北日报2018-11-02：10月30日，中央生态环保第四督察组进驻湖北省",
          ),
          feedbackDate: fact(
            "2019-05-06",
            HUBEI_PLAN,
            "湖北省生态环境厅：2019年5月6日，中央第四生态环境保护督察组向湖北省反馈",
          ),
        },
      ],
      [
        "hunan",
        {
          group: group([B2, HUNAN], 4, "李家祥", "赵英民"),
          stationingStart: fact("2018-10-30", [B2_DONE, HUNAN]),
          stationingEnd: fact("2018-11-30", HUNAN),
          feedbackDate: fact(
            "2019-05-05",
            HUNAN,
            "人民日报（转载）：5日，中央第四生态环境保护督察组向湖南省反馈",
          ),
        },
      ],
      ["sichuan", { group: group(B2, 5, "黄龙云", "刘华") }],
      [
        "guizhou",
        {
          group: group([B2, GUIZHOU], 5, "黄龙云", "刘华"),
          stationingStart: fact("2018-11-04", [GUIZHOU, GUIZHOU_GOV]),
          stationingEnd: fact("2018-12-04", [GUIZHOU, GUIZHOU_GOV]),
          feedbackDate: fact("2019-05-10", [GUIZHOU, GUIZHOU_GOV]),
        },
      ],
    ],
  ),
];
