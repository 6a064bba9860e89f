import type { Bilingual } from "./lang.js";

/**
 * Codes of {@link DuchaError}: misuse of the API, never a problem in the data.
 *
 * @example
 * ```ts
 * import type { DuchaErrorCode } from "ducha";
 * const code: DuchaErrorCode = "calendar_year_not_covered";
 * ```
 * @category Core
 */
export type DuchaErrorCode =
  | "invalid_argument"
  | "invalid_date"
  | "calendar_year_not_covered"
  | "invalid_calendar"
  | "transition_not_allowed"
  | "invalid_ledger";

/**
 * Thrown only when the API is misused (a malformed argument, a date outside the calendar data,
 * an unchecked illegal transition). Problems in data are returned as {@link Issue}s instead.
 *
 * The `message` is English, prefixed with `[ducha]`; `messages` holds both languages.
 *
 * @example
 * ```ts
 * import { DuchaError, isWorkday } from "ducha";
 * try {
 *   isWorkday("1999-10-01");
 * } catch (error) {
 *   if (error instanceof DuchaError) error.code; //=> "calendar_year_not_covered"
 * }
 * ```
 * @category Core
 */
export class DuchaError extends Error {
  override readonly name = "DuchaError";
  readonly code: DuchaErrorCode;
  readonly messages: Bilingual;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: DuchaErrorCode,
    messages: Bilingual,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(`[ducha] ${messages.en}`);
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}
