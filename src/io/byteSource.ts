import { open } from "node:fs/promises";

/**
 * Random access to the bytes of a file or of a buffer: what the streaming readers need to read an
 * archive's central directory at its end, then its entries one by one, without holding the file.
 */
export interface ByteSource {
  /** Size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `position` (fewer only at the end). */
  read(position: number, length: number): Promise<Uint8Array>;
  /** Releases the file, if any. */
  close(): Promise<void>;
}

/** A source over bytes already in memory (a view, not a copy). */
export function bytesSource(data: Uint8Array | ArrayBuffer): ByteSource {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return {
    size: bytes.byteLength,
    read: async (position, length) =>
      bytes.subarray(
        Math.min(position, bytes.byteLength),
        Math.min(position + length, bytes.byteLength),
      ),
    close: async () => {},
  };
}

/** A source over a file, read by position; rejects as fs does (ENOENT, EISDIR…). */
export async function fileSource(path: string): Promise<ByteSource> {
  const handle = await open(path, "r");
  try {
    const stats = await handle.stat();
    const size = stats.size;
    if (!stats.isFile()) {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
        code: "EISDIR",
      });
    }
    return {
      size,
      read: async (position, length) => {
        const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
        let done = 0;
        while (done < buffer.length) {
          const { bytesRead } = await handle.read(
            buffer,
            done,
            buffer.length - done,
            position + done,
          );
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The bytes of a source from `start`, for `length` bytes, in chunks. */
export async function* chunksOf(
  source: ByteSource,
  start = 0,
  length = source.size - start,
  chunk = 1 << 20,
): AsyncGenerator<Uint8Array> {
  for (let done = 0; done < length; ) {
    const bytes = await source.read(start + done, Math.min(chunk, length - done));
    if (bytes.length === 0) return;
    done += bytes.length;
    yield bytes;
  }
}
