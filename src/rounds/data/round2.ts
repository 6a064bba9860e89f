/**
 * The second round of central ecological and environmental protection inspection (第二轮中央生态环境
 * 保护督察), 2019-2022, in six batches: 31 provinces, the Xinjiang Production and Construction Corps,
 * 2 State Council departments and 6 central enterprises.
 *
 * Sources: the batch announcements (batch 1: 科技日报 2019-07-08, mirror
 * http://ljzjr.cn/china/2019/0709/c_52963.html; batch 2: 中新社 2020-08-27,
 * https://www.chinanews.com/gn/2020/08-27/9275645.shtml; batch 3: 国家应急广播网 2021-04-06, mirror
 * http://www.gzfookhoi.cn/news/296984.html; batch 4: 人民网 2021-08-25, mirror
 * http://m.dubturbopromo.com/n1/2021/0825/c1010-32207432.html; batch 5: MEE 2021-12-02, repost
 * https://mhuanbao.bjx.com.cn/mnews/20211202/1191254.shtml; batch 6: MEE 2022-03-22, mirror
 * https://pillphone.com/wanboguanwangmanbetx/jnhb/jdtt/20220322/139963.html), a summary of the
 * launch dates (http://www.labpku.com/site/viewmp/id/674332.html), and the parties' own reports
 * for stationing and feedback dates.
 *
 * @module
 */
import { batch, fact, group } from "./_build.js";

const B1 = "http://ljzjr.cn/china/2019/0709/c_52963.html";
const B2 = "https://www.chinanews.com/gn/2020/08-27/9275645.shtml";
const B3 = "http://www.gzfookhoi.cn/news/296984.html";
const B3_CCTV = "http://buildingchn.com/zx/zhuangxiu/23749.html";
const B4 = "http://m.dubturbopromo.com/n1/2021/0825/c1010-32207432.html";
const B5 = "https://mhuanbao.bjx.com.cn/mnews/20211202/1191254.shtml";
const B5_CNS = "http://www.aqzyzx.com/guonei/zxbd/202207/t20220726_6198363.html";
const B6 = "https://pillphone.com/wanboguanwangmanbetx/jnhb/jdtt/20220322/139963.html";
const LAUNCHES = "http://www.labpku.com/site/viewmp/id/674332.html";
const LIAONING_FEEDBACK = "http://kakqq.cn/html/xinwendongtai/8020.html";
const LIAONING_SUMMARY = "https://www.huanbaole.com/xiufu/165678.html";
const LIAONING_DAILY = "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202104/09/content_108531.html";
const JILIN = "http://beidouzhiku.cn/news/show.php?itemid=34931";
const XILINGOL = "https://www.xlgl.gov.cn/xlgl/zw/zwgk/tzgg/2024121816201750856/index.html";
const NM_FEEDBACK =
  "https://www.tellerreport.com/news/2022-06-02-the-third-central-ecological-and-environmental-protection-inspection-team-reported-the-inspection-situation-to-the-inner-mongolia-autonomous-region.B1-0O8hIdq.html";
const PLANS_PUBLIC = "https://ep.ycwb.com/epaper/ycwb/html/2023-02/10/content_4_553519.htm";
const PLANS_PUBLIC_PD = "http://shcymc.com/xinnengyuan/2023021373549.html";
const JIANGSU = "https://scholarmate.com/S/OMH9J7";
const URUMQI = "http://urumqi.gov.cn/wlmqs/c119054/202408/78d4122d5d7f463bb24524ca7db482f2.shtml";
const XINJIANG_DAILY = "http://klmysjtglxt.rcsxzx.com/e/action/ShowInfo/?classid=90&id=58263";
const HOTAN = "https://www.hts.gov.cn/bendixinwen/zizhiquyaowen/6/content_28209.html";

const routine2 = { kind: "routine", ordinal: 2 } as const;
const PLANS_2023 = fact(
  "2023-02-09",
  [PLANS_PUBLIC, PLANS_PUBLIC_PD],
  "新华社、人民日报：江苏、内蒙古、西藏3省（区）9日公开整改方案 (Jiangsu, Inner Mongolia and Tibet published their plans on 9 February 2023)",
);

/**
 * The records of the second round.
 *
 * @example
 * ```ts
 * import { ROUND_2 } from "ducha/rounds";
 * const jilin = ROUND_2.find((r) => r.id === "r2-b4-jilin");
 * [jilin?.stationingStart?.value, jilin?.stationingEnd?.value, jilin?.feedbackDate?.value]; //=> ["2021-08-25", "2021-09-26", "2021-12-12"]
 * ```
 * @category Inspection schedule
 */
