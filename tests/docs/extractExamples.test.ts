import { describe, expect, it } from "vitest";
import { toModule } from "./extractExamples.js";

const run = (code: string) => toModule({ file: "x.md", line: 1, code }, "/src");

describe("toModule", () => {
  it("turns `expr; //=> value` lines into checks, including conditional and multi-line ones", () => {
    const out = run(
      [
        'import { f } from "ducha";',
        "f(1); //=> 2",
        "if (ok) g(); //=> 3",
        "h({",
        "  a: 1,",
        "}).b; //=> 4",
        "const x = 1; //=> not a check",
      ].join("\n"),
    );
    expect(out).toContain('from "/src/index.ts"');
    expect(out).toContain('__duchaCheck(() => (f(1)), () => (2), "x.md:3")');
    expect(out).toContain('if (ok) __duchaCheck(() => (g()), () => (3), "x.md:4")');
    expect(out).toContain('__duchaCheck(() => (h({\n  a: 1,\n}).b), () => (4), "x.md:7")');
    expect(out).toContain("const x = 1; //=> not a check");
  });
  it("points subpath imports at their module's index", () => {
    expect(run('import { isWorkday } from "ducha/calendar";')).toContain(
      'from "/src/calendar/index.ts"',
    );
  });
});

describe("notes after results", () => {
  it("drops a parenthesised note after the value", () => {
    expect(run("f(); //=> true (a Sunday worked for the Spring Festival)")).toContain(
      "() => (true)",
    );
    expect(run("f(); //=> g(1)")).toContain("() => (g(1))");
  });
});
