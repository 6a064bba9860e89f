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

const SHANXI_FEEDBACK = "http://shangye.zhkxb.weichuming.com/article-172601.html";
const B3_DONE = "http://www.beidouzhiku.cn/news/show.php?itemid=24019";
const ANHUI_FEEDBACK = "http://l.hbncxw.org.cn/show-226027.html";
const JIANGXI_FEEDBACK = "http://www.xianghaomodel.cn/article/29756.html";
const HUNAN_REPORT = "https://hn.rednet.cn/content/646746/68/12357267.html";
const HUNAN_DAILY =
  "https://hnrb.voc.com.cn/hnrb_epaper/html/2021-07/17/content_1529770.htm?div=-1";
const GUANGXI_REPORT = "http://www.mee.gov.cn/ywgz/zysthjbhdc/dczg/202302/t20230224_1017428.shtml";
const GUANGXI_PLAN = "http://daiyun333.com/2021/12/202112211612549573.html";
const YUNNAN_REPORT = "http://ynwd.gov.cn/info/2241/46395.htm";
const YUNNAN_DAILY = "http://redtowerstudio.com/zt/zysthjbhdc/content_374702.htm";
const SHANDONG_REPORT =
  "https://www.mee.gov.cn/ywgz/zysthjbhdc/dczg/202305/t20230511_1029692.shtml";
const HUBEI_FEEDBACK = "http://www.lnhyxj88.com/news/330573.html";
const GUANGDONG_FEEDBACK = "https://www.51ore.com/rmxw/91401.html";
const GUANGDONG_XINHUA = "https://news.shi-fen.com/china/202112/50-1181526.html";
const SICHUAN_REPORT =
  "https://www.sc.gov.cn/10462/10464/10797/2023/5/10/ea80237bc5454788b5f8abc4aca02455.shtml";
const HEILONGJIANG_REPORT = "https://m.dragongams.com/mnews/20230728/1322291.shtml";
const HEILONGJIANG_FEEDBACK = "https://hbsb.xny365.com/article-54470.html";
const GUIZHOU_FEEDBACK = "http://m.igdzc.com/city/xinwen/0322/2230202.html";
const B5_REPORTS = "http://beidouzhiku.cn/news/show.php?itemid=36299";
const HEBEI_FEEDBACK = "http://cdfjyp.cn/archives/5679.html";
const BEIJING_PLAN = "http://szyujia.cn/news/899.html";
const BEIJING_FEEDBACK = "https://m.xinnengyuan100.com/article/113275.html";
const ZHEJIANG_FEEDBACK = "https://www.zj.gov.cn/art/2021/2/4/art_1545696_59084789.html";
const SHANGHAI_PLAN =
  "http://www.shanghai.gov.cn/nw45142/20201020/3472ad49206e4a72a96d96190567056c.html";
const HAINAN_PLAN =
  "https://www.hainan.gov.cn/hainan/5309/202010/7ad2123a1fa542759fbd798a27160f48.shtml";
const SHANGHAI_REPORT =
  "http://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywgz/zysthjbhdc/dczg/202111/t20211123_961530.shtml";
const HAINAN_REPORT =
  "http://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywgz/zysthjbhdc/dczg/202111/t20211123_961528.shtml";
const NANCHANG =
  "https://saintpaulhem.com/ncszf/gkgsgg/202302/886e173a949d4170a0f6e8f0e851278c.shtml";
const HUBEI_PLAN = "http://hb.china.com.cn/2022-05/20/content_41976818.htm";
const HEBEI_PLAN = "https://m.dragongams.com/mnews/20230118/1283873.shtml";
const HEBEI_CENEWS = "http://www.guoyuyd.com/news/202203/24/132219.html";
const NINGXIA_PLAN =
  "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywgz/zysthjbhdc/dczg/202209/t20220917_994229.shtml";
const ANHUI_PLAN = "https://m.bidcenter.com.cn/newsrili-1-196653321.html";
const B1_FEEDBACK = "https://news.record.hk/lohas/2020/05/16/15362.html";
const QINGHAI_FEEDBACK =
  "http://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/xxgk2018/xxgk/xxgk15/202005/t20200509_778379.html";
const QINGHAI_REPORT = "https://huanbao.in-en.com/html/huanbao-2344923.shtml";
const FUJIAN_PLAN = "http://www.fujian.gov.cn/zwgk/tzgg/202010/t20201018_5417817.htm";
const FUJIAN_XINHUA = "http://m.xb824.com/politics/2020-05/08/c_1125958747.htm";
const CHONGQING_REPORT =
  "http://cqcs.gov.cn/bm/qsthjj_75256/zwgk_73772/zfxxgkml_bm2/hjgl_sthj/dczg/202112/t20211207_10095641.html";
