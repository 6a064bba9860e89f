// The streamed decoder must give what decodeTable gives on the whole bytes: the same text and the
// same encoding, however the bytes are cut into chunks (a character split between two reads
// included), and the same issue for bytes that decode to replacement characters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ByteSource } from "../../src/io/byteSource.js";
import { decodeTableStream, sniffEncoding } from "../../src/io/decodeStream.js";
import { decodeTable } from "../../src/io/encoding.js";
import { ReadRefused } from "../../src/io/limits.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "io");

/** A source over bytes, read in chunks of `step` bytes, so that characters are cut anywhere. */
function choppy(bytes: Uint8Array, step: number) {
  const source: ByteSource = {
    size: bytes.length,
    read: async (position, length) =>
      bytes.subarray(position, Math.min(position + length, bytes.length)),
    close: async () => {},
  };
  return { source, step };
}

async function streamed({ source, step }: { source: ByteSource; step: number }) {
  let encoding: string | undefined;
  let text = "";
  try {
    const chunks = decodeTableStream(
      source,
      (found) => {
        encoding = found;
      },
      step,
    );
    for await (const chunk of chunks) text += chunk;
  } catch (error) {
    if (error instanceof ReadRefused) return { issue: error.issue };
    throw error;
  }
  return { text, encoding };
}

describe("decodeTableStream", () => {
  const csvFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith(".csv"));

  it.each(csvFixtures)(
    "%s: the text and encoding decodeTable gives, in chunks of 1-7 bytes",
    async (name) => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      const whole = decodeTable(bytes);
      expect(whole.ok).toBe(true);
      if (!whole.ok) return;
      for (const step of [1, 2, 3, 5, 7, 1 << 20]) {
        expect(await streamed(choppy(bytes, step))).toEqual({
          text: whole.value.text,
          encoding: whole.value.encoding,
        });
      }
    },
  );

  it("decodes any text written as UTF-8 or UTF-16 as decodeTable does, in any chunking", async () => {
    const encoders: Record<string, (text: string) => Uint8Array> = {
      "utf-8": (text) => new TextEncoder().encode(text),
      "utf-8 bom": (text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      "utf-16le": (text) => {
        const out = new Uint8Array(2 + text.length * 2);
        out.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) {
          out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
          out[3 + 2 * i] = text.charCodeAt(i) >> 8;
        }
        return out;
      },
    };
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom("序", "号", "督", "察", "a", ",", "\n", "😀", "\u00e9"),
        }),
        fc.constantFrom(...Object.keys(encoders)),
        fc.integer({ min: 1, max: 9 }),
        async (text, kind, step) => {
          const bytes = (encoders[kind] as (text: string) => Uint8Array)(text);
          const whole = decodeTable(bytes);
          if (!whole.ok) return false;
          const got = await streamed(choppy(bytes, step));
          return got.text === whole.value.text && got.encoding === whole.value.encoding;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("chooses GB18030 from the first non-ASCII bytes, however far into the file", async () => {
    const ascii = new TextEncoder().encode(`${"id,x\n".repeat(30_000)}`);
    const gbk = new Uint8Array([...ascii, 0xd0, 0xf2, 0xba, 0xc5, 0x0a]);
    expect(await sniffEncoding(choppy(gbk, 1 << 20).source)).toEqual({
      encoding: "gb18030",
      bom: 0,
    });
    const got = await streamed(choppy(gbk, 4096));
    expect(got.encoding).toBe("gb18030");
    expect(got.text?.endsWith("序号\n")).toBe(true);
    expect(await sniffEncoding(choppy(ascii, 1 << 20).source)).toEqual({
      encoding: "utf-8",
      bom: 0,
    });
  });

  it("fails with replacement_characters, counted over the whole file, at the first one's line", async () => {
    // GB18030 text with two bytes (0xFF) that no GB18030 text has, on lines 2 and 3.
    const gbk = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x0a, 0xff, 0x0a, 0x41, 0xff, 0x0a]);
    const expected = decodeTable(gbk);
    const got = await streamed(choppy(gbk, 3));
    expect(got.issue).toEqual(expected.issues[0]);
    expect(got.issue?.params).toEqual({ encoding: "gb18030", count: 2, line: 2 });
    // UTF-8 for its first 7,000 bytes, then a byte that is not: UTF-8 was chosen, and it fails
    // (decodeTable, which sees the whole file, would read it all as GB18030 instead).
    const text = `序号\n${"督察\n".repeat(1000)}`;
    const mixed = new Uint8Array([...new TextEncoder().encode(text), 0xd0, 0x0a]);
    for (const step of [2, 4096]) {
      const failed = await streamed(choppy(mixed, step));
      expect(failed.issue?.code).toBe("replacement_characters");
      expect(failed.issue?.params).toEqual({ encoding: "utf-8", count: 1, line: 1002 });
    }
  });

  it("counts bad UTF-8 bytes as a lenient decoder of the whole file would, in any chunking", async () => {
    // 4,900 bytes of UTF-8 first, so that UTF-8 is chosen whatever follows.
    const prefix = new TextEncoder().encode("督察\n".repeat(700));
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 40 }),
        fc.integer({ min: 1, max: 11 }),
        async (tail, step) => {
          const bytes = new Uint8Array([...prefix, ...tail]);
          const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
          const first = lenient.indexOf("\uFFFD");
          const got = await streamed(choppy(bytes, step));
          let valid = true;
          try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            valid = false;
          }
          // Valid UTF-8 (a U+FFFD written in the file included) is passed on as it is.
          if (valid || first === -1) return got.text === lenient;
          const count = lenient.split("\uFFFD").length - 1;
          const line = lenient.slice(0, first).split("\n").length;
          return (
            got.issue?.code === "replacement_characters" &&
            got.issue.params?.count === count &&
            got.issue.params?.line === line
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
