// Writes schema/ledger.json, the JSON Schema of the ledger format, from the zod schemas.
import { writeFileSync } from "node:fs";
import { ledgerJsonSchema } from "../src/model/jsonSchema.js";

writeFileSync(
  new URL("../schema/ledger.json", import.meta.url),
  `${JSON.stringify(ledgerJsonSchema(), null, 2)}\n`,
);
