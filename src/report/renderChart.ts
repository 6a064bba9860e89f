import { daysBetween, type IsoDate } from "../dates.js";
import { DuchaError } from "../errors.js";
import type { Lang } from "../lang.js";
import type { RatePolicy } from "../metrics/policy.js";
import type { Ledger } from "../model/ledger.js";
import { num, xml } from "./_svg.js";
import { countsAsDone, donenessOf, statusOn } from "./_taskFacts.js";
import { DEFAULT_REPORT_POLICY } from "./policy.js";
import { tallyCounts } from "./rates.js";
import { rowLabel } from "./renderReport.js";
import { summarize } from "./summarize.js";
import { SUMMARY_FORMAT, type Summary } from "./summary.js";

/**
 * Options of {@link renderChart}.
 *
 * @example
 * ```ts
 * import type { RenderChartOptions } from "ducha/report";
 * const options: RenderChartOptions = { kind: "by_lead_unit", lang: "zh-CN", width: 640 };
 * ```
 * @category Report
 */
export interface RenderChartOptions {
  /** Completion by lead unit or by region (bars), or tasks done over time (burn-up; a ledger). */
  readonly kind: "by_lead_unit" | "by_region" | "burn_up";
  readonly lang: Lang;
  /** Width in SVG units; 640 unless given. */
  readonly width?: number;
  /** Height; by default 28 per bar, or 320 for a burn-up. */
  readonly height?: number;
  /** Rate rules (whether 基本完成 counts as done, decimals); a summary's own `policy` otherwise. */
  readonly policy?: RatePolicy;
  /** Last day of the burn-up; the ledger's `meta.asOf` or its last event otherwise. */
  readonly asOf?: IsoDate;
}

const TITLES: Readonly<Record<RenderChartOptions["kind"], Readonly<Record<Lang, string>>>> = {
  by_lead_unit: {
    "zh-CN": "各牵头单位整改任务完成情况",
    en: "Rectification tasks completed by lead unit",
  },
  by_region: { "zh-CN": "各地区整改任务完成情况", en: "Rectification tasks completed by region" },
  burn_up: { "zh-CN": "整改任务完成进度", en: "Rectification tasks completed over time" },
};
const FONT = 'font-family="sans-serif" font-size="12"';

/**
 * Draws a chart as an SVG string, with no browser or canvas: completion by lead unit or region as
 * horizontal bars with labels and rates (one `rect.bar` per row), or a burn-up of tasks done over
 * time from the ledger's events. Text is XML-escaped; the output is the same on every host.
 *
 * @param input - a summary or a ledger (a ledger is summarised first; a burn-up needs a ledger).
 * @throws {DuchaError} `invalid_argument` for a burn-up of a summary, or a width or height that
 * is not a positive number.
 * @example
 * ```ts
 * import { Ledger } from "ducha";
 * import { renderChart } from "ducha/report";
 * const ledger = Ledger.parse({
 *   format: "ducha/ledger@1",
 *   tasks: [
 *     { id: "t1", problemIds: ["p1"], title: "扬尘", leadUnits: ["市住建局"], status: "completed" },
 *     { id: "t2", problemIds: ["p2"], title: "黑臭水体", leadUnits: ["市水务局"], status: "in_progress" },
 *   ],
 * });
 * const svg = renderChart(ledger, { kind: "by_lead_unit", lang: "zh-CN" });
 * svg.startsWith("<svg"); //=> true
 * svg.match(/class="bar"/g)?.length; //=> 2
 * ```
 * @category Report
 */
export function renderChart(input: Summary | Ledger, options: RenderChartOptions): string {
  for (const size of [options.width, options.height]) {
    if (size !== undefined && !(Number.isFinite(size) && size > 0)) {
      throw new DuchaError(
        "invalid_argument",
        {
          "zh-CN": `图表尺寸须为正数，收到${size}`,
          en: `chart sizes must be positive numbers, got ${size}`,
        },
        { size },
      );
    }
  }
  const isSummary = (input as { format?: unknown }).format === SUMMARY_FORMAT;
  const policy =
    options.policy ?? (isSummary ? (input as Summary).policy : undefined) ?? DEFAULT_REPORT_POLICY;
  if (options.kind === "burn_up") {
    if (isSummary) {
      throw new DuchaError("invalid_argument", {
        "zh-CN": "累计完成图需要台账（含事件日期），汇总中没有日期",
        en: "a burn-up needs a ledger with dated events; a summary has none",
      });
    }
    return burnUp(input as Ledger, options, policy);
  }
  const summary = isSummary ? (input as Summary) : summarize(input as Ledger);
  return bars(summary, options, policy);
}

