import { dayNumberOf, fromDayNumber, isIsoDate } from "../dates.js";
import type { Cell } from "./cells.js";

const MS_PER_DAY = 86_400_000;
// Excel counts days from 1899-12-30 for serials from 61 on; below 60 it is off by one because
// Excel believes 1900-02-29 existed (serial 60), which no real date matches.
const EXCEL_EPOCH_DAY = -25569;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/,
  /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * Reads a calendar date from a spreadsheet cell: ISO text, `2018/6/30`, `2018.6.30`,
 * `2018年6月30日`, `20180630`, an Excel serial number or a `Date` from exceljs (read with UTC
 * getters, as exceljs builds them at UTC midnight). Returns `undefined` when the cell is not a
 * full date; deadline words such as "2018年6月底" are not dates here.
 *
 * @example
 * ```ts
 * import { cellToIsoDate } from "ducha/io";
 * cellToIsoDate("2018年6月30日"); //=> "2018-06-30"
 * cellToIsoDate(43281); //=> "2018-06-30"
 * cellToIsoDate("2018年6月底"); //=> undefined
 * ```
 * @category IO
 */
export function cellToIsoDate(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? undefined : fromDayNumber(Math.floor(time / MS_PER_DAY));
  }
  if (typeof cell === "number") return fromExcelSerial(cell);
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const iso = `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return isIsoDate(iso) ? fromDayNumber(dayNumberOf(year, month, day)) : undefined;
  }
  return undefined;
}

function fromExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  return fromDayNumber(EXCEL_EPOCH_DAY + whole + (whole < 60 ? 1 : 0));
}
