/**
 * The languages ducha writes in. zh-CN is the language of the source documents; en is for
 * readers and systems outside China.
 *
 * @example
 * ```ts
 * import type { Lang } from "ducha";
 * const lang: Lang = "zh-CN";
 * ```
 * @category Core
 */
export type Lang = "zh-CN" | "en";

/**
 * A text in both languages ducha supports.
 *
 * @example
 * ```ts
 * import type { Bilingual } from "ducha";
 * const label: Bilingual = { "zh-CN": "立行立改", en: "immediate" };
 * ```
 * @category Core
 */
export type Bilingual = Readonly<Record<Lang, string>>;

/**
 * Every language ducha supports, in the order it prefers them.
 *
 * @example
 * ```ts
 * import { LANGS } from "ducha";
 * LANGS; //=> ["zh-CN", "en"]
 * ```
 * @category Core
 */
export const LANGS: readonly Lang[] = ["zh-CN", "en"];
