import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { publicNoticeWindow } from "../../src/calendar/due.js";
import { renderDocument } from "../../src/documents/index.js";
import { DuchaError } from "../../src/errors.js";
import { Ledger, type LedgerInput } from "../../src/model/ledger.js";
import { renderReport } from "../../src/report/renderReport.js";
import { summarize } from "../../src/report/summarize.js";
import { elements, paragraphs, style, unescapeXml, unzipDocx } from "./_docx.js";

const ROOT = join(import.meta.dirname, "../..");
const load = (name: string) =>
  Ledger.parse(JSON.parse(readFileSync(join(ROOT, "examples", `${name}.json`), "utf8")));
const ulanqab = load("ulanqab-2017");
const published = load("published-figures");

// mm to twips: the numbers Word stores, worked out by hand for A4 and GB/T 9704-2012's margins.
const A4 = { w: "11906", h: "16838" };
const MARGINS = { top: "2098", left: "1587", right: "1474", bottom: "1984" }; // 37, 28, 26, 35 mm

async function docx(ledger: Ledger, kind: "disclosure" | "task_list", lang: "zh-CN" | "en") {
  return unzipDocx(await renderDocument(ledger, { kind, format: "docx", lang }));
}

describe("renderDocument: the disclosure in Word", () => {
  it("lays the pages out as GB/T 9704-2012 says: A4, margins, a 156 x 225 mm text block", async () => {
    const parts = await docx(ulanqab, "disclosure", "zh-CN");
    const xml = parts["word/document.xml"] as string;
    const sizes = elements(xml, "w:pgSz");
    const margins = elements(xml, "w:pgMar");
    // The body and the attachment (附件) on its own page.
    expect(sizes).toHaveLength(2);
    for (const size of sizes)
      expect(size).toMatchObject({ "w:w": A4.w, "w:h": A4.h, "w:orient": "portrait" });
    for (const m of margins) {
      expect(m).toMatchObject({
        "w:top": MARGINS.top,
        "w:left": MARGINS.left,
        "w:right": MARGINS.right,
        "w:bottom": MARGINS.bottom,
      });
      const width = Number(A4.w) - Number(m["w:left"]) - Number(m["w:right"]);
      const height = Number(A4.h) - Number(m["w:top"]) - Number(m["w:bottom"]);
      expect((width * 25.4) / 1440).toBeCloseTo(156, 0);
      expect((height * 25.4) / 1440).toBeCloseTo(225, 0);
    }
    expect(xml.match(/<w:type w:val="nextPage"\/>/g)).toHaveLength(1);
  });

  it("sets 22 lines of 28 characters in 3号 仿宋, the title in 2号 小标宋", async () => {
    const parts = await docx(ulanqab, "disclosure", "zh-CN");
    const styles = parts["word/styles.xml"] as string;
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] as string;
    expect(elements(defaults, "w:rFonts")[0]).toMatchObject({ "w:eastAsia": "仿宋_GB2312" });
    expect(elements(defaults, "w:sz")[0]).toEqual({ "w:val": "32" }); // 16 pt
    const line = elements(defaults, "w:spacing").find((s) => s["w:lineRule"] === "exact");
    const pitch = Number(line?.["w:line"]);
    const textHeight = Number(A4.h) - Number(MARGINS.top) - Number(MARGINS.bottom);
    expect(Math.floor(textHeight / pitch)).toBe(22);
    const condensed = Number(elements(defaults, "w:spacing").find((s) => "w:val" in s)?.["w:val"]);
    const textWidth = Number(A4.w) - Number(MARGINS.left) - Number(MARGINS.right);
    expect(Math.floor(textWidth / (16 * 20 + condensed))).toBe(28);
    const title = style(styles, "Title");
    expect(elements(title, "w:rFonts")[0]).toMatchObject({ "w:eastAsia": "方正小标宋简体" });
    expect(elements(title, "w:sz")[0]).toEqual({ "w:val": "44" }); // 22 pt
    expect(elements(title, "w:jc")[0]).toEqual({ "w:val": "center" });
  });

  it("names a fallback for each official font in the font table", async () => {
    const fonts = (await docx(ulanqab, "disclosure", "zh-CN"))["word/fontTable.xml"] as string;
    const entry = (name: string) =>
      fonts.match(new RegExp(`<w:font w:name="${name}">[\\s\\S]*?</w:font>`))?.[0] ?? "";
    expect(elements(entry("方正小标宋简体"), "w:altName")).toEqual([{ "w:val": "华文中宋" }]);
    expect(elements(entry("仿宋_GB2312"), "w:altName")).toEqual([{ "w:val": "仿宋" }]);
    expect(elements(entry("楷体_GB2312"), "w:altName")).toEqual([{ "w:val": "楷体" }]);
    expect(elements(entry("黑体"), "w:family")).toEqual([{ "w:val": "swiss" }]);
    expect(elements(entry("仿宋_GB2312"), "w:family")).toEqual([{ "w:val": "roman" }]);
    expect(elements(entry("仿宋_GB2312"), "w:charset")).toEqual([{ "w:val": "86" }]);
  });

  it("numbers the headings 一、 （一） 1. in 黑体, 楷体 and bold 仿宋", async () => {
    const parts = await docx(ulanqab, "disclosure", "zh-CN");
    const styles = parts["word/styles.xml"] as string;
    expect(elements(style(styles, "Heading1"), "w:rFonts")[0]?.["w:eastAsia"]).toBe("黑体");
    expect(elements(style(styles, "Heading1"), "w:outlineLvl")[0]).toEqual({ "w:val": "0" });
    expect(elements(style(styles, "Heading2"), "w:rFonts")[0]?.["w:eastAsia"]).toBe("楷体_GB2312");
    expect(elements(style(styles, "Heading2"), "w:outlineLvl")[0]).toEqual({ "w:val": "1" });
    const ps = paragraphs(parts["word/document.xml"] as string);
    expect(ps.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
      "一、整改任务完成情况",
    ]);
    expect(ps.filter((p) => p.style === "Heading2").map((p) => p.text)).toEqual([
      "（一）重点问题",
      "（二）共性问题",
    ]);
    // The ledger's 15 common problems are numbered 1. to 15. under (二), in bold 仿宋.
    const task = ps.find((p) => p.text.startsWith("8.草原破坏较为严重问题。")) as {
      xml: string;
      text: string;
    };
    expect(task.text).toContain(
      "牵头单位：市农牧业局。整改时限：到2018年6月底。整改进展：正在推进。",
    );
    const lead = task.xml.match(/<w:r>[\s\S]*?<\/w:r>/)?.[0] as string;
    expect(lead).toContain("<w:b/>");
    expect(elements(lead, "w:rFonts")[0]?.["w:eastAsia"]).toBe("仿宋_GB2312");
  });

  it("puts the page number — N — in 4号 outside: right on odd pages, left on even", async () => {
    const parts = await docx(ulanqab, "disclosure", "zh-CN");
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const rels = parts["word/_rels/document.xml.rels"] as string;
    const sect = (parts["word/document.xml"] as string).match(
      /<w:sectPr>[\s\S]*?<\/w:sectPr>/,
    )?.[0] as string;
    const footer = (type: string) => {
      const id = sect.match(new RegExp(`w:type="${type}" r:id="(rId\\d+)"`))?.[1];
      const target =
        rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ??
        rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))?.[1];
      return parts[`word/${target}`] as string;
    };
    for (const [type, side] of [
      ["default", "right"],
      ["even", "left"],
    ] as const) {
      const xml = footer(type);
      expect(elements(xml, "w:jc")[0]).toEqual({ "w:val": side });
      expect(xml).toContain("PAGE");
      expect(paragraphs(xml)[0]?.text).toBe("—  —"); // "— ", the PAGE field, " —"
      expect(elements(xml, "w:sz")[0]).toEqual({ "w:val": "28" }); // 14 pt
    }
  });

  it("attaches the task table on a new page, its header row repeated on every page", async () => {
    const parts = await docx(ulanqab, "disclosure", "zh-CN");
    const xml = parts["word/document.xml"] as string;
    const attachment = xml.slice(xml.indexOf('<w:type w:val="nextPage"/>'));
    const ps = paragraphs(xml);
    expect(ps.some((p) => p.text === "附件：整改任务落实情况一览表")).toBe(true);
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const table = tables[0] as string;
    expect(xml.indexOf(table)).toBeGreaterThan(xml.indexOf("</w:sectPr>")); // after the body's section
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + ulanqab.tasks.length);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    expect(paragraphs(rows[0] as string).map((p) => p.text)).toEqual([
      "序号",
      "整改任务",
      "牵头单位",
      "整改时限",
      "完成情况",
    ]);
    expect(attachment.length).toBeGreaterThan(0);
  });

  it("writes the published figures with renderReport's sentences", async () => {
    const parts = await docx(published, "disclosure", "zh-CN");
    const text = paragraphs(parts["word/document.xml"] as string).map((p) => p.text);
    // Jilin 2023-05-10, 吉林省公开第二轮中央生态环境保护督察整改情况 (吉林省人民政府网, reposted
    // by 北斗智库环保管家网; /work/shared/seeds/002_817886c0cfb8c056.txt): 5 problems handed over,
    // 118 people held accountable, 8 at bureau level, 51 county level, 59 township level and below.
    expect(text).toContain(
      "针对移交的5个责任追究问题，共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部59人。",
    );
    expect(text).toContain(
      "2022年3月25日至4月25日，中央第三生态环境保护督察组对内蒙古自治区开展了第二轮中央生态环境保护督察，并于2022年6月2日反馈了督察意见。制定印发《内蒙古自治区贯彻落实第二轮中央生态环境保护督察报告整改方案》。",
    );
    const summary = summarize(published);
    const sentence = renderReport(
      {
        ...summary,
        accountability: { people: 0, byRank: {}, bySanction: {}, handedOverProblems: 0 },
      },
      { lang: "zh-CN", format: "text" },
    );
    expect(sentence).toContain("转办的29批5606件群众信访举报案件已办结5492件，办结率97.97%");
    expect(text).toContain(sentence);
    expect(
      text.filter((t) => t.startsWith("一、") || t.startsWith("二、") || t.startsWith("三、")),
    ).toEqual(["一、整改任务完成情况", "二、信访举报件办理情况", "三、责任追究情况"]);
  });

  it("keeps the structure in English with English fonts", async () => {
    const parts = await docx(published, "disclosure", "en");
    const styles = parts["word/styles.xml"] as string;
    // Latin text in the English font; Chinese names (the sample's units) in the Chinese one.
    expect(elements(style(styles, "Title"), "w:rFonts")[0]).toMatchObject({
      "w:ascii": "Times New Roman",
      "w:eastAsia": "方正小标宋简体",
    });
    expect(parts["word/fontTable.xml"]).toContain('<w:font w:name="仿宋_GB2312">');
    expect(elements(style(styles, "Heading1"), "w:rFonts")[0]?.["w:ascii"]).toBe("Arial");
    const text = paragraphs(parts["word/document.xml"] as string).map((p) => p.text);
    expect(text).toContain("3. Accountability");
    expect(text.join("\n")).toContain("118 officials were held accountable");
  });

  it("carries the ledger's meta in the document properties", async () => {
    const ledger = Ledger.parse({
      ...JSON.parse(readFileSync(join(ROOT, "examples/published-figures.json"), "utf8")),
      meta: { ...published.meta, publisher: "乌鲁木齐市", asOf: "2024-06-30" },
    });
    const parts = await docx(ledger, "disclosure", "zh-CN");
    const core = parts["docProps/core.xml"] as string;
    expect(core).toContain("<dc:creator>乌鲁木齐市</dc:creator>");
    expect(core).toContain(
      "<dc:title>乌鲁木齐市公开第二轮中央生态环境保护督察整改落实情况</dc:title>",
    );
    const custom = parts["docProps/custom.xml"] as string;
    expect(custom).toMatch(/name="asOf"><vt:lpwstr>2024-06-30</);
    expect(custom).toContain("乌鲁木齐市公开第二轮中央生态环境保护督察整改工作情况");
    expect(custom.match(/name="source\d"/g)).toHaveLength(4);
  });
});

