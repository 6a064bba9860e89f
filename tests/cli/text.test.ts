import { describe, expect, it } from "vitest";
import { langFromEnv, paint, progressBar, wantsColour } from "../../src/cli/text.js";

describe("wantsColour", () => {
  it("follows the terminal unless told otherwise", () => {
    expect(wantsColour({}, true, false)).toBe(true);
    expect(wantsColour({}, false, false)).toBe(false);
  });

  it("lets --no-color win, then FORCE_COLOR, then a non-empty NO_COLOR", () => {
    expect(wantsColour({ FORCE_COLOR: "1" }, true, true)).toBe(false);
    expect(wantsColour({ FORCE_COLOR: "1", NO_COLOR: "1" }, false, false)).toBe(true);
    expect(wantsColour({ FORCE_COLOR: "" }, false, false)).toBe(true);
    expect(wantsColour({ FORCE_COLOR: "FALSE" }, true, false)).toBe(false);
    expect(wantsColour({ NO_COLOR: "1" }, true, false)).toBe(false);
    expect(wantsColour({ NO_COLOR: "" }, true, false)).toBe(true);
  });
});

describe("langFromEnv", () => {
  it("reads the first locale set of LC_ALL, LC_MESSAGES and LANG", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(langFromEnv({ LC_MESSAGES: "zh_HK", LANG: "en_US" })).toBe("zh-CN");
    expect(langFromEnv({ LC_ALL: "C", LANG: "zh_CN" })).toBe("en");
    expect(langFromEnv({ LANG: "ZH_cn" })).toBe("zh-CN");
    expect(langFromEnv({})).toBe("en");
  });
});

describe("progressBar", () => {
  it("shows the share read and the megabytes", () => {
    expect(progressBar(0, 8_388_608)).toBe("[........................]   0%  0.0 / 8.0 MB");
    expect(progressBar(4_194_304, 8_388_608)).toBe("[############............]  50%  4.0 / 8.0 MB");
    expect(progressBar(8_388_608, 8_388_608, 4)).toBe("[####] 100%  8.0 / 8.0 MB");
  });

  it("never overflows and treats an empty file as read", () => {
    expect(progressBar(10, 5, 4)).toBe("[####] 100%  0.0 / 0.0 MB");
    expect(progressBar(0, 0, 4)).toBe("[####] 100%  0.0 / 0.0 MB");
  });
});

describe("paint", () => {
  it("wraps text in ANSI codes only when enabled", () => {
    const on = paint(true);
    expect(on.red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(on.yellow("x")).toBe("\u001b[33mx\u001b[39m");
    expect(on.green("x")).toBe("\u001b[32mx\u001b[39m");
    expect(on.blue("x")).toBe("\u001b[34mx\u001b[39m");
    expect(on.dim("x")).toBe("\u001b[2mx\u001b[22m");
    expect(on.bold("x")).toBe("\u001b[1mx\u001b[22m");
    const off = paint(false);
    for (const colour of Object.values(off)) expect(colour("x")).toBe("x");
  });
});
