/**
 * Everything the `ducha` command line does to the outside world, injected so that {@link run} is
 * a plain async function that tests drive with strings, and only `nodeIo` touches Node.
 *
 * @example
 * ```ts
 * import type { CliIo } from "ducha/cli";
 * const out: string[] = [];
 * const io: CliIo = {
 *   stdout: (text) => { out.push(text); },
 *   stderr: () => {},
 *   readFile: async () => new TextEncoder().encode("{}"),
 *   isTTY: { stdout: false, stderr: false },
 *   env: {},
 * };
 * io.stdout("ok\n");
 * out; //=> ["ok\n"]
 * ```
 * @category CLI
 */
export interface CliIo {
  /** Writes to standard output; `text` carries its own line breaks. */
  stdout(text: string): void;
  /** Writes to standard error (messages, the progress bar). */
  stderr(text: string): void;
  /**
   * Reads a whole file. `onProgress(done, total)` is called in bytes as it is read, so a large
   * file can show a progress bar. Rejects (with `code` such as `ENOENT`) when it cannot be read.
   */
  readFile(path: string, onProgress?: (done: number, total: number) => void): Promise<Uint8Array>;
  /**
   * Writes a whole file (`ducha report --document … -o FILE`). Optional: without it, documents
   * can only go to standard output. Rejects when the file cannot be written.
   */
  writeFile?(path: string, data: Uint8Array | string): Promise<void>;
  /**
   * Opens a file for reading by position, so that tables (.csv, .xlsx) are streamed rather than
   * read whole. Optional: without it, files are read whole with `readFile`. Rejects as
   * `readFile` does.
   */
  openFile?(path: string): Promise<CliFile>;
  /** Whether each stream is a terminal: colours and the progress bar are for terminals only. */
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  /** Environment variables read: `NO_COLOR`, `FORCE_COLOR`, `LC_ALL`, `LC_MESSAGES`, `LANG`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A file opened by {@link CliIo.openFile}: its size, reads by position, and closing.
 *
 * @example
 * ```ts
 * import type { CliFile } from "ducha/cli";
 * const bytes = new TextEncoder().encode("序号,整改任务\n");
 * const file: CliFile = {
 *   size: bytes.length,
 *   read: async (position, length) => bytes.subarray(position, position + length),
 *   close: async () => {},
 * };
 * file.size; //=> 20
 * ```
 * @category CLI
 */
export interface CliFile {
  /** Size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `position` (fewer only at the end of the file). */
  read(position: number, length: number): Promise<Uint8Array>;
  /** Releases the file. */
  close(): Promise<void>;
}