describe("renderDocument: the task list", () => {
  it("is landscape, the problem spanning the rows of its tasks", async () => {
    const parts = await docx(published, "task_list", "zh-CN");
    const xml = parts["word/document.xml"] as string;
    expect(elements(xml, "w:pgSz")[0]).toMatchObject({
      "w:w": A4.h,
      "w:h": A4.w,
      "w:orient": "landscape",
    });
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + 9);
    expect(paragraphs(rows[0] as string).map((p) => p.text)).toEqual([
      "序号",
      "反馈问题",
      "整改目标",
      "整改措施",
      "牵头单位",
      "配合单位",
      "整改时限",
      "整改进展/完成情况",
    ]);
    // The 9 Urumqi tasks answer one problem: it is written once and merged down.
    expect(xml.split("督察报告中涉及我市的问题").length - 1).toBe(1);
    expect(elements(rows[1] as string, "w:vMerge")).toEqual([
      { "w:val": "restart" },
      { "w:val": "restart" },
    ]);
    expect(elements(rows[2] as string, "w:vMerge")).toEqual([
      { "w:val": "continue" },
      { "w:val": "continue" },
    ]);
  });

  it("writes the same table in HTML with rowspans and in Markdown", async () => {
    const html = await renderDocument(published, {
      kind: "task_list",
      format: "html",
      lang: "zh-CN",
    });
    expect(html).toContain('<td rowspan="9">督察报告中涉及我市的问题</td>');
    expect(html).toContain("page: wide");
    const md = await renderDocument(published, {
      kind: "task_list",
      format: "markdown",
      lang: "zh-CN",
    });
    expect(md).toContain(
      "| 序号 | 反馈问题 | 整改目标 | 整改措施 | 牵头单位 | 配合单位 | 整改时限 | 整改进展/完成情况 |",
    );
    expect(md).toContain(
      "| 1 | 督察报告中涉及我市的问题 | 乌鲁木齐市牵头整改任务1 |  | 乌鲁木齐市 |  |  | 已完成 |",
    );
    expect(md).toContain("|  |  | 乌鲁木齐市牵头整改任务2 |");
  });
});

