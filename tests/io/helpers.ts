import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "ducha-io-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const KEEP = ["各旗县市区党委、政府"];

/** Ulanqab 2017 common problems (seed 001), as a plan's task table would list them. */
export const ULANQAB_HEADER = [
  "序号",
  "反馈问题",
  "牵头单位",
  "配合单位",
  "整改时限",
  "时限类型",
  "状态",
];
export const ULANQAB_ROWS = [
  [
    "8",
    "草原破坏较为严重问题",
    "市农牧业局",
    "各旗县市区党委、政府，市发改委、国土局",
    "2018年6月底",
    "限期整改",
    "正在推进",
  ],
  [
    "10",
    "地下水超采严重问题",
    "市水利局",
    "各旗县市区党委、政府，市国土局、环保局、农开办",
    "2018年底",
    "持续整改",
    "基本完成",
  ],
  [
    "12",
    "油气回收治理工作滞后问题",
    "市商务局",
    "各旗县市区党委、政府，市环保局",
    "2017年7月底前",
    "立行立改",
    "已销号",
  ],
  [
    "15",
    "工业园区环保基础设施建设滞后问题",
    "市经信委",
    "各旗县市区党委、政府，市住建委、规划局、经信委、环保局",
    "2020年底",
    "限期整改",
    "未启动",
  ],
];

export function csvOf(rows: readonly (readonly string[])[], eol = "\r\n"): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(",")).join(eol) + eol;
}
