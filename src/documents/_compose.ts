/**
 * The three documents as blocks: the disclosure (公开整改落实情况), the task list (整改任务清单)
 * and the close-out notice (整改销号公示). Figures and sentences come from `summarize`,
 * `renderReport` and `renderChart`; nothing is counted here.
 *
 * @module
 * @internal
 */

import { MONTHS_EN } from "../_lib/months.js";
import { publicNoticeWindow } from "../calendar/due.js";
import { type IsoDate, isoDateParts } from "../dates.js";
import { chineseNumeral } from "../io/splitMeasures.js";
import type { Bilingual, Lang } from "../lang.js";
import { replayStatus } from "../lifecycle/statusAt.js";
import {
  DOMAIN_LABELS,
  PROBLEM_CATEGORY_LABELS,
  TASK_STATUS_LABELS,
  VERIFICATION_RESULT_LABELS,
} from "../model/enums.js";
import type { Ledger } from "../model/ledger.js";
import type { FeedbackProblem } from "../model/problem.js";
import type { Round } from "../model/round.js";
import type { RectificationTask } from "../model/task.js";
import { completionDate } from "../report/_taskFacts.js";
import { DEFAULT_REPORT_POLICY } from "../report/policy.js";
import { renderChart } from "../report/renderChart.js";
import { renderReport } from "../report/renderReport.js";
import { summarize } from "../report/summarize.js";
import { emptySummary, emptyTally, type Summary } from "../report/summary.js";
import type {
  Attachment,
  Block,
  Cell,
  DocumentMeta,
  DocumentModel,
  TableBlock,
} from "./_blocks.js";
import { clean } from "./_blocks.js";
import type { RenderDocumentOptions } from "./renderDocument.js";

type Say = (zh: string, en: string) => string;

/** 一 to 九十九 as headings number them; arabic beyond (chineseNumeral stops at 99). */
function numeral(n: number): string {
  return n < 100 ? chineseNumeral(n) : String(n);
}

function sayer(lang: Lang): Say {
  return (zh, en) => (lang === "zh-CN" ? zh : en);
}

function pick(value: string | Bilingual | undefined, lang: Lang): string | undefined {
  return value === undefined || typeof value === "string" ? value : value[lang];
}

