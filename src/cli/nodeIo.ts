import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import type { CliIo } from "./io.js";

/**
 * The command line's I/O on Node: the process's streams, environment and file system.
 *
 * @example
 * ```ts
 * import { nodeIo } from "ducha/cli";
 * const io = nodeIo();
 * typeof io.readFile; //=> "function"
 * ```
 * @category CLI
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile,
    writeFile: async (path, data) => {
      await writeFile(path, data);
    },
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    env: process.env,
  };
}

// Streamed in chunks rather than fs.readFile, so progress can be reported as the bytes arrive.
async function readFile(
  path: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const { size } = await stat(path);
  const chunks: Buffer[] = [];
  let done = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    done += buffer.length;
    onProgress?.(done, Math.max(size, done));
  }
  return Buffer.concat(chunks);
}
