import type { Bilingual } from "../lang.js";

/**
 * The bilingual label of every value of an enum: a complete record, so adding a value without a
 * label fails to compile.
 *
 * @example
 * ```ts
 * import type { Labels } from "ducha/model";
 * const labels: Labels<"phone" | "letter"> = {
 *   phone: { "zh-CN": "来电", en: "phone" },
 *   letter: { "zh-CN": "来信", en: "letter" },
 * };
 * ```
 * @category Model
 */
export type Labels<T extends string> = Readonly<Record<T, Bilingual>>;
