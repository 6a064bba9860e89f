import type { Command } from "../command.js";
import { auditCommand } from "./audit.js";
import { reportCommand } from "./report.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";
import { warningsCommand } from "./warnings.js";

/** The commands of `ducha`, in the order help lists them. */
export const COMMANDS = {
  validate: validateCommand,
  report: reportCommand,
  warnings: warningsCommand,
  audit: auditCommand,
  schema: schemaCommand,
} as const satisfies Record<string, Command>;

/** The name of a command. */
export type CommandName = keyof typeof COMMANDS;

/** Whether a word names a command. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
