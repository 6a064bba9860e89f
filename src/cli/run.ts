import { DuchaError } from "../errors.js";
import type { Bilingual, Lang } from "../lang.js";
import type { CommandContext } from "./command.js";
import { COMMANDS, type CommandName, isCommandName } from "./commands/index.js";
import { EXIT, type ExitCode, UsageFailure } from "./exit.js";
import { commandHelp, usage } from "./help.js";
import type { CliIo } from "./io.js";
import { MESSAGES } from "./messages.js";
import { GLOBAL_OPTIONS, type OptionName, parseArgv } from "./options.js";
import { langFromEnv, paint, progressBar, wantsColour } from "./text.js";

/**
 * The version `ducha --version` prints; a test keeps it equal to package.json's.
 *
 * @example
 * ```ts
 * import { VERSION } from "ducha/cli";
 * /^\d+\.\d+\.\d+/.test(VERSION); //=> true
 * ```
 * @category CLI
 */
export const VERSION = "0.1.0";

/** Files from this size on show a progress bar while they are read (on a terminal only). */
export const PROGRESS_FROM_BYTES = 4 * 1_048_576;

/**
 * Runs the `ducha` command line on its arguments (without `node` and the script) and resolves
 * to the exit code: 0 clean, 1 issues found, 2 bad usage or an unreadable file. All I/O goes
 * through `io`, so it never touches the process itself and never throws: the bin only passes
 * `process.argv.slice(2)` and {@link nodeIo}, then sets `process.exitCode`.
 *
 * @example
 * ```ts
 * import { type CliIo, run } from "ducha/cli";
 * const out: string[] = [];
 * const io: CliIo = {
 *   stdout: (text) => { out.push(text); },
 *   stderr: () => {},
 *   readFile: async () => new TextEncoder().encode("我市牵头的9项整改任务已完成6项，其余4项正在持续推进中"),
 *   isTTY: { stdout: false, stderr: false },
 *   env: {},
 * };
 * const code = await run(["audit", "paragraph.txt", "--json"], io);
 * code; //=> 1
 * JSON.parse(out.join("")).consistent; //=> false
 * const usageError = await run(["audit"], io);
 * usageError; //=> 2
 * ```
 * @category CLI
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let lang = langHint(argv, io.env);
  let json = argv.includes("--json");
  let command: CommandName | undefined;
  const fail = (reason: string, text: Bilingual, help?: string): ExitCode => {
    const colour = paint(wantsColour(io.env, io.isTTY.stderr, argv.includes("--no-color")));
    const who = command === undefined ? "ducha" : `ducha ${command}`;
    io.stderr(`${colour.red(`${who}: ${text[lang]}`)}\n${help === undefined ? "" : `\n${help}`}`);
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, error: { code: reason, message: text } }, null, 2)}\n`,
      );
    return EXIT.usage;
  };
  try {
    const { values, positionals, error } = parseArgv(argv);
    json = values.json === true;
    if (error !== undefined) {
      const first = positionals[0];
      return fail(
        error.reason,
        error.text,
        first !== undefined && isCommandName(first) ? hint(first) : generalHint(),
      );
    }
    const chosen = values.lang;
    if (chosen !== undefined && chosen !== "zh-CN" && chosen !== "en") {
      return fail("invalid_lang", MESSAGES.badLang({ value: String(chosen) }));
    }
    if (chosen !== undefined) lang = chosen;
    if (values.version === true) {
      io.stdout(json ? `${JSON.stringify({ version: VERSION })}\n` : `${VERSION}\n`);
      return EXIT.ok;
    }
    const [name, ...rest] = positionals;
    if (name === undefined || name === "help") {
      const topic = name === "help" ? rest[0] : undefined;
      if (topic !== undefined && !isCommandName(topic)) return unknown(topic);
      if (name === undefined && values.help !== true)
        return fail("missing_command", MESSAGES.missingCommand(), usage(lang));
      io.stdout(topic === undefined ? usage(lang) : commandHelp(topic, lang));
      return EXIT.ok;
    }
    if (!isCommandName(name)) return unknown(name);
    command = name;
    const spec = COMMANDS[name];
    if (values.help === true) {
      io.stdout(commandHelp(name, lang));
      return EXIT.ok;
    }
    const allowed: readonly OptionName[] = [...spec.options, ...GLOBAL_OPTIONS];
    const stray = Object.keys(values).find((key) => !(allowed as readonly string[]).includes(key));
    if (stray !== undefined) {
      return fail(
        "invalid_option",
        MESSAGES.optionNotForCommand({ command: name, option: stray }),
        hint(name),
      );
    }
    if (rest.length < spec.args.length) {
      return fail(
        "missing_argument",
        MESSAGES.missingArgument({ args: spec.args.slice(rest.length).join(" ") }),
        hint(name),
      );
    }
    if (rest.length > spec.args.length) {
      return fail(
        "extra_argument",
        MESSAGES.extraArguments({ extra: rest.slice(spec.args.length).join(" ") }),
        hint(name),
      );
    }
    const noColour = values["no-color"] === true;
    const context: CommandContext = {
      io,
      lang,
      json,
      args: rest,
      options: values,
      out: paint(wantsColour(io.env, io.isTTY.stdout, noColour)),
      err: paint(wantsColour(io.env, io.isTTY.stderr, noColour)),
      ...(io.isTTY.stderr ? { progress: progressOn(io) } : {}),
    };
    return (await spec.run(context)) as ExitCode;
  } catch (error) {
    if (error instanceof UsageFailure) return fail(error.reason, error.text);
    if (error instanceof DuchaError) return fail(error.code, error.messages);
    const detail = error instanceof Error ? error.message : String(error);
    return fail("unexpected", MESSAGES.unexpected({ detail }));
  }

  function hint(name: CommandName): string {
    return `${MESSAGES.seeHelp({ command: name })[lang]}\n`;
  }

  function generalHint(): string {
    return `${MESSAGES.seeUsage()[lang]}\n`;
  }

  function unknown(word: string): ExitCode {
    const known = Object.keys(COMMANDS).join(", ");
    return fail("unknown_command", MESSAGES.unknownCommand({ name: word, known }), usage(lang));
  }
}

/** The language for messages written before the arguments are parsed (or when they fail to). */
function langHint(argv: readonly string[], env: CliIo["env"]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value =
      arg === "--lang" ? argv[i + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "zh-CN" || value === "en") return value;
  }
  return langFromEnv(env);
}

/** A progress bar on standard error for large files, redrawn when the percentage changes. */
function progressOn(io: CliIo): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    if (total < PROGRESS_FROM_BYTES) return;
    const percent = Math.floor((100 * done) / total);
    if (percent === shown) return;
    shown = percent;
    io.stderr(`\r${progressBar(done, total)}`);
    // Erase the bar once the file is read, so the results start on a clean line.
    if (done >= total) io.stderr("\r\u001b[K");
  };
}
