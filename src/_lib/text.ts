/**
 * Text helpers shared by the parsers of free text in rectification plans and progress reports
 * (deadlines, report figures): normalisation of full-width forms, traditional → simplified
 * characters, and Chinese numerals.
 *
 * @module
 */

// Full-width ASCII forms that carry no Chinese meaning of their own. Left out on purpose, so they
// stay as the Chinese punctuation they are: ！（），：；？ (FF01 FF08 FF09 FF0C FF1A FF1B FF1F).
const FULL_WIDTH = /[\uFF02-\uFF07\uFF0A\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E]/g;
// Zero-width characters pasted from web pages and Word documents.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Any run of white space (ASCII, ideographic U+3000, no-break U+00A0...).
const WHITE_SPACE = /\s+/g;

const toHalfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Normalises text copied from plans and reports: full-width digits, letters and symbols become
 * ASCII (`２０１８` → `2018`, `９０％` → `90%`), the Chinese punctuation `，。、；：！？（）` is kept,
 * zero-width characters are removed, runs of white space (including the ideographic space) become
 * one space, and the ends are trimmed. A pure function; characters outside these rules are kept.
 *
 * @example
 * ```ts
 * import { normalizeText } from "ducha";
 * normalizeText("　２０１８年６月底前，完成率９０％  "); //=> "2018年6月底前，完成率90%"
 * ```
 * @category Text
 */
export function normalizeText(s: string): string {
  return s
    .replace(FULL_WIDTH, toHalfWidth)
    .replace(ZERO_WIDTH, "")
    .replace(WHITE_SPACE, " ")
    .trim();
}

