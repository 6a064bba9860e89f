/**
 * The first round of central environmental protection inspection (第一轮中央环境保护督察), 2015-2017:
 * the Hebei pilot (batch 0) and the four batches of 2016 and 2017.
 *
 * Sources (each fact below names its own; many are mirrors of official-media reports, kept as the
 * search found them):
 * - Hebei pilot: the feedback release as mirrored at https://205719.cn/NewsShow_405.html
 *   (stationing 2015-12-31 to 2016-02-04, feedback 2016-05-03); the 2016-01-04 mobilisation report
 *   at http://chrbiz.cn/fbst/20161585836.htm and 南方周末 at
 *   https://fx361.cc/page/2016/0128/199684.shtml give the stationing as 2016-01-04 to 02-04.
 * - 2016 batch 1: 中新社 2016-07-19 (mirror http://www.utahskigirl.com/info/1008/39486.htm).
 * - 2016 batch 2: http://opensourcehelpwanted.com/news/18083.html; plans' task counts from
 *   https://nongcun5.com/news/20170727/54902.html.
 * - 2017 batch 3: 上海证券报 2017-04-24, http://news.cnstock.com/news,bwkx-201704-4067919.htm?from=szkxapp
 * - 2017 batch 4: http://www.zgxsgyw.com/zcfg/28.html (repost of 搜狐).
 *
 * Leaders listed with "组长分别由…担任" in the order of the parties are read in that order; the
 * note of each such fact says so. A fact no source gives is absent.
 *
 * @module
 */
import { batch, fact, group } from "./_build.js";

const HEBEI_FEEDBACK = "https://205719.cn/NewsShow_405.html";
const HEBEI_MOBILISATION = "http://chrbiz.cn/fbst/20161585836.htm";
const HEBEI_NANFANG = "https://fx361.cc/page/2016/0128/199684.shtml";
const B1 = "http://www.utahskigirl.com/info/1008/39486.htm";
const NINGXIA = "http://m.bohuihealth.com/show-55-3632-1.html";
const NM_FEEDBACK = "http://whygutenberg.com/xwzx/PoliticsNews/201611/t20161113_11621887.htm";
const B2 = "http://opensourcehelpwanted.com/news/18083.html";
const B2_PLANS = "https://nongcun5.com/news/20170727/54902.html";
const B3 = "http://news.cnstock.com/news,bwkx-201704-4067919.htm?from=szkxapp";
const B4 = "http://www.zgxsgyw.com/zcfg/28.html";
const XJ_FEEDBACK = "http://news.china.com/domestic/945/20180102/31902907.html";
const XJ_REPORT = "http://www.xjhbcy.cn/articles/show/2098";
const TIBET = "http://m.bailiqin.com/news/show-124815.html";
const TIBET_FEEDBACK = "http://epmap.zjol.com.cn./jsb0523/201801/t20180104_6247596.shtml";
const NINGXIA_REPORT =
  "http://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/gkml/sthjbgw/qt/201802/t20180208_431143.htm";
const TIANJIN_REPORT = "https://www.shdbkk.com/html_3/falu/30576/list/1.html";
const HUBEI_REPORT = "http://www.hubei.gov.cn/zwgk/hbyw/hbywqb/201805/t20180514_1286202.shtml";
const LIAONING_REPORT = "https://ln.cri.cn/20180929/23799e40-57ce-e7af-42cd-a4b257997b70.html";
const SHANDONG_PLAN = "https://news.mysteel.com/18/0530/06/5227D561C2C90867.html";
const SHANDONG_XINHUA = "http://m.hcw9969.com/politics/2017-12/26/c_1122170547.htm";
const SICHUAN_REPORT =
  "https://m.pouringspot.com/10462/50000862/2019/4/28/13fe3fb6bb0e4e9d9bb1e1cf77b80769.shtml";