/** 2024年6月30日 / 30 June 2024: the dates of official documents, in arabic numerals. */
function dateText(date: IsoDate, lang: Lang): string {
  const { year, month, day } = isoDateParts(date);
  if (lang === "zh-CN") return `${year}年${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** 2022年3月25日至4月25日: the year of the end is dropped when it is the start's. */
function rangeText(start: IsoDate, end: IsoDate, lang: Lang): string {
  if (lang === "en") return `From ${dateText(start, lang)} to ${dateText(end, lang)}`;
  const to = dateText(end, lang);
  return `${dateText(start, lang)}至${start.slice(0, 4) === end.slice(0, 4) ? to.slice(5) : to}`;
}

function ordinalEn(n: number): string {
  const words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
  return words[n - 1] ?? `${n}th`;
}

/** 第二轮中央生态环境保护督察; the first round (2015 trial scheme) was 中央环境保护督察. */
function inspectionName(round: Round, lang: Lang): string {
  const environmental = round.regime === "2015-trial";
  if (lang === "en") {
    const what = environmental
      ? "central environmental protection inspection"
      : "central ecological and environmental protection inspection";
    const ordinal = round.ordinal === undefined ? "" : `${ordinalEn(round.ordinal)} round of the `;
    const look = round.kind === "look_back" ? " look-back" : "";
    return `the ${ordinal}${what}${look}`;
  }
  const what = environmental ? "中央环境保护督察" : "中央生态环境保护督察";
  const ordinal = round.ordinal === undefined ? "" : `第${numeral(round.ordinal)}轮`;
  return `${ordinal}${what}${round.kind === "look_back" ? "“回头看”" : ""}`;
}

/** The seeds' opening: stationing dates, group, inspected party, feedback date and plan. */
function roundSentence(round: Round, lang: Lang): string {
  const when = round.stationing;
  const group = round.group?.name;
  if (lang === "zh-CN") {
    const dates = when === undefined ? "" : `${rangeText(when.start, when.end, lang)}，`;
    const who = group ?? "中央督察组";
    const whom = round.inspected === undefined ? "" : `对${round.inspected}`;
    const feedback =
      round.feedbackDate === undefined
        ? ""
        : `，并于${dateText(round.feedbackDate, lang)}反馈了督察意见`;
    const plan = round.plan?.title;
    const planText =
      plan === undefined
        ? ""
        : `${round.plan?.publishedDate === undefined ? "" : `${dateText(round.plan.publishedDate, lang)}，`}制定印发《${plan}》。`;
    return `${dates}${who}${whom}开展了${inspectionName(round, lang)}${feedback}。${planText}`;
  }
  const dates = when === undefined ? "" : `${rangeText(when.start, when.end, lang)}, `;
  const who = group === undefined ? "the central inspection group" : `the ${group}`;
  const whom = round.inspected === undefined ? "" : ` in ${round.inspected}`;
  const feedback =
    round.feedbackDate === undefined
      ? ""
      : ` and gave its feedback on ${dateText(round.feedbackDate, lang)}`;
  const plan = round.plan?.title;
  const planText = plan === undefined ? "" : ` The rectification plan “${plan}” was issued.`;
  const sentence = `${dates}${who} carried out ${inspectionName(round, lang)}${whom}${feedback}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${planText}`;
}

/** The rounds' common name (第二轮中央生态环境保护督察), or the inspection's when they differ. */
function roundsName(ledger: Ledger, lang: Lang): string {
  const names = new Set(ledger.rounds.map((r) => inspectionName(r, lang)));
  if (names.size === 1) return [...names][0] as string;
  return lang === "zh-CN"
    ? "中央生态环境保护督察"
    : "the central ecological and environmental protection inspection";
}

function labelOf(labels: Bilingual, lang: Lang): string {
  const text = labels[lang];
  return lang === "en" ? `${text.charAt(0).toUpperCase()}${text.slice(1)}s` : text;
}

function firstProblem(task: RectificationTask, problems: ReadonlyMap<string, FeedbackProblem>) {
  for (const id of task.problemIds) {
    const problem = problems.get(id);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Tasks grouped as the disclosure's sections: by problem category, else domain, else one group. */
function groupTasks(
  ledger: Ledger,
  problems: ReadonlyMap<string, FeedbackProblem>,
  lang: Lang,
): { title: string | undefined; tasks: RectificationTask[] }[] {
  const byCategory = ledger.tasks.every((t) => firstProblem(t, problems)?.category !== undefined);
  const byDomain =
    !byCategory && ledger.tasks.every((t) => (firstProblem(t, problems)?.domains ?? []).length > 0);
  if (!byCategory && !byDomain) return [{ title: undefined, tasks: [...ledger.tasks] }];
  const groups = new Map<string, { title: string; tasks: RectificationTask[] }>();
  for (const task of ledger.tasks) {
    const problem = firstProblem(task, problems) as FeedbackProblem;
    const title = byCategory
      ? labelOf(
          PROBLEM_CATEGORY_LABELS[problem.category as keyof typeof PROBLEM_CATEGORY_LABELS],
          lang,
        )
      : labelOf(DOMAIN_LABELS[(problem.domains ?? [])[0] as keyof typeof DOMAIN_LABELS], lang);
    const group = groups.get(title) ?? { title, tasks: [] };
    group.tasks.push(task);
    groups.set(title, group);
  }
  return [...groups.values()];
}

interface Context {
  readonly ledger: Ledger;
  readonly options: RenderDocumentOptions;
  readonly lang: Lang;
  readonly say: Say;
  readonly asOf: IsoDate | undefined;
  readonly summary: Summary;
  readonly publisher: string | undefined;
  readonly problems: ReadonlyMap<string, FeedbackProblem>;
}

function statusOf(task: RectificationTask, context: Context) {
  const date = context.options.asOf;
  return date === undefined ? task.status : replayStatus(task, date);
}

function units(list: readonly string[] | undefined, lang: Lang): string {
  return (list ?? []).join(lang === "zh-CN" ? "、" : ", ");
}

/** The status as the tables write it: label, completion date, and the recorded progress text. */
function progressText(task: RectificationTask, context: Context): string {
  const { lang, say } = context;
  const status = statusOf(task, context);
  const policy = context.options.policy ?? DEFAULT_REPORT_POLICY;
  const done = completionDate(task, context.asOf, policy.basicallyCompletedCountsAsDone);
  const label =
    status === undefined ? say("未填报", "not reported") : TASK_STATUS_LABELS[status][lang];
  const when =
    done === undefined ? "" : say(`（${dateText(done, lang)}）`, ` (${dateText(done, lang)})`);
  const progress =
    task.progress === undefined ? "" : say(`。${task.progress}`, `. ${task.progress}`);
  return `${label}${when}${progress}`;
}

function measuresLines(task: RectificationTask): string[] {
  return (task.measures ?? []).map((m) =>
    m.number === undefined ? m.text : `${m.number}${/^\d+$/.test(m.number) ? "." : "、"}${m.text}`,
  );
}

/** A task's run-in status sentence in the disclosure's sections. */
function taskSentence(task: RectificationTask, context: Context): string {
  const { lang, say } = context;
  const parts: string[] = [];
  const lead = units(task.leadUnits, lang);
  if (lead !== "") parts.push(say(`牵头单位：${lead}。`, `Lead unit: ${lead}.`));
  if (task.deadline !== undefined) {
    parts.push(say(`整改时限：${task.deadline.text}。`, `Deadline: ${task.deadline.text}.`));
  }
  const progress = progressText(task, context);
  parts.push(say(`整改进展：${progress}。`, `Progress: ${progress}.`));
  return parts.join(lang === "zh-CN" ? "" : " ").replace(/([。.])\1$/u, "$1");
}

/** The summary with only one of its parts, so `renderReport` words that part alone. */
function only(summary: Summary, part: "tasks_petitions" | "petitions" | "accountability"): Summary {
  const empty = emptySummary();
  return {
    ...summary,
    tasks: part === "tasks_petitions" ? summary.tasks : { ...summary.tasks, total: emptyTally() },
    petitions: part === "accountability" ? empty.petitions : summary.petitions,
    accountability: part === "accountability" ? summary.accountability : empty.accountability,
    accountabilityConsistency: part === "accountability" ? summary.accountabilityConsistency : [],
  };
}

function reportText(summary: Summary, context: Context): string {
  const publisherPhrase = pick(context.options.ledBy, context.lang);
  return renderReport(summary, {
    lang: context.lang,
    format: "text",
    ...(context.options.policy === undefined ? {} : { policy: context.options.policy }),
    ...(publisherPhrase === undefined ? {} : { publisher: publisherPhrase }),
    ...(context.options.asOfText === undefined ? {} : { asOfText: context.options.asOfText }),
  });
}

function signature(context: Context, date: IsoDate | undefined): string[] {
  const lines: string[] = [];
  if (context.publisher !== undefined) lines.push(context.publisher);
  if (date !== undefined) lines.push(dateText(date, context.lang));
  return lines;
}

function meta(context: Context, title: string, subject: Bilingual): DocumentMeta {
  const sources = (context.ledger.meta?.sources ?? []).map((s) =>
    [s.title, s.publisher, s.publishedDate, s.url].filter((x) => x !== undefined).join(", "),
  );
  const description = context.say(
    `由ducha据台账生成${context.asOf === undefined ? "" : `，数据截至${dateText(context.asOf, "zh-CN")}`}`,
    `Written by ducha from a ledger${context.asOf === undefined ? "" : `, figures as of ${context.asOf}`}`,
  );
  return {
    title,
    subject: subject[context.lang],
    ...(context.publisher === undefined ? {} : { publisher: context.publisher }),
    ...(context.asOf === undefined ? {} : { asOf: context.asOf }),
    sources,
    description,
  };
}

function cell(text: string | readonly string[] | undefined, rowSpan?: number): Cell {
  const lines = text === undefined ? [] : typeof text === "string" ? [text] : [...text];
  return rowSpan === undefined || rowSpan === 1 ? { lines } : { lines, rowSpan };
}

/** The disclosure's attachment: one row per task (序号, 整改任务, 牵头单位, 整改时限, 完成情况). */
function taskOverview(context: Context): TableBlock {
  const { say, lang } = context;
  return {
    type: "table",
    columns: [
      { header: say("序号", "No."), width: 1.4 },
      { header: say("整改任务", "Task"), width: 5 },
      { header: say("牵头单位", "Lead unit"), width: 3 },
      { header: say("整改时限", "Deadline"), width: 2.5 },
      { header: say("完成情况", "Status"), width: 3 },
    ],
    rows: context.ledger.tasks.map((task, i) => [
      cell(String(i + 1)),
      cell(task.title),
      cell(units(task.leadUnits, lang)),
      cell(task.deadline?.text),
      cell(progressText(task, context)),
    ]),
  };
}

/** The plan's table: problems spanning the rows of their tasks. */
function taskTable(context: Context): TableBlock {
  const { say, lang, ledger, problems } = context;
  const groups = new Map<
    string,
    { problem: FeedbackProblem | undefined; tasks: RectificationTask[] }
  >();
  for (const task of ledger.tasks) {
    const problem = firstProblem(task, problems);
    const key = problem?.id ?? `\u0000${task.id}`;
    const group = groups.get(key) ?? { problem, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  const rows: (Cell | null)[][] = [];
  let n = 0;
  for (const { problem, tasks } of groups.values()) {
    n += 1;
    tasks.forEach((task, i) => {
      const first = i === 0;
      rows.push([
        first ? cell(String(n), tasks.length) : null,
        first ? cell(problem?.text, tasks.length) : null,
        cell(task.target ?? (tasks.length > 1 || problem === undefined ? task.title : undefined)),
        cell(measuresLines(task)),
        cell(units(task.leadUnits, lang)),
        cell(units(task.cooperatingUnits, lang)),
        cell(task.deadline?.text),
        cell(progressText(task, context)),
      ]);
    });
  }
  return {
    type: "table",
    columns: [
      { header: say("序号", "No."), width: 1.5 },
      { header: say("反馈问题", "Feedback problem"), width: 3 },
      { header: say("整改目标", "Target"), width: 3 },
      { header: say("整改措施", "Measures"), width: 6 },
      { header: say("牵头单位", "Lead units"), width: 2 },
      { header: say("配合单位", "Cooperating units"), width: 2.5 },
      { header: say("整改时限", "Deadline"), width: 1.6 },
      { header: say("整改进展/完成情况", "Progress / completion"), width: 2.2 },
    ],
    rows,
  };
}

function openingParagraphs(context: Context): Block[] {
  const blocks: Block[] = [];
  const rounds = context.ledger.rounds;
  for (const round of rounds)
    blocks.push({ type: "paragraph", text: roundSentence(round, context.lang) });
  return blocks;
}

function disclosure(context: Context): DocumentModel {
  const { say, lang, ledger, summary } = context;
  const roundName = roundsName(ledger, lang);
  const defaultTitle =
    lang === "zh-CN"
      ? `${context.publisher === undefined ? "" : `${context.publisher}公开`}${roundName}整改落实情况`
      : `${context.publisher === undefined ? "Progress" : `${context.publisher}: progress`} of the rectification after ${roundName}`;
  const title = pick(context.options.title, lang) ?? defaultTitle;
  const body: Block[] = openingParagraphs(context);
  body.push({ type: "paragraph", text: reportText(only(summary, "tasks_petitions"), context) });

  let section = 0;
  const heading = (zh: string, en: string): Block => {
    section += 1;
    return {
      type: "heading",
      level: 1,
      text: lang === "zh-CN" ? `${numeral(section)}、${zh}` : `${section}. ${en}`,
    };
  };
  if (ledger.tasks.length > 0) {
    body.push(heading("整改任务完成情况", "Rectification tasks"));
    if (Object.keys(summary.tasks.byLeadUnit).some((k) => k !== "")) {
      body.push({
        type: "chart",
        svg: renderChart(summary, { kind: "by_lead_unit", lang, ...policyOf(context) }),
        title: say("各牵头单位整改任务完成情况", "Rectification tasks completed by lead unit"),
      });
    }
    const groups = groupTasks(ledger, context.problems, lang);
    let sub = 0;
    let item = 0;
    for (const group of groups) {
      if (group.title !== undefined) {
        sub += 1;
        item = 0;
        body.push({
          type: "heading",
          level: 2,
          text: lang === "zh-CN" ? `（${numeral(sub)}）${group.title}` : `(${sub}) ${group.title}`,
        });
      }
      for (const task of group.tasks) {
        item += 1;
        body.push({
          type: "paragraph",
          lead: { level: 3, text: `${item}.${say("", " ")}${task.title}${say("。", ". ")}` },
          text: taskSentence(task, context),
        });
      }
    }
  }
  if (summary.petitions.transferred > 0) {
    body.push(heading("信访举报件办理情况", "Petitions"));
    const verified = Object.entries(summary.petitions.byVerification).filter(([k]) => k !== "");
    const detail =
      verified.length === 0
        ? ""
        : say(
            `经核查，${verified.map(([k, n]) => `${VERIFICATION_RESULT_LABELS[k as keyof typeof VERIFICATION_RESULT_LABELS]["zh-CN"]}${n}件`).join("、")}。`,
            ` On verification: ${verified.map(([k, n]) => `${n} ${VERIFICATION_RESULT_LABELS[k as keyof typeof VERIFICATION_RESULT_LABELS].en}`).join(", ")}.`,
          );
    body.push({
      type: "paragraph",
      text: `${reportText(only(summary, "petitions"), context)}${detail}`,
    });
  }
  if (summary.accountability.people > 0) {
    body.push(heading("责任追究情况", "Accountability"));
    body.push({ type: "paragraph", text: reportText(only(summary, "accountability"), context) });
  }
  const attachments: Attachment[] = [];
  if (ledger.tasks.length > 0) {
    const table = taskOverview(context);
    const attachmentTitle = say("整改任务落实情况一览表", "Rectification tasks at a glance");
    attachments.push({
      label: say("附件", "Annex"),
      title: attachmentTitle,
      table,
      landscape: table.columns.length > 6,
    });
    body.push({
      type: "paragraph",
      text: say(`附件：${attachmentTitle}`, `Annex: ${attachmentTitle}`),
    });
  }
  return {
    lang,
    title,
    body,
    signature: signature(context, context.asOf),
    attachments,
    landscape: false,
    meta: meta(context, title, {
      "zh-CN": "整改落实情况公开",
      en: "Rectification progress disclosure",
    }),
  };
}

function policyOf(context: Context) {
  return context.options.policy === undefined ? {} : { policy: context.options.policy };
}

function taskList(context: Context): DocumentModel {
  const { say, lang, ledger } = context;
  const plan = ledger.rounds.find((r) => r.plan?.title !== undefined)?.plan?.title;
  const title =
    pick(context.options.title, lang) ??
    say(`${plan ?? ledger.meta?.title ?? "督察反馈问题"}整改任务清单`, "Rectification task list");
  const body: Block[] = [...openingParagraphs(context), taskTable(context)];
  return {
    lang,
    title,
    body,
    signature: [],
    attachments: [],
    landscape: true,
    meta: meta(context, title, { "zh-CN": "整改任务清单", en: "Rectification task list" }),
  };
}

function acceptedOn(task: RectificationTask): IsoDate | undefined {
  if (task.acceptedDate !== undefined) return task.acceptedDate;
  const accepts = (task.events ?? []).filter((e) => e.type === "accept");
  return accepts.at(-1)?.date;
}

function signOffNotice(context: Context): DocumentModel {
  const { say, lang, ledger, options } = context;
  const notice = options.notice as NonNullable<RenderDocumentOptions["notice"]>;
  const window = publicNoticeWindow(
    notice.start,
    notice.workingDays,
    options.calendar === undefined ? undefined : { calendar: options.calendar },
  );
  const within = options.acceptedWithin;
  const tasks = ledger.tasks.filter((task) => {
    const date = acceptedOn(task);
    if (date === undefined) return false;
    if (within !== undefined) return date >= within.start && date <= within.end;
    return context.asOf === undefined || date <= context.asOf;
  });
  const roundName = roundsName(ledger, lang);
  const title =
    pick(options.title, lang) ??
    say(
      `关于${context.publisher ?? ""}${roundName}反馈问题整改销号情况的公示`,
      `Public notice of the close-out of rectification tasks${context.publisher === undefined ? "" : ` (${context.publisher})`}`,
    );
  const range = say(
    `${dateText(window.start, lang)}至${dateText(window.end, lang)}（共${notice.workingDays}个工作日）`,
    `from ${dateText(window.start, lang)} to ${dateText(window.end, lang)} (${notice.workingDays} working days)`,
  );
  const body: Block[] = [
    {
      type: "paragraph",
      text:
        tasks.length === 0
          ? say("本期无通过验收的整改任务。", "No rectification task was accepted in this period.")
          : say(
              `现将已完成整改并通过验收的${tasks.length}项整改任务予以公示，公示时间为${range}。`,
              `The ${tasks.length} rectification ${tasks.length === 1 ? "task that has" : "tasks that have"} been completed and accepted are published for public notice ${range}.`,
            ),
    },
  ];
  const contacts = options.contacts ?? [];
  if (contacts.length > 0) {
    body.push({
      type: "paragraph",
      text: say(
        "公示期间，如有异议，请通过以下方式反映：",
        "Objections during the notice period may be raised with:",
      ),
    });
    for (const line of contacts) body.push({ type: "paragraph", text: line });
  }
  tasks.forEach((task, i) => {
    body.push({
      type: "heading",
      level: 2,
      text: lang === "zh-CN" ? `（${numeral(i + 1)}）${task.title}` : `(${i + 1}) ${task.title}`,
    });
    const row = (label: string, value: string | readonly string[] | undefined) => [
      cell(label),
      cell(value),
    ];
    body.push({
      type: "table",
      headless: true,
      columns: [
        { header: say("项目", "Item"), width: 1 },
        { header: say("内容", "Content"), width: 4 },
      ],
      rows: [
        row(say("整改任务", "Task"), task.title),
        row(
          say("责任单位", "Responsible units"),
          units(task.responsibleUnits ?? task.leadUnits, lang),
        ),
        row(say("整改目标", "Target"), task.target),
        row(say("整改措施", "Measures"), measuresLines(task)),
        row(say("完成情况", "Completion"), progressText(task, context)),
      ],
    });
  });
  return {
    lang,
    title,
    body,
    signature: signature(context, notice.start),
    attachments: [],
    landscape: false,
    meta: meta(context, title, { "zh-CN": "整改销号公示", en: "Close-out public notice" }),
  };
}

const KINDS = { disclosure, task_list: taskList, sign_off_notice: signOffNotice } as const;

/** The document of a kind, as blocks; every text cleaned of characters XML forbids. */
export function compose(ledger: Ledger, options: RenderDocumentOptions): DocumentModel {
  const asOf = options.asOf ?? ledger.meta?.asOf;
  const summary = summarize(ledger, {
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...policyOf({ options } as Context),
  });
  const context: Context = {
    ledger,
    options,
    lang: options.lang,
    say: sayer(options.lang),
    asOf,
    summary,
    publisher: pick(options.publisher, options.lang) ?? ledger.meta?.publisher,
    problems: new Map(ledger.problems.map((p) => [p.id, p])),
  };
  return cleanModel(KINDS[options.kind](context));
}

function cleanBlock(block: Block): Block {
  switch (block.type) {
    case "heading":
      return { ...block, text: clean(block.text) };
    case "paragraph":
      return {
        ...block,
        text: clean(block.text),
        ...(block.lead === undefined
          ? {}
          : { lead: { ...block.lead, text: clean(block.lead.text) } }),
      };
    case "chart":
      return block;
    case "table":
      return cleanTable(block);
  }
}

function cleanTable(table: TableBlock): TableBlock {
  return {
    ...table,
    columns: table.columns.map((c) => ({ ...c, header: clean(c.header) })),
    rows: table.rows.map((row) =>
      row.map((c) => (c === null ? null : { ...c, lines: c.lines.map(clean) })),
    ),
  };
}

function cleanModel(model: DocumentModel): DocumentModel {
  return {
    ...model,
    title: clean(model.title),
    body: model.body.map(cleanBlock),
    signature: model.signature.map(clean),
    attachments: model.attachments.map((a) => ({
      ...a,
      title: clean(a.title),
      table: cleanTable(a.table),
    })),
    meta: {
      ...model.meta,
      title: clean(model.meta.title),
      sources: model.meta.sources.map(clean),
      ...(model.meta.publisher === undefined ? {} : { publisher: clean(model.meta.publisher) }),
    },
  };
}
