import type { Lang } from "../../src/lang.js";
import { INSPECTIONS, type Inspection } from "../../src/rounds/index.js";

const GROUPS: readonly {
  key: string;
  label: Record<Lang, string>;
  test: (r: Inspection) => boolean;
}[] = [
  {
    key: "r1",
    label: { en: "round 1 (with the Hebei pilot)", "zh-CN": "第一轮（含河北试点）" },
    test: (r) => r.kind === "routine" && r.ordinal === 1,
  },
  {
    key: "lb1",
    label: { en: "round 1 look-back (2018)", "zh-CN": "第一轮“回头看”（2018年）" },
    test: (r) => r.kind === "look_back" && r.ordinal === 1,
  },
  {
    key: "r2",
    label: { en: "round 2", "zh-CN": "第二轮" },
    test: (r) => r.kind === "routine" && r.ordinal === 2,
  },
  {
    key: "r3",
    label: { en: "round 3 (so far)", "zh-CN": "第三轮（已公布批次）" },
    test: (r) => r.kind === "routine" && r.ordinal === 3,
  },
];

const COLUMNS: readonly { label: Record<Lang, string>; has: (r: Inspection) => boolean }[] = [
  { label: { en: "launch date", "zh-CN": "启动日期" }, has: (r) => r.launchDate !== undefined },
  {
    label: { en: "group no.", "zh-CN": "督察组序号" },
    has: (r) => r.group?.value.ordinal !== undefined,
  },
  { label: { en: "leader", "zh-CN": "组长" }, has: (r) => r.group?.value.leader !== undefined },
  {
    label: { en: "stationing start", "zh-CN": "进驻开始" },
    has: (r) => r.stationingStart !== undefined,
  },
  {
    label: { en: "stationing end", "zh-CN": "进驻结束" },
    has: (r) => r.stationingEnd !== undefined,
  },
  { label: { en: "feedback", "zh-CN": "反馈日期" }, has: (r) => r.feedbackDate !== undefined },
  {
    label: { en: "plan published", "zh-CN": "方案公开" },
    has: (r) => r.planPublishedDate !== undefined,
  },
  { label: { en: "tasks", "zh-CN": "任务数" }, has: (r) => r.taskCount !== undefined },
];

const HEAD: Record<Lang, [string, string, string]> = {
  en: ["round", "batches", "records"],
  "zh-CN": ["轮次", "批次数", "记录数"],
};
const TOTAL: Record<Lang, string> = { en: "total", "zh-CN": "合计" };

function row(label: string, records: readonly Inspection[]): string {
  const batches = new Set(records.map((r) => r.batch)).size;
  const counts = COLUMNS.map((c) => records.filter(c.has).length);
  return `| ${label} | ${batches} | ${records.length} | ${counts.join(" | ")} |`;
}

/** The table of docs/rounds.md: records by round and how many have each fact. */
export function countsTable(lang: Lang, schedule: readonly Inspection[] = INSPECTIONS): string {
  const head = [...HEAD[lang], ...COLUMNS.map((c) => c.label[lang])];
  const rows = GROUPS.map((g) => row(g.label[lang], schedule.filter(g.test)));
  const total = row(TOTAL[lang], schedule).replace(
    /^\| [^|]+ \| \d+ \|/u,
    `| ${TOTAL[lang]} | ${new Set(schedule.map((r) => `${r.kind}${r.ordinal}-${r.batch}`)).size} |`,
  );
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows, total].join(
    "\n",
  );
}
