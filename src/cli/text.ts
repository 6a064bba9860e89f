import type { Lang } from "../lang.js";

/** ANSI colours for one stream, or the identity when that stream gets none. */
export interface Paint {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const same = (text: string) => text;

/** Colours when `enabled`, plain text otherwise. */
export function paint(enabled: boolean): Paint {
  return enabled
    ? {
        red: wrap(31, 39),
        yellow: wrap(33, 39),
        green: wrap(32, 39),
        blue: wrap(34, 39),
        dim: wrap(2, 22),
        bold: wrap(1, 22),
      }
    : { red: same, yellow: same, green: same, blue: same, dim: same, bold: same };
}

/**
 * Whether a stream gets colours. `--no-color` turns them off; otherwise, as Node itself decides,
 * FORCE_COLOR (anything but "0" or "false") turns them on, a non-empty NO_COLOR
 * (https://no-color.org) turns them off, and else only a terminal gets them.
 */
export function wantsColour(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  noColorFlag: boolean,
): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

/**
 * The language when `--lang` is not given: the locale of the first of LC_ALL, LC_MESSAGES and
 * LANG that is set (as POSIX orders them); zh-CN when it starts with "zh", English otherwise.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return locale?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** A one-line progress bar: `[############............]  50%  12.0 / 24.0 MB`. */
export function progressBar(done: number, total: number, width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}  ${mb(done)} / ${mb(total)} MB`;
}
