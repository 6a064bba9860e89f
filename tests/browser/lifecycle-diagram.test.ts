import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { statusAt } from "../../src/lifecycle/statusAt.js";
import { TaskEventType, TaskStatus } from "../../src/model/enums.js";
import { RectificationTask } from "../../src/model/task.js";

// The domain guides draw the task lifecycle as a Mermaid state diagram; this keeps every arrow
// in step with statusAt's event → status table. (It sits here with the other checks that the
// guides written on the browser branch make; it may move to tests/docs.)
const root = resolve(import.meta.dirname, "../..");
const GUIDES = ["docs/domain.md", "docs/zh-CN/domain.md"];
const ARROW = /^\s*(\w+) --> (\w+): (\w+)\s*$/;

function arrowsIn(file: string) {
  const text = readFileSync(join(root, file), "utf8");
  const diagram = /```mermaid\n(stateDiagram-v2\n[\s\S]*?)```/.exec(text)?.[1] ?? "";
  return diagram.split("\n").flatMap((line) => {
    const match = ARROW.exec(line);
    return match ? [{ from: match[1] ?? "", to: match[2] ?? "", event: match[3] ?? "" }] : [];
  });
}

function afterOneEvent(type: string) {
  const task = RectificationTask.parse({
    id: "t1",
    problemIds: [],
    title: "x",
    events: [{ type, date: "2024-01-02" }],
  });
  return statusAt(task, "2024-01-02");
}

describe.each(GUIDES)("the lifecycle diagram of %s", (file) => {
  const arrows = arrowsIn(file);

  it("has arrows", () => {
    expect(arrows.length).toBeGreaterThan(10);
  });

  it("leads every event to the status statusAt gives", () => {
    const wrong = arrows.filter((arrow) => afterOneEvent(arrow.event) !== arrow.to);
    expect(wrong).toEqual([]);
  });

  it("names only real statuses and shows every status and every status-changing event", () => {
    const states = new Set(arrows.flatMap((arrow) => [arrow.from, arrow.to]));
    expect(
      [...states].filter((state) => !TaskStatus.options.includes(state as TaskStatus)),
    ).toEqual([]);
    expect(TaskStatus.options.filter((status) => !states.has(status))).toEqual([]);
    const events = new Set(arrows.map((arrow) => arrow.event));
    const changing = TaskEventType.options.filter((type) => type !== "extend_deadline");
    expect(changing.filter((type) => !events.has(type))).toEqual([]);
  });
});