const SICHUAN_CNR = "http://taiwan.cn/xwzx/PoliticsNews/201712/t20171224_11882575.htm";
const JILIN_PLAN = "https://m.mysteel.com/18/0529/16/0F04D88B743DE10C_abc.html";
const QINGHAI_PLAN = "https://news.mysteel.com/18/0530/06/71C31E12CCB73474.html";
const CHONGQING_REPORT = "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201805/t20180515_630163.html";
const GANSU_FEEDBACK = "http://jiaxigo.com/c/2017-04-13/1479378.shtml";
const FUJIAN_REPORT = "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/201809/t20180928_661943_wh.html";
const BEIJING_REPORT = "http://m.sgcio.com/icontent/37/72938.html";
const GUANGDONG_ENTRY = "https://news.sohu.com/20161128/n474381431.shtml";
const ZHEJIANG_FEEDBACK = "http://www.zzx168.com/politics/2017-12/24/c_1122159102.htm";
const B1_FEEDBACK_PD = "http://paper.people.com.cn/rmrbhwb/html/2016-11/16/content_1728083.htm";
const JIANGSU_REPORT = "https://xkdiek.com/jg/Print.aspx?id=161112";
const JIANGSU_FEEDBACK = "http://wzatv.cc/atv/a/yaowen/2016/1116/171159.html";
const JIANGXI_REPORT = "https://xwzx.qqzyw.com/show-164740.html";
const HENAN_PLAN = "http://hen.chinadaily.com.cn/2017-04/27/content_29113418.htm";
const GUANGXI_REPORT = "http://gx.cri.cn/20180212/204e51af-35c2-c142-c9f4-c98950f24114.html";
const YUNNAN_REPORT = "https://m.wenke99.com/p-515105.html";
const SHANXI_FEEDBACK = "http://m.csgzkj.com/c/2017-07-31/1688857.shtml";
const ANHUI_FEEDBACK = "https://mhuanbao.bjx.com.cn/mnews/20170730/840186.shtml";
const ANHUI_CNS = "https://huanbao.in-en.com/html/huanbao-2270501.shtml";
const HUNAN_REPORT = "http://3g.lc123.net/html/159/332793/0.html";
const HUNAN_XINHUA = "http://nakedoat.com/xinwen/2017-07/31/content_5215039.htm";
const GUIZHOU_REPORT = "https://news.bjx.com.cn/html/20180928/931228-12.shtml";
const GUIZHOU_FEEDBACK = "http://env.people.com.cn/n1/2017/0802/c1010-29443426.html";
const SHANGHAI_PLAN =
  "http://shanghai.baogaosu.com/xinwen/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%85%AC%E5%BC%80%E4%B8%AD%E5%A4%AE%E7%8E%AF%E5%A2%83%E4%BF%9D%E6%8A%A4%E7%9D%A3%E5%AF%9F%E6%95%B4%E6%94%B9/59403884/";
const SHANGHAI_REPORT = "http://m.sgcio.com/icontent/37/72970.html";
const SHAANXI_XINHUA =
  "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-05/16/content_5291394.htm";
const SHAANXI_REPORT = "https://m.dragongams.com/mnews/20180515/897863.shtml";

const IN_ORDER = "组长按来源“组长分别由…担任”所列顺序对应被督察省份";
const IN_ORDER_EN = "leader read from the order of the source's list (组长分别由…担任)";
const ORDER_NOTE = `${IN_ORDER} (${IN_ORDER_EN})`;

const routine1 = { kind: "routine", ordinal: 1 } as const;

/**
 * The records of the first round.
 *
 * @example
 * ```ts
 * import { ROUND_1 } from "ducha/rounds";
 * ROUND_1.find((r) => r.id === "r1-b0-hebei")?.feedbackDate?.value; //=> "2016-05-03"
 * ```
 * @category Inspection schedule
 */
