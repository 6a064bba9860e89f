// Hostile archives renamed .xlsx: refused from the central directory, before anything is
// inflated, or as soon as an entry inflates past what it declared. The archives are built here,
// byte by byte, around one real deflate stream of zeros.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { READ_LIMITS, readTasksXlsx } from "../../src/io/index.js";

interface Part {
  readonly name: string;
  /** The bytes stored (already deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The inflated size the archive declares. */
  readonly declared: number;
}

/** A zip whose central directory lists `listed` (name, declared size, local header index). */
function zip(
  parts: readonly Part[],
  listed: readonly { name: string; declared: number; part: number }[] = parts.map((p, i) => ({
    name: p.name,
    declared: p.declared,
    part: i,
  })),
): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(part.method, 8);
    header.writeUInt32LE(part.data.length, 18);
    header.writeUInt32LE(Math.min(part.declared, 0xffffffff), 22);
    header.writeUInt16LE(name.length, 26);
    offsets.push(at);
    chunks.push(header, name, Buffer.from(part.data));
    at += 30 + name.length + part.data.length;
  }
  const directoryStart = at;
  for (const entry of listed) {
    const part = parts[entry.part]!;
    const name = Buffer.from(entry.name);
    const big = entry.declared > 0xfffffffe;
    // zip64: the declared size does not fit 32 bits, so it goes into the extra field.
    const extra = big ? Buffer.alloc(12) : Buffer.alloc(0);
    if (big) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.declared), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(part.method, 10);
    header.writeUInt32LE(part.data.length, 20);
    header.writeUInt32LE(big ? 0xffffffff : entry.declared, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offsets[entry.part]!, 42);
    chunks.push(header, name, extra);
    at += 46 + name.length + extra.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(listed.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(listed.length, 0xffff), 10);
  end.writeUInt32LE(at - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return new Uint8Array(Buffer.concat(chunks));
}

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** 10 MiB of zeros, deflated: about 10 KB, deflate's best ratio (~1:1030). */
function zerosKernel(): Part {
  const data = deflateRawSync(Buffer.alloc(10 * MiB), { level: 9 });
  return { name: "xl/worksheets/sheet1.xml", data, method: 8, declared: 10 * MiB };
}

/** Runs a read and measures its time and how much the process grew meanwhile. */
async function measured<T>(read: () => Promise<T>) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  let peak = before.rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await read();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - start, grewMiB: (peak - before.rss) / MiB };
  } finally {
    clearInterval(timer);
  }
}

describe("a zip bomb renamed .xlsx", () => {
  it("refuses a 10 KB archive that declares 10 GiB, within a second and 100 MB", async () => {
    const kernel = zerosKernel();
    const bomb = zip([kernel], [{ name: kernel.name, declared: 10 * GiB, part: 0 }]);
    expect(bomb.length).toBeGreaterThan(9_000);
    expect(bomb.length).toBeLessThan(11_000);
    const { result, ms, grewMiB } = await measured(() => readTasksXlsx(bomb));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ["archive_too_large", { size: 10 * GiB, limit: READ_LIMITS.maxUncompressedBytes }],
    ]);
    expect(ms).toBeLessThan(1000);
    expect(grewMiB).toBeLessThan(100);
  });

  it("refuses overlapping entries that really inflate to 10 GiB (1,024 × 10 MiB), uninflated", async () => {
    // Every entry of the directory points at the same 10 KB deflate stream: an extractor that
    // follows the directory writes 10 GiB. The names are those of an .xlsx.
    const kernel = zerosKernel();
    const listed = Array.from({ length: 1024 }, (_, i) => ({
      name: i === 0 ? "xl/workbook.xml" : `xl/worksheets/sheet${i}.xml`,
      declared: 10 * MiB,
      part: 0,
    }));
    const bomb = zip([kernel], listed);
    expect(bomb.length).toBeLessThan(100_000);
    const { result, ms, grewMiB } = await measured(() => readTasksXlsx(bomb));
    expect(result.issues.map((issue) => issue.code)).toEqual(["archive_too_large"]);
    expect(result.issues[0]?.params).toEqual({ size: 10 * GiB, limit: GiB });
    expect(ms).toBeLessThan(1000);
    expect(grewMiB).toBeLessThan(100);
    // Raising the limit lets the directory pass; the part is then found not to be a workbook
    // part as declared, still without inflating 10 GiB.
    const raised = await readTasksXlsx(bomb, { maxUncompressedBytes: 11 * GiB });
    expect(raised.issues[0]?.code).toBe("invalid_workbook");
  });

  it("refuses an archive of more entries than the limit before reading its directory", async () => {
    const tiny: Part = { name: "a", data: new Uint8Array([0x61]), method: 0, declared: 1 };
    const listed = Array.from({ length: 10_001 }, (_, i) => ({
      name: `x${i}`,
      declared: 1,
      part: 0,
    }));
    const result = await readTasksXlsx(zip([tiny], listed));
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ["archive_too_many_entries", { entries: 10_001, limit: 10_000 }],
    ]);
    expect(result.issues[0]?.message["zh-CN"]).toContain("--max-entries");
  });

  it("stops an entry that inflates past the size it declares", async () => {
    // The directory says 1,000 bytes; the data is 10 MiB of zeros.
    const kernel = zerosKernel();
    const lying = zip([{ ...kernel, name: "xl/workbook.xml", declared: 1000 }, rels()]);
    const { result, ms } = await measured(() => readTasksXlsx(lying));
    expect(result.issues.map((issue) => issue.code)).toEqual(["invalid_workbook"]);
    expect(result.issues[0]?.message.en).toMatch(
      /inflates to more than the 1000 bytes it declares/,
    );
    expect(ms).toBeLessThan(1000);
  });

  it("names a file that is no zip at all, and one with an unknown compression method", async () => {
    const text = await readTasksXlsx(new TextEncoder().encode("序号,整改任务\n"));
    expect(text.issues[0]?.message.en).toMatch(/not a zip archive/);
    const bzip = zip([{ ...rels(), name: "xl/workbook.xml" }, rels()]).slice();
    // Method 12 (bzip2) in the directory entry of the workbook.
    const view = Buffer.from(bzip.buffer);
    const directory = view.readUInt32LE(view.length - 6);
    view.writeUInt16LE(12, directory + 10);
    const result = await readTasksXlsx(bzip);
    expect(result.issues[0]?.message.en).toMatch(/compression method 12/);
  });
});

function rels(): Part {
  const data = Buffer.from(
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  );
  return { name: "xl/_rels/workbook.xml.rels", data, method: 0, declared: data.length };
}
