import { allMatches } from "./_countFigures.js";
import { type MappedText, quoteOf, type Stretch } from "./_figureText.js";
import type { IndicatorFigure } from "./figureTypes.js";

// Where an indicator is measured, before its name: "全盟地表水国考断面优良水体比例".
const PLACE =
  "(?:环境空气质量|环境空气|空气质量|地表水|国控|国考|国家|考核|断面|水质|水体|近岸海域|海水|河流|湖库|饮用水|水源地?|集中式|平均)*";
// The names of environmental quality indicators: air (优良天数比例, 达标率, PM2.5浓度) and water
// (优良水体比例, 水质优良(Ⅰ—Ⅲ类)断面比例, 劣Ⅴ类断面比例).
const NAME =
  "优良天数比例|优良天数比率|达标天数比例|超标天数比例|达标率|重污染天数比例|重度及以上污染天数比例" +
  "|(?:PM2\\.5|PM10|细颗粒物(?:\\(PM2\\.5\\))?|可吸入颗粒物|臭氧|O3|二氧化氮|NO2|二氧化硫|SO2)(?:平均)?浓度" +
  "|(?:优良|劣Ⅴ类|劣V类)(?:\\([^)]{0,12}\\))?(?:水体|海水水质|水质|断面)?(?:断面)?比例";
const VALUE = "(\\d+(?:\\.\\d+)?)(%|微克/立方米|微克每立方米)";
const INDICATOR = new RegExp(
  `(${PLACE}(?:${NAME}))(?:为|达到了?|达|是|保持在?|(?:下)?降[到至]|(?:上)?升[到至])?(分别为|分别是|分别达到)?${VALUE}`,
  "g",
);
// The next value of a 分别为 list: after 、, 和, 及 or 与, or straight after the unit of the one
// before, as a page that lost its 和 prints it ("分别为87.5%77.78%"): a digit cannot belong to the
// value before once its unit has been read.
const MORE = new RegExp(`^(?:、|和|及|与)?${VALUE}`);

/** The environmental indicators of one segment; their ranges are returned as claimed. */
export function extractIndicators(
  mapped: MappedText,
  segment: Stretch,
): { figures: IndicatorFigure[]; claimed: Stretch[] } {
  const { text } = mapped;
  const figures: IndicatorFigure[] = [];
  const claimed: Stretch[] = [];
  for (const m of allMatches(INDICATOR, text, segment.start, segment.end)) {
    const name = m[1] as string;
    const push = (start: number, end: number, value: string, unit: string) => {
      claimed.push({ start, end });
      figures.push({
        kind: "indicator",
        name,
        value: Number(value),
        unit: unit === "%" ? "percent" : "microgram_per_cubic_metre",
        ...quoteOf(mapped, start, end),
      });
    };
    let end = m.index + m[0].length;
    push(m.index, end, m[3] as string, m[4] as string);
    if (m[2] === undefined) continue;
    // 分别为87.5%、77.78%: one indicator per value, each with its own span.
    for (let more = MORE.exec(text.slice(end, segment.end)); more !== null; ) {
      const start = end + more[0].length - (more[1] as string).length - (more[2] as string).length;
      end += more[0].length;
      push(start, end, more[1] as string, more[2] as string);
      more = MORE.exec(text.slice(end, segment.end));
    }
  }
  return { figures, claimed };
}
