import { parseChineseNumber, toSimplified } from "../_lib/text.js";
import type { Issue, IssuePath, Result, Severity } from "../issue.js";
import { hasNoErrors, issueFrom } from "../issue.js";
import { compileFastCheck } from "../ledger/fastCheck.js";
import { issuesFromZod } from "../ledger/fromZod.js";
import type { PetitionStatus, VerificationResult } from "../model/enums.js";
import { LEDGER_FORMAT, Ledger } from "../model/ledger.js";
import { PetitionCase } from "../model/petition.js";
import { OUTCOME_KIND, OUTCOME_KINDS, type OutcomeKey } from "../outcomes/kinds.js";
import { readOutcomes, readOutcomeValue, UNREAD_REASONS } from "../outcomes/readOutcomes.js";
import { sumOutcomes } from "../outcomes/sumOutcomes.js";
import { cellToIsoDate } from "./cellDate.js";
import type { Cell } from "./cells.js";
import { cellText, showCell } from "./cells.js";
import {
  headerLookup,
  PETITION_COLUMNS,
  PETITION_HEADER_ALIASES,
  type PetitionColumn,
  TASK_HEADER_ALIASES,
} from "./columns.js";
import { IO_ISSUES } from "./issues.js";
import { eachDataRow, mapColumns, noHeaderRow } from "./table.js";
import type { TableImport } from "./tasksFromTable.js";
import {
  PETITION_CHANNEL_ALIASES,
  PETITION_STATUS_ALIASES,
  POLLUTION_TYPE_ALIASES,
  termLookup,
  VERIFICATION_ALIASES,
  YES_NO_ALIASES,
} from "./vocabulary.js";

/**
 * Options of the petition-table readers.
 *
 * @example
 * ```ts
 * import type { PetitionTableOptions } from "ducha/io";
 * const options: PetitionTableOptions = { roundId: "r3-nm", title: "第五批", headerAliases: { 信访件号: "caseNumber" } };
 * ```
 * @category IO
 */
export interface PetitionTableOptions {
  /** Extra header texts and the column each fills; they win over {@link PETITION_HEADER_ALIASES}. */
  readonly headerAliases?: Readonly<Record<string, PetitionColumn>>;
  /** Extra status words; they win over {@link PETITION_STATUS_ALIASES}. */
  readonly statusAliases?: Readonly<Record<string, PetitionStatus>>;
  /** Extra verification words; they win over {@link VERIFICATION_ALIASES}. */
  readonly verificationAliases?: Readonly<Record<string, VerificationResult>>;
  /** Round of every case (a case needs one); default "imported". */
  readonly roundId?: string;
  /** 1-based header row; by default the first of the top 10 rows that looks like one. */
  readonly headerRow?: number;
  /** Leave out rows with errors and report them as warnings, so the rest still imports. */
  readonly skipInvalid?: boolean;
  /** Batch of rows with no 批次 cell; else read from the title rows, then from `title`. */
  readonly batch?: number;
  /** A sheet name or file title to read the batch from ("第五批", "一览表（第5批）"). */
  readonly title?: string;
}

type Raw = Record<string, unknown>;

const BATCH = /第\s*([0-9０-９零〇一二两三四五六七八九十百千]+)\s*批/;
const BARE_BATCH = /^(?:第)?\s*([0-9０-９零〇一二两三四五六七八九十百千]+)\s*(?:批|批次)?$/;
const SEPARATORS = /[、，,；;/／\s]+/;
const DATE_EXPECTED = {
  expected: "a date such as 2022-03-28, 2022/3/28 or 2022年3月28日",
  expectedZh: "日期，如2022-03-28、2022/3/28或2022年3月28日",
};

/** The batch number written in a text ("第五批", "（第5批）"), if any. */
export function batchInText(text: string): number | undefined {
  const m = BATCH.exec(toSimplified(text));
  const value = m ? parseChineseNumber(m[1] as string) : undefined;
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}

