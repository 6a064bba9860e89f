import { describe, expect, it } from "vitest";
import {
  type DeadlineKind,
  deadlineKindLabels,
  parseDeadline,
  timeLimitKindLabels,
  timeLimitKindOf,
} from "../../src/deadlines/index.js";

describe("timeLimitKindOf", () => {
  it("maps each deadline kind to the plan's time-limit type", () => {
    const cases: [DeadlineKind, string][] = [
      ["date", "deadline"],
      ["range", "deadline"],
      ["immediate", "immediate"],
      ["long_term", "long_term"],
      ["recurring", "long_term"],
    ];
    for (const [kind, expected] of cases) expect(timeLimitKindOf({ kind })).toBe(expected);
  });
  it("classifies the three kinds of seed 001 (立行立改 / 限期整改 / 持续整改)", () => {
    const kindOf = (text: string) => {
      const result = parseDeadline(text, { anchor: "2017-05-20" });
      return result.ok ? timeLimitKindOf(result.value) : undefined;
    };
    expect(kindOf("立行立改、长期坚持")).toBe("immediate");
    expect(kindOf("2025年底前，并长期坚持")).toBe("deadline");
    expect(kindOf("2017年7月底前")).toBe("deadline");
    expect(kindOf("持续整改")).toBe("long_term");
  });
});

describe("labels", () => {
  it("are bilingual", () => {
    expect(timeLimitKindLabels).toEqual({
      immediate: { "zh-CN": "立行立改", en: "immediate" },
      deadline: { "zh-CN": "限期整改", en: "by a deadline" },
      long_term: { "zh-CN": "长期坚持", en: "long-term" },
    });
    for (const label of Object.values(deadlineKindLabels)) {
      expect(label["zh-CN"]).toMatch(/\p{Script=Han}/u);
      expect(label.en).toMatch(/^[a-z ]+$/);
    }
  });
});
