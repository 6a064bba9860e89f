import { describe, expect, it } from "vitest";
import { DuchaError } from "../../src/errors.js";
import { nextStatus, transition } from "../../src/lifecycle/index.js";
import type { TaskStatus } from "../../src/model/enums.js";

describe("transition (edges)", () => {
  it("says which pair was refused, in zh-CN and en, with the pair as details", () => {
    let error: unknown;
    try {
      // biome-ignore lint/suspicious/noExplicitAny: forcing an illegal pair past the types
      transition("in_progress" as any, "sign_off" as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DuchaError);
    expect(error).toMatchObject({
      code: "transition_not_allowed",
      messages: {
        "zh-CN": "状态in_progress下不允许事件sign_off",
        en: "event sign_off is not allowed in status in_progress",
      },
      details: { from: "in_progress", event: "sign_off" },
    });
  });
});

describe("nextStatus (edges)", () => {
  it("gives undefined for a status outside the table (untyped data)", () => {
    expect(nextStatus("archived" as TaskStatus, "start")).toBeUndefined();
  });
});
