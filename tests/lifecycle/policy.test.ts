import { describe, expect, it } from "vitest";
import {
  DEFAULT_WARNING_POLICY,
  ESCALATION_LABELS,
  GUANGYUAN_2018_POLICY,
  WarningPolicy,
} from "../../src/lifecycle/index.js";

describe("ESCALATION_LABELS", () => {
  it("labels each escalation in zh-CN and en", () => {
    expect(ESCALATION_LABELS).toEqual({
      circulation: { "zh-CN": "通报", en: "circulated notice" },
      supervision: { "zh-CN": "督办", en: "supervision order" },
      interview: { "zh-CN": "约谈", en: "interview of officials" },
    });
  });
});

describe("WarningPolicy", () => {
  it("accepts the three cadences and no other", () => {
    for (const cadence of ["weekly", "monthly", "quarterly"]) {
      expect(WarningPolicy.safeParse({ ...DEFAULT_WARNING_POLICY, cadence }).success).toBe(true);
    }
    expect(WarningPolicy.safeParse({ ...DEFAULT_WARNING_POLICY, cadence: "daily" }).success).toBe(
      false,
    );
  });

  it("cites the Guangyuan 2018 notice it was taken from", () => {
    expect(GUANGYUAN_2018_POLICY.source).toBe(
      "https://m.pouringspot.com/10462/10464/10465/10595/2018/6/21/10453508.shtml",
    );
  });
});
