/**
 * The third round of central ecological and environmental protection inspection (第三轮中央生态环境
 * 保护督察), from November 2023: the batches announced so far.
 *
 * Sources: batch 1: 中新社 2023-11-21 (mirror http://javascriptjump.com/?iKU3S=yHbWu.html) and 成都日报
 * 2023-11-22 (https://www.cdrb.com.cn/epaper/cdrbpc/202311/22/c123767.html); batch 2: 中新网
 * "5月7日电" (mirror http://111.203.215.41/info.php?yz=Erq8.html; the year is not on the page and
 * is 2024, between batch 1 of 2023-11 and batch 3 of 2024-10); batch 3: 中新网 2024-10-18
 * (http://chinanews.com.cn/gn/2024/10-18/10303701.shtml); batch 4: 中新网 2025-05-26 (mirror
 * http://cnkandshibaowang.efang.tv/cnkandshibaowang/2025/0526/62700.html), the first batch under
 * the 2025 《生态环境保护督察工作条例》; batch 5: 人民日报 2025-11-21
 * (http://sh.people.com.cn/BIG5/n2/2025/1121/c134768-41418412.html).
 *
 * @module
 */
import { batch, fact, group } from "./_build.js";

const B1 = "http://javascriptjump.com/?iKU3S=yHbWu.html";
const B1_CDRB = "https://www.cdrb.com.cn/epaper/cdrbpc/202311/22/c123767.html";
const B2 = "http://111.203.215.41/info.php?yz=Erq8.html";
const B3 = "http://chinanews.com.cn/gn/2024/10-18/10303701.shtml";
const B4 = "http://cnkandshibaowang.efang.tv/cnkandshibaowang/2025/0526/62700.html";
const B5 = "http://sh.people.com.cn/BIG5/n2/2025/1121/c134768-41418412.html";
const NM_GROUP = "http://www.bynr.gov.cn/ztlm/zysthjbhdcznmg/xxgk/202506/t20250613_701981.html";
const NM_FEEDBACK = "http://www.smstexb.com/m/view.php?aid=23976";
const B2_FEEDBACK = "http://49.213.0.198/doc/7_0_106971870_1.html";
const ZHEJIANG = "http://pbs2.lsr.net.cn/40pr73/3350709/";
const HAINAN = "https://static.h2o-china.com/news/353502.html";
const SHAANXI = "http://www.njzyyy.cn/news/11672/61701f1a85e32bb6f0b82beb7ef67b69.shtml";
const QINGHAI = "http://sqingke.com/?ssid=tuQ.doc7243";
const JIANGSU = "http://mail.scqsfz.net/col/15363_157448/art/17277120/1729329814731o1wzNh13.html";
const FUJIAN = "http://lpswo.com/portal/article/index/id/623.html";
const GANSU = "https://huanbao.in-en.com/html/huanbao-2397471.shtml";
const SHANGHAI_FEEDBACK = "http://dunya.com.cn/news/detail-148159.html";
const JIANGXI_CNS = "http://qc.idea-sf.com:99/info.php?ODS6b=IZ.html";
const HUNAN_PLAN = "http://da.gov.cn/da/gnyw/202504/5df6250c2981467ea94778644564cae2.shtml";
const HUNAN_MOBILISATION =
  "https://yynanhu.yueyang.gov.cn/29509/29510/55038/55041/55282/55384/content_2219817.html";
const CHONGQING_FEEDBACK = "http://app.cqrb.cn/shishi/2024-08-21/2001290_pc.html";
const FUJIAN_REPORT = "https://www.fzjsgw.com/sheqing/23662.html";
const B3_FEEDBACK = "http://123zhe.com/article/8499073.html";
const B4_FEEDBACK = "https://www.xwboo.com/news/detail-208749.html";
const HENAN = "http://www.hnrco.org.cn/article/71512/1767082409685872";
const HENAN_DAILY =
  "https://big5.cri.cn/gate/big5/hn.cri.cn/20251230/64e14281-2cc3-dfd9-ca6d-877163f59dbe.html";

const IN_ORDER =
  "组长按来源“组长分别由…担任”所列顺序对应被督察对象 (leader read from the order of the source's list)";
const routine3 = { kind: "routine", ordinal: 3 } as const;

