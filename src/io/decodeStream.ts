// A table's bytes decoded as they stream, with the choices decodeTable makes on a whole file: a
// byte order mark (UTF-8, UTF-16LE, UTF-16BE), else UTF-8 when the bytes are UTF-8, else GB18030.
// A stream cannot be decoded twice, so the choice between UTF-8 and GB18030 is made on the bytes
// from the first non-ASCII one on (4 KiB of them): Chinese text in GBK is not valid UTF-8 for more
// than a few characters. Replacement characters are never passed on: the rest of the file is
// decoded only to count them, and the stream then fails with `replacement_characters`, as
// decodeTable reports it.
import { issueFrom } from "../issue.js";
import { type ByteSource, chunksOf } from "./byteSource.js";
import { byteOrderMark, type TextEncodingName } from "./encoding.js";
import { IO_ISSUES } from "./issues.js";
import { ReadRefused } from "./limits.js";

/** Bytes after the first non-ASCII one that decide between UTF-8 and GB18030. */
const SNIFF_BYTES = 4096;

/**
 * The encoding of a table's bytes and the length of its byte order mark, read from the start of
 * the source (as far as its first non-ASCII byte, plus {@link SNIFF_BYTES}).
 */
export async function sniffEncoding(
  source: ByteSource,
): Promise<{ readonly encoding: TextEncodingName; readonly bom: number }> {
  const mark = byteOrderMark(await source.read(0, Math.min(source.size, 3)));
  if (mark !== undefined) return { encoding: mark.encoding, bom: mark.length };
  let position = 0;
  for await (const bytes of chunksOf(source, 0, source.size, 1 << 16)) {
    const at = bytes.findIndex((byte) => byte >= 0x80);
    if (at === -1) {
      position += bytes.length;
      continue;
    }
    const window = await source.read(position + at, SNIFF_BYTES);
    try {
      // `stream: true` holds back a character cut at the window's end instead of failing on it.
      new TextDecoder("utf-8", { fatal: true }).decode(window, { stream: true });
      return { encoding: "utf-8", bom: 0 };
    } catch {
      return { encoding: "gb18030", bom: 0 };
    }
  }
  return { encoding: "utf-8", bom: 0 };
}

/**
 * The text of a table's bytes in chunks, decoded in the encoding {@link sniffEncoding} chooses
 * (told to `onEncoding` before the first chunk), read `chunk` bytes at a time. Throws
 * {@link ReadRefused} with `encoding_unavailable` or `replacement_characters`.
 */
export async function* decodeTableStream(
  source: ByteSource,
  onEncoding?: (encoding: TextEncodingName) => void,
  chunk = 1 << 20,
): AsyncGenerator<string> {
  const { encoding, bom } = await sniffEncoding(source);
  onEncoding?.(encoding);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    // UTF-8 is decoded strictly, so that a U+FFFD written in the file is told from a bad byte.
    decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true });
  } catch {
    throw new ReadRefused(issueFrom(IO_ISSUES, "encoding_unavailable", [], { encoding }));
  }
  let lines = 1;
  let position = bom;
  const chunks = chunksOf(source, bom, source.size - bom, chunk);
  for await (const bytes of chunks) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // Strict UTF-8 failed: decode again leniently from the character the chunk before left
      // unfinished, to find the first bad byte and count the rest.
      const lenient = new TextDecoder("utf-8");
      const start = await pendingStart(source, position, bom);
      const again = await source.read(start, position + bytes.length - start);
      text = lenient.decode(again, { stream: true });
      const first = Math.max(0, text.indexOf("\uFFFD"));
      const line = lines + count(text.slice(0, first), "\n");
      throw await replacement(encoding, line, text, chunks, lenient);
    }
    // A lenient decoder (UTF-16, GB18030) writes U+FFFD for a bad byte instead of failing.
    const first = encoding === "utf-8" ? -1 : text.indexOf("\uFFFD");
    if (first !== -1) {
      const line = lines + count(text.slice(0, first), "\n");
      throw await replacement(encoding, line, text, chunks, decoder);
    }
    position += bytes.length;
    lines += count(text, "\n");
    if (text !== "") yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    rest = "\uFFFD";
  }
  if (rest.includes("\uFFFD")) {
    throw new ReadRefused(
      issueFrom(IO_ISSUES, "replacement_characters", ["rows", lines], {
        encoding,
        count: count(rest, "\uFFFD"),
        line: lines,
      }),
    );
  }
  if (rest !== "") yield rest;
}

/**
 * Where the UTF-8 character left unfinished at `position` began (a lead byte at most three bytes
 * back whose sequence runs past `position`), or `position` when none was.
 */
async function pendingStart(source: ByteSource, position: number, floor: number): Promise<number> {
  const from = Math.max(floor, position - 3);
  const before = await source.read(from, position - from);
  for (let i = before.length - 1; i >= 0; i--) {
    const byte = before[i] as number;
    if (byte >= 0x80 && byte < 0xc0) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return before.length - i < length ? from + i : position;
  }
  return position;
}

/** The failure, once the replacement characters of the rest of the source are counted. */
async function replacement(
  encoding: TextEncodingName,
  line: number,
  text: string,
  rest: AsyncGenerator<Uint8Array>,
  lenient: InstanceType<typeof TextDecoder>,
): Promise<ReadRefused> {
  let total = count(text, "\uFFFD");
  for await (const bytes of rest) total += count(lenient.decode(bytes, { stream: true }), "\uFFFD");
  total += count(lenient.decode(), "\uFFFD");
  return new ReadRefused(
    issueFrom(IO_ISSUES, "replacement_characters", ["rows", line], {
      encoding,
      count: total,
      line,
    }),
  );
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}
