// The browser test page: loads the ESM build of ducha through the import map and renders one
// <section> per entry of SECTIONS. To show more (a report, a chart), add one function to SECTIONS.
import * as ducha from "/dist/index.js";

const SAMPLE_LEDGER = "/examples/ulanqab-2017.json";

/**
 * A section is a function of the shared context that returns
 * { id, title, items?: [{ id, label, value }], html?: string, svg?: string }.
 * Each item is rendered as <dt>label</dt><dd data-testid="{section id}-{item id}">value</dd>;
 * `html` / `svg` are inserted as markup under <div data-testid="{section id}-body">.
 */
function ledgerSection({ json, parsed }) {
  const ledger = parsed.ok ? parsed.value : undefined;
  const status = ledger?.tasks?.[0]?.status;
  return {
    id: "ledger",
    title: "台账 Ledger",
    items: [
      { id: "ok", label: "parseLedger ok", value: String(parsed.ok) },
      { id: "issues", label: "issues", value: String(parsed.issues.length) },
      { id: "title", label: "title", value: ledger?.meta?.title ?? json.meta?.title ?? "" },
      { id: "round-count", label: "rounds", value: String(ledger?.rounds?.length ?? 0) },
      { id: "problem-count", label: "problems", value: String(ledger?.problems?.length ?? 0) },
      { id: "task-count", label: "tasks", value: String(ledger?.tasks?.length ?? 0) },
      {
        id: "first-status",
        label: "first task status",
        value: status ? ducha.TASK_STATUS_LABELS[status]["zh-CN"] : "",
      },
    ],
  };
}

function rateSection() {
  // Jilin, 2023: 4704 petitions, 4593 closed, "结案销号率97.64%"
  const rate = ducha.completionRate(4593, 4704);
  const policy = ducha.rateWithPolicy(
    { done: 492, staged: 291, total: 1427 },
    ducha.HAINAN_DAILY_PETITION_POLICY,
  );
  return {
    id: "rate",
    title: "完成率 Completion rate",
    items: [
      { id: "jilin", label: "completionRate(4593, 4704)", value: rate.ok ? rate.value.text : "" },
      { id: "hainan", label: "rateWithPolicy (Hainan)", value: policy.ok ? policy.value.text : "" },
      {
        id: "approx",
        label: "describeApproximately",
        value: ducha.describeApproximately(1275, 2164),
      },
    ],
  };
}

function reportSection({ parsed }) {
  // The job report generators run in pages: the sample ledger's report and chart as of a date.
  const summary = ducha.summarize(parsed.value, { asOf: "2018-07-02" });
  const svg = ducha.renderChart(summary, { kind: "by_lead_unit", lang: "zh-CN" });
  // Parsed by the browser itself: malformed SVG would give a <parsererror> document.
  const parsedSvg = new DOMParser().parseFromString(svg, "image/svg+xml");
  const wellFormed = parsedSvg.getElementsByTagName("parsererror").length === 0;
  return {
    id: "report",
    title: "报告 Report",
    items: [
      {
        id: "text",
        label: "renderReport",
        value: ducha.renderReport(summary, { lang: "zh-CN", format: "text", publisher: "我市" }),
      },
      { id: "chart-ok", label: "SVG well-formed", value: String(wellFormed) },
      {
        id: "chart-bars",
        label: "bars",
        value: String(parsedSvg.querySelectorAll(".bar").length),
      },
    ],
    svg,
  };
}

const SECTIONS = [ledgerSection, rateSection, reportSection];

function render(section, into) {
  const element = document.createElement("section");
  element.dataset.testid = section.id;
  const heading = document.createElement("h2");
  heading.textContent = section.title;
  element.append(heading);
  if (section.items?.length) {
    const list = document.createElement("dl");
    for (const item of section.items) {
      const term = document.createElement("dt");
      term.textContent = item.label;
      const value = document.createElement("dd");
      value.dataset.testid = `${section.id}-${item.id}`;
      value.textContent = item.value;
      list.append(term, value);
    }
    element.append(list);
  }
  const markup = section.html ?? section.svg;
  if (markup !== undefined) {
    const body = document.createElement("div");
    body.dataset.testid = `${section.id}-body`;
    body.innerHTML = markup;
    element.append(body);
  }
  into.append(element);
}

async function main() {
  const response = await fetch(SAMPLE_LEDGER);
  if (!response.ok) throw new Error(`${SAMPLE_LEDGER}: HTTP ${response.status}`);
  const json = await response.json();
  const context = { ducha, json, parsed: ducha.parseLedger(json) };
  const into = document.getElementById("report");
  for (const section of SECTIONS) render(await section(context), into);
  document.body.dataset.status = "done";
}

main().catch((error) => {
  document.body.dataset.status = "failed";
  document.body.dataset.error = String(error?.stack ?? error);
  console.error(error);
});
