/**
 * The parties central inspections have covered: the 31 province-level regions with their GB/T
 * 2260 codes (行政区划代码, the six-digit province codes of the national standard), Xinjiang
 * together with the Xinjiang Production and Construction Corps as the inspections treat them, the
 * State Council departments and the central enterprises named in the batch announcements (see the
 * data files for those sources). Aliases are the short names reports use; `cities` lists the
 * prefecture-level cities and leagues of the provinces whose reports the project has read, so that
 * a city's report resolves to its province. Extend it by passing your own parties to
 * `findInspection`'s `parties` option.
 *
 * @module
 */
import type { InspectedParty } from "./schema.js";

const province = (
  name: string,
  code: string,
  aliases: readonly string[],
  cities?: readonly string[],
): InspectedParty => ({
  name,
  aliases: [...aliases],
  kind: "province",
  code,
  ...(cities === undefined ? {} : { cities: [...cities] }),
});
const enterprise = (name: string, ...aliases: string[]): InspectedParty => ({
  name,
  aliases,
  kind: "enterprise",
});
const department = (name: string, ...aliases: string[]): InspectedParty => ({
  name,
  aliases,
  kind: "department",
});

/**
 * Every party of the schedule, keyed by the slug its record ids use.
 *
 * @example
 * ```ts
 * import { PARTIES } from "ducha/rounds";
 * PARTIES.neimenggu.name; //=> "内蒙古自治区"
 * PARTIES.neimenggu.code; //=> "150000"
 * ```
 * @category Inspection schedule
 */
export const PARTIES = {
  beijing: province("北京市", "110000", ["北京"]),
  tianjin: province("天津市", "120000", ["天津"]),
  hebei: province(
    "河北省",
    "130000",
    ["河北"],
    [
      "石家庄市",
      "唐山市",
      "秦皇岛市",
      "邯郸市",
      "邢台市",
      "保定市",
      "张家口市",
      "承德市",
      "沧州市",
      "廊坊市",
      "衡水市",
      "雄安新区",
      "定州市",
      "辛集市",
    ],
  ),
  shanxi: province("山西省", "140000", ["山西"]),
  neimenggu: province(
    "内蒙古自治区",
    "150000",
    ["内蒙古"],
    [
      "呼和浩特市",
      "包头市",
      "乌海市",
      "赤峰市",
      "通辽市",
      "鄂尔多斯市",
      "呼伦贝尔市",
      "巴彦淖尔市",
      "乌兰察布市",
      "兴安盟",
      "锡林郭勒盟",
      "阿拉善盟",
    ],
  ),
  liaoning: province(
    "辽宁省",
    "210000",
    ["辽宁"],
    [
      "沈阳市",
      "大连市",
      "鞍山市",
      "抚顺市",
      "本溪市",
      "丹东市",
      "锦州市",
      "营口市",
      "阜新市",
      "辽阳市",
      "盘锦市",
      "铁岭市",
      "朝阳市",
      "葫芦岛市",
    ],
  ),
  jilin: province(
    "吉林省",
    "220000",
    ["吉林"],
    [
      "长春市",
      "吉林市",
      "四平市",
      "辽源市",
      "通化市",
      "白山市",
      "松原市",
      "白城市",
      "延边朝鲜族自治州",
      "长白山保护开发区",
    ],
  ),
  heilongjiang: province("黑龙江省", "230000", ["黑龙江"]),
  shanghai: province("上海市", "310000", ["上海"]),
  jiangsu: province("江苏省", "320000", ["江苏"]),
  zhejiang: province("浙江省", "330000", ["浙江"]),
  anhui: province("安徽省", "340000", ["安徽"]),
  fujian: province("福建省", "350000", ["福建"]),
  jiangxi: province("江西省", "360000", ["江西"]),
  shandong: province("山东省", "370000", ["山东"]),
  henan: province("河南省", "410000", ["河南"]),
  hubei: province("湖北省", "420000", ["湖北"]),
  hunan: province("湖南省", "430000", ["湖南"]),
  guangdong: province("广东省", "440000", ["广东"]),
  guangxi: province("广西壮族自治区", "450000", ["广西"]),
  hainan: province("海南省", "460000", ["海南"]),
  chongqing: province("重庆市", "500000", ["重庆"]),
  sichuan: province("四川省", "510000", ["四川"]),
  guizhou: province("贵州省", "520000", ["贵州"]),
  yunnan: province("云南省", "530000", ["云南"]),
  xizang: province("西藏自治区", "540000", ["西藏"]),
  shaanxi: province("陕西省", "610000", ["陕西"]),
  gansu: province("甘肃省", "620000", ["甘肃"]),
  qinghai: province("青海省", "630000", ["青海"]),
  ningxia: province("宁夏回族自治区", "640000", ["宁夏"]),
  xinjiang: province(
    "新疆维吾尔自治区和新疆生产建设兵团",
    "650000",
    [
      "新疆维吾尔自治区",
      "新疆",
      "新疆生产建设兵团",
      "兵团",
      "新疆维吾尔自治区（含新疆生产建设兵团）",
    ],
    [
      "乌鲁木齐市",
      "克拉玛依市",
      "吐鲁番市",
      "哈密市",
      "昌吉回族自治州",
      "博尔塔拉蒙古自治州",
      "巴音郭楞蒙古自治州",
      "阿克苏地区",
      "克孜勒苏柯尔克孜自治州",
      "喀什地区",
      "和田地区",
      "伊犁哈萨克自治州",
      "塔城地区",
      "阿勒泰地区",
    ],
  ),
  minmetals: enterprise("中国五矿集团有限公司", "中国五矿"),
  chemchina: enterprise("中国化工集团有限公司", "中国化工"),
  chinalco: enterprise("中国铝业集团有限公司", "中铝集团"),
  cnbm: enterprise("中国建材集团有限公司", "中国建材"),
  nea: department("国家能源局"),
  nfga: department("国家林业和草原局", "国家林草局"),
  cnmc: enterprise("中国有色矿业集团有限公司", "中国有色集团"),
  chinagold: enterprise("中国黄金集团有限公司", "中国黄金"),
  cnpc: enterprise("中国石油天然气集团有限公司", "中国石油"),
  sinopec: enterprise("中国石油化工集团有限公司", "中国石化", "中国石油化工"),
  sinochem: enterprise("中国中化控股有限责任公司", "中国中化"),
  cncec: enterprise("中国化学工程集团有限公司", "中国化学"),
  huaneng: enterprise("中国华能集团有限公司", "中国华能"),
  datang: enterprise("中国大唐集团有限公司", "中国大唐"),
  spic: enterprise("国家电力投资集团有限公司", "国家电投"),
  huadian: enterprise("中国华电集团有限公司", "中国华电"),
  chnenergy: enterprise("国家能源投资集团有限责任公司", "国家能源集团"),
  ansteel: enterprise("鞍钢集团有限公司", "鞍钢集团"),
  baowu: enterprise("中国宝武钢铁集团有限公司", "中国宝武"),
  chinacoal: enterprise("中国中煤能源集团有限公司", "中国中煤"),
} as const satisfies Record<string, InspectedParty>;

/**
 * The slug of a party in {@link PARTIES}.
 *
 * @example
 * ```ts
 * import type { PartySlug } from "ducha/rounds";
 * const slug: PartySlug = "jilin";
 * ```
 * @category Inspection schedule
 */
export type PartySlug = keyof typeof PARTIES;