// Traditional → simplified, as pairs: each traditional character is followed by its simplified
// form. It covers the few hundred characters of government plans and progress reports; characters
// whose simplified form depends on the word (乾, 著, 藉, 瞭...) are left out rather than guessed.
const T2S_PAIRS =
  "於于長长堅坚續续進进實实萬万億亿辦办結结務务項项責责級级處处廳厅鄉乡縣县幹干個个達达餘余問问題题環环護护態态組组織织領领導导黨党紀纪會会議议關关與与為为爲为這这" +
  "將将對对從从併并並并後后時时間间歷历曆历開开發发髮发產产業业區区規规劃划畫画計计設设備备標标準准據据門门機机構构單单報报數数質质氣气淨净潔洁汙污廢废棄弃礦矿煉炼" +
  "鋼钢鐵铁電电熱热燒烧爐炉鍋锅車车輛辆運运輸输檢检測测監监視视驗验銷销號号掛挂賬账帳帐臺台檯台圍围濕湿溼湿濟济灣湾漁渔灘滩湧涌溝沟滬沪澤泽濱滨淺浅涼凉滅灭鹽盐礎础" +
  "礙碍確确碼码農农樹树橋桥樓楼場场塊块壩坝壓压墾垦牆墙壞坏聯联職职聽听聲声輕轻較较載载輪轮轉转邊边遠远適适選选遷迁還还遺遗過过違违連连週周遲迟動动勢势勵励勞劳勝胜" +
  "協协員员參参總总統统績绩絕绝約约紅红線线綫线網网維维綠绿緊紧編编緩缓練练縮缩繼继綜综細细經经給给終终紙纸負负財财貨货費费資资賠赔貸贷買买賣卖贊赞購购訂订記记許许" +
  "評评試试該该認认說说請请調调談谈論论諾诺謀谋講讲證证識识譯译讓让變变訪访詢询誤误語语誠诚課课諮咨謂谓險险陳陈陸陆陽阳際际隊队隨随隱隐難难雙双雜杂雞鸡離离靜静頁页" +
  "順顺預预頻频類类顯显風风飛飞館馆飲饮馬马駐驻體体髒脏鬥斗魚鱼鳥鸟麥麦黃黄點点齊齐齡龄龍龙東东兩两嚴严麗丽舉举義义亂乱爭争雲云亞亚來来們们價价儘尽盡尽優优償偿儲储" +
  "兒儿內内冊册凍冻則则創创劑剂剛刚劉刘勁劲華华卻却厲厉叢丛吳吴啟启喪丧園园圖图團团執执夠够奪夺奮奋婦妇學学寧宁審审寫写寶宝專专尋寻屆届屬属島岛峽峡嶺岭嶼屿幣币帶带" +
  "師师幫帮廠厂廣广彈弹歸归徑径復复複复徵征憑凭應应懷怀懲惩戰战擔担擴扩擁拥擇择擊击擬拟攝摄撥拨換换損损搶抢揮挥掃扫採采揚扬攜携擾扰敵敌斷断晉晋書书條条極极樣样權权" +
  "歲岁殘残殺杀毀毁漢汉溫温滿满漲涨濃浓澇涝災灾無无煙烟營营燈灯牽牵狀状獨独獎奖現现蘇苏畝亩畢毕異异當当療疗盤盘眾众禮礼種种稅税稱称穩稳積积窮穷競竞筆笔節节範范築筑" +
  "簡简籌筹糧粮罰罚習习聞闻腦脑舊旧艱艰莊庄葉叶蓋盖藝艺藥药蘭兰蟲虫補补裝装製制覺觉觀观觸触訊讯詳详誌志諸诸謝谢讀读貢贡貧贫貿贸賦赋趕赶趨趋跡迹蹤踪躍跃軍军輔辅辭辞" +
  "郵邮鄰邻醫医釋释銀银鋪铺錄录錢钱錯错鍵键鎮镇鏈链鐘钟閉闭閒闲閱阅闊阔闡阐階阶隸隶雖虽霧雾靈灵響响頂顶須须頓顿頭头頒颁額额顧顾飯饭養养驅驱鬧闹鮮鲜麼么濾滤滲渗瀝沥" +
  "灑洒爛烂滯滞濁浊潛潜澱淀瀕濒淪沦渦涡湯汤滷卤漿浆潰溃濺溅濤涛蝕蚀穢秽疊叠礫砾曬晒曉晓暢畅暫暂術术檔档櫃柜欄栏氫氢決决沒没況况瀾澜濰潍燦灿猶犹獲获瓊琼疇畴盜盗碩硕" +
  "磚砖禍祸禦御稈秆穀谷窯窑篩筛簽签糞粪糾纠紋纹納纳純纯紛纷紡纺紹绍絡络絲丝綱纲緒绪締缔緣缘縱纵繩绳繳缴纖纤罷罢羅罗膠胶臟脏蘆芦蘊蕴虛虚衛卫衝冲襲袭覽览親亲誘诱諒谅" +
  "謹谨譜谱譴谴豐丰豬猪販贩貪贪貫贯貴贵賀贺賄贿賞赏賢贤賭赌賴赖贈赠贏赢趙赵輝辉轄辖辯辩遞递遙遥鄭郑釀酿鈣钙鉛铅銅铜鋁铝鋅锌錳锰鎘镉鎳镍鏽锈鑄铸鑑鉴鑒鉴閘闸閥阀隴陇" +
  "雛雏頃顷頸颈顆颗顏颜願愿飼饲飾饰饑饥駕驾駛驶騰腾驚惊驟骤鬆松鳳凤鴨鸭鵝鹅麵面黴霉龜龟裡里裏里係系繫系遊游佈布佔占嘆叹鬱郁噸吨釐厘傢家撐撑藍蓝僅仅饋馈註注偵侦訴诉羣群衆众";
