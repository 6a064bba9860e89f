import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickPoint } from "../../src/deadlines/_quickPoint.js";
import { POINT } from "../../src/deadlines/forms.js";

/** POINT's match at or after `i`, as plain data. */
function regexAt(n: string, i: number) {
  POINT.lastIndex = i;
  const m = POINT.exec(n);
  return m === null ? null : { index: m.index, groups: [...m] };
}

/** Wherever quickPoint answers in `n`, POINT gives the same match at the same index. */
function agreesAtEveryIndex(n: string): void {
  for (let i = 0; i < n.length; i++) {
    const m = quickPoint(n, i);
    if (m === undefined) continue;
    expect({ n, i, match: regexAt(n, i) }).toEqual({ n, i, match: { index: i, groups: [...m] } });
  }
}

// Pieces of deadline texts, plain and tricky, so generated texts hit every branch of both readers.
const PIECES = [
  "2018",
  "2025",
  "20180",
  "201",
  "6",
  "12",
  "123",
  "0",
  "年",
  "月",
  "日",
  "号",
  "底",
  "末",
  "内",
  "前",
  "之前",
  "以前",
  "后",
  "份",
  "上旬",
  "中旬",
  "下旬",
  "中",
  "初",
  "上",
  "下",
  "半年",
  "第",
  "季度",
  "今",
  "本",
  "-",
  ".",
  "/",
  "至",
  "到",
  "，",
  "完成",
  "长期坚持",
  "%",
];

describe("quickPoint", () => {
  it("reads the plain forms as POINT does", () => {
    for (const [text, groups] of [
      ["2018年6月底前", ["2018年6月底前", "2018", "6", undefined, "底", "前"]],
      ["2020年年底前", ["2020年年底前", "2020", undefined, undefined, "年底", "前"]],
      ["2022年12月31日前", ["2022年12月31日前", "2022", "12", "31", undefined, "前"]],
      ["9月底", ["9月底", undefined, "9", undefined, "底", undefined]],
      ["2027年以前", ["2027年以前", "2027", undefined, undefined, undefined, "以前"]],
    ] as const) {
      const m = quickPoint(text, 0);
      expect(m && [m[0], m[4], m[6], m[7], m[11], m[12]]).toEqual(groups);
      expect(regexAt(text, 0)?.groups).toEqual([...(m ?? [])]);
    }
  });

  it("leaves what it does not read to POINT", () => {
    for (const text of [
      "2018-06-30",
      "2020年上半年",
      "2024年第三季度",
      "6月份",
      "6月中旬",
      "今年底前",
      "2023-2025年",
    ]) {
      expect(quickPoint(text, 0)).toBeUndefined();
    }
    expect(quickPoint("12018年", 1)).toBeUndefined(); // preceded by a digit
  });

  it("agrees with POINT at every index where it answers (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        agreesAtEveryIndex(pieces.join(""));
      }),
      { numRuns: 3000 },
    );
  });
  it("agrees with POINT on texts shaped like deadlines, near misses included (property)", () => {
    const part = (...options: string[]) => fc.constantFrom("", ...options);
    const shaped = fc.tuple(
      part("到", "于", "5", "，", "上", "今"),
      part(
        "2018年",
        "2018",
        "20180年",
        "201年",
        "2018-",
        "2018年年",
        "2018年上",
        "2018年下半年",
        "2018年上半年",
        "2018年第",
      ),
      part("6", "12", "123", "0", "6月", "12月", "123月", "6月份", "6月上", "6月初", "6月中旬"),
      part("1日", "31日", "31号", "123日", "3", "日", "月"),
      part("底", "末", "内", "年底", "年末", "年内", "年", "年1"),
      part("前", "之前", "以前", "前后", "之", "以", "后"),
      part("，长期坚持", "9", "月", "至2019年"),
    );
    fc.assert(
      fc.property(shaped, (parts) => {
        agreesAtEveryIndex(parts.join(""));
      }),
      { numRuns: 5000 },
    );
  });
});
