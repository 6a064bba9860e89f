import { createReadStream } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import { fileSource } from "../io/byteSource.js";
import type { CliIo } from "./io.js";

/**
 * The command line's I/O on Node: the process's streams, environment and file system.
 *
 * A reader that goes away early (`ducha report ledger.json | head -1`) closes the pipe: the write
 * error (EPIPE) is taken as the end of that stream, later writes to it are dropped, and the
 * command ends quietly with the exit code it would have had.
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
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    readFile,
    writeFile: async (path, data) => {
      await writeFile(path, data);
    },
    openFile: fileSource,
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    env: process.env,
  };
}

/** Whether each process stream has failed a write, by stream; one error listener per stream. */
const closedStreams = new WeakMap<NodeJS.WritableStream, { closed: boolean }>();

/**
 * Writes to a process stream until a write fails. The only writes that fail on a standard stream
 * are those to a reader that has gone (EPIPE, or a destroyed stream): nothing is left to tell,
 * so the error is swallowed rather than thrown out of the process as an uncaught 'error' event.
 */
function writerTo(stream: NodeJS.WritableStream): (text: string) => void {
  let state = closedStreams.get(stream);
  if (state === undefined) {
    const created = { closed: false };
    state = created;
    closedStreams.set(stream, created);
    stream.on("error", () => {
      created.closed = true;
    });
  }
  const current = state;
  return (text) => {
    if (current.closed) return;
    try {
      stream.write(text);
    } catch {
      current.closed = true;
    }
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