// The keys of T2S_PAIRS as one character class, so text without them is scanned once in native
// code (a test checks that the two lists agree).
const TRADITIONAL =
  /[於長堅續進實萬億辦結務項責級處廳鄉縣幹個達餘問題環護態組織領導黨紀會議關與為爲這將對從併並後時間歷曆開發髮產業區規劃畫計設備標準據門機構單報數質氣淨潔汙廢棄礦煉鋼鐵電熱燒爐鍋車輛運輸檢測監視驗銷號掛賬帳臺檯圍濕溼濟灣漁灘湧溝滬澤濱淺涼滅鹽礎礙確碼農樹橋樓場塊壩壓墾牆壞聯職聽聲輕較載輪轉邊遠適選遷還遺過違連週遲動勢勵勞勝協員參總統績絕約紅線綫網維綠緊編緩練縮繼綜細經給終紙負財貨費資賠貸買賣贊購訂記許評試該認說請調談論諾謀講證識譯讓變訪詢誤語誠課諮謂險陳陸陽際隊隨隱難雙雜雞離靜頁順預頻類顯風飛館飲馬駐體髒鬥魚鳥麥黃點齊齡龍東兩嚴麗舉義亂爭雲亞來們價儘盡優償儲兒內冊凍則創劑剛劉勁華卻厲叢吳啟喪園圖團執夠奪奮婦學寧審寫寶專尋屆屬島峽嶺嶼幣帶師幫廠廣彈歸徑復複徵憑應懷懲戰擔擴擁擇擊擬攝撥換損搶揮掃採揚攜擾敵斷晉書條極樣權歲殘殺毀漢溫滿漲濃澇災無煙營燈牽狀獨獎現蘇畝畢異當療盤眾禮種稅稱穩積窮競筆節範築簡籌糧罰習聞腦舊艱莊葉蓋藝藥蘭蟲補裝製覺觀觸訊詳誌諸謝讀貢貧貿賦趕趨跡蹤躍軍輔辭郵鄰醫釋銀鋪錄錢錯鍵鎮鏈鐘閉閒閱闊闡階隸雖霧靈響頂須頓頭頒額顧飯養驅鬧鮮麼濾滲瀝灑爛滯濁潛澱瀕淪渦湯滷漿潰濺濤蝕穢疊礫曬曉暢暫術檔櫃欄氫決沒況瀾濰燦猶獲瓊疇盜碩磚禍禦稈穀窯篩簽糞糾紋納純紛紡紹絡絲綱緒締緣縱繩繳纖罷羅膠臟蘆蘊虛衛衝襲覽親誘諒謹譜譴豐豬販貪貫貴賀賄賞賢賭賴贈贏趙輝轄辯遞遙鄭釀鈣鉛銅鋁鋅錳鎘鎳鏽鑄鑑鑒閘閥隴雛頃頸顆顏願飼飾饑駕駛騰驚驟鬆鳳鴨鵝麵黴龜裡裏係繫遊佈佔嘆鬱噸釐傢撐藍僅饋註偵訴羣衆]/g;

/**
 * The traditional → simplified pairs behind {@link toSimplified}, as one string of pairs.
 *
 * @internal
 */
export const T2S_PAIRS_FOR_TESTS: string = T2S_PAIRS;
/** @internal */
export const TRADITIONAL_FOR_TESTS: RegExp = TRADITIONAL;

const simplifyChar = (c: string): string => {
  const at = T2S_PAIRS.indexOf(c);
  return at % 2 === 0 ? T2S_PAIRS.charAt(at + 1) : c;
};

/**
 * Converts the traditional characters found in government plans and progress reports (於, 長,
 * 堅, 續, 進, 實, 萬, 億, 辦, 結, 項, 問責, 級, 處, 廳, 鄉, 縣, 個, 達, 餘... about 630 of them) to
 * their simplified forms, one character at a time. Characters whose simplified form depends on
 * the word are left as they are, and so is everything else.
 *
 * @example
 * ```ts
 * import { toSimplified } from "ducha";
 * toSimplified("立行立改、長期堅持"); //=> "立行立改、长期坚持"
 * toSimplified("問責處級幹部12人"); //=> "问责处级干部12人"
 * ```
 * @category Text
 */
export function toSimplified(s: string): string {
  return s.replace(TRADITIONAL, simplifyChar);
}

/** One bit per BMP code unit: set for the characters simplifyChar changes. */
let changedBits: Uint32Array | undefined;

/**
 * True when {@link normalizeText} and {@link toSimplified} would both return `s` unchanged, read
 * in one pass over its characters: printable ASCII other than spaces, and CJK ideographs and the
 * Chinese punctuation those functions keep, none of them one that toSimplified changes.
 * Conservative (false only means "maybe changed"): it lets parsers skip the normalising passes
 * for text that is already clean, which is nearly all of it.
 *
 * @internal
 */
