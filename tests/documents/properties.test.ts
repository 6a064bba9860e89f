// Whatever the ledger's texts hold, the HTML and Markdown documents keep them as text: no tag, no
// Markdown mark and no entity comes from the data, only from the writers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/documents/index.js";
import { TaskStatus } from "../../src/model/enums.js";
import { Ledger } from "../../src/model/ledger.js";

const PIECES = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "|",
  "*",
  "_",
  "`",
  "#",
  "[",
  "]",
  "\\",
  "\n",
  "<script>",
  "</p>",
  "&amp;",
  "<b>",
  "扬尘",
  "a",
  " ",
  "1.",
  "-",
];
const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(""))
  .filter((t) => t.trim() !== "");
const task = fc.record({ title: text, unit: text, status: fc.constantFrom(...TaskStatus.options) });

function ledgerOf(tasks: { title: string; unit: string; status: TaskStatus }[], publisher: string) {
  return Ledger.parse({
    format: "ducha/ledger@1",
    meta: { publisher, asOf: "2024-06-30" },
    rounds: [{ id: "r", kind: "routine", ordinal: 2, inspected: publisher }],
    problems: [{ id: "p", roundId: "r", text: publisher, category: "key" }],
    tasks: tasks.map((t, i) => ({
      id: `t${i}`,
      problemIds: ["p"],
      title: t.title,
      leadUnits: [t.unit],
      status: t.status,
    })),
  });
}

const TAGS = new Set(
  "html head meta title style body main section h1 h2 h3 p b span figure svg text rect g table colgroup col thead tbody tr th td div".split(
    " ",
  ),
);

describe("renderDocument: texts stay text, whatever they hold", () => {
  it("in HTML: only the writer's tags, each text escaped", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(task, { minLength: 1, maxLength: 4 }),
        text,
        async (tasks, publisher) => {
          for (const kind of ["disclosure", "task_list"] as const) {
            const html = await renderDocument(ledgerOf(tasks, publisher), {
              kind,
              format: "html",
              lang: "zh-CN",
            });
            const body = html.slice(html.indexOf("</style>"));
            for (const m of body.matchAll(/<\/?([a-zA-Z][\w-]*)/g))
              expect(TAGS.has(m[1] as string), m[0]).toBe(true);
            // Every & starts an entity the writer made.
            expect(body.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toContain("&");
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("in Markdown: no raw < or & from the data, and tables keep their columns", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(task, { minLength: 1, maxLength: 4 }),
        text,
        async (tasks, publisher) => {
          const md = await renderDocument(ledgerOf(tasks, publisher), {
            kind: "task_list",
            format: "markdown",
            lang: "zh-CN",
          });
          const rows = md.split("\n").filter((line) => line.startsWith("| "));
          expect(rows).toHaveLength(2 + tasks.length);
          for (const row of rows) {
            const cells = row.replace(/\\\|/g, "").split("|").length - 2;
            expect(cells, row).toBe(8);
          }
          const data = md
            .replace(/<br>|<p align="right">|<\/p>/g, "")
            .replace(/&(amp|lt|gt);/g, "");
          expect(data).not.toMatch(/[<&]/);
        },
      ),
      { numRuns: 40 },
    );
  });
});
