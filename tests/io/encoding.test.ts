import { describe, expect, it } from "vitest";
import { decodeTable, decodeUtf8, parseLedgerJson } from "../../src/io/index.js";

// "序号,整改任务" encoded in GBK, as Excel's plain "CSV" saves it on a Chinese Windows.
const GBK = new Uint8Array([
  0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xd5, 0xfb, 0xb8, 0xc4, 0xc8, 0xce, 0xce, 0xf1,
]);

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    const bytes = new TextEncoder().encode("\uFEFF序号");
    expect(decodeUtf8(bytes)).toEqual({ ok: true, value: "序号", issues: [] });
  });

  it("reports GBK and UTF-16 bytes as unsupported, suggesting UTF-8", () => {
    const gbk = decodeUtf8(GBK);
    expect(gbk.ok).toBe(false);
    expect(gbk.issues[0]?.code).toBe("unsupported_encoding");
    expect(gbk.issues[0]?.message["zh-CN"]).toMatch(/UTF-8/);
    expect(gbk.issues[0]?.message.en).toMatch(/GBK/);
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x8f, 0x5e])).issues[0]?.params).toEqual({
      encoding: "UTF-16",
    });
    expect(decodeUtf8(new Uint8Array([0xfe, 0xff, 0x5e, 0x8f])).ok).toBe(false);
  });
});

describe("parseLedgerJson", () => {
  it("reads text and UTF-8 bytes, and refuses other encodings", () => {
    const json = '{"format": "ducha/ledger@1", "meta": {"publisher": "乌兰察布市"}}';
    expect(parseLedgerJson(json).ok).toBe(true);
    const fromBytes = parseLedgerJson(new TextEncoder().encode(json));
    expect(fromBytes.ok && fromBytes.value.meta?.publisher).toBe("乌兰察布市");
    expect(parseLedgerJson(GBK).issues[0]?.code).toBe("unsupported_encoding");
    expect(parseLedgerJson("{").issues[0]?.code).toBe("invalid_json");
  });
});

describe("decodeTable", () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
    for (const unit of text) {
      const code = unit.charCodeAt(0);
      bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
    }
    return new Uint8Array(bytes);
  };

  it("reads UTF-16 in either byte order behind its BOM, and UTF-8 with or without one", () => {
    expect(decodeTable(utf16("序号,反馈问题", false))).toMatchObject({
      ok: true,
      value: { text: "序号,反馈问题", encoding: "utf-16le" },
    });
    expect(decodeTable(utf16("序号", true))).toMatchObject({
      value: { text: "序号", encoding: "utf-16be" },
    });
    const utf8 = new TextEncoder().encode("\uFEFF序号");
    expect(decodeTable(utf8)).toMatchObject({ value: { text: "序号", encoding: "utf-8" } });
    expect(decodeTable(utf8.subarray(3))).toMatchObject({ value: { encoding: "utf-8" } });
  });

  it("reads GB18030 beyond GBK (a four-byte character), and never passes on mojibake", () => {
    // "𠮷" is 0x95 0x34 0xb2 0x35 in GB18030 (LibreOffice writes it so; GBK has no such character).
    expect(decodeTable(new Uint8Array([0xd0, 0xf2, 0x95, 0x34, 0xb2, 0x35]))).toMatchObject({
      value: { text: "序𠮷", encoding: "gb18030" },
    });
    // A UTF-8 BOM then broken UTF-8 on line 2: replacement characters, an error.
    const broken = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xe5, 0xba, 0x0a]);
    const result = decodeTable(broken);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path, i.params?.count])).toEqual([
      ["replacement_characters", ["rows", 2], 1],
    ]);
  });
});
