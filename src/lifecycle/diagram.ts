import type { TaskEventType, TaskStatus } from "../model/enums.js";
import { PETITION_TRANSITIONS, type PetitionStage } from "./petition.js";
import { TASK_TRANSITIONS } from "./transitions.js";

// Guards applyEvent adds on top of the table, shown on the arrows they restrict.
const GUARDS: Partial<Record<`${TaskStatus}.${TaskEventType}`, string>> = {
  "accepted.sign_off": "no public notice required",
  "in_public_notice.sign_off": "after the notice ends",
  "in_progress.extend_deadline": "later due date",
  "not_started.extend_deadline": "later due date",
  "relapsed.extend_deadline": "later due date",
};

function edges(
  table: Readonly<Record<string, Readonly<Record<string, string>>>>,
  guards: Readonly<Record<string, string>>,
): string[] {
  const lines: string[] = [];
  for (const [from, row] of Object.entries(table)) {
    for (const [event, to] of Object.entries(row)) {
      const guard = guards[`${from}.${event}`];
      lines.push(`  ${from} --> ${to}: ${event}${guard ? ` [${guard}]` : ""}`);
    }
  }
  return lines;
}

/**
 * The lifecycle as a Mermaid `stateDiagram-v2`, generated from {@link TASK_TRANSITIONS} (or
 * {@link PETITION_TRANSITIONS} for `"petition"`), with the guards of {@link applyEvent} on their
 * arrows. docs/lifecycle.md embeds this output, and a test keeps the two identical.
 *
 * @example
 * ```ts
 * import { lifecycleDiagram } from "ducha/lifecycle";
 * lifecycleDiagram().split("\n").slice(0, 3);
 * //=> ["stateDiagram-v2", "  [*] --> not_started", "  not_started --> in_progress: start"]
 * ```
 * @category Lifecycle
 */
export function lifecycleDiagram(kind: "task" | "petition" = "task"): string {
  const start: TaskStatus | PetitionStage = kind === "task" ? "not_started" : "received";
  const lines = ["stateDiagram-v2", `  [*] --> ${start}`];
  if (kind === "task") lines.push(...edges(TASK_TRANSITIONS, GUARDS));
  else lines.push(...edges(PETITION_TRANSITIONS, {}));
  return `${lines.join("\n")}\n`;
}