describe("renderDocument: HTML", () => {
  /** Open and close tags balance, void elements aside; returns the tag names seen. */
  function structure(html: string): string[] {
    const voids = new Set(["meta", "col", "br", "link"]);
    const stack: string[] = [];
    const seen: string[] = [];
    for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
      const [, close, name, , selfClosing] = m as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const tag = name.toLowerCase();
      seen.push(tag);
      if (selfClosing === "/" || (voids.has(tag) && close === "")) continue;
      if (close === "") stack.push(tag);
      else expect(stack.pop(), `closing </${tag}>`).toBe(tag);
    }
    expect(stack).toEqual([]);
    return seen;
  }

  it("is one self-contained, printable file: inline CSS and SVG, no script, nothing fetched", async () => {
    const html = await renderDocument(ulanqab, {
      kind: "disclosure",
      format: "html",
      lang: "zh-CN",
    });
    const tags = structure(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(tags).not.toContain("script");
    expect(tags).not.toContain("img");
    expect(tags).not.toContain("link");
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(html).toMatch(
      /@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —";[^}]*font-size: 14pt/,
    );
    expect(html).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —"/);
    expect(html).toContain('"方正小标宋简体"');
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('<section class="attachment">');
    expect(html).toContain('<thead><tr><th scope="col">序号</th>');
    expect(html).toContain("<h2>一、整改任务完成情况</h2>");
    expect(html).toContain("<h3>（二）共性问题</h3>");
  });

  it("shows the published figures and their sources", async () => {
    const html = await renderDocument(published, {
      kind: "disclosure",
      format: "html",
      lang: "zh-CN",
    });
    structure(html);
    expect(html).toContain("转办的29批5606件群众信访举报案件已办结5492件，办结率97.97%");
    expect(html).toContain(
      '<meta name="dcterms.source" content="吉林省公开第二轮中央生态环境保护督察整改情况, 吉林省人民政府网, 2023-05-10">',
    );
  });
});