export function isSettledText(s: string): boolean {
  // Built on first use, not at import (no top-level calls): a bitmap, because this runs for
  // every character of every deadline and name, and a bit test is cheaper than a set lookup.
  const changed = changedBits ?? traditionalBitmap();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    const kept =
      (c >= 0x4e00 && c <= 0x9fff) ||
      c === 0x3001 || // 、
      c === 0x3002 || // 。
      c === 0xff01 || // ！
      c === 0xff08 || // （
      c === 0xff09 || // ）
      c === 0xff0c || // ，
      c === 0xff1a || // ：
      c === 0xff1b || // ；
      c === 0xff1f; // ？
    if (!kept || ((changed[c >>> 5] as number) & (1 << (c & 31))) !== 0) return false;
  }
  return true;
}

/** The characters simplifyChar changes (those first found at an even place of the pairs). */
function traditionalBitmap(): Uint32Array {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < T2S_PAIRS.length; i += 2) {
    if (T2S_PAIRS.indexOf(T2S_PAIRS.charAt(i)) !== i) continue;
    const c = T2S_PAIRS.charCodeAt(i);
    bits[c >>> 5] = (bits[c >>> 5] as number) | (1 << (c & 31));
  }
  changedBits = bits;
  return bits;
}

// Digits as written in Chinese: lower-case, financial (大写) and their traditional forms, and the
// circle ○ that typesetters often use for 〇.
const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
// Units as powers of ten: 十百千 inside a section, 万亿 closing a section.
const CN_UNITS: Readonly<Record<string, number>> = {
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};
const ARABIC = /^\d+(?:\.\d+)?$/;
const ARABIC_RUN = /^\d+(?:\.\d+)?/;
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?:\D|$))/g;

/** `digits` (an unsigned decimal written in ASCII) times 10^exp, exactly: "1.15", 4 → 11500. */
function shiftDecimal(digits: string, exp: number): number {
  const dot = digits.indexOf(".");
  if (dot < 0) return Number(digits + "0".repeat(exp));
  const int = digits.slice(0, dot);
  const frac = digits.slice(dot + 1);
  if (frac.length <= exp) return Number(int + frac + "0".repeat(exp - frac.length));
  return Number(`${int}${frac.slice(0, exp)}.${frac.slice(exp)}`);
}

/** Every character a digit (Chinese or ASCII): the digit-by-digit form of years, "二〇一八". */
function digitByDigit(s: string): string | undefined {
  let out = "";
  for (const c of s) {
    const d = CN_DIGITS[c] ?? (c >= "0" && c <= "9" ? Number(c) : undefined);
    if (d === undefined) return undefined;
    out += d;
  }
  return out;
}

/**
 * Positional Chinese numerals with units, optionally mixed with ASCII numbers: "一百零五",
 * "两万三千", "13.5万", "三亿五千万". A trailing digit right after 百/千/万/亿 is the spoken
 * abbreviation of the next lower unit ("一百五" = 150, "三万五" = 35000).
 */
function positional(s: string): number | undefined {
  let total = 0; // closed sections (everything up to the last 万/亿)
  let section = 0; // the current section, below 万
  let pending: string | undefined; // a digit (or ASCII number) waiting for its unit
  let lastSmall = 9; // units inside a section must decrease: 千 > 百 > 十
  let lastBig = 0; // the last 万/亿 seen, to reject "一万二万"
  let prevUnit = 0; // the unit just before a trailing digit, for "一百五"
  let afterZero = false;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    const run = c >= "0" && c <= "9" ? ARABIC_RUN.exec(s.slice(i)) : null;
    const digit = run ? undefined : CN_DIGITS[c];
    if (run || digit !== undefined) {
      if (pending !== undefined) return undefined; // two numbers with no unit between them
      const text = run ? run[0] : String(digit);
      i += text.length;
      if (digit === 0) {
        afterZero = true;
        continue;
      }
      pending = text;
      continue;
    }
    const exp = CN_UNITS[c];
    if (exp === undefined) return undefined;
    i += 1;
    if (exp < 4) {
      if (exp >= lastSmall) return undefined;
      // A bare 十 means 一十 at the start ("十二" = 12) or after 零 ("一千零十" = 1010).
      const bareTen = exp === 1 && (afterZero || (total === 0 && section === 0));
      if (pending === undefined && !bareTen) return undefined;
      section += shiftDecimal(pending ?? "1", exp);
      lastSmall = exp;
    } else {
      if (exp === 4 ? lastBig === 4 : lastBig === 8) return undefined;
      const sectionValue = section + (pending === undefined ? 0 : Number(pending));
      if (sectionValue === 0 && total === 0 && pending === undefined) return undefined;
      // With a decimal mantissa ("13.5万") shift exactly instead of multiplying floats.
      const closed =
        pending !== undefined && section === 0
          ? shiftDecimal(pending, exp)
          : sectionValue * 10 ** exp;
      // 亿 multiplies what came before it too: "一万亿" = 10^12.
      total = exp === 8 ? total * 10 ** 8 + closed : total + closed;
      section = 0;
      lastSmall = 9;
      lastBig = exp;
    }
    pending = undefined;
    prevUnit = exp;
    afterZero = false;
  }
  if (pending !== undefined) {
    if (pending.includes(".")) return undefined;
    const abbreviated = !afterZero && prevUnit >= 2;
    section += abbreviated ? shiftDecimal(pending, prevUnit - 1) : Number(pending);
  }
  return total + section;
}

