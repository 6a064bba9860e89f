import * as z from "zod";
import { LEDGER_FORMAT, Ledger } from "./ledger.js";

/**
 * The JSON Schema (draft 2020-12) of the ledger format, generated from the zod schemas, for
 * systems in other languages. The same document ships as `ducha/schema/ledger.json`. It checks
 * shapes, enums and date formats; cross-record rules need `validateLedger`.
 *
 * @example
 * ```ts
 * import { ledgerJsonSchema } from "ducha/model";
 * ledgerJsonSchema().title; //=> "ducha ledger (ducha/ledger@1)"
 * ```
 * @category Model
 */
export function ledgerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Ledger, { io: "input", unrepresentable: "any" });
  return {
    $id: "https://www.npmjs.com/package/ducha/schema/ledger.json",
    title: `ducha ledger (${LEDGER_FORMAT})`,
    ...schema,
  };
}