describe("renderDocument: every text stays text", () => {
  const hostile = Ledger.parse({
    format: "ducha/ledger@1",
    meta: { publisher: "A&B <市>", asOf: "2024-06-30" },
    tasks: [
      {
        id: "t1",
        problemIds: ["p1"],
        title: '<script>alert("x")</script> & <b>|粗|</b>\u0001',
        leadUnits: ["R&D <局>"],
        status: "completed",
      },
    ],
  } satisfies LedgerInput);

  it("in HTML", async () => {
    const html = await renderDocument(hostile, {
      kind: "disclosure",
      format: "html",
      lang: "zh-CN",
    });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;|粗|&lt;/b&gt;",
    );
    expect(html).toContain('<meta name="author" content="A&amp;B &lt;市&gt;">');
    expect(html).not.toContain("\u0001");
  });

  it("in Word", async () => {
    const parts = await unzipDocx(
      await renderDocument(hostile, { kind: "disclosure", format: "docx", lang: "zh-CN" }),
    );
    const text = paragraphs(parts["word/document.xml"] as string).map((p) => unescapeXml(p.text));
    expect(text).toContain('<script>alert("x")</script> & <b>|粗|</b>');
    expect(parts["word/document.xml"]).not.toContain("<script");
    expect(parts["docProps/core.xml"]).toContain("<dc:creator>A&amp;B &lt;市&gt;</dc:creator>");
  });

  it("in Markdown", async () => {
    const md = await renderDocument(hostile, {
      kind: "disclosure",
      format: "markdown",
      lang: "zh-CN",
    });
    expect(md).not.toContain("<script");
    expect(md).toContain(
      '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;\\|粗\\|&lt;/b&gt;',
    );
  });
});

