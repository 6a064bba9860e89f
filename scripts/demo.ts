/**
 * `npm run demo`: the main job on the bundled sample ledgers. Validates each ledger, then prints
 * the rectification progress report a local government would publish, in zh-CN (or English with
 * `--lang en`), with the early warnings of the Ulanqab plan as of a date.
 *
 *   npm run demo                       # zh-CN, Ulanqab's plan as of 2018-07-02
 *   npm run demo -- --lang en --as-of 2017-12-29
 *
 * It imports the sources, so it runs on a fresh clone without a build.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type Issue,
  type Lang,
  type Ledger,
  renderReport,
  summarize,
  validateLedger,
  warnings,
} from "../src/index.js";

const { values } = parseArgs({
  options: {
    lang: { type: "string", default: "zh-CN" },
    "as-of": { type: "string", default: "2018-07-02" },
  },
});
const lang: Lang = values.lang === "en" ? "en" : "zh-CN";
const asOf = values["as-of"];
const say = (zh: string, en: string) => process.stdout.write(`${lang === "zh-CN" ? zh : en}\n`);

function load(file: string): Ledger | undefined {
  const result = validateLedger(JSON.parse(readFileSync(file, "utf8")));
  const { tasks } = result.records;
  say(
    `\n## ${file}：校验${result.ok ? "通过" : "未通过"}，任务${tasks.total}项，问题${result.issues.length}个`,
    `\n## ${file}: ${result.ok ? "valid" : "invalid"}, ${tasks.total} tasks, ${result.issues.length} issues`,
  );
  // One line per kind of issue, with where it first occurs and how often.
  const byCode = new Map<string, Issue[]>();
  for (const issue of result.issues)
    byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  for (const [code, list] of byCode) {
    const first = list[0]!;
    const where = first.path.join(".");
    const times = list.length > 1 ? ` ×${list.length}` : "";
    say(
      `- [${code}]${times} ${where}：${first.message["zh-CN"]}`,
      `- [${code}]${times} ${where}: ${first.message.en}`,
    );
  }
  return result.ok ? result.value : undefined;
}

// 1. A city's plan (乌兰察布市, 2017): 18 tasks with deadlines such as 2018年6月底前.
const ulanqab = load("examples/ulanqab-2017.json");
if (ulanqab) {
  const summary = summarize(ulanqab, { asOf });
  process.stdout.write(
    `\n${renderReport(summary, { lang, format: "markdown", publisher: { "zh-CN": "我市", en: "the city" } })}`,
  );
  const found = warnings(ulanqab, { asOf });
  say(`\n### 预警（${asOf}）：${found.length}条`, `\n### Warnings (${asOf}): ${found.length}`);
  for (const warning of found.slice(0, 8)) process.stdout.write(`- ${warning.message[lang]}\n`);
  if (found.length > 8) say(`- ……另有${found.length - 8}条`, `- … and ${found.length - 8} more`);
}

// 2. Figures published by four second-round progress reports (吉林, 乌鲁木齐, 锡林郭勒, 葫芦岛),
// one report per round, each as its publisher wrote it.
const published = load("examples/published-figures.json");
if (published) {
  for (const round of published.rounds) {
    const problems = new Set(
      published.problems.filter((p) => p.roundId === round.id).map((p) => p.id),
    );
    const part: Ledger = {
      ...published,
      rounds: [round],
      tasks: published.tasks.filter((t) => t.problemIds.some((id) => problems.has(id))),
      petitionTallies: published.petitionTallies.filter((t) => t.roundId === round.id),
      accountability: published.accountability.filter((a) => a.roundId === round.id),
    };
    if (part.tasks.length + part.petitionTallies.length + part.accountability.length === 0)
      continue;
    const source = round.sources?.[0];
    const place = part.petitionTallies[0]?.region?.name ?? round.inspected ?? round.id;
    say(
      `\n### ${place}（${source?.publisher ?? ""}，${source?.publishedDate ?? ""}）`,
      `\n### ${place} (${source?.publisher ?? ""}, ${source?.publishedDate ?? ""})`,
    );
    process.stdout.write(renderReport(summarize(part), { lang, format: "text", publisher: place }));
    process.stdout.write("\n");
  }
}