function open(width: number, height: number, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<text x="${num(width / 2)}" y="20" text-anchor="middle" font-family="sans-serif" font-size="14" font-weight="bold">${xml(title)}</text>`,
  ];
}

function bars(summary: Summary, options: RenderChartOptions, policy: RatePolicy): string {
  const map = options.kind === "by_region" ? summary.tasks.byRegion : summary.tasks.byLeadUnit;
  const rows = Object.entries(map)
    .map(([key, tally]) => ({
      label: rowLabel(key, options.lang),
      counts: tallyCounts(tally, policy),
    }))
    .sort(
      (a, b) =>
        b.counts.tasks - a.counts.tasks || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
  const width = options.width ?? 640;
  const top = 36;
  const bottom = 12;
  const height = options.height ?? top + Math.max(rows.length, 1) * 28 + bottom;
  const rowH = (height - top - bottom) / Math.max(rows.length, 1);
  const barH = Math.max(rowH * 0.6, 1);
  const labelW = width * 0.35;
  const trackX = labelW + 8;
  const trackW = Math.max(width - trackX - 130, 1);
  const title = TITLES[options.kind][options.lang];
  const out = open(width, height, title);
  if (rows.length === 0) {
    const none = options.lang === "zh-CN" ? "暂无数据" : "No data";
    out.push(
      `<text x="${num(width / 2)}" y="${num(top + 18)}" text-anchor="middle" ${FONT}>${none}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const mid = y + barH / 2 + 4;
    const { done, tasks, rate } = row.counts;
    const share = tasks === 0 ? 0 : done / tasks;
    const label = xml(row.label);
    out.push(
      `<g class="row">`,
      `<text class="label" x="${num(labelW)}" y="${num(mid)}" text-anchor="end" ${FONT}>${label}</text>`,
      `<rect class="track" x="${num(trackX)}" y="${num(y)}" width="${num(trackW)}" height="${num(barH)}" fill="#e5e7eb"/>`,
      `<rect class="bar" x="${num(trackX)}" y="${num(y)}" width="${num(trackW * share)}" height="${num(barH)}" fill="#15803d"><title>${label}: ${done}/${tasks}</title></rect>`,
      `<text class="rate" x="${num(trackX + trackW + 6)}" y="${num(mid)}" ${FONT}>${xml(rate.text)} (${done}/${tasks})</text>`,
      `</g>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}

/** Dates on which something may have changed, and the count done on each. */
function series(ledger: Ledger, end: IsoDate | undefined, basic: boolean): [IsoDate, number][] {
  const dates = new Set<IsoDate>();
  for (const task of ledger.tasks) {
    for (const event of task.events ?? []) dates.add(event.date);
    if (task.completedDate !== undefined) dates.add(task.completedDate);
  }
  const sorted = [...dates].filter((d) => end === undefined || d <= end).sort();
  if (end !== undefined && sorted.at(-1) !== end) sorted.push(end);
  return sorted.map((date) => {
    let done = 0;
    for (const task of ledger.tasks) {
      const hasEvents = (task.events ?? []).length > 0;
      const doneNow = countsAsDone(donenessOf(statusOn(task, date)), basic);
      const started = hasEvents || task.completedDate === undefined || task.completedDate <= date;
      if (doneNow && started) done += 1;
    }
    return [date, done];
  });
}

function burnUp(ledger: Ledger, options: RenderChartOptions, policy: RatePolicy): string {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const total = ledger.tasks.length;
  const points = series(
    ledger,
    options.asOf ?? ledger.meta?.asOf,
    policy.basicallyCompletedCountsAsDone,
  );
  const title = TITLES.burn_up[options.lang];
  const out = open(width, height, title);
  const left = 48;
  const right = 16;
  const top = 36;
  const bottom = 36;
  const plotW = Math.max(width - left - right, 1);
  const plotH = Math.max(height - top - bottom, 1);
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) {
    const none = options.lang === "zh-CN" ? "暂无带日期的事件" : "No dated events";
    out.push(
      `<text x="${num(width / 2)}" y="${num(top + 18)}" text-anchor="middle" ${FONT}>${none}</text>`,
      "</svg>",
    );
    return out.join("\n");
  }
  const span = Math.max(daysBetween(first[0], last[0]), 1);
  const x = (date: IsoDate) => left + (plotW * daysBetween(first[0], date)) / span;
  const y = (n: number) => top + plotH - (total === 0 ? 0 : (plotH * n) / total);
  // A step line: the count holds until the next date.
  const path: string[] = [];
  let previous: number | undefined;
  for (const [date, done] of points) {
    if (previous !== undefined) path.push(`${num(x(date))},${num(y(previous))}`);
    path.push(`${num(x(date))},${num(y(done))}`);
    previous = done;
  }
  const zh = options.lang === "zh-CN";
  const totalText = zh ? `任务总数${total}项` : `${total} tasks in all`;
  const doneText = zh ? `已完成${last[1]}项` : `${last[1]} done`;
  out.push(
    `<line class="axis" x1="${left}" y1="${num(top + plotH)}" x2="${num(left + plotW)}" y2="${num(top + plotH)}" stroke="#6b7280"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${num(top + plotH)}" stroke="#6b7280"/>`,
    `<line class="scope" x1="${left}" y1="${num(y(total))}" x2="${num(left + plotW)}" y2="${num(y(total))}" stroke="#9ca3af" stroke-dasharray="4 3"/>`,
    `<text class="scope-label" x="${num(left + plotW)}" y="${num(y(total) - 4)}" text-anchor="end" ${FONT}>${xml(totalText)}</text>`,
    `<polyline class="burn-up" points="${path.join(" ")}" fill="none" stroke="#15803d" stroke-width="2"/>`,
    `<text class="done-label" x="${num(x(last[0]))}" y="${num(y(last[1]) + 14)}" text-anchor="end" ${FONT}>${xml(doneText)}</text>`,
    `<text class="y-label" x="${left - 4}" y="${num(top + plotH + 4)}" text-anchor="end" ${FONT}>0</text>`,
    `<text class="y-label" x="${left - 4}" y="${num(y(total) + 4)}" text-anchor="end" ${FONT}>${total}</text>`,
    `<text class="x-label" x="${left}" y="${num(top + plotH + 18)}" ${FONT}>${first[0]}</text>`,
    `<text class="x-label" x="${num(left + plotW)}" y="${num(top + plotH + 18)}" text-anchor="end" ${FONT}>${last[0]}</text>`,
    "</svg>",
  );
  return out.join("\n");
}
