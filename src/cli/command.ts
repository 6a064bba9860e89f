import type { Bilingual, Lang } from "../lang.js";
import type { CliIo } from "./io.js";
import type { OptionName, OptionValues } from "./options.js";
import type { Paint } from "./text.js";

/** What `run` hands a command once the arguments are checked. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly json: boolean;
  /** The positional arguments after the command's name, as many as it declares. */
  readonly args: readonly string[];
  readonly options: OptionValues;
  /** Colours for standard output and for standard error, each decided for its own stream. */
  readonly out: Paint;
  readonly err: Paint;
  /** Draws the progress bar of a file being read; absent when standard error is no terminal. */
  readonly progress?: (done: number, total: number) => void;
}

/** One command of the `ducha` command line, as data plus its `run`. */
export interface Command {
  /** Placeholders of the positional arguments, e.g. `<file>`. */
  readonly args: readonly string[];
  readonly summary: Bilingual;
  /** Options beyond the global ones. */
  readonly options: readonly OptionName[];
  readonly examples: readonly string[];
  readonly run: (context: CommandContext) => Promise<number>;
}