export const ROUND_1 = [
  ...batch(
    {
      ...routine1,
      batch: 0,
      year: 2015,
      listedIn: [HEBEI_FEEDBACK, HEBEI_MOBILISATION],
      note: "河北省督察试点（2015—2016年） (the Hebei pilot, 2015-16)",
    },
    [
      [
        "hebei",
        {
          group: group(HEBEI_MOBILISATION, undefined, "周建", "翟青"),
          stationingStart: {
            ...fact("2015-12-31", HEBEI_FEEDBACK, "反馈通报：2015年12月31日至2016年2月4日"),
            disagreement: {
              statement:
                "反馈通报称督察自2015年12月31日起；进驻动员会报道与南方周末称督察期间为2016年1月4日至2月4日 (the feedback release starts the inspection on 2015-12-31; the mobilisation report and 南方周末 give 2016-01-04 to 02-04)",
              readings: [{ value: "2016-01-04", sources: [HEBEI_MOBILISATION, HEBEI_NANFANG] }],
            },
          },
          stationingEnd: fact("2016-02-04", [HEBEI_FEEDBACK, HEBEI_MOBILISATION]),
          feedbackDate: fact("2016-05-03", HEBEI_FEEDBACK),
        },
      ],
    ],
  ),
  ...batch({ ...routine1, batch: 1, year: 2016, listedIn: [B1] }, [
    [
      "neimenggu",
      {
        group: group(B1, undefined, "陆浩", undefined, ORDER_NOTE),
        feedbackDate: fact(
          "2016-11-12",
          NM_FEEDBACK,
          "来源称“12日督察组向内蒙古自治区党委、政府进行了督察反馈”，年月取自该页日期2016-11-13 (the page says the 12th; year and month from its date 2016-11-13)",
        ),
      },
    ],
    [
      "heilongjiang",
      {
        group: group(B1, undefined, "杨松", undefined, ORDER_NOTE),
        feedbackDate: fact(
          "2016-11-15",
          B1_FEEDBACK_PD,
          "人民日报海外版2016-11-16：继11月12日向内蒙古反馈后，15日向河南、黑龙江、江苏反馈",
        ),
      },
    ],
    [
      "jiangsu",
      {
        group: group(
          [B1, JIANGSU_FEEDBACK],
          3,
          "吴新雄",
          undefined,
          `${ORDER_NOTE}；第三组及组长见反馈报道`,
        ),
        feedbackDate: fact(
          "2016-11-15",
          [JIANGSU_REPORT, JIANGSU_FEEDBACK, B1_FEEDBACK_PD],
          "江苏省整改情况（转载）：2016年11月15日，中央第三环境保护督察组向我省正式反馈督察意见",
        ),
      },
    ],
    [
      "jiangxi",
      {
        group: group(
          [B1, JIANGXI_REPORT],
          4,
          "李家祥",
          undefined,
          `${ORDER_NOTE}；第四组见江西省整改进展`,
        ),
        stationingStart: fact("2016-07-14", JIANGXI_REPORT, "江西省公开的整改进展（转载）"),
        stationingEnd: fact("2016-08-14", JIANGXI_REPORT),
        feedbackDate: fact("2016-11-17", JIANGXI_REPORT),
      },
    ],
    [
      "henan",
      {
        group: group(
          [B1, HENAN_PLAN],
          5,
          "王万宾",
          undefined,
          `${ORDER_NOTE}；第五组见河南省整改方案`,
        ),
        stationingStart: fact("2016-07-16", HENAN_PLAN, "河南省整改方案（中国日报河南频道转载）"),
        stationingEnd: fact("2016-08-16", HENAN_PLAN),
        feedbackDate: fact("2016-11-15", [HENAN_PLAN, B1_FEEDBACK_PD]),
      },
    ],
    [
      "guangxi",
      {
        group: group(
          [B1, GUANGXI_REPORT],
          6,
          "姜伟新",
          undefined,
          `${ORDER_NOTE}；第六组见广西整改情况`,
        ),
        feedbackDate: fact(
          "2016-11-17",
          GUANGXI_REPORT,
          "广西日报（国际在线转载）：2016年7-8月督察，11月17日反馈；进驻起止日未载",
        ),
      },
    ],
    [
      "yunnan",
      {
        group: group(
          [B1, YUNNAN_REPORT],
          7,
          "贾治邦",
          undefined,
          `${ORDER_NOTE}；第七组见云南省整改情况`,
        ),
        stationingStart: fact("2016-07-15", YUNNAN_REPORT, "云南省公开的整改情况（文库转载）"),
        stationingEnd: fact("2016-08-15", YUNNAN_REPORT),
        feedbackDate: fact("2016-11-23", YUNNAN_REPORT),
      },
    ],
    [
      "ningxia",
      {
        group: group([NINGXIA, B1], 8, "蒋巨峰", "赵英民"),
        stationingStart: fact(
          "2016-07-12",
          [NINGXIA, NINGXIA_REPORT],
          "中央第八环境保护督察组“已于当日正式进驻”",
        ),
        stationingEnd: fact("2016-08-12", NINGXIA_REPORT, "环境保护部网站：宁夏对外公开整改情况"),
        feedbackDate: fact("2016-11-16", NINGXIA_REPORT),
      },
    ],
  ]),
  ...batch({ ...routine1, batch: 2, year: 2016, listedIn: [B2] }, [
    [
      "beijing",
      {
        group: group(
          [B2, BEIJING_REPORT],
          1,
          "马馼",
          undefined,
          `${ORDER_NOTE}；第一组见北京市整改情况报告`,
        ),
        stationingStart: fact("2016-11-29", BEIJING_REPORT, "北京市公开的整改落实情况（转载）"),
        stationingEnd: fact("2016-12-29", BEIJING_REPORT),
        feedbackDate: fact("2017-04-12", BEIJING_REPORT),
        taskCount: fact(47, [B2_PLANS, BEIJING_REPORT]),
      },
    ],
    [
      "shanghai",
      {
        group: group(
          [B2, SHANGHAI_PLAN, SHANGHAI_REPORT],
          2,
          "朱之鑫",
          undefined,
          `${ORDER_NOTE}；第二组见上海市整改方案`,
        ),
        stationingStart: fact("2016-11-28", SHANGHAI_PLAN, "上海市公开的整改方案（转载）"),
        stationingEnd: fact("2016-12-28", SHANGHAI_PLAN),
        feedbackDate: fact("2017-04-12", [SHANGHAI_PLAN, SHANGHAI_REPORT]),
        taskCount: fact(46, B2_PLANS),
      },
    ],
    [
      "hubei",
      {
        group: group(
          [B2, HUBEI_REPORT],
          3,
          "焦焕成",
          undefined,
          `${ORDER_NOTE}；第三组见湖北省整改情况报告`,
        ),
        stationingStart: fact("2016-11-26", HUBEI_REPORT, "湖北省人民政府网：整改情况的报告"),
        stationingEnd: fact("2016-12-26", HUBEI_REPORT),
        feedbackDate: fact("2017-04-14", HUBEI_REPORT),
        taskCount: fact(84, [B2_PLANS, HUBEI_REPORT]),
      },
    ],
    [
      "guangdong",
      {
        group: group([B2, GUANGDONG_ENTRY], 4, "陆浩"),
        stationingStart: fact(
          "2016-11-28",
          GUANGDONG_ENTRY,
          "中新网：中央第四环境保护督察组督察广东省工作动员会28日在广州举行",
        ),
        taskCount: fact(43, B2_PLANS),
      },
    ],
    [
      "chongqing",
      {
        group: group(
          [B2, CHONGQING_REPORT],
          5,
          "张宝顺",
          undefined,
          `${ORDER_NOTE}；第五组见重庆市整改情况`,
        ),
        stationingStart: fact(
          "2016-11-24",
          CHONGQING_REPORT,
          "生态环境部网站：重庆市对外公开整改情况",
        ),
        stationingEnd: fact("2016-12-24", CHONGQING_REPORT),
        feedbackDate: fact("2017-04-12", CHONGQING_REPORT),
        taskCount: fact(37, B2_PLANS),
      },
    ],
    [
      "shaanxi",
      {
        group: group(
          [B2, SHAANXI_XINHUA, SHAANXI_REPORT],
          6,
          "李家祥",
          undefined,
          `${ORDER_NOTE}；第六组见新华社报道`,
        ),
        stationingStart: fact(
          "2016-11-28",
          [SHAANXI_XINHUA, SHAANXI_REPORT],
          "新华社（中国政府网）2018-05-16；陕西省整改情况报告（转载）",
        ),
        stationingEnd: fact("2016-12-28", [SHAANXI_XINHUA, SHAANXI_REPORT]),
        feedbackDate: fact("2017-04-11", [SHAANXI_XINHUA, SHAANXI_REPORT]),
        taskCount: fact(59, B2_PLANS),
      },
    ],
    [
      "gansu",
      {
        group: group(
          [B2, GANSU_FEEDBACK],
          7,
          "马中平",
          undefined,
          `${ORDER_NOTE}；第七组见新华社反馈报道`,
        ),
        stationingStart: fact(
          "2016-11-30",
          GANSU_FEEDBACK,
          "新华社兰州4月13日电（转载），页面日期2017-04-13",
        ),
        stationingEnd: fact("2016-12-30", GANSU_FEEDBACK),
        feedbackDate: fact("2017-04-13", GANSU_FEEDBACK),
        taskCount: fact(59, B2_PLANS),
      },
    ],
  ]),
  ...batch({ ...routine1, batch: 3, year: 2017, listedIn: [B3] }, [
    [
      "tianjin",
      {
        group: group(
          [B3, TIANJIN_REPORT],
          1,
          "蒋巨峰",
          undefined,
          `${ORDER_NOTE}；第一组见天津市整改情况报告`,
        ),
        stationingStart: fact("2017-04-28", TIANJIN_REPORT, "天津市对外公开的整改情况（转载）"),
        stationingEnd: fact("2017-05-28", TIANJIN_REPORT),
        feedbackDate: fact("2017-07-29", TIANJIN_REPORT),
        taskCount: fact(49, TIANJIN_REPORT, "整改方案确定的49项整改任务"),
      },
    ],
    [
      "shanxi",
      {
        group: group(
          [B3, SHANXI_FEEDBACK],
          2,
          "杨松",
          undefined,
          `${ORDER_NOTE}；第二组见人民日报反馈报道`,
        ),
        stationingStart: fact(
          "2017-04-28",
          SHANXI_FEEDBACK,
          "人民日报2017-07-31（转载）：4月28日至5月28日督察，7月30日反馈",
        ),
        stationingEnd: fact("2017-05-28", SHANXI_FEEDBACK),
        feedbackDate: fact("2017-07-30", SHANXI_FEEDBACK),
      },
    ],
    [
      "liaoning",
      {
        group: group(
          [B3, LIAONING_REPORT],
          3,
          "李家祥",
          undefined,
          `${ORDER_NOTE}；第三组见辽宁省整改情况`,
        ),
        stationingStart: fact(
          "2017-04-25",
          LIAONING_REPORT,
          "辽宁省公开的整改情况（国际在线辽宁频道）",
        ),
        stationingEnd: fact("2017-05-25", LIAONING_REPORT),
        feedbackDate: fact("2017-07-31", LIAONING_REPORT),
        taskCount: fact(58, LIAONING_REPORT, "《整改方案》58项整改任务"),
      },
    ],
    [
      "anhui",
      {
        group: group([B3, ANHUI_FEEDBACK], 4, "朱之鑫", "翟青"),
        stationingStart: fact(
          "2017-04-27",
          [ANHUI_FEEDBACK, ANHUI_CNS],
          "反馈通报（北极星转载）：2017年4月27日至5月27日督察，7月29日反馈",
        ),
        stationingEnd: fact("2017-05-27", ANHUI_FEEDBACK),
        feedbackDate: fact("2017-07-29", [ANHUI_FEEDBACK, ANHUI_CNS]),
      },
    ],
    [
      "fujian",
      {
        group: group(
          [B3, FUJIAN_REPORT],
          5,
          "贾治邦",
          undefined,
          `${ORDER_NOTE}；第五组见来源动员会报道`,
        ),
        stationingStart: fact(
          "2017-04-24",
          FUJIAN_REPORT,
          "生态环境部网站：福建省对外公开整改情况",
        ),
        stationingEnd: fact("2017-05-24", FUJIAN_REPORT),
        feedbackDate: fact("2017-07-31", FUJIAN_REPORT),
        taskCount: fact(72, FUJIAN_REPORT, "全省72项整改任务"),
      },
    ],
    [
      "hunan",
      {
        group: group(
          [B3, HUNAN_REPORT, HUNAN_XINHUA],
          6,
          "吴新雄",
          undefined,
          `${ORDER_NOTE}；第六组见来源动员会报道`,
        ),
        stationingStart: fact(
          "2017-04-24",
          [HUNAN_REPORT, HUNAN_XINHUA],
          "湖南省整改落实情况报告（转载）；新华社长沙7月31日电",
        ),
        stationingEnd: fact("2017-05-24", [HUNAN_REPORT, HUNAN_XINHUA]),
        feedbackDate: fact("2017-07-31", [HUNAN_REPORT, HUNAN_XINHUA]),
      },
    ],
    [
      "guizhou",
      {
        group: group(
          [B3, GUIZHOU_REPORT, GUIZHOU_FEEDBACK],
          7,
          "马中平",
          undefined,
          `${ORDER_NOTE}；第七组见贵州省整改情况报告`,
        ),
        feedbackDate: fact(
          "2017-08-01",
          [GUIZHOU_REPORT, GUIZHOU_FEEDBACK],
          "贵州省整改情况报告（生态环境部2018-09-28，北极星转载）：2017年8月1日反馈；人民日报：1日反馈",
        ),
      },
    ],
  ]),
  ...batch(
    {
      ...routine1,
      batch: 4,
      year: 2017,
      listedIn: [B4],
      note: "来源称8个督察组于2017年8月7日至15日陆续进驻 (the 8 groups were stationed between 7 and 15 August 2017)",
    },
    [
      [
        "jilin",
        {
          group: group(JILIN_PLAN, 1),
          stationingStart: fact("2017-08-11", JILIN_PLAN, "吉林省整改方案（转载）"),
          stationingEnd: fact("2017-09-11", JILIN_PLAN),
          feedbackDate: fact("2017-12-27", JILIN_PLAN),
        },
      ],
      [
        "zhejiang",
        {
          group: group(ZHEJIANG_FEEDBACK, 2),
          stationingStart: fact(
            "2017-08-11",
            ZHEJIANG_FEEDBACK,
            "新华网2017年12月24日：今年8月11日至9月11日",
          ),
          stationingEnd: fact("2017-09-11", ZHEJIANG_FEEDBACK),
          feedbackDate: fact("2017-12-24", ZHEJIANG_FEEDBACK),
        },
      ],
      [
        "shandong",
        {
          group: group([SHANDONG_PLAN, SHANDONG_XINHUA], 3),
          stationingStart: fact(
            "2017-08-10",
            [SHANDONG_PLAN, SHANDONG_XINHUA],
            "山东省公开整改方案（转载）；新华网",
          ),
          stationingEnd: fact("2017-09-10", [SHANDONG_PLAN, SHANDONG_XINHUA]),
          feedbackDate: fact("2017-12-26", [SHANDONG_PLAN, SHANDONG_XINHUA]),
        },
      ],
      ["hainan"],
      [
        "sichuan",
        {
          group: group([SICHUAN_REPORT, SICHUAN_CNR], 5, "朱之鑫"),
          stationingStart: fact("2017-08-07", SICHUAN_REPORT, "四川省对外公开整改情况（转载）"),
          stationingEnd: fact("2017-09-07", SICHUAN_REPORT),
          feedbackDate: fact("2017-12-22", [SICHUAN_REPORT, SICHUAN_CNR]),
          taskCount: fact(89, SICHUAN_REPORT, "我省89项整改任务"),
        },
      ],
      [
        "xizang",
        {
          group: group([TIBET, TIBET_FEEDBACK], 6, "蒋巨峰", "翟青"),
          stationingStart: fact(
            "2017-08-15",
            TIBET_FEEDBACK,
            "人民日报（浙江在线转载）：2017年8月15日至9月15日",
          ),
          stationingEnd: fact("2017-09-15", TIBET_FEEDBACK),
          feedbackDate: fact(
            "2018-01-03",
            TIBET_FEEDBACK,
            "1月3日下午反馈会在拉萨举行；报道日期2018-01-04",
          ),
        },
      ],
      [
        "qinghai",
        {
          group: group(QINGHAI_PLAN, 7),
          stationingStart: fact("2017-08-08", QINGHAI_PLAN, "青海省公开整改方案（转载）"),
          stationingEnd: fact("2017-09-08", QINGHAI_PLAN),
          feedbackDate: fact("2017-12-24", QINGHAI_PLAN),
        },
      ],
      [
        "xinjiang",
        {
          group: group(XJ_FEEDBACK, 8),
          stationingStart: fact("2017-08-11", [XJ_FEEDBACK, XJ_REPORT]),
          stationingEnd: fact("2017-09-11", [XJ_FEEDBACK, XJ_REPORT]),
          feedbackDate: fact("2018-01-02", [XJ_FEEDBACK, XJ_REPORT]),
          planPublishedDate: fact(
            "2018-05-29",
            XJ_REPORT,
            "2月9日上报整改方案，4月17日党中央、国务院批准，5月29日全文公开 (plan submitted 2018-02-09, approved 04-17, published 05-29)",
          ),
          taskCount: fact(94, XJ_REPORT),
        },
      ],
    ],
  ),
];