/**
 * The records of the third round published so far.
 *
 * @example
 * ```ts
 * import { ROUND_3 } from "ducha/rounds";
 * ROUND_3.find((r) => r.id === "r3-b4-neimenggu")?.group?.value.leader; //=> "姚增科"
 * ```
 * @category Inspection schedule
 */
export const ROUND_3 = [
  ...batch(
    {
      ...routine3,
      batch: 1,
      year: 2023,
      listedIn: [B1, B1_CDRB],
      launchDate: fact("2023-11-21", [B1, B1_CDRB]),
    },
    [
      [
        "fujian",
        {
          group: group([B1, FUJIAN], 1, "陈润儿", "翟青"),
          stationingStart: fact(
            "2023-11-22",
            FUJIAN_REPORT,
            "福建省整改情况的转载（正文字序被打乱，日期可读）：“2023年11月22日起至12月22日期间”进驻，“2024年2月27日”反馈",
          ),
          stationingEnd: fact("2023-12-22", FUJIAN_REPORT),
          feedbackDate: fact("2024-02-27", [FUJIAN, FUJIAN_REPORT], "反馈通报（转载）"),
        },
      ],
      [
        "henan",
        {
          group: group([B1, HENAN], 2, "许达哲", undefined, IN_ORDER),
          stationingStart: fact(
            "2023-11-22",
            [HENAN, HENAN_DAILY],
            "河南省生态环境厅公开的整改情况",
          ),
          stationingEnd: fact("2023-12-22", [HENAN, HENAN_DAILY]),
          feedbackDate: fact("2024-02-27", [HENAN, HENAN_DAILY]),
        },
      ],
      [
        "hainan",
        {
          group: group([B1, HAINAN], 3, "宋秀岩", undefined, IN_ORDER),
          stationingStart: fact("2023-11-21", HAINAN, "海南省公开整改方案（转载）"),
          stationingEnd: fact("2023-12-21", HAINAN),
          feedbackDate: fact("2024-02-26", HAINAN),
        },
      ],
      [
        "gansu",
        {
          group: group([B1, GANSU], 4, "蒋卓庆", undefined, IN_ORDER),
          stationingStart: fact("2023-11-22", GANSU, "甘肃省生态环境厅公开的整改情况（转载）"),
          stationingEnd: fact("2023-12-22", GANSU),
          feedbackDate: fact("2024-02-28", GANSU),
        },
      ],
      [
        "qinghai",
        {
          group: group([B1, QINGHAI], 5, "刘伟", "胡卫列"),
          feedbackDate: fact("2024-02-26", QINGHAI, "反馈通报（转载）"),
        },
      ],
    ],
  ),
  ...batch(
    {
      ...routine3,
      batch: 2,
      year: 2024,
      listedIn: [B2, B2_FEEDBACK],
      note: "新华社：督察组2024年8月20日至21日分别向7省（市）反馈 (fed back to the seven on 20-21 August 2024)",
    },
    [
      [
        "shanghai",
        {
          group: group([B2, SHANGHAI_FEEDBACK], 1, "许达哲", "张雪樵"),
          feedbackDate: fact(
            "2024-08-21",
            SHANGHAI_FEEDBACK,
            "上海发布（转载）：督察组于2024年8月21日向上海市委、市政府进行反馈",
          ),
        },
      ],
      [
        "zhejiang",
        {
          group: group([B2, ZHEJIANG], 2, "宋秀岩", "董保同"),
          stationingStart: fact(
            "2024-05-07",
            ZHEJIANG,
            "央视（转载）：进驻期间2024年5月7日—6月7日",
          ),
          stationingEnd: fact("2024-06-07", ZHEJIANG),
        },
      ],
      [
        "jiangxi",
        {
          group: group([B2, JIANGXI_CNS], 3, "刘伟", "任京东"),
          stationingStart: fact(
            "2024-05-08",
            JIANGXI_CNS,
            "中新网南昌9月24日电（转载，页面发布时间2024-11-14）：“5月8日至6月8日，中央第三生态环境保护督察组进驻江西，开展了第三轮中央生态环境保护督察”；年份取自页面日期",
          ),
          stationingEnd: fact("2024-06-08", JIANGXI_CNS),
          feedbackDate: fact(
            "2024-08-21",
            JIANGXI_CNS,
            "同上：“8月21日，中央第三生态环境保护督察组向江西反馈了督察报告”；与批次反馈日期2024年8月20日至21日相合",
          ),
        },
      ],
      ["hubei", { group: group(B2, 4, "李锦斌", "胡卫列") }],
      [
        "hunan",
        {
          group: group([B2, HUNAN_PLAN, HUNAN_MOBILISATION], 5, "蒋卓庆", "翟青"),
          stationingStart: fact(
            "2024-05-09",
            [HUNAN_PLAN, HUNAN_MOBILISATION],
            "湖南省公开的整改方案（转载）：2024年5月9日至6月9日；岳阳市南湖新区分局：5月9日进驻动员会在长沙召开",
          ),
          stationingEnd: fact("2024-06-09", HUNAN_PLAN),
          feedbackDate: fact("2024-08-20", HUNAN_PLAN, "于2024年8月20日正式反馈督察报告"),
        },
      ],
      [
        "chongqing",
        {
          group: group([B2, CHONGQING_FEEDBACK], 6, "陈润儿", "郭芳"),
          feedbackDate: fact(
            "2024-08-20",
            CHONGQING_FEEDBACK,
            "重庆日报：督察组于2024年8月20日向重庆市委、市政府进行反馈",
          ),
        },
      ],
      ["yunnan", { group: group(B2, 7, "叶冬松", "李云卿") }],
    ],
  ),
  ...batch(
    {
      ...routine3,
      batch: 3,
      year: 2024,
      listedIn: [B3, B3_FEEDBACK],
      note: "中新网（转载）：督察组于2025年1月9日至10日分别向8个被督察对象反馈，各自日期未载 (fed back on 9-10 January 2025; the day of each party is not given)",
      launchDate: fact("2024-10-18", B3, "央视：今天全面启动"),
    },
    [
      [
        "jiangsu",
        {
          group: group(JIANGSU, 1),
          stationingStart: fact(
            "2024-10-19",
            JIANGSU,
            "江苏督察公告（转载）：2024年10月19日至11月19日进驻",
          ),
          stationingEnd: fact("2024-11-19", JIANGSU),
        },
      ],
      ["anhui"],
      ["sichuan"],
      ["guizhou"],
      ["cnpc"],
      ["sinopec"],
      ["sinochem"],
      ["cncec"],
    ],
  ),
  ...batch(
    {
      ...routine3,
      batch: 4,
      year: 2025,
      listedIn: [B4, B4_FEEDBACK],
      launchDate: fact("2025-05-26", B4, "中央生态环境保护督察协调局26日消息：全面启动"),
      note: "统筹开展黄河流域督察和省域督察；生态环境部：2025年9月11日至13日分别反馈 (with the Yellow River basin inspection; fed back on 11-13 September 2025)",
    },
    [
      ["shanxi", { group: group(B4, undefined, "蔡名照", undefined, IN_ORDER) }],
      [
        "neimenggu",
        {
          group: group([B4, NM_GROUP, NM_FEEDBACK], 2, "姚增科", "翟青"),
          feedbackDate: fact(
            "2025-09-11",
            NM_FEEDBACK,
            "转载的反馈通报：督察组于2025年9月11日向内蒙古自治区党委、政府进行反馈",
          ),
        },
      ],
      ["shandong", { group: group(B4, undefined, "鄂竟平", undefined, IN_ORDER) }],
      [
        "shaanxi",
        {
          group: group([B4, SHAANXI], 4, "黄明", "于会文"),
          feedbackDate: fact(
            "2025-09-12",
            SHAANXI,
            "转载的反馈通报：督察组于2025年9月12日向陕西省委、省政府反馈",
          ),
        },
      ],
      ["ningxia", { group: group(B4, undefined, "王荣", undefined, IN_ORDER) }],
      ["huaneng", { group: group(B4, undefined, "许又声", undefined, IN_ORDER) }],
      ["datang", { group: group(B4, undefined, "付志方", undefined, IN_ORDER) }],
      ["spic", { group: group(B4, undefined, "张轩", undefined, IN_ORDER) }],
    ],
  ),
  ...batch(
    {
      ...routine3,
      batch: 5,
      year: 2025,
      listedIn: [B5],
      note: "8个例行督察组于2025年11月19日前全部进驻，另有大运河生态环境保护专项督察 (8 routine groups all stationed by 19 November 2025, with a special inspection of the Grand Canal)",
    },
    [
      ["beijing"],
      ["tianjin"],
      ["hebei"],
      ["huadian"],
      ["chnenergy"],
      ["ansteel"],
      ["baowu"],
      ["chinacoal"],
    ],
  ),
];