export const ROUND_2 = [
  ...batch(
    {
      ...routine2,
      batch: 1,
      year: 2019,
      listedIn: [B1, LAUNCHES],
      note: "2019年7月8日生态环境部宣布将全面启动；8个督察组 (announced on 8 July 2019; 8 groups)",
    },
    [
      ["shanghai"],
      ["fujian"],
      ["hainan"],
      ["chongqing"],
      ["gansu"],
      ["qinghai"],
      ["minmetals"],
      ["chemchina"],
    ],
  ),
  ...batch(
    {
      ...routine2,
      batch: 2,
      year: 2020,
      listedIn: [B2, LAUNCHES],
      note: "7个督察组；对国家能源局、国家林业和草原局开展督察试点；2020年9月1日全部进驻 (7 groups; pilot inspection of two departments; all stationed by 1 September 2020)",
    },
    [["beijing"], ["tianjin"], ["zhejiang"], ["chinalco"], ["cnbm"], ["nea"], ["nfga"]],
  ),
  ...batch(
    {
      ...routine2,
      batch: 3,
      year: 2021,
      listedIn: [B3],
      launchDate: fact("2021-04-06", [B3_CCTV, LAUNCHES], "央视：今天（6日）起全面启动"),
    },
    [
      ["shanxi", { group: group(B3, 1, "吴新雄", "林山青") }],
      [
        "liaoning",
        {
          group: group([B3, LIAONING_FEEDBACK, LIAONING_DAILY], 2, "朱之鑫", "刘炤"),
          stationingStart: fact(
            "2021-04-06",
            LIAONING_SUMMARY,
            "亦见葫芦岛市整改落实情况报告（2024-09-20）",
          ),
          stationingEnd: fact(
            "2021-05-06",
            LIAONING_SUMMARY,
            "亦见葫芦岛市整改落实情况报告（2024-09-20）",
          ),
          feedbackDate: fact("2021-07-20", [LIAONING_FEEDBACK, LIAONING_SUMMARY]),
        },
      ],
      ["anhui", { group: group(B3, 3, "刘伟平", "李春良") }],
      ["jiangxi", { group: group(B3, 4, "宋秀岩", "赵英民") }],
      ["henan", { group: group(B3, 5, "杨松", "张雪樵") }],
      ["hunan", { group: group(B3, 6, "徐敬业", "叶民") }],
      ["guangxi", { group: group(B3, 7, "李家祥", "翟青") }],
      ["yunnan", { group: group(B3, 8, "焦焕成", "翟青") }],
    ],
  ),
  ...batch(
    {
      ...routine2,
      batch: 4,
      year: 2021,
      listedIn: [B4],
      launchDate: fact("2021-08-25", [B4, LAUNCHES]),
    },
    [
      [
        "jilin",
        {
          group: group([B4, JILIN], 1, "刘伟平", "邱启文"),
          stationingStart: fact(
            "2021-08-25",
            JILIN,
            "吉林省人民政府网2023-05-10公开整改情况（转载）",
          ),
          stationingEnd: fact("2021-09-26", JILIN),
          feedbackDate: fact("2021-12-12", JILIN),
        },
      ],
      ["shandong", { group: group(B4, 2, "朱之鑫", "叶民") }],
      ["hubei", { group: group(B4, 3, "徐敬业", "赵英民") }],
      ["guangdong", { group: group(B4, 4, "李家祥", "翟青") }],
      ["sichuan", { group: group(B4, 5, "马中平", "张雪樵") }],
      ["cnmc", { group: group(B4, 6, "宋秀岩", "林山青") }],
      ["chinagold", { group: group(B4, 7, "杨松", "李树铭") }],
    ],
  ),
  ...batch(
    {
      ...routine2,
      batch: 5,
      year: 2021,
      listedIn: [B5, B5_CNS],
      launchDate: fact("2021-12-01", [B5_CNS, LAUNCHES]),
    },
    [
      ["heilongjiang", { group: group(B5, 1, "黄龙云", "叶民") }],
      ["guizhou", { group: group(B5, 2, "李家祥", "翟青") }],
      ["shaanxi", { group: group(B5, 3, "刘伟平", "邱启文") }],
      ["ningxia", { group: group(B5, 4, "宋秀岩", "张雪樵") }],
    ],
  ),
  ...batch({ ...routine2, batch: 6, year: 2022, listedIn: [B6] }, [
    ["hebei", { group: group(B6, 1, "蒋巨峰", "左力") }],
    [
      "jiangsu",
      {
        group: group([B6, JIANGSU], 2, "宋秀岩", "张雪樵"),
        stationingStart: fact("2022-03-25", JIANGSU),
        stationingEnd: fact("2022-04-25", JIANGSU),
        feedbackDate: fact("2022-06-01", JIANGSU),
        planPublishedDate: PLANS_2023,
      },
    ],
    [
      "neimenggu",
      {
        group: group([B6, NM_FEEDBACK, XILINGOL], 3, "黄龙云", "林山青"),
        stationingStart: fact("2022-03-25", XILINGOL),
        stationingEnd: fact("2022-04-25", XILINGOL),
        feedbackDate: fact("2022-06-02", [XILINGOL, NM_FEEDBACK]),
        planPublishedDate: PLANS_2023,
        note: "自治区整改方案2022年9月印发，2023年2月9日公开 (the region's plan was issued in September 2022 and published on 9 February 2023)",
      },
    ],
    ["xizang", { group: group(B6, 4, "李家祥", "邱启文"), planPublishedDate: PLANS_2023 }],
    [
      "xinjiang",
      {
        group: group([B6, XINJIANG_DAILY, HOTAN, URUMQI], 5, "刘伟平", "翟青"),
        stationingStart: fact("2022-03-25", [XINJIANG_DAILY, HOTAN, URUMQI]),
        stationingEnd: fact("2022-04-25", [XINJIANG_DAILY, URUMQI]),
        feedbackDate: fact(
          "2022-06-01",
          URUMQI,
          "乌鲁木齐市页面丢失了“年”“月”字：“2022325日至425日……并于61日反馈” (the Urumqi page lost 年/月: read as 2022-03-25 to 04-25, fed back 06-01)",
        ),
      },
    ],
  ]),
];
