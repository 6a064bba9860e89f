import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSettledText,
  isWellFormedText,
  normalizeText,
  parseChineseNumber,
  T2S_PAIRS_FOR_TESTS,
  TRADITIONAL_FOR_TESTS,
  toSimplified,
} from "../../src/_lib/text.js";

describe("normalizeText", () => {
  it("turns full-width digits, letters and symbols into ASCII", () => {
    expect(normalizeText("２０１８年６月底前")).toBe("2018年6月底前");
    expect(normalizeText("ＰＭ２．５浓度下降９．８％")).toBe("PM2.5浓度下降9.8%");
    expect(normalizeText("２０２３－２０２５年")).toBe("2023-2025年");
  });
  it("keeps the Chinese punctuation", () => {
    expect(normalizeText("完成时限：２０２４年（暂定），并长期坚持；是否？是！")).toBe(
      "完成时限：2024年（暂定），并长期坚持；是否？是！",
    );
    expect(normalizeText("立行立改、长期坚持。")).toBe("立行立改、长期坚持。");
  });
  it("collapses white space, drops zero-width characters and trims", () => {
    expect(normalizeText("　 2018年\u200B6月 \t\n 底前\u00A0 ")).toBe("2018年6月 底前");
    expect(normalizeText("\uFEFF")).toBe("");
  });
  it("is idempotent and never lengthens text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const once = normalizeText(s);
        return normalizeText(once) === once && once.length <= s.length;
      }),
      { numRuns: 300 },
    );
  });
});

describe("toSimplified", () => {
  it("converts the characters of progress reports", () => {
    expect(toSimplified("立行立改、長期堅持")).toBe("立行立改、长期坚持");
    expect(toSimplified("二〇一八年六月底前")).toBe("二〇一八年六月底前");
    expect(toSimplified("於2018年底前完成，持續推進")).toBe("于2018年底前完成，持续推进");
    expect(toSimplified("問責廳級幹部3人、處級12人、鄉縣級")).toBe(
      "问责厅级干部3人、处级12人、乡县级",
    );
    expect(toSimplified("13.5萬元、2億元，辦結率達到97.64%，實際餘下5個項目")).toBe(
      "13.5万元、2亿元，办结率达到97.64%，实际余下5个项目",
    );
  });
  it("leaves simplified text, and characters whose form depends on the word, alone", () => {
    const text = "中央生态环境保护督察整改落实情况：乾坤、著名";
    expect(toSimplified(text)).toBe(text);
  });
  it("has one simplified form per traditional character, listed once in the character class", () => {
    const pairs = T2S_PAIRS_FOR_TESTS;
    expect(pairs.length % 2).toBe(0);
    const keys = new Set<string>();
    const values = new Set<string>();
    for (let i = 0; i < pairs.length; i += 2) {
      keys.add(pairs.charAt(i));
      values.add(pairs.charAt(i + 1));
    }
    expect(keys.size).toBe(pairs.length / 2);
    expect(keys.size).toBeGreaterThan(600);
    for (const key of keys) expect(values.has(key)).toBe(false);
    const inClass = TRADITIONAL_FOR_TESTS.source.slice(1, -1);
    expect(new Set(inClass)).toEqual(keys);
    for (const key of keys) expect(toSimplified(key)).not.toBe(key);
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["二〇一八", 2018],
    ["二○二○", 2020],
    ["二零二五", 2025],
    ["零", 0],
    ["七", 7],
    ["十", 10],
    ["十二", 12],
    ["三十一", 31],
    ["一百零五", 105],
    ["一百一十五", 115],
    ["一千零十五", 1015],
    ["两万三千", 23000],
    ["一万零五百", 10500],
    ["三亿五千万", 350_000_000],
    ["一万亿", 1_000_000_000_000],
    ["壹佰贰拾", 120],
    ["貳拾", 20],
    ["一百五", 150],
    ["三万五", 35_000],
    ["三点五", 3.5],
    ["三点五万", 35_000],
    ["13.5万", 135_000],
    ["1.15万", 11_500],
    ["1.5亿", 150_000_000],
    ["2万3千", 23_000],
    ["3千", 3000],
    ["4704", 4704],
    ["97.64", 97.64],
    ["1,234", 1234],
    ["１３.５万", 135_000],
    ["负五", -5],
    ["-12", -12],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
  it.each([
    "",
    "很多",
    "万",
    "百",
    "十十",
    "二十三十",
    "一万二万",
    "一亿二亿",
    "一百二三",
    "点五",
    "三点",
    "1.5.2",
    "一百五.5",
    "九千九百万亿亿",
  ])("gives undefined for %j", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
  it("reads back every integer written digit by digit", () => {
    const digits = "〇一二三四五六七八九";
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999 }), (n) => {
        const written = [...String(n)].map((d) => digits.charAt(Number(d))).join("");
        expect(parseChineseNumber(written)).toBe(n);
      }),
    );
  });
  it("reads back every integer below 10^8 written with units", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(parseChineseNumber(writeChinese(n))).toBe(n);
      }),
    );
  });
});