describe("renderDocument: the close-out notice", () => {
  const ledger = Ledger.parse({
    format: "ducha/ledger@1",
    meta: { publisher: "某市生态环境局", asOf: "2024-09-28" },
    rounds: [{ id: "r2", kind: "routine", ordinal: 2 }],
    tasks: [
      {
        id: "a",
        problemIds: ["p1"],
        title: "城区扬尘污染问题",
        target: "2024年6月底前完成整改",
        measures: [{ number: "1", text: "建筑工地落实六个百分之百" }],
        responsibleUnits: ["市住建局"],
        status: "accepted",
        acceptedDate: "2024-09-10",
        completedDate: "2024-06-20",
      },
      {
        id: "b",
        problemIds: ["p2"],
        title: "黑臭水体问题",
        status: "accepted",
        acceptedDate: "2024-07-01",
      },
      { id: "c", problemIds: ["p3"], title: "尚未验收", status: "in_progress" },
    ],
  } satisfies LedgerInput);
  const options = {
    kind: "sign_off_notice",
    lang: "zh-CN",
    notice: { start: "2024-09-29", workingDays: 10 },
    acceptedWithin: { start: "2024-09-01", end: "2024-09-30" },
    contacts: ["联系电话：0000-0000000", "电子邮箱：notice@example.org"],
  } as const;

  it("lists the tasks accepted in the window, with the notice window in working days", async () => {
    const md = await renderDocument(ledger, { ...options, format: "markdown" });
    // Suzhou (Anhui) 2024 published a 10-working-day notice from 29 September, a make-up workday
    // (https://deaufficio.com/suma/xwzx/tzgg/195045811.html, a mirror); the National Day holiday
    // moves the end of 10 working days to 16 October (see publicNoticeWindow in src/calendar/due.ts).
    expect(publicNoticeWindow("2024-09-29", 10).end).toBe("2024-10-16");
    expect(md).toContain(
      "# 关于某市生态环境局第二轮中央生态环境保护督察反馈问题整改销号情况的公示",
    );
    expect(md).toContain(
      "现将已完成整改并通过验收的1项整改任务予以公示，公示时间为2024年9月29日至2024年10月16日（共10个工作日）。",
    );
    expect(md).toContain("联系电话：0000-0000000");
    expect(md).toContain("### （一）城区扬尘污染问题");
    expect(md).toContain("| 责任单位 | 市住建局 |");
    expect(md).toContain("| 整改措施 | 1.建筑工地落实六个百分之百 |");
    expect(md).toContain("| 完成情况 | 已通过验收（2024年6月20日） |");
    expect(md).not.toContain("黑臭水体问题");
    expect(md).not.toContain("尚未验收");
  });

  it("numbers a hundred tasks and more", async () => {
    const many = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: Array.from({ length: 101 }, (_, i) => ({
        id: `t${i}`,
        problemIds: ["p"],
        title: `任务${i + 1}`,
        status: "accepted",
        acceptedDate: "2024-09-10",
      })),
    } satisfies LedgerInput);
    const { acceptedWithin: _, ...rest } = options;
    const md = await renderDocument(many, { ...rest, format: "markdown" });
    expect(md).toContain("### （九十九）任务99");
    expect(md).toContain("### （101）任务101");
    expect(md).not.toContain("undefined");
  });

  it("in Word: one table per task", async () => {
    const parts = await unzipDocx(await renderDocument(ledger, { ...options, format: "docx" }));
    const xml = parts["word/document.xml"] as string;
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    const { acceptedWithin: _, ...everyAccepted } = options;
    const all = await unzipDocx(await renderDocument(ledger, { ...everyAccepted, format: "docx" }));
    expect((all["word/document.xml"] as string).match(/<w:tbl>/g)).toHaveLength(2);
  });

  it("needs its notice window", async () => {
    const { notice: _, ...without } = options;
    await expect(renderDocument(ledger, { ...without, format: "html" })).rejects.toThrow(
      DuchaError,
    );
  });
});

