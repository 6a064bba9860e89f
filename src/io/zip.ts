// The zip container of an .xlsx, read from its central directory: what each entry declares
// (sizes, method, where its data is) is checked against the limits BEFORE anything is inflated,
// and an entry is then inflated with a counter that refuses more bytes than it declared. A zip
// bomb renamed .xlsx (small file, huge declared or real inflated size, or thousands of entries)
// is refused without being inflated.
import { createInflateRaw } from "node:zlib";
import { issueFrom } from "../issue.js";
import { type ByteSource, chunksOf } from "./byteSource.js";
import { IO_ISSUES } from "./issues.js";
import { ReadRefused } from "./limits.js";

/** One file of a zip archive as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function invalid(detail: string): ReadRefused {
  return new ReadRefused(issueFrom(IO_ISSUES, "invalid_workbook", [], { detail }));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(data: DataView, at: number): number {
  return Number(data.getBigUint64(at, true));
}

/**
 * Reads the central directory of a zip archive and checks it against the limits: the entry count
 * from the end record before the directory is read, then the sum of declared inflated sizes.
 * Throws {@link ReadRefused} with the issue to report.
 */
export async function readZipDirectory(
  source: ByteSource,
  limits: { readonly maxEntries: number; readonly maxUncompressedBytes: number },
): Promise<ZipEntry[]> {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const tailStart = Math.max(0, source.size - 22 - 65_535);
  const tail = await source.read(tailStart, source.size - tailStart);
  const tailView = view(tail);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tailView.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw invalid("no zip end of central directory record (not a zip archive)");
  let entries = tailView.getUint16(end + 10, true);
  let directorySize = tailView.getUint32(end + 12, true);
  let directoryOffset = tailView.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && tailView.getUint32(locator, true) === ZIP64_LOCATOR) {
    const at = u64(tailView, locator + 8);
    const record = view(await source.read(at, 56));
    if (record.byteLength < 56 || record.getUint32(0, true) !== ZIP64_EOCD) {
      throw invalid("broken zip64 end of central directory record");
    }
    entries = u64(record, 32);
    directorySize = u64(record, 40);
    directoryOffset = u64(record, 48);
  }
  if (entries > limits.maxEntries) {
    throw new ReadRefused(
      issueFrom(IO_ISSUES, "archive_too_many_entries", [], { entries, limit: limits.maxEntries }),
    );
  }
  if (directoryOffset + directorySize > source.size) {
    throw invalid("the central directory lies outside the file");
  }
  const directory = await source.read(directoryOffset, directorySize);
  const data = view(directory);
  const list: ZipEntry[] = [];
  let declared = 0;
  let at = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > directory.length || data.getUint32(at, true) !== CENTRAL) {
      throw invalid("broken central directory");
    }
    const method = data.getUint16(at + 10, true);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let offset = data.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    const name = new TextDecoder().decode(directory.subarray(at + 46, nameEnd));
    // A zip64 extra field holds, in this order, whichever of the three sizes overflowed.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength && x + 4 <= directory.length; ) {
      const id = data.getUint16(x, true);
      const size = data.getUint16(x + 2, true);
      if (id === 0x0001) {
        let field = x + 4;
        if (uncompressedSize === 0xffffffff && field + 8 <= x + 4 + size) {
          uncompressedSize = u64(data, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= x + 4 + size) {
          compressedSize = u64(data, field);
          field += 8;
        }
        if (offset === 0xffffffff && field + 8 <= x + 4 + size) offset = u64(data, field);
      }
      x += 4 + size;
    }
    declared += uncompressedSize;
    list.push({ name, method, compressedSize, uncompressedSize, offset });
    at = nameEnd + extraLength + commentLength;
  }
  if (declared > limits.maxUncompressedBytes) {
    throw new ReadRefused(
      issueFrom(IO_ISSUES, "archive_too_large", [], {
        size: declared,
        limit: limits.maxUncompressedBytes,
      }),
    );
  }
  return list;
}

/**
 * The inflated bytes of one entry, in chunks. Refuses an unknown compression method, a local
 * header that is not one, and data that inflates to more (or fewer) bytes than the central
 * directory declared, so that the declared sizes checked by {@link readZipDirectory} bound what
 * is actually inflated.
 */
export async function* entryBytes(source: ByteSource, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const local = view(await source.read(entry.offset, 30));
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL) {
    throw invalid(`no local header for ${entry.name}`);
  }
  const start = entry.offset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (start + entry.compressedSize > source.size) throw invalid(`${entry.name} is truncated`);
  const raw = chunksOf(source, start, entry.compressedSize);
  let produced = 0;
  const count = (bytes: Uint8Array): Uint8Array => {
    produced += bytes.length;
    if (produced > entry.uncompressedSize) {
      throw invalid(
        `${entry.name} inflates to more than the ${entry.uncompressedSize} bytes it declares`,
      );
    }
    return bytes;
  };
  if (entry.method === 0) {
    for await (const bytes of raw) yield count(bytes);
  } else if (entry.method === 8) {
    const inflate = createInflateRaw();
    const feeding = (async () => {
      try {
        for await (const bytes of raw) {
          if (inflate.destroyed) return;
          if (!inflate.write(bytes)) {
            await new Promise<void>((resolve) => {
              const done = (): void => {
                inflate.off("drain", done);
                inflate.off("close", done);
                resolve();
              };
              inflate.on("drain", done);
              inflate.on("close", done);
            });
          }
        }
        inflate.end();
      } catch (error) {
        inflate.destroy(error as Error);
      }
    })();
    try {
      for await (const bytes of inflate) yield count(bytes as Buffer);
    } catch (error) {
      if (error instanceof ReadRefused) throw error;
      throw invalid(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      inflate.destroy();
      await feeding;
    }
  } else {
    throw invalid(`${entry.name} uses compression method ${entry.method}, not stored or deflate`);
  }
  if (produced !== entry.uncompressedSize) {
    throw invalid(
      `${entry.name} inflates to ${produced} bytes, not the ${entry.uncompressedSize} it declares`,
    );
  }
}
