import type { Bilingual } from "../lang.js";

/**
 * Exit codes of `ducha`: 0 clean, 1 issues found in the data (or the text), 2 bad usage or a
 * file that cannot be read.
 *
 * @example
 * ```ts
 * import { EXIT } from "ducha/cli";
 * EXIT.issues; //=> 1
 * ```
 * @category CLI
 */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/**
 * An exit code of `ducha`: 0, 1 or 2 (see {@link EXIT}).
 *
 * @example
 * ```ts
 * import type { ExitCode } from "ducha/cli";
 * const code: ExitCode = 2;
 * ```
 * @category CLI
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Bad usage or an unreadable file, raised inside a command and turned into exit code 2 by `run`.
 * `reason` is the stable code `--json` prints.
 */
export class UsageFailure extends Error {
  readonly reason: string;
  readonly text: Bilingual;
  constructor(reason: string, text: Bilingual) {
    super(text.en);
    this.reason = reason;
    this.text = text;
  }
}
