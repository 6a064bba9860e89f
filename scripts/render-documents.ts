/**
 * Writes the sample documents of examples/ to a folder (default .tmp/documents): the disclosure of
 * the Ulanqab and published-figures ledgers in docx, html and markdown (zh-CN and en), and the
 * Ulanqab task list. scripts/render-documents.sh turns the .docx files into PDF and PNG pages.
 *
 *   npx tsx scripts/render-documents.ts [out-dir]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDocument } from "../src/documents/index.js";
import { Ledger } from "../src/model/ledger.js";

const out = process.argv[2] ?? ".tmp/documents";
mkdirSync(out, { recursive: true });
const load = (name: string) =>
  Ledger.parse(JSON.parse(readFileSync(join("examples", `${name}.json`), "utf8")));

for (const name of ["ulanqab-2017", "published-figures"]) {
  const ledger = load(name);
  for (const lang of ["zh-CN", "en"] as const) {
    const base = join(out, `${name}-disclosure.${lang}`);
    const options = { kind: "disclosure", lang } as const;
    writeFileSync(`${base}.docx`, await renderDocument(ledger, { ...options, format: "docx" }));
    writeFileSync(`${base}.html`, await renderDocument(ledger, { ...options, format: "html" }));
    writeFileSync(`${base}.md`, await renderDocument(ledger, { ...options, format: "markdown" }));
  }
}
const ulanqab = load("ulanqab-2017");
const tasks = { kind: "task_list", lang: "zh-CN" } as const;
writeFileSync(
  join(out, "ulanqab-2017-task-list.zh-CN.docx"),
  await renderDocument(ulanqab, { ...tasks, format: "docx" }),
);
writeFileSync(
  join(out, "ulanqab-2017-task-list.zh-CN.html"),
  await renderDocument(ulanqab, { ...tasks, format: "html" }),
);
console.log(`documents written to ${out}`);
