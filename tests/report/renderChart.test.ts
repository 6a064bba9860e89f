import { describe, expect, it } from "vitest";
import { DuchaError, Ledger } from "../../src/index.js";
import { emptySummary, renderChart, summarize } from "../../src/report/index.js";
import { deepFreeze, task, urumqi } from "./_seeds.js";

/** A minimal well-formedness check: every tag closes in order, attributes are quoted. */
function parseSvg(svg: string): { tags: string[]; texts: string[] } {
  const stack: string[] = [];
  const tags: string[] = [];
  const texts: string[] = [];
  const token = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null = token.exec(svg);
  let consumed = 0;
  while (match !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bad entity in ${text}`);
      if (text.trim() !== "") texts.push(text);
    } else if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      tags.push(`${name}${attrs}`);
      if (!selfClosing) stack.push(name as string);
    }
    match = token.exec(svg);
  }
  if (consumed !== svg.length) throw new Error(`cannot read the SVG from ${consumed}`);
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(",")}`);
  return { tags, texts };
}
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

describe("renderChart", () => {
  it("draws one bar per lead unit with labels and rates, in zh-CN", () => {
    const svg = renderChart(summarize(urumqi()), { kind: "by_lead_unit", lang: "zh-CN" });
    const { tags, texts } = parseSvg(svg);
    expect(tags.filter((t) => t.includes('class="bar"'))).toHaveLength(4);
    expect(texts).toContain("各牵头单位整改任务完成情况");
    expect(texts).toContain("市生态环境局");
    expect(texts).toContain("75.00% (3/4)");
  });

  it("escapes unit names and draws regions in English from a ledger", () => {
    const hostile = `<script>alert("x")</script> & 'co'`;
    const ledger = deepFreeze(
      Ledger.parse({
        format: "ducha/ledger@1",
        tasks: [
          task("t1", { leadUnits: [hostile], status: "completed", regions: [{ name: "A&B区" }] }),
          task("t2", {
            leadUnits: ["市水务局\u0001"],
            status: "in_progress",
            regions: [{ name: "天山区" }],
          }),
        ],
      }),
    );
    const units = renderChart(ledger, { kind: "by_lead_unit", lang: "en", width: 800 });
    expect(units).not.toContain("<script>");
    const parsed = parseSvg(units);
    expect(parsed.texts.map(unescapeXml)).toContain(hostile);
    expect(parsed.texts).toContain("Rectification tasks completed by lead unit");
    const regions = parseSvg(renderChart(ledger, { kind: "by_region", lang: "en", height: 200 }));
    expect(regions.tags.filter((t) => t.includes('class="bar"'))).toHaveLength(2);
    expect(regions.texts.map(unescapeXml)).toContain("A&B区");
    expect(regions.tags[0]).toContain('height="200"');
  });

  it("is deterministic and says when there is nothing to draw", () => {
    const a = renderChart(summarize(urumqi()), { kind: "by_region", lang: "zh-CN" });
    expect(renderChart(summarize(urumqi()), { kind: "by_region", lang: "zh-CN" })).toBe(a);
    const empty = parseSvg(renderChart(emptySummary(), { kind: "by_lead_unit", lang: "en" }));
    expect(empty.texts).toContain("No data");
    expect(empty.tags.filter((t) => t.includes('class="bar"'))).toHaveLength(0);
  });

  it("draws a burn-up of tasks done over time from the events", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      meta: { asOf: "2024-06-30" },
      tasks: [
        task("a", {
          events: [
            { type: "start", date: "2023-01-01" },
            { type: "report_completed", date: "2023-06-30" },
          ],
        }),
        task("b", { events: [{ type: "report_basically_completed", date: "2024-01-15" }] }),
        task("c", { status: "completed", completedDate: "2023-09-01" }),
        task("d", { status: "in_progress" }),
        task("e", { events: [{ type: "report_completed", date: "2025-01-01" }] }),
      ],
    });
    const svg = renderChart(ledger, { kind: "burn_up", lang: "zh-CN" });
    const { tags, texts } = parseSvg(svg);
    expect(texts).toEqual(
      expect.arrayContaining([
        "整改任务完成进度",
        "任务总数5项",
        "已完成3项",
        "2023-01-01",
        "2024-06-30",
      ]),
    );
    const line = tags.find((t) => t.includes('class="burn-up"')) ?? "";
    // Dates: 2023-01-01, 06-30, 09-01, 2024-01-15, 06-30 → a step line of 9 points.
    expect(line.match(/\d+(\.\d+)?,\d+(\.\d+)?/g)).toHaveLength(9);
    const strict = renderChart(ledger, {
      kind: "burn_up",
      lang: "en",
      policy: {
        basicallyCompletedCountsAsDone: false,
        stagedClosureCountsAsClosed: false,
        denominator: "all",
        decimals: 2,
        rounding: "half-up",
      },
    });
    expect(parseSvg(strict).texts).toEqual(expect.arrayContaining(["2 done", "5 tasks in all"]));
    const later = parseSvg(
      renderChart(ledger, { kind: "burn_up", lang: "en", asOf: "2025-03-31" }),
    );
    expect(later.texts).toContain("4 done");
  });

  it("says when a burn-up has no dated events, and refuses a summary or a bad size", () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [task("a", { status: "completed" })],
    });
    expect(parseSvg(renderChart(ledger, { kind: "burn_up", lang: "zh-CN" })).texts).toContain(
      "暂无带日期的事件",
    );
    expect(() => renderChart(summarize(ledger), { kind: "burn_up", lang: "en" })).toThrow(
      DuchaError,
    );
    expect(() => renderChart(ledger, { kind: "by_region", lang: "en", width: 0 })).toThrow(
      /positive/,
    );
    expect(() =>
      renderChart(ledger, { kind: "by_region", lang: "en", height: Number.NaN }),
    ).toThrow(DuchaError);
  });
});