const GANSU_REPORT = "http://www.zhhjw.org/a/zfjc/yljd/2021/1125/12714.html";
const TIANJIN_FEEDBACK = "http://office.h2o-china.com/news/320673.html";
const TIANJIN_REPORT = "http://m.dragongams.com/mnews/20220715/1241665.shtml";
const HENAN_PLAN = "https://henan.china.com/news/yw/2021/1217/2530229253.html";
const HENAN_CNS = "http://www.hhyanda.cn/article/html/16068.html";
const TIBET_FEEDBACK = "http://www.ghqlgyb.cn/news/china/2635947.html";

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
      listedIn: [B1, LAUNCHES, B1_FEEDBACK],
      note: "2019年7月8日生态环境部宣布将全面启动；8个督察组；2020年5月8日至12日以书面形式反馈 (announced on 8 July 2019; 8 groups; fed back in writing on 8-12 May 2020)",
    },
    [
      [
        "shanghai",
        {
          group: group(SHANGHAI_REPORT, 1),
          feedbackDate: fact(
            "2020-05-12",
            SHANGHAI_REPORT,
            "生态环境部网站：上海市公开整改落实情况（2021-11-23）",
          ),
          planPublishedDate: fact("2020-10-20", SHANGHAI_PLAN),
        },
      ],
      [
        "fujian",
        {
          group: group(FUJIAN_PLAN, 2),
          stationingStart: fact("2019-07-15", FUJIAN_PLAN, "福建省人民政府网：对外公开整改方案"),
          stationingEnd: fact("2019-08-15", FUJIAN_PLAN),
          feedbackDate: fact("2020-05-08", [FUJIAN_PLAN, FUJIAN_XINHUA]),
          planPublishedDate: fact("2020-10-19", FUJIAN_PLAN, "页面发布时间2020-10-19"),
        },
      ],
      [
        "hainan",
        {
          group: group([HAINAN_PLAN, HAINAN_REPORT], 3),
          stationingStart: fact(
            "2019-07-14",
            HAINAN_REPORT,
            "生态环境部网站：海南省公开整改落实情况（2021-11-23）",
          ),
          stationingEnd: fact("2019-08-14", HAINAN_REPORT),
          feedbackDate: fact("2020-05-09", HAINAN_REPORT),
          planPublishedDate: fact("2020-10-19", HAINAN_PLAN),
        },
      ],
      [
        "chongqing",
        {
          group: group(CHONGQING_REPORT, 4),
          note: "重庆市：2019年7月至8月督察，2020年5月反馈 (inspected July-August 2019, fed back May 2020)",
        },
      ],
      [
        "gansu",
        {
          group: group(GANSU_REPORT, 5),
          stationingStart: fact("2019-07-12", GANSU_REPORT, "中国环境报（转载）"),
          stationingEnd: fact("2019-08-12", GANSU_REPORT),
          feedbackDate: fact("2020-05-08", GANSU_REPORT),
        },
      ],
      [
        "qinghai",
        {
          group: group([QINGHAI_FEEDBACK, QINGHAI_REPORT], 6),
          stationingStart: fact(
            "2019-07-14",
            QINGHAI_REPORT,
            "生态环境部：青海省公开整改落实情况（转载）",
          ),
          stationingEnd: fact("2019-08-14", QINGHAI_REPORT),
          feedbackDate: fact(
            "2020-05-09",
            QINGHAI_REPORT,
            "生态环境部2020-05-09发布反馈通报，称“于近日”反馈",
          ),
        },
      ],
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
    [
      [
        "beijing",
        {
          group: group([BEIJING_PLAN, BEIJING_FEEDBACK], 1),
          stationingStart: fact("2020-08-31", BEIJING_PLAN, "北京市整改方案（转载）"),
          stationingEnd: fact("2020-09-30", BEIJING_PLAN),
          feedbackDate: fact("2021-02-02", [BEIJING_PLAN, BEIJING_FEEDBACK]),
        },
      ],
      [
        "tianjin",
        {
          group: group([TIANJIN_FEEDBACK, TIANJIN_REPORT], 2, "焦焕成", "赵英民"),
          stationingStart: fact(
            "2020-08-30",
            TIANJIN_REPORT,
            "天津市政府公开的整改落实情况（转载）",
          ),
          stationingEnd: fact("2020-09-30", TIANJIN_REPORT),
          feedbackDate: fact("2021-02-05", [TIANJIN_FEEDBACK, TIANJIN_REPORT]),
        },
      ],
      [
        "zhejiang",
        {
          group: group(ZHEJIANG_FEEDBACK, 3, "耿惠昌", "翟青"),
          feedbackDate: fact(
            "2021-02-04",
            ZHEJIANG_FEEDBACK,
            "浙江省人民政府网：反馈会采取视频方式",
          ),
        },
      ],
      ["chinalco"],
      ["cnbm"],
      ["nea"],
      ["nfga"],
    ],
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
      [
        "shanxi",
        {
          group: group([B3, SHANXI_FEEDBACK], 1, "吴新雄", "林山青"),
          feedbackDate: fact(
            "2021-07-20",
            [SHANXI_FEEDBACK, B3_DONE],
            "新华社太原7月20日电（转载）；2021年7月21日报道称7月20日最后三个督察组反馈，第二轮第三批全部完成反馈",
          ),
        },
      ],
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
      [
        "anhui",
        {
          group: group([B3, ANHUI_FEEDBACK, ANHUI_PLAN], 3, "刘伟平", "李春良"),
          stationingStart: fact(
            "2021-04-07",
            ANHUI_PLAN,
            "安徽省整改方案（转载）：2021年4月7日至5月7日",
          ),
          stationingEnd: fact("2021-05-07", ANHUI_PLAN),
          feedbackDate: fact(
            "2021-07-20",
            [ANHUI_FEEDBACK, ANHUI_PLAN],
            "生态环境部反馈通报（转载）",
          ),
        },
      ],
      [
        "jiangxi",
        {
          group: group([B3, JIANGXI_FEEDBACK, NANCHANG], 4, "宋秀岩", "赵英民"),
          stationingStart: fact(
            "2021-04-07",
            NANCHANG,
            "南昌市人民政府公开的整改情况（转载）：2021年4月7日至5月7日",
          ),
          stationingEnd: fact("2021-05-07", NANCHANG),
          feedbackDate: fact(
            "2021-07-17",
            [JIANGXI_FEEDBACK, NANCHANG],
            "新华社北京7月17日电（转载）",
          ),
        },
      ],
      [
        "henan",
        {
          group: group([B3, HENAN_PLAN], 5, "杨松", "张雪樵"),
          stationingStart: fact(
            "2021-04-07",
            [HENAN_PLAN, HENAN_CNS],
            "河南省整改方案（转载）；中新社：本月7日进驻",
          ),
          stationingEnd: fact("2021-05-07", HENAN_PLAN),
          feedbackDate: fact("2021-07-15", HENAN_PLAN),
        },
      ],
      [
        "hunan",
        {
          group: group([B3, HUNAN_DAILY], 6, "徐敬业", "叶民"),
          stationingStart: fact("2021-04-06", HUNAN_REPORT),
          stationingEnd: fact("2021-05-06", HUNAN_REPORT),
          feedbackDate: fact("2021-07-16", [HUNAN_REPORT, HUNAN_DAILY]),
        },
      ],
      [
        "guangxi",
        {
          group: group([B3, GUANGXI_REPORT], 7, "李家祥", "翟青"),
          stationingStart: fact(
            "2021-04-09",
            GUANGXI_REPORT,
            "生态环境部网站转载的广西整改落实情况",
          ),
          stationingEnd: fact("2021-05-09", GUANGXI_REPORT),
          feedbackDate: fact("2021-07-16", GUANGXI_REPORT),
          planPublishedDate: fact(
            "2021-12-17",
            GUANGXI_PLAN,
            "自治区党委、政府12月17日向社会公开整改方案（转载）",
          ),
        },
      ],
      [
        "yunnan",
        {
          group: group([B3, YUNNAN_REPORT, YUNNAN_DAILY], 8, "焦焕成", "翟青"),
          stationingStart: fact("2021-04-06", [YUNNAN_REPORT, YUNNAN_DAILY]),
          stationingEnd: fact("2021-05-06", [YUNNAN_REPORT, YUNNAN_DAILY]),
          feedbackDate: fact("2021-07-14", YUNNAN_REPORT, "云南省生态环境厅公开的整改落实情况"),
        },
      ],
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
      [
        "shandong",
        {
          group: group([B4, SHANDONG_REPORT], 2, "朱之鑫", "叶民"),
          stationingStart: fact("2021-08-26", SHANDONG_REPORT),
          stationingEnd: fact("2021-09-26", SHANDONG_REPORT),
          feedbackDate: fact("2021-12-14", SHANDONG_REPORT),
          taskCount: fact(59, SHANDONG_REPORT, "截至2023年4月，59项整改任务已完成22项"),
        },
      ],
      [
        "hubei",
        {
          group: group([B4, HUBEI_FEEDBACK, HUBEI_PLAN], 3, "徐敬业", "赵英民"),
          stationingStart: fact(
            "2021-08-31",
            HUBEI_PLAN,
            "湖北省整改方案（中国网湖北转载）：2021年8月31日至9月30日",
          ),
          stationingEnd: fact("2021-09-30", HUBEI_PLAN),
          feedbackDate: fact(
            "2021-12-13",
            [HUBEI_FEEDBACK, HUBEI_PLAN],
            "生态环境部反馈通报（转载）",
          ),
        },
      ],
      [
        "guangdong",
        {
          group: group([B4, GUANGDONG_FEEDBACK], 4, "李家祥", "翟青"),
          feedbackDate: fact("2021-12-13", [GUANGDONG_FEEDBACK, GUANGDONG_XINHUA]),
        },
      ],
      [
        "sichuan",
        {
          group: group([B4, SICHUAN_REPORT], 5, "马中平", "张雪樵"),
          stationingStart: fact("2021-08-26", SICHUAN_REPORT),
          stationingEnd: fact("2021-09-26", SICHUAN_REPORT),
          feedbackDate: fact("2021-12-13", SICHUAN_REPORT),
          taskCount: fact(69, SICHUAN_REPORT, "69项整改任务已整改完成43项"),
        },
      ],
      ["cnmc", { group: group(B4, 6, "宋秀岩", "林山青") }],
      ["chinagold", { group: group(B4, 7, "杨松", "李树铭") }],
    ],
  ),
  ...batch(
    {
      ...routine2,
      batch: 5,
      year: 2021,
      listedIn: [B5, B5_CNS, B5_REPORTS],
      note: "生态环境部：2021年12月至2022年1月督察，2022年3月反馈；4省区整改方案明确233项整改任务 (inspected December 2021 to January 2022, fed back in March 2022; 233 tasks in the four plans)",
      launchDate: fact("2021-12-01", [B5_CNS, LAUNCHES]),
    },
    [
      [
        "heilongjiang",
        {
          group: group([B5, HEILONGJIANG_FEEDBACK], 1, "黄龙云", "叶民"),
          stationingStart: fact(
            "2021-12-03",
            HEILONGJIANG_REPORT,
            "黑龙江省人民政府公开的整改情况（转载）",
          ),
          stationingEnd: fact("2022-01-03", HEILONGJIANG_REPORT),
          feedbackDate: fact("2022-03-21", [HEILONGJIANG_REPORT, HEILONGJIANG_FEEDBACK]),
        },
      ],
      [
        "guizhou",
        {
          group: group([B5, GUIZHOU_FEEDBACK], 2, "李家祥", "翟青"),
          feedbackDate: fact("2022-03-18", GUIZHOU_FEEDBACK),
        },
      ],
      ["shaanxi", { group: group(B5, 3, "刘伟平", "邱启文") }],
      [
        "ningxia",
        {
          group: group([B5, NINGXIA_PLAN], 4, "宋秀岩", "张雪樵"),
          stationingStart: fact(
            "2021-12-03",
            NINGXIA_PLAN,
            "生态环境部网站：宁夏整改方案（2022-09-17）：2021年12月3日至2022年1月3日",
          ),
          stationingEnd: fact("2022-01-03", NINGXIA_PLAN),
          feedbackDate: fact("2022-03-21", NINGXIA_PLAN),
        },
      ],
    ],
  ),
  ...batch({ ...routine2, batch: 6, year: 2022, listedIn: [B6] }, [
    [
      "hebei",
      {
        group: group([B6, HEBEI_FEEDBACK, HEBEI_PLAN], 1, "蒋巨峰", "左力"),
        stationingStart: {
          ...fact("2022-03-23", HEBEI_PLAN, "河北省公开的整改方案（转载）：2022年3月23日—4月23日"),
          disagreement: {
            statement:
              "中国环境（转载，2022-03-24）称“3月22日，中央第一生态环境保护督察组正式进驻河北”；整改方案称3月23日起 (a 中国环境 report dates the stationing from 22 March; Hebei's plan from 23 March)",
            readings: [{ value: "2022-03-22", sources: [HEBEI_CENEWS] }],
          },
        },
        stationingEnd: fact("2022-04-23", HEBEI_PLAN),
        feedbackDate: fact(
          "2022-06-01",
          [HEBEI_FEEDBACK, HEBEI_PLAN],
          "生态环境部反馈通报（转载）",
        ),
      },
    ],
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
    [
      "xizang",
      {
        group: group([B6, TIBET_FEEDBACK], 4, "李家祥", "邱启文"),
        feedbackDate: fact("2022-06-01", TIBET_FEEDBACK, "生态环境部微信公众号反馈通报（转载）"),
        planPublishedDate: PLANS_2023,
      },
    ],
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
