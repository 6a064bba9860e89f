import { describe, expect, it } from "vitest";
import { decodeUtf8, parseLedgerJson } from "../../src/io/index.js";

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