/** The standard written form of an integer (一百零五, 两万零三十), to check the reader. */
function writeChinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const units = ["", "十", "百", "千"];
  const section = (v: number): string => {
    let out = "";
    let zero = false;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(v / 10 ** p) % 10;
      if (d === 0) {
        if (out !== "") zero = true;
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += digits.charAt(d) + units[p];
    }
    return out;
  };
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return section(low);
  const lowText = section(low);
  return `${section(high)}万${low > 0 && low < 1000 ? "零" : ""}${lowText}`;
}

describe("isSettledText", () => {
  it("is true only for text normalizeText and toSimplified leave as it is", () => {
    const alphabet = fc.constantFrom(
      ..."2018年6月底前立行立改、长期坚持，（）：；！？。每季度持续推进应于完成%-./ aZ",
      ..."長堅續　\u00a0\t\n\u200b\ufeff２０１８６ＡＺ～＂〇二台臺",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string()), (text) => {
        if (isSettledText(text)) {
          expect(normalizeText(text)).toBe(text);
          expect(toSimplified(text)).toBe(text);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses exactly the ideographs toSimplified changes, across the whole table", () => {
    const changes = [...T2S_PAIRS_FOR_TESTS].filter((c) => toSimplified(c) !== c);
    const keeps = [...T2S_PAIRS_FOR_TESTS].filter((c) => toSimplified(c) === c);
    expect(changes.length).toBeGreaterThan(300);
    expect(changes.filter((c) => isSettledText(c))).toEqual([]);
    expect(keeps.filter((c) => !isSettledText(c))).toEqual([]);
  });

  it("accepts the common deadline texts and refuses those that need work", () => {
    expect(isSettledText("2025年底前，并长期坚持")).toBe(true);
    expect(isSettledText("立行立改、长期坚持")).toBe(true);
    expect(isSettledText("立行立改、長期堅持")).toBe(false);
    expect(isSettledText("２０１８年６月底前")).toBe(false);
    expect(isSettledText(" 2025年底前")).toBe(false);
    expect(isSettledText("2025年\u200b底前")).toBe(false);
  });
});

describe("isWellFormedText", () => {
  it("finds lone surrogates and accepts pairs, with or without the native check", () => {
    const cases: [string, boolean][] = [
      ["草原生态", true],
      ["𠀀字", true], // a pair: CJK Extension B
      ["\ud840草原", false],
      ["县\udc00", false],
      ["\udc00\ud840", false], // reversed: two lone halves
      ["", true],
    ];
    for (const [text, expected] of cases) expect(isWellFormedText(text)).toBe(expected);
    // The fallback for runtimes without String.prototype.isWellFormed gives the same answers.
    const proto = String.prototype as { isWellFormed?: unknown };
    const native = proto.isWellFormed;
    delete proto.isWellFormed;
    try {
      for (const [text, expected] of cases) expect(isWellFormedText(text)).toBe(expected);
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom("a", "草", "\ud840", "\udc00") }), (text) => {
          expect(isWellFormedText(text)).toBe((native as (this: string) => boolean).call(text));
        }),
      );
    } finally {
      proto.isWellFormed = native;
    }
  });
});
