import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/audit/extractFigures.js";
import type {
  AccountabilityFigure,
  ChangeFigure,
  DateFigure,
  Figure,
  FigureCount,
  PeriodFigure,
  PetitionsFigure,
  RateFigure,
  TasksFigure,
} from "../../src/audit/figureTypes.js";

const seed = (name: string): string =>
  readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${name}.txt`), "utf8");

const of = <K extends Figure["kind"]>(figures: readonly Figure[], kind: K) =>
  figures.filter((f): f is Extract<Figure, { kind: K }> => f.kind === kind);
const v = (c: FigureCount | undefined) => c?.value;

/** Every span of a result points at its quote in the original text. */
function expectSpans(text: string, result: ReturnType<typeof extractFigures>): void {
  const counts = (f: Figure): FigureCount[] => {
    const out: FigureCount[] = [];
    for (const value of Object.values(f)) {
      if (value && typeof value === "object" && "derived" in value) out.push(value as FigureCount);
    }
    if (f.kind === "accountability") out.push(...f.parts.map((p) => p.count));
    return out;
  };
  for (const figure of result.figures) {
    expect(text.slice(figure.span.start, figure.span.end)).toBe(figure.quote);
    for (const c of counts(figure)) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
  }
  for (const finding of result.findings) {
    for (const span of finding.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe("extractFigures", () => {
  describe("the five seeds", () => {
    it("reads Xilingol 2024 (000): period, feedback, as-of, 14 tasks, 29 batches / 91 cases all closed, changes", () => {
      const text = seed("000");
      const result = extractFigures(text);
      expectSpans(text, result);
      const { figures } = result;
      const [period] = of(figures, "period");
      expect(period).toMatchObject({
        role: "stationing",
        start: "2022-03-25",
        end: "2022-04-25",
        quote: "2022年3月25日至4月25日",
      });
      const dates = of(figures, "date").map((d) => [d.role, d.date, d.phrase]);
      expect(dates).toEqual([
        ["feedback", "2022-06-02", "2022年6月2日"],
        ["as_of", "2024-12-20", "截至2024年12月中旬"],
      ]);
      const tasks = of(figures, "tasks");
      expect(tasks[0]).toMatchObject({
        done: { value: 14, quote: "14项" },
        basicallyIncluded: false,
      });
      const [cases] = of(figures, "petitions");
      expect([v(cases?.batches), v(cases?.total), v(cases?.closed), cases?.allClosed]).toEqual([
        29,
        91,
        91,
        true,
      ]);
      expect(cases?.closed?.derived).toBe(true);
      const changes = of(figures, "change").map((c) => [c.direction, c.value, c.unit, c.basis]);
      expect(changes).toEqual([
        ["down", 9.6, "percent", "累计"],
        ["up", 46.3, "percent", "同比"],
        ["up", 25.7, "percent", "同比"],
        ["up", 3.3, "percentage_points", "较去年同期"],
      ]);
      // 18 problems of 8 firms "已全部完成整改"
      expect(tasks.some((t) => v(t.total) === 18 && t.allDone && v(t.done) === 18)).toBe(true);
      expect(result.issues).toEqual([]);
      expect(result.findings.every((f) => f.consistent)).toBe(true);
    });

    it("reads Ulanqab 2017 (001): 3 key problems, 15 common problems, 三项 tasks, 10 measures", () => {
      const text = seed("001");
      const result = extractFigures(text);
      expectSpans(text, result);
      const totals = of(result.figures, "tasks").map((t) => [v(t.total), t.quote]);
      expect(totals).toEqual([
        [3, "3项"],
        [15, "15项"],
        [3, "三项"],
        [10, "10项"],
        // "反馈的15项共性问题整改(附表2…)": the head noun 问题 is followed by more words
        [15, "15项"],
      ]);
      expect(of(result.figures, "rate").map((r) => [r.name, r.stated])).toEqual([
        ["收集率", "90%"],
      ]);
      expect(result.issues).toEqual([]);
      expect(result.findings.every((f) => f.consistent)).toBe(true);
    });

    it("reads Jilin 2023 (002): 26 tasks 完成或基本完成, 4593 of 4704 cases at 97.64%, 118 held accountable", () => {
      const text = seed("002");
      const result = extractFigures(text);
      expectSpans(text, result);
      const { figures, findings } = result;
      expect(of(figures, "period")[0]).toMatchObject({ start: "2021-08-25", end: "2021-09-26" });
      expect(of(figures, "date")[0]).toMatchObject({ role: "feedback", date: "2021-12-12" });
      expect(of(figures, "tasks")[0]).toMatchObject({
        done: { value: 26 },
        basicallyIncluded: true,
      });
      const [cases] = of(figures, "petitions");
      expect([v(cases?.total), v(cases?.closed)]).toEqual([4704, 4593]);
      const rate = of(figures, "rate").find((r) => r.name === "结案销号率");
      expect([rate?.stated, v(rate?.numerator), v(rate?.denominator), rate?.of]).toEqual([
        "97.64%",
        4593,
        4704,
        "petitions",
      ]);
      const [acc] = of(figures, "accountability");
      expect(v(acc?.problems)).toBe(5);
      expect(v(acc?.total)).toBe(118);
      expect(acc?.parts.map((p) => [p.label, p.rank, p.count.value])).toEqual([
        ["厅局级干部", "bureau", 8],
        ["县处级干部", "county", 51],
        ["乡科级及以下干部", "township", 59],
      ]);
      expect(acc?.exhaustive).toBe(true);
      expect(findings.map((f) => f.code)).toEqual([
        "count_within_total",
        "rate_consistent",
        "parts_add_up",
      ]);
      const changes = of(figures, "change").map((c) => [c.value, c.unit]);
      expect(changes).toEqual([
        [2.22, "percent"],
        [1, "microgram_per_cubic_metre"], // "PM2.5平均浓度25微克每立方米，同比下降1微克"
        [5.1, "percentage_points"],
      ]);
      expect(result.issues).toEqual([]);
      expect(findings.every((f) => f.consistent)).toBe(true);
    });

    it("reads Urumqi 2024 (003), whose page lost 年/月: 9/6/3 tasks and 811/808/3 cases", () => {
      const text = seed("003");
      const result = extractFigures(text);
      expectSpans(text, result);
      const { figures, findings } = result;
      const periods = of(figures, "period").map((p) => [
        p.role,
        p.start,
        p.end,
        p.garbled,
        p.quote,
      ]);
      expect(periods).toEqual([
        ["stationing", "2022-03-25", "2022-04-25", true, "2022325日至425日"],
        ["period", "2024-01-01", "2024-06-30", true, "202411日至2024630日"],
        ["period", "2024-01-01", "2024-06-30", true, "202411日至2024630日"],
      ]);
      const dates = of(figures, "date").map((d) => [d.role, d.date, d.garbled, d.yearCarried]);
      expect(dates).toEqual([
        ["feedback", "2022-06-01", true, true],
        ["as_of", "2024-06-30", true, false],
      ]);
      const [tasks] = of(figures, "tasks");
      expect([v(tasks?.total), v(tasks?.done), v(tasks?.remaining)]).toEqual([9, 6, 3]);
      const [cases] = of(figures, "petitions");
      expect([v(cases?.total), v(cases?.closed), v(cases?.remaining)]).toEqual([811, 808, 3]);
      expect(findings.map((f) => [f.code, f.message.en])).toEqual([
        ["remaining_consistent", "done 6 + remaining 3 = 9, the total"],
        ["remaining_consistent", "closed 808 + remaining 3 = 811, the total"],
      ]);
      expect(of(figures, "change").map((c) => [c.direction, c.value])).toEqual([["down", 21.6]]);
      expect(result.issues).toEqual([]);
    });

    it("reads Huludao 2024 (004): stationing, feedback with the year carried, as-of with 截止", () => {
      const text = seed("004");
      const result = extractFigures(text);
      expectSpans(text, result);
      const { figures } = result;
      expect(of(figures, "period")[0]).toMatchObject({
        role: "stationing",
        start: "2021-04-06",
        end: "2021-05-06",
      });
      const dates = of(figures, "date").map((d) => [d.role, d.date, d.yearCarried]);
      expect(dates).toEqual([
        ["feedback", "2021-07-20", true],
        ["as_of", "2024-06-30", false],
      ]);
      expect(of(figures, "tasks")).toEqual([]); // "一项重大政治任务" is rhetoric
      // "绿色运输占比100%" is a share; "环境空气质量达标率为80.2%" is an environmental indicator
      expect(of(figures, "rate").map((r) => r.stated)).toEqual(["100%", "87.3%", "超过83%"]);
      expect(of(figures, "indicator").map((r) => [r.name, r.value])).toContainEqual([
        "环境空气质量达标率",
        80.2,
      ]);
      expect(of(figures, "change").map((c) => [c.direction, c.value])).toEqual([["down", 46]]);
      expect(result.issues).toEqual([]);
      expect(result.findings).toEqual([]);
    });
  });

  describe("wrong figures", () => {
    it("catches a closure rate one hundredth off", () => {
      const text = "督察交办的4704个群众投诉举报案件，已结案销号4593个，结案销号率97.65%。";
      const finding = extractFigures(text).findings.find((f) => f.code.startsWith("rate"));
      expect(finding?.code).toBe("rate_inconsistent");
      expect(finding?.consistent).toBe(false);
      expect(finding?.severity).toBe("error");
      expect(finding?.spans.map((s) => text.slice(s.start, s.end))).toEqual([
        "结案销号率97.65%",
        "4593个",
        "4704个",
      ]);
    });

    it("catches accountability parts that do not add up", () => {
      const text = "共问责118人，其中厅局级干部8人、县处级干部51人、乡科级及以下干部58人";
      const [finding] = extractFigures(text).findings;
      expect(finding?.code).toBe("parts_do_not_add_up");
      expect(finding?.details).toMatchObject({ total: 118, sum: 117, exhaustive: true });
      expect(finding?.message["zh-CN"]).toBe(
        "厅局级干部8人+县处级干部51人+乡科级及以下干部58人=117，但问责总数为118人",
      );
    });

    it("catches done + remaining that is not the total", () => {
      const text = "我市牵头的9项整改任务已完成6项，其余4项正在持续推进中";
      const [finding] = extractFigures(text).findings;
      expect(finding?.code).toBe("remaining_inconsistent");
      expect(finding?.message["zh-CN"]).toBe("已完成6+其余4=10，但总数为9");
      expect(finding?.spans.map((s) => text.slice(s.start, s.end))).toEqual(["9项", "6项", "4项"]);
    });

    it("catches more done than the total, and a partial breakdown larger than the total", () => {
      const done = extractFigures("转办的91件信访件，已办结92件").findings[0];
      expect(done?.code).toBe("count_exceeds_total");
      const rate = extractFigures("转办的91件信访件，已办结92件，办结率100%").findings[1];
      expect(rate?.code).toBe("rate_inconsistent");
      expect(rate?.details).toHaveProperty("issues");
      const parts = extractFigures("问责30人，其中厅级20人、处级20人").findings[0];
      expect([parts?.code, parts?.details.exhaustive]).toEqual(["parts_do_not_add_up", false]);
    });
  });

  describe("variants", () => {
    it("reads traditional characters with spans into the original text", () => {
      const text =
        "督察交辦的4704個群眾投訴舉報案件，已結案銷號4593個，結案銷號率97.64%；已辦結4593件，辦結率97.64%";
      const result = extractFigures(text);
      expectSpans(text, result);
      const rates = of(result.figures, "rate");
      expect(rates.map((r) => [r.name, r.quote])).toEqual([
        ["结案销号率", "結案銷號率97.64%"],
        ["办结率", "辦結率97.64%"],
      ]);
      // The second rate finds its total (4704) earlier in the sentence.
      expect(result.findings.map((f) => f.code)).toEqual([
        "count_within_total",
        "rate_consistent",
        "rate_consistent",
      ]);
    });

    it("reads full-width digits and signs, keeping the original offsets", () => {
      const text =
        "　转办我市的８１１件信访件已办结８０８件，其余３件正在推进中，办结率９９.６３％。";
      const result = extractFigures(text);
      expectSpans(text, result);
      const [cases] = of(result.figures, "petitions");
      expect(cases?.quote).toBe("８１１件信访件已办结８０８件，其余３件");
      expect(result.findings.map((f) => f.code)).toEqual([
        "remaining_consistent",
        "rate_consistent",
      ]);
    });

    it("keeps spans right across zero-width characters", () => {
      const text = "共问\u200b责118人，其中厅级8人、处级51人、科级及以下59人";
      const result = extractFigures(text);
      expectSpans(text, result);
      expect(result.findings[0]?.code).toBe("parts_add_up");
    });

    it("reads 万 counts and problems with their tasks", () => {
      const wan = of(
        extractFigures("受理群众信访举报13.5万件，已办结13.2万件").figures,
        "petitions",
      )[0];
      expect([v(wan?.total), v(wan?.closed)]).toEqual([135000, 132000]);
      const hainan = of(extractFigures("共有44个问题190项具体任务").figures, "tasks")[0];
      expect([v(hainan?.problems), v(hainan?.total)]).toEqual([44, 190]);
    });

    it("binds a rate to a total stated earlier in the sentence", () => {
      const text = "第二轮督察整改任务2164项；截至2022年底，已完成1275项，完成率近60%。";
      const result = extractFigures(text);
      const [rate] = of(result.figures, "rate");
      expect([v(rate?.numerator), v(rate?.denominator), rate?.range.wording]).toEqual([
        1275,
        2164,
        "nearly",
      ]);
      expect(result.findings.map((f) => f.code)).toEqual(["rate_consistent"]);
      expect(of(result.figures, "date")[0]?.date).toBe("2022-12-31");
    });

    it("leaves a rate unbound when no counts precede it", () => {
      const result = extractFigures("整治完成率80%，已完成16项");
      expect(of(result.figures, "rate")[0]?.numerator).toBeUndefined();
      expect(result.findings.filter((f) => f.code.startsWith("rate"))).toEqual([]);
    });

    it("tries staged closures and basically completed tasks as auditRate does", () => {
      const jiangsu = extractFigures(
        "受理信访件3411件，已办结2750件，阶段性办结660件，办结率达81%。",
      );
      expect(jiangsu.findings.map((f) => [f.code, f.message.en])).toEqual([
        ["count_within_total", "2750 closed + 660 staged = 3410, within the 3411 cases"],
        [
          "rate_consistent",
          '"81%" matches 2750/3411 (81%); 3410/3411 (100%) counting staged closures does not',
        ],
      ]);
      const hainan = extractFigures("交办件1427件，已办结492件，阶段性办结291件，办结率54.9%");
      const audit = hainan.findings.find((f) => f.code === "rate_consistent");
      expect(audit?.details.audit).toMatchObject({ matching: ["numerator+staged/denominator"] });
      const tasks = extractFigures("整改任务13项，已完成5项，基本完成1项，其余7项，整改完成率46%");
      expect(tasks.findings.map((f) => f.code)).toEqual([
        "remaining_consistent",
        "rate_consistent",
      ]);
      const basic = tasks.findings[1]?.details.audit as { matching: string[] };
      expect(basic.matching).toEqual(["numerator+basicallyCompleted/denominator"]);
    });

    it("reads rounding from the options", () => {
      const text = "转办的8件信访件，已办结1件，办结率12%";
      expect(extractFigures(text).findings[1]?.code).toBe("rate_inconsistent"); // 12.5 → 13
      expect(extractFigures(text, { rounding: "half-even" }).findings[1]?.code).toBe(
        "rate_consistent",
      );
    });
  });

  describe("dates", () => {
    it("reads as-of phrases to the last day they cover", () => {
      const read = (t: string) =>
        of(extractFigures(t).figures, "date").map((d) => [d.date, d.quote]);
      expect(read("截至2024年底")).toEqual([["2024-12-31", "截至2024年底"]]);
      expect(read("截至2024年2月下旬")).toEqual([["2024-02-29", "截至2024年2月下旬"]]);
      expect(read("截至2023年3月上旬")).toEqual([["2023-03-10", "截至2023年3月上旬"]]);
      expect(read("截至2023年3月")).toEqual([["2023-03-31", "截至2023年3月"]]);
      expect(read("截止到2023年3月15日")).toEqual([["2023-03-15", "截止到2023年3月15日"]]);
      expect(read("截至目前")).toEqual([]);
      expect(read("截至2024年，")).toEqual([]);
      expect(read("2022年1月1日发布。截至6月底")).toEqual([
        ["2022-01-01", "2022年1月1日"],
        ["2022-06-30", "截至6月底"],
      ]);
    });

    it("reports dates it cannot read one way only", () => {
      const codes = (t: string) => extractFigures(t).issues.map((i) => i.code);
      expect(codes("2022111日至425日")).toEqual(["figure_ambiguous"]);
      expect(codes("截至6月底")).toEqual(["date_year_missing"]);
      expect(codes("截至2024年13月")).toEqual(["date_invalid"]);
      expect(codes("截至2024年2月30日")).toEqual(["date_invalid"]);
      expect(codes("于7月20日反馈")).toEqual(["date_year_missing"]);
      expect(codes("2022年2月30日")).toEqual(["date_invalid"]);
      expect(codes("2022年3月25日至2022年3月1日")).toEqual(["date_invalid"]);
      expect(codes("2022年3月25日至4月31日")).toEqual(["date_invalid"]);
      expect(codes("2022年3月25日至111日")).toEqual(["figure_ambiguous"]);
      expect(codes("于2022999日")).toEqual(["date_invalid"]);
      expect(codes("于99日")).toEqual(["date_year_missing"]);
      const ambiguous = extractFigures("2022111日至425日").issues[0];
      expect(ambiguous?.params).toMatchObject({
        quote: "2022111日",
        readings: "2022-01-11 / 2022-11-01",
      });
      expect(ambiguous?.path).toEqual(["text", 0, 8]);
    });

    it("ignores day counts that are not dates", () => {
      const result = extractFigures("每个月2日前报送，开展100日攻坚，连续30日");
      expect(result.figures).toEqual([]);
      expect(result.issues).toEqual([]);
    });

    it("reads a period with the month carried and a plain date", () => {
      const result = extractFigures("公示期为2024年9月29日至10月9日。2024年9月20日印发。");
      const [period] = of(result.figures, "period") as PeriodFigure[];
      expect([period?.role, period?.start, period?.end]).toEqual([
        "period",
        "2024-09-29",
        "2024-10-09",
      ]);
      const shortPeriod = of(extractFigures("2024年9月1日至9日").figures, "period")[0];
      expect(shortPeriod?.end).toBe("2024-09-09");
      const [date] = of(result.figures, "date") as DateFigure[];
      expect([date?.role, date?.date]).toEqual(["date", "2024-09-20"]);
    });
  });

  describe("accountability", () => {
    it("reads 厅级/处级 variants, sub-ranks and passive wording", () => {
      const national = extractFigures(
        "问责3035人，其中厅级371人（正厅93人）、处级1244人（正处594人）",
      );
      const [acc] = of(national.figures, "accountability") as AccountabilityFigure[];
      expect(acc?.parts.map((p) => [p.label, p.nested])).toEqual([
        ["厅级", false],
        ["正厅", true],
        ["处级", false],
        ["正处", true],
      ]);
      expect(national.findings.map((f) => [f.code, f.consistent])).toEqual([
        ["parts_within_total", true],
      ]);
      const passive = of(extractFigures("共有25人被问责").figures, "accountability")[0];
      expect(v(passive?.total)).toBe(25);
      const handed = of(
        extractFigures("督察移交的5个责任追究问题正在调查").figures,
        "accountability",
      )[0];
      expect([v(handed?.problems), handed?.total, handed?.parts]).toEqual([5, undefined, []]);
      const other = of(
        extractFigures("问责20人，其中处级5人、其他人员15人").figures,
        "accountability",
      )[0];
      expect(other?.parts.map((p) => p.rank)).toEqual(["county", "other"]);
    });
  });

  describe("changes", () => {
    it("tells percentage points from relative changes", () => {
      const changes = of(
        extractFigures(
          "优良天数比率较去年同期上升3.3个百分点，新能源装机规模同比增长46.3%，PM2.5浓度下降5%左右",
        ).figures,
        "change",
      ) as ChangeFigure[];
      expect(changes.map((c) => [c.unit, c.value, c.direction, c.basis, c.qualifier])).toEqual([
        ["percentage_points", 3.3, "up", "较去年同期", undefined],
        ["percent", 46.3, "up", "同比", undefined],
        ["percent", 5, "down", undefined, "左右"],
      ]);
    });
  });

  describe("robustness", () => {
    it("returns issues for numbers it cannot read", () => {
      const result = extractFigures("已完成一万二万项整改任务；共问责一万二万人");
      expect(result.issues.map((i) => [i.code, i.params?.quote])).toEqual([
        ["number_unreadable", "一万二万项"],
        ["number_unreadable", "问责一万二万人"],
      ]);
    });

    it("returns an issue for a rate it cannot read", () => {
      expect(extractFigures("办结率105%").issues.map((i) => i.code)).toEqual(["rate_unreadable"]);
    });

    it("never throws on text that is not a string", () => {
      const result = extractFigures(42 as unknown as string);
      expect(result.issues.map((i) => i.code)).toEqual(["text_not_string"]);
      expect(extractFigures("")).toEqual({ figures: [], findings: [], issues: [], quantities: [] });
    });

    it("throws only for an unknown rounding mode", () => {
      expect(() => extractFigures("完成率50%", { rounding: "sideways" as never })).toThrow();
    });

    it("keeps spans right whatever text comes before a figure", () => {
      const sentence = "我市牵头的9项整改任务已完成6项，其余3项正在持续推进中。";
      fc.assert(
        fc.property(fc.string({ maxLength: 30 }), (prefix) => {
          const clean = prefix.replace(
            /[\d０-９一二三四五六七八九十百千万亿零〇两项件个批人率%％。；;!?！？\n]/g,
            "",
          );
          const text = `${clean}。${sentence}`;
          const result = extractFigures(text);
          expectSpans(text, result);
          const tasks = of(result.figures, "tasks") as TasksFigure[];
          expect(tasks.map((t) => [v(t.total), v(t.done), v(t.remaining)])).toEqual([[9, 6, 3]]);
        }),
      );
    });

    it("finishes on a 1 MB paragraph", () => {
      const unit = "督察交办的4704个群众投诉举报案件，已结案销号4593个，结案销号率97.64%，";
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const result = extractFigures(big);
      expect(result.figures.length).toBeGreaterThan(1000);
      const plain = extractFigures("任务".repeat(500_000) + "2".repeat(1000));
      expect(plain.figures).toEqual([]);
    }, 120_000); // linear, but auditing 25 000 rates takes a few seconds under coverage
  });
});

describe("extractFigures (negated completion words)", () => {
  it("reads 未办结111件 as what remains, not as a second closed count", () => {
    // Jilin 2023's figures with the open cases spelled out: 4593 + 111 = 4704
    const text = "中央督察组转办信访件4704件，已办结4593件，未办结111件，办结率97.64%。";
    const result = extractFigures(text);
    expectSpans(text, result);
    const petitions = of(result.figures, "petitions");
    expect(petitions.map((p) => [v(p.total), v(p.closed), v(p.remaining)])).toEqual([
      [4704, 4593, 111],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["remaining_consistent", "rate_consistent"]);
    const wrong = extractFigures(text.replace("111件", "112件"));
    expect(wrong.findings.map((f) => f.code)).toEqual([
      "remaining_inconsistent",
      "rate_consistent",
    ]);
  });

  it.each([
    "整改任务45项，已完成40项，尚未完成5项。",
    "整改任务45项，已完成40项，未完成整改的5项正在推进。",
    "整改任务45项，已完成40项，没有完成的5项。",
  ])("reads the tasks not completed in %s as remaining", (text) => {
    const [tasks] = of(extractFigures(text).figures, "tasks");
    expect([v(tasks?.total), v(tasks?.done), v(tasks?.remaining)]).toEqual([45, 40, 5]);
  });
});

describe("RateFigure and PetitionsFigure types", () => {
  it("narrows on kind", () => {
    const [figure] = extractFigures("转办的29批91件群众信访举报案件，已全部办结").figures;
    if (figure?.kind === "petitions") {
      const petitions: PetitionsFigure = figure;
      expect(petitions.allClosed).toBe(true);
    } else expect.unreachable();
    const rate: RateFigure | undefined = of(extractFigures("完成率近六成").figures, "rate")[0];
    expect(rate?.range).toMatchObject({ min: 55, max: 60, wording: "nearly" });
  });
});

// Shapes met while growing the published corpus of issue #14 (tests/fixtures/published/corpus.json).
describe("extractFigures (shapes from the grown corpus)", () => {
  const roles = (text: string) =>
    extractFigures(text).quantities.map((q) => [q.value, q.role] as const);
  const codes = (text: string) => extractFigures(text).findings.map((f) => f.code);

  it("reads the last count of a bracketed list as a part (the bracket ends its noun)", () => {
    expect(roles("交办案件226件，其中列为重点关注案件24件（湛江4件，佛山、揭阳各3件）。")).toEqual([
      [226, "total"],
      [24, "part"],
      [4, "part"],
      [3, "part"],
    ]);
  });

  it("skips the pinyin readings reposting sites put after characters", () => {
    const text =
      "交辦的40706件環境問題舉報已基本辦結(jié)，共立案處罰10806家；約談4855人，問責(zé)6471人。";
    expect(roles(text)).toEqual([
      [40706, "total"],
      [10806, "outcome"],
      [4855, "outcome"],
      [6471, "outcome"],
    ]);
    // (PM2.5) is no reading: it stays in the text.
    expect(roles("細顆粒物(PM2.5)平均濃度為35微克/立方米")).toEqual([[35, "indicator"]]);
  });

  it("reads indicators stated with 降到/降至 and the 超标天数比例", () => {
    expect(roles("全国PM2.5平均浓度降到28微克/立方米，平均超标天数比例为21.2%。")).toEqual([
      [28, "indicator"],
      [21.2, "indicator"],
    ]);
  });

  it("reads every value of a 分别为 list of indicators, joined by 、 or 和 or by nothing", () => {
    const values = (text: string) =>
      extractFigures(text)
        .figures.filter((f) => f.kind === "indicator")
        .map((f) => [f.value, f.quote]);
    // Seed 003 as published, its 和 lost: "分别为87.5%77.78%".
    // The first value is quoted with the indicator's name, the next ones alone.
    expect(values("全市河流、湖库水质优良比例分别为87.5%77.78%,集中式")).toEqual([
      [87.5, "湖库水质优良比例分别为87.5%"],
      [77.78, "77.78%"],
    ]);
    expect(values("河流、湖库水质优良比例分别为87.5%和77.78%。")).toEqual([
      [87.5, "湖库水质优良比例分别为87.5%"],
      [77.78, "77.78%"],
    ]);
    expect(values("PM2.5、PM10平均浓度分别为28微克/立方米、52微克/立方米")).toHaveLength(2);
  });

  it("reads 基本整改完成 as basically done", () => {
    expect(roles("涉及我市问题2个，整改完成1个，基本整改完成1个。")).toEqual([
      [2, "total"],
      [1, "done"],
      [1, "basically"],
    ]);
  });

  it("reads a list after 分别是 as parts, 其他 included, not as totals and what remains", () => {
    const text =
      "按污染类型分（部分交办件涉多种类型），从高到低分别是大气99件（占43.8%），水55件（占24.3%），其他20件（占8.8%）。";
    expect(roles(text)).toEqual([
      [99, "part"],
      [43.8, "rate"],
      [55, "part"],
      [24.3, "rate"],
      [20, "part"],
      [8.8, "rate"],
    ]);
    // 其他 after what is done still names what remains.
    expect(roles("共交办信访件30件，其中已办结20件，其他10件")).toEqual([
      [30, "total"],
      [20, "done"],
      [10, "remaining"],
    ]);
  });

  it("reads the people held to account after the units: 问责48个单位和88名责任人", () => {
    const acc = extractFigures("共移交问题38个，问责48个单位和88名责任人。").figures.find(
      (f) => f.kind === "accountability",
    );
    expect(acc?.kind === "accountability" ? acc.total?.value : undefined).toBe(88);
  });

  it("reads 交办件 as a noun and 十一批次 before 共计 as batches", () => {
    const text = "共计接收到十一批次共计639件交办件，其中来电举报557件，来信举报82件。";
    expect(roles(text)).toEqual([
      [11, "batches"],
      [639, "total"],
      [557, "part"],
      [82, "part"],
    ]);
    expect(codes(text)).toEqual(["parts_add_up"]);
  });

  it("reads a count ranked with 居第 as a part of the list", () => {
    expect(roles("交办问题59件（含来信举报10件），昆明12件居第一位，昭通9件居第二位。")).toEqual([
      [59, "total"],
      [10, "part"],
      [12, "part"],
      [9, "part"],
    ]);
  });

  it("carries the total to a sentence that opens on its date and a completion word", () => {
    const text = "累计交办举报问题10558件。截至2021年1月25日，已办结8766件，阶段办结1792件。";
    expect(codes(text)).toEqual(["count_within_total"]);
    expect(extractFigures(text.replace("8766", "9766")).findings[0]?.consistent).toBe(false);
    // A batch total is not carried to what is closed by a later date: those may be cumulative.
    expect(codes("交办第10批信访件179件。截至9月13日，已办结522件，阶段性办结279件。")).toEqual([]);
  });

  it("takes the kind from the noun after the last count of a clause", () => {
    const text =
      "群众信访举报件涉及的9070个各类生态环境问题，已整改完成8839个，整改完成率达97.5%。";
    expect(codes(text)).toEqual(["count_within_total", "rate_consistent"]);
  });

  it("reads a noun ending in 信访件 as cases, whatever problems it names first", () => {
    const text =
      "共向江西省交办1043件环境问题信访件，其中重点信访件775件。截至8月15日18时，已办结809件。";
    expect(codes(text)).toEqual(["parts_within_total", "count_within_total"]);
  });

  it("reads a completion that is due as a count of tasks, not as done", () => {
    const text =
      "共认领38项整改任务，其中，2017年底前须完成任务23项，2018年及以后分阶段推进任务15项。";
    expect(roles(text)).toEqual([
      [38, "total"],
      [23, "part"],
      [15, "part"],
    ]);
    expect(codes(text)).toEqual(["parts_add_up"]);
    expect(roles("2017年底前须完成的整改任务已完成21项")).toEqual([[21, "done"]]);
  });

  it("reads 完成整改交账 as done", () => {
    const text =
      "分阶段推进的整改任务15项，我市自我加压提前完成整改交账5项，其余10项均达到序时进度要求。";
    expect(codes(text)).toEqual(["remaining_consistent"]);
  });

  // https://gyxww.net/html/xinwenzixun/shizhengyaowen/52230.html (Guangxi, 2023)
  it("reads the people 进行追责 as the accountability total", () => {
    const [acc] = extractFigures(
      "对移交的5个生态环境损害责任追究问题,依规依纪依法对68名责任人进行追责。",
    ).figures;
    expect(acc?.kind).toBe("accountability");
    if (acc?.kind === "accountability") {
      expect([acc.problems?.value, acc.total?.value]).toEqual([5, 68]);
    }
  });

  // http://hds.smeqh.com/html/article/qhyw/18444.html (Qinghai, batch 16)
  it("adds parts in 件 to a total of 个 that counts …件 (39个信访举报件), and to no other 个", () => {
    const text =
      "交办的39个信访举报件涉及我省5个市州，其中西宁市20件、海东市12件、海西蒙古族藏族自治州2件、海南藏族自治州4件、黄南藏族自治州1件。";
    expect(codes(text)).toEqual(["parts_add_up"]);
    expect(codes(text.replace("海东市12件", "海东市22件"))).toEqual(["parts_do_not_add_up"]);
    // 39个 problems are not the cases listed in 件.
    expect(codes("涉及环境问题39个，其中西宁市20件、海东市22件。")).toEqual([]);
  });

  it("reads no total from a bracket after a number written without its classifier", () => {
    const text =
      "已累计交办群众信访举报件2245（重点交办件196件），其中来电举报1592件，来信举报653件。";
    expect(roles(text)).toEqual([
      [196, "part"],
      [1592, "part"],
      [653, "part"],
    ]);
    expect(codes(text)).toEqual([]);
  });
});