/**
 * Reads a number written in Chinese or mixed Chinese and Arabic: positional numerals
 * (`一百零五`, `十二`, `两万三千`), financial forms (`壹佰贰拾`), the digit-by-digit form of years
 * (`二〇一八` → 2018), decimals with 点 (`三点五`), Arabic numbers with 万/亿 (`13.5万` → 135000,
 * exactly), thousands separators (`1,234`), full-width digits and a leading 负 or `-`. Returns
 * `undefined` for anything else (never a guess).
 *
 * @example
 * ```ts
 * import { parseChineseNumber } from "ducha";
 * parseChineseNumber("二〇一八"); //=> 2018
 * parseChineseNumber("十二"); //=> 12
 * parseChineseNumber("13.5万"); //=> 135000
 * parseChineseNumber("两万三千"); //=> 23000
 * parseChineseNumber("一百五"); //=> 150
 * parseChineseNumber("很多"); //=> undefined
 * ```
 * @category Text
 */
export function parseChineseNumber(s: string): number | undefined {
  let text = normalizeText(s).replace(THOUSANDS_SEPARATOR, "$1");
  let sign = 1;
  if (text.startsWith("负") || text.startsWith("負") || text.startsWith("-")) {
    sign = -1;
    text = text.slice(1);
  }
  if (text === "") return undefined;
  let value: number | undefined;
  if (ARABIC.test(text)) value = Number(text);
  else {
    const point = text.indexOf("点") >= 0 ? text.indexOf("点") : text.indexOf("點");
    if (point >= 0) value = withPoint(text, point);
    else {
      const digits = text.length > 1 ? digitByDigit(text) : undefined;
      value = digits === undefined ? positional(text) : Number(digits);
    }
  }
  if (value === undefined || !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return undefined;
  }
  return sign * value + 0; // + 0 turns -0 into 0
}

/** "三点五" = 3.5, "三点五万" = 35000: the fraction is read digit by digit, then scaled. */
function withPoint(text: string, point: number): number | undefined {
  const intPart = text.slice(0, point);
  let rest = text.slice(point + 1);
  let exp = 0;
  for (;;) {
    const unit = CN_UNITS[rest.charAt(rest.length - 1)];
    if (unit === undefined || unit < 4) break;
    exp += unit;
    rest = rest.slice(0, -1);
  }
  const whole = intPart.length === 1 || ARABIC.test(intPart) ? digitByDigit(intPart) : undefined;
  const int = whole === undefined ? positional(intPart) : Number(whole);
  const frac = rest === "" ? undefined : digitByDigit(rest);
  if (int === undefined || frac === undefined || intPart === "") return undefined;
  return shiftDecimal(`${int}.${frac}`, exp);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when `s` has no lone UTF-16 surrogate, so it survives UTF-8 encoding unchanged. Uses the
 * native `String.prototype.isWellFormed` where the runtime has it (Node 20, current browsers).
 *
 * @internal
 */
export function isWellFormedText(s: string): boolean {
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return native === undefined ? !LONE_SURROGATE.test(s) : native.call(s);
}