describe("renderDocument: statuses on a date", () => {
  it("rebuilds each task's status from its events as of asOf", async () => {
    const ledger = Ledger.parse({
      format: "ducha/ledger@1",
      tasks: [
        {
          id: "t1",
          problemIds: ["p1"],
          title: "城区扬尘污染问题",
          status: "completed",
          events: [
            { type: "start", date: "2024-01-05" },
            { type: "report_completed", date: "2024-05-31" },
          ],
        },
      ],
    } satisfies LedgerInput);
    const before = await renderDocument(ledger, {
      kind: "disclosure",
      format: "markdown",
      lang: "zh-CN",
      asOf: "2024-03-31",
    });
    expect(before).toContain("截至2024年3月底，1项整改任务正在持续推进中。");
    expect(before).toContain("整改进展：正在推进。");
    const after = await renderDocument(ledger, {
      kind: "disclosure",
      format: "markdown",
      lang: "zh-CN",
      asOf: "2024-06-30",
    });
    expect(after).toContain("截至2024年6月底，1项整改任务已全部完成。");
    expect(after).toContain("整改进展：已完成（2024年5月31日）。");
  });
});

describe("renderDocument: misuse", () => {
  it("rejects an unknown kind or format", async () => {
    const bad = { kind: "memo", format: "html", lang: "zh-CN" } as unknown as Parameters<
      typeof renderDocument
    >[1];
    await expect(renderDocument(ulanqab, bad)).rejects.toMatchObject({ code: "invalid_argument" });
    const pdf = { kind: "disclosure", format: "pdf", lang: "zh-CN" } as unknown as Parameters<
      typeof renderDocument
    >[1];
    await expect(renderDocument(ulanqab, pdf)).rejects.toMatchObject({ code: "invalid_argument" });
  });

  it("says to install docx when the optional peer is missing", async () => {
    vi.resetModules();
    vi.doMock("docx", () => {
      throw new Error("Cannot find package 'docx'");
    });
    const { renderDocument: fresh } = await import("../../src/documents/index.js");
    const error = await fresh(ulanqab, { kind: "disclosure", format: "docx", lang: "en" }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_argument");
    expect(error.messages.en).toBe('format "docx" needs the docx package: npm install docx');
    vi.doUnmock("docx");
    // HTML needs no docx.
    const html = await fresh(ulanqab, { kind: "disclosure", format: "html", lang: "en" });
    expect(html).toContain("<h1>");
  });
});
