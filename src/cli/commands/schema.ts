import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import { writeJson } from "../output.js";

/** `ducha schema`: the JSON Schema of the ledger format, for editors and other languages. */
export const schemaCommand: Command = {
  args: [],
  summary: {
    "zh-CN": "输出台账格式（ducha/ledger@1）的 JSON Schema",
    en: "print the JSON Schema of the ledger format (ducha/ledger@1)",
  },
  options: [],
  examples: ["ducha schema > ledger.schema.json"],
  async run(context) {
    const { ledgerJsonSchema } = await import("../../model/jsonSchema.js");
    writeJson(context, ledgerJsonSchema());
    return EXIT.ok;
  },
};
