/**
 * Unit names as ledgers write them, brought to one spelling so a unit is never split across two
 * rows of a table.
 *
 * @module
 */

/**
 * Renames applied to the end of a unit name, longest first: a key matches the whole name or its
 * tail, so `环保局` also renames `市环保局` and `锡林郭勒盟环保局`. Extend it with your own:
 * `{ ...DEFAULT_UNIT_ALIASES, 市农牧业局: "市农牧局" }`.
 *
 * The defaults follow the 2018 institutional reform (机构改革): environmental protection bureaus
 * and departments became ecology and environment bureaus and departments (市环保局 → 市生态环境局),
 * land and resources bureaus became natural resources bureaus.
 *
 * @example
 * ```ts
 * import { DEFAULT_UNIT_ALIASES } from "ducha/report";
 * DEFAULT_UNIT_ALIASES["环保局"]; //=> "生态环境局"
 * ```
 * @category Report
 */
export const DEFAULT_UNIT_ALIASES: Readonly<Record<string, string>> = {
  环境保护局: "生态环境局",
  环保局: "生态环境局",
  环境保护厅: "生态环境厅",
  环保厅: "生态环境厅",
  国土资源局: "自然资源局",
  国土局: "自然资源局",
  国土资源厅: "自然资源厅",
};

/**
 * Whitespace next to a Chinese character, CJK punctuation or a bracket carries nothing. A literal,
 * not `new RegExp(...)`, so the module has no top-level call.
 */
const SPACE_NEAR_CJK =
  /\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef()])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef()])\s+/g;

/**
 * One spelling of a unit name: full-width letters, digits, punctuation and spaces become
 * half-width (NFKC), spaces next to Chinese characters go and runs of spaces become one, a
 * trailing 等 (and trailing 、，) goes, then the alias table renames the name's tail.
 *
 * @param name - the unit as written, e.g. `"市环保局等"`.
 * @param aliases - tail renames, {@link DEFAULT_UNIT_ALIASES} unless given.
 * @example
 * ```ts
 * import { normalizeUnitName } from "ducha/report";
 * normalizeUnitName(" 市环保局等 "); //=> "市生态环境局"
 * normalizeUnitName("各旗县市（区）党委、政府"); //=> "各旗县市(区)党委、政府"
 * normalizeUnitName("市农牧业局", { 市农牧业局: "市农牧局" }); //=> "市农牧局"
 * ```
 * @category Report
 */
export function normalizeUnitName(
  name: string,
  aliases: Readonly<Record<string, string>> = DEFAULT_UNIT_ALIASES,
): string {
  let out = name
    .normalize("NFKC")
    .replace(SPACE_NEAR_CJK, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[等、,，;；\s]+$/u, "");
  // Longest key first, so 环境保护局 wins over a shorter key that is its tail.
  const keys = Object.keys(aliases).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const key of keys) {
    const cleanKey = key.normalize("NFKC");
    if (cleanKey !== "" && out.endsWith(cleanKey)) {
      out = out.slice(0, out.length - cleanKey.length) + (aliases[key] ?? "");
      break;
    }
  }
  return out;
}