function batchCell(text: string): number | undefined {
  const m = BARE_BATCH.exec(text.trim());
  const value = m ? parseChineseNumber(m[1] as string) : undefined;
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * Reads a petition table (rows of cells, header row included) into a ledger whose `petitions` are
 * the rows: the case number (受理编号 / 信访编号 / 案件编号) is the case's id, the batch comes from
 * its cell, else from a title row or the `title` option ("第五批"), the region is kept as written
 * ("XX市XX区"), pollution types are split and mapped ({@link POLLUTION_TYPE_ALIASES}), 是否属实 and
 * 办结情况 are mapped with {@link VERIFICATION_ALIASES} and {@link PETITION_STATUS_ALIASES}, and
 * the texts of 处理和整改情况 and 责任追究情况 are kept and read into `outcomes` with `readOutcomes`
 * (ducha/outcomes): a figure it cannot read is reported as `unread_outcome` and not counted. A case
 * number seen again is kept with `duplicateOf` and reported as `duplicate_case`, so it is never
 * counted twice. Every row below the header is accounted for, as for task tables.
 *
 * @example
 * ```ts
 * import { petitionsFromTable } from "ducha/io";
 * const result = petitionsFromTable(
 *   [
 *     ["中央第二生态环境保护督察组交办群众信访举报问题办理情况（第五批）"],
 *     ["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "是否属实", "处理和整改情况", "办结情况"],
 *     ["1", "D2NM202506010001", "某砖厂粉尘扰民", "呼和浩特市新城区", "大气、噪声", "属实", "责令整改1家，罚款3.56万元", "已办结"],
 *   ],
 *   { roundId: "r3-nm" },
 * );
 * if (result.ok) result.value.ledger.petitions[0];
 * //=> { id: "D2NM202506010001", roundId: "r3-nm", batch: 5, summary: "某砖厂粉尘扰民", region: { name: "呼和浩特市新城区" }, pollutionTypes: ["air", "noise"], verification: "true", actionsTaken: "责令整改1家，罚款3.56万元", status: "closed", outcomes: { ordersToRectify: 1, finesYuan: 35600 } }
 * ```
 * @category IO
 */
export function petitionsFromTable(
  rows: readonly (readonly Cell[])[],
  options: PetitionTableOptions = {},
): Result<TableImport> {
  const lookup = headerLookup(options.headerAliases ?? {}, PETITION_HEADER_ALIASES);
  const columns = mapColumns(rows, lookup, options.headerRow);
  if (!columns) return { ok: false, issues: [noHeaderRow()] };
  const issues: Issue[] = [...columns.issues];
  const { headers, headerRow } = columns;
  if (!headers.has("summary") && !headers.has("caseNumber")) {
    const needed = `${PETITION_COLUMNS.caseNumber["zh-CN"]}/${PETITION_COLUMNS.summary["zh-CN"]}`;
    issues.push(
      issueFrom(IO_ISSUES, "missing_required_column", ["rows", headerRow], { columns: needed }),
    );
    return { ok: false, issues };
  }
  // Words are looked up in simplified characters: 屬實 is 属实, 辦結 is 办结.
  const simplified =
    <T extends string>(lookup: (term: string) => T | undefined) =>
    (term: string): T | undefined =>
      lookup(toSimplified(term));
  const statusOf = simplified(termLookup(options.statusAliases ?? {}, PETITION_STATUS_ALIASES));
  const verificationOf = simplified(
    termLookup(options.verificationAliases ?? {}, VERIFICATION_ALIASES),
  );
  const pollutionOf = simplified(termLookup(POLLUTION_TYPE_ALIASES));
  const channelOf = simplified(termLookup(PETITION_CHANNEL_ALIASES));
  const yesNo = simplified(termLookup(YES_NO_ALIASES));
  const roundId = options.roundId ?? "imported";
  const tableBatch =
    options.batch ??
    rows
      .slice(0, headerRow - 1)
      .map((row) => batchInText(row.map(cellText).join(" ")))
      .find((b) => b !== undefined) ??
    (options.title === undefined ? undefined : batchInText(options.title));
  const severity: Severity | undefined = options.skipInvalid ? "warning" : undefined;
  const petitions: Raw[] = [];
  const idRows = new Map<string, number>();

  const stats = eachDataRow(rows, headerRow, issues, (row, rowNumber) => {
    const at = (field: PetitionColumn): IssuePath => [
      "rows",
      rowNumber,
      headers.get(field) ?? PETITION_COLUMNS[field]["zh-CN"],
    ];
    const rowIssues: Issue[] = [];
    const cells = new Map<PetitionColumn, Cell>();
    for (const [index, field] of columns.fields) cells.set(field, row[index]);
    const text = (field: PetitionColumn) => cellText(cells.get(field));
    const invalid = (field: PetitionColumn, expected: string, expectedZh: string) =>
      rowIssues.push(
        issueFrom(IO_ISSUES, "invalid_cell", at(field), {
          received: showCell(cells.get(field)),
          expected,
          expectedZh,
        }),
      );

    const petition: Raw = {};
    let batch = tableBatch;
    if (text("batch")) {
      batch = batchCell(text("batch"));
      if (batch === undefined) invalid("batch", "a batch such as 5 or 第五批", "批次，如5或第五批");
    }
    const number = text("number");
    const caseNumber = text("caseNumber");
    const id =
      caseNumber ||
      (number ? (batch === undefined ? `n${number}` : `b${batch}-${number}`) : `r${rowNumber}`);
    petition.id = id;
    petition.roundId = roundId;
    if (batch !== undefined) petition.batch = batch;
    for (const field of ["receivedDate", "transferredDate", "closedDate"] as const) {
      const cell = cells.get(field);
      if (cellText(cell) === "") continue;
      const date = cellToIsoDate(cell);
      if (date) petition[field] = date;
      else invalid(field, DATE_EXPECTED.expected, DATE_EXPECTED.expectedZh);
    }
    if (text("channel")) {
      const channel = channelOf(text("channel"));
      if (channel) petition.channel = channel;
      else
        invalid(
          "channel",
          "来电, 来信, 来访, 网络 or 电子邮件",
          "来电、来信、来访、网络或电子邮件",
        );
    }
    if (text("summary")) petition.summary = text("summary");
    if (text("reportedParty")) petition.reportedParty = text("reportedParty");
    if (text("region")) petition.region = { name: text("region") };
    if (text("pollutionTypes")) {
      const types: string[] = [];
      for (const word of text("pollutionTypes").split(SEPARATORS)) {
        if (word === "") continue;
        const type = pollutionOf(word) ?? pollutionOf(word.replace(/(?:污染|问题|类)+$/, ""));
        if (type === undefined) {
          rowIssues.push(
            issueFrom(IO_ISSUES, "unknown_pollution_type", at("pollutionTypes"), {
              received: JSON.stringify(word),
            }),
          );
        } else if (!types.includes(type)) types.push(type);
      }
      if (types.length > 0) petition.pollutionTypes = types;
    }
    for (const field of ["flagged", "repeated"] as const) {
      if (!text(field)) continue;
      const answer = yesNo(text(field));
      if (answer) petition[field] = answer === "yes";
      else invalid(field, "是 or 否", "是或否");
    }
    if (text("investigation")) petition.investigation = text("investigation");
    if (text("verification")) {
      const verification = verificationOf(text("verification"));
      if (verification) petition.verification = verification;
      else
        invalid(
          "verification",
          "属实, 基本属实, 部分属实 or 不属实",
          "属实、基本属实、部分属实或不属实",
        );
    }
    if (text("status")) {
      const status = statusOf(text("status"));
      if (status) petition.status = status;
      else invalid("status", "已办结, 阶段性办结 or 未办结", "已办结、阶段性办结或未办结");
    }
    if (text("handlingUnit")) petition.handlingUnit = text("handlingUnit");
    const read = [];
    for (const [field, key] of [
      ["actions", "actionsTaken"],
      ["accountability", "accountabilityTaken"],
    ] as const) {
      const written = text(field);
      if (written === "") continue;
      petition[key] = written;
      const outcome = readOutcomes(written);
      read.push(outcome.outcomes);
      for (const unread of outcome.unread) {
        rowIssues.push(
          issueFrom(IO_ISSUES, "unread_outcome", at(field), {
            quote: unread.quote,
            kind: OUTCOME_KIND[unread.kind].label["zh-CN"],
            kindEn: OUTCOME_KIND[unread.kind].label.en,
            reason: unread.reason,
            reasonZh: UNREAD_REASONS[unread.reason]["zh-CN"],
            reasonEn: UNREAD_REASONS[unread.reason].en,
          }),
        );
      }
    }
    const outcomes: Partial<Record<OutcomeKey, number | undefined>> = { ...sumOutcomes(read) };
    // A count column is the ledger's own figure: it stands, and a text that says otherwise is
    // reported beside it.
    for (const kind of OUTCOME_KINDS) {
      const written = text(kind.key);
      if (written === "") continue;
      const number =
        kind.key === "finesYuan"
          ? `${written}${fineScale(headers.get("finesYuan") ?? "")}`
          : written;
      const reading = readOutcomeValue(kind.key, number);
      if (!("value" in reading)) {
        invalid(
          kind.key,
          kind.key === "finesYuan" ? "an amount such as 3.56" : "a whole number such as 12",
          kind.key === "finesYuan" ? "金额，如3.56" : "整数，如12",
        );
        continue;
      }
      const fromText = outcomes[kind.key];
      if (fromText !== undefined && fromText !== reading.value) {
        rowIssues.push(
          issueFrom(IO_ISSUES, "outcome_differs", at(kind.key), {
            kind: kind.label["zh-CN"],
            kindEn: kind.label.en,
            column: reading.value,
            text: fromText,
          }),
        );
      }
      outcomes[kind.key] = reading.value;
    }
    if (Object.keys(outcomes).length > 0) petition.outcomes = outcomes;
    const firstRow = idRows.get(id);
    if (firstRow !== undefined) {
      rowIssues.push(
        issueFrom(
          IO_ISSUES,
          "duplicate_case",
          at(headers.has("caseNumber") ? "caseNumber" : "number"),
          {
            id,
            firstRow,
          },
        ),
      );
      petition.id = `${id}~${rowNumber}`;
      petition.duplicateOf = id;
    }
    // A record the fast check accepts is one zod would return unchanged: zod is skipped for it.
    const parsed = compileFastCheck(PetitionCase)(petition)
      ? { success: true as const, data: petition }
      : PetitionCase.safeParse(petition, { reportInput: true });
    if (!parsed.success) {
      for (const issue of issuesFromZod(parsed.error.issues)) {
        const field = SCHEMA_FIELDS[String(issue.path[0])] ?? "summary";
        rowIssues.push({ ...issue, path: [...at(field), ...issue.path.slice(1)] });
      }
    }
    const errors = rowIssues.filter((issue) => issue.severity === "error");
    issues.push(
      ...rowIssues.map((issue) =>
        severity && issue.severity === "error" ? { ...issue, severity } : issue,
      ),
    );
    if (errors.length > 0) return false;
    if (firstRow === undefined) idRows.set(id, rowNumber);
    petitions.push(petition);
    return true;
  });

  if (!hasNoErrors(issues)) return { ok: false, issues };
  const ledger = Ledger.parse({ format: LEDGER_FORMAT, petitions });
  return { ok: true, value: { ledger, stats }, issues };
}

// Schema field → table column, to put zod's issues at the cell they came from.
const SCHEMA_FIELDS: Readonly<Record<string, PetitionColumn>> = {
  id: "caseNumber",
  roundId: "caseNumber",
  batch: "batch",
  summary: "summary",
  reportedParty: "reportedParty",
  region: "region",
  investigation: "investigation",
  actionsTaken: "actions",
  accountabilityTaken: "accountability",
  handlingUnit: "handlingUnit",
};

/**
 * Which kind of table a header row belongs to: `"petitions"` when more of its headers are petition
 * headers than task headers (受理编号, 是否属实, 处理和整改情况...), else `"tasks"`; `undefined` when
 * no row of the top ten looks like a header of either.
 *
 * @example
 * ```ts
 * import { tableKind } from "ducha/io";
 * tableKind([["序号", "受理编号", "交办问题基本情况", "是否属实"]]); //=> "petitions"
 * tableKind([["序号", "反馈问题", "牵头单位"]]); //=> "tasks"
 * ```
 * @category IO
 */
export function tableKind(rows: readonly (readonly Cell[])[]): "tasks" | "petitions" | undefined {
  const petition = headerLookup(PETITION_HEADER_ALIASES);
  const task = headerLookup(TASK_HEADER_ALIASES);
  for (const row of rows.slice(0, 10)) {
    const texts = row.map(cellText).filter((t) => t !== "");
    const p = texts.filter((t) => petition(t) !== undefined).length;
    const t = texts.filter((x) => task(x) !== undefined).length;
    if (p === 0 && t === 0) continue;
    if (p * 2 < texts.length && t * 2 < texts.length) continue;
    return p > t ? "petitions" : "tasks";
  }
  return undefined;
}

/** The scale a fine column's header states: 罚款金额（万元） counts in 万, （亿元） in 亿, else yuan. */
function fineScale(header: string): "" | "万" | "亿" {
  return header.includes("亿") ? "亿" : header.includes("万") ? "万" : "";
}
