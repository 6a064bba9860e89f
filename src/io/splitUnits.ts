const SEPARATORS = /[、，,;；\r\n]+/;

/**
 * Splits a cell of unit names on 、，,;； and line breaks, trims them and drops repeats, keeping
 * the names in `keepTogether` whole. The split is ambiguous by nature: "各旗县市区党委、政府" is one
 * compound name (the Party committees and governments of every banner, county, city and
 * district) that contains a separator, and "市发改委、国土局" leaves "国土局" without its "市"
 * prefix. Neither is guessed: list compound names in `keepTogether`.
 *
 * @example
 * ```ts
 * import { splitUnits } from "ducha/io";
 * splitUnits("各旗县市区党委、政府，市发改委、国土局", ["各旗县市区党委、政府"]);
 * //=> ["各旗县市区党委、政府", "市发改委", "国土局"]
 * splitUnits("市环保局；市环保局\n市住建委"); //=> ["市环保局", "市住建委"]
 * ```
 * @category IO
 */
export function splitUnits(text: string, keepTogether: readonly string[] = []): string[] {
  const kept = [...new Set(keepTogether.filter((name) => name.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  let protectedText = text;
  kept.forEach((name, index) => {
    protectedText = protectedText.split(name).join(`\uE000${index}\uE000`);
  });
  const units: string[] = [];
  for (const part of protectedText.split(SEPARATORS)) {
    const unit = part
      .replace(/\uE000(\d+)\uE000/g, (_, index: string) => kept[Number(index)] ?? "")
      .trim();
    if (unit !== "" && !units.includes(unit)) units.push(unit);
  }
  return units;
}

/** Fragments that are almost always the tail of a compound name such as 各旗县市区党委、政府. */
export const SUSPICIOUS_UNIT_FRAGMENTS: readonly string[] = ["政府", "人民政府", "党委", "政府办"];
